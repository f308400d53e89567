"""``MayaHost``: the open Maya scene as the shared layer's :class:`integrations.host.Host`."""
from __future__ import annotations

import uuid
from typing import Any, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.studio import StudioDefaults
from integrations.validate import WARNING, Finding

from . import checks, collect, jobs
from .settings import SceneSettings

__all__ = ["MayaHost"]


class MayaHost(Host):
    """The open scene: ``build_graph`` collects it (switching layers, restoring the current one) and keeps
    the records, which the checks read without touching the scene again."""

    name = "maya"
    product = "Maya"

    def __init__(self, studio: Optional[StudioDefaults] = None) -> None:
        super(MayaHost, self).__init__(studio)
        self.scene = None  # type: Optional[collect.SceneRecord]
        self.sources = {}  # type: Dict[uuid.UUID, jobs.JobSource]
        self.store = SceneSettings()

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
        return self.store

    def options(self) -> List[Option]:
        return [Option("split", "One job per camera", self.studio.split,
                       "A job for each renderable camera of a layer (-cam), instead of one per layer"),
                Option("comp", "Nuke comp script", "",
                       "A Nuke comp job on this script that waits frame by frame on every layer (empty: none)"),
                Option("encode", "FFmpeg encode per layer", False,
                       "An FFmpeg job per image sequence that waits on its layer")]

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        options = dict(options)
        if isinstance(options.get("comp"), str):  # the dialog's text field: a script path, or none
            options["comp"] = {"script": options["comp"]} if options["comp"].strip() else None
        self.scene = collect.collect_scene()
        graph, self.sources = jobs.build_jobs(self.scene, options, self.studio.product_for, self.studio.split)
        return graph

    def checks(self) -> List[Check]:
        def maya_checks(graph: JobGraph) -> List[Finding]:
            found = []  # type: List[Finding]
            if self.store.damaged:
                found.append(Finding(WARNING, "Stored settings", None, "smedgeSubmitSettings", self.store.damaged))
            if self.scene is not None:
                found.extend(checks.scene_findings(graph, self.scene, self.sources, self.studio.product_for))
            return found

        return [maya_checks]
