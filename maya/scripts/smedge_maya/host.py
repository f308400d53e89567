"""``MayaHost``: the open Maya scene as the shared layer's :class:`integrations.host.Host`."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.inputs import input_check
from integrations.products import product_check
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
        self.review = False  # whether the last build asked for review movies

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
                Option("review", "Review movie", False,
                       "An FFmpeg review movie of each layer's beauty, waiting for the whole render (frame rate, "
                       "codec and file from the studio defaults' review section)"),
                Option("layers", "Layers", None, "Display names of the layers to submit (None: every one that "
                       "renders)", shown=False)]

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        self.scene, self.review = collect.collect_scene(), bool(options["review"])
        return jobs.build(self.scene, options, self.studio)

    def checks(self) -> List[Check]:
        """Maya's findings over the records, the scene's file inputs (missing: error; outside the studio's
        ``shared_roots``: warning) and the products the master lacks. Host checks ask the master nothing
        (``integrations.host.prepare``): its path translations are not consulted, and the products are
        checked once the product info was fetched (by an earlier validation in this process)."""
        def maya_checks(graph: JobGraph) -> List[Finding]:
            if self.scene is None:
                return []
            return checks.scene_findings(graph, self.scene, self.studio, self.review)

        return [maya_checks, input_check(self.inputs, self.studio.shared_roots, translations=()),
                product_check(self.name, self.studio)]

    def inputs(self) -> List[Any]:
        """The collected scene's file inputs as the shared input check takes them: ``(node.attribute, path)``."""
        return [] if self.scene is None else checks.inputs(self.scene)
