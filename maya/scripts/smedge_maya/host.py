"""``MayaHost``: the open Maya scene as the shared layer's :class:`integrations.host.Host`."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.settings import TextSettings
from integrations.studio import StudioDefaults
from integrations.validate import Finding

from . import checks, collect, jobs
from .records import SceneRecord

__all__ = ["MayaHost", "SceneSettings"]


class SceneSettings(TextSettings):
    """The sticky submit settings as JSON in the string attribute ``smedgeSubmitSettings`` of a
    ``network`` node of that name, so they travel with the scene."""

    where = f"{collect.SETTINGS_NODE}.{collect.SETTINGS_NODE}"

    def read(self) -> str:
        return collect.settings_text()

    def write(self, text: str) -> None:
        collect.store_settings_text(text)


class MayaHost(Host):
    """The open scene: ``build_graph`` collects it (switching layers, restoring the current one) and keeps
    the records, which the checks read without touching the scene again."""

    name = "maya"
    product = jobs.MAYA_PRODUCT

    def __init__(self, studio: Optional[StudioDefaults] = None) -> None:
        super().__init__(studio)
        self.scene: Optional[SceneRecord] = None

    def scene_path(self) -> str:
        return collect.scene_path()

    def is_modified(self) -> bool:
        return collect.scene_modified()

    def save(self) -> str:
        return collect.save_scene()

    def main_window(self) -> Any:
        """Maya's main window (the top-level widget named ``MayaWindow``), or None without a UI."""
        from qtpy import QtWidgets

        if QtWidgets.QApplication.instance() is None:
            return None
        return next((w for w in QtWidgets.QApplication.topLevelWidgets() if w.objectName() == "MayaWindow"), None)

    def settings_store(self) -> SceneSettings:
        return SceneSettings()

    def options(self) -> List[Option]:
        return [Option("split", "One job per camera", self.studio.split,
                       "A job for each renderable camera of a layer (-cam), instead of one per layer"),
                Option("comp", "Nuke comp script", "",
                       "A Nuke comp job on this script that waits frame by frame on every layer (empty: none)"),
                Option("encode", "FFmpeg encode per layer", False,
                       "An FFmpeg job per image sequence that waits on its layer"),
                Option("layers", "Layers", None, "Display names of the layers to submit (None: every one that "
                       "renders)", shown=False)]

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        self.scene = collect.collect_scene()
        return jobs.build(self.scene, options, self.studio)

    def checks(self) -> List[Check]:
        def maya_checks(graph: JobGraph) -> List[Finding]:
            if self.scene is None:
                return []
            return checks.scene_findings(graph, self.scene, self.studio.product_for)

        return [maya_checks]
