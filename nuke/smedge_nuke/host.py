"""The Nuke host for the shared layer: the script, its settings knob, the main window, the jobs, the checks."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.studio import StudioDefaults
from integrations.validate import WARNING, Finding

from . import checks, collect, jobs
from .settings import RootKnobSettings

__all__ = ["NukeHost"]


class NukeHost(Host):
    """The open Nuke script. Options of :meth:`build_graph`: ``selected`` (only the selected Writes, or
    Writes inside a selected Group), ``one_job`` (one job for all Writes), ``split`` (a job per view;
    the studio's choice by default)."""

    name = "nuke"
    product = "Nuke"

    def __init__(self, studio: Optional[StudioDefaults] = None) -> None:
        super(NukeHost, self).__init__(studio)
        self.store = RootKnobSettings()

    def scene_path(self) -> str:
        return collect.script_path()

    def is_modified(self) -> bool:
        return collect.is_modified()

    def save(self) -> str:
        return collect.save_script()

    def main_window(self) -> Any:
        """Nuke's main window (the top-level QMainWindow), or None outside the GUI."""
        try:
            from qtpy import QtWidgets
        except ImportError:
            return None
        app = QtWidgets.QApplication.instance()
        if app is None:
            return None
        windows = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, QtWidgets.QMainWindow)]
        return windows[0] if windows else None

    def settings_store(self) -> RootKnobSettings:
        return self.store

    def checks(self) -> List[Check]:
        """Nuke's checks of the Writes, and a warning when the last load of the settings ignored them."""
        def stored_settings(graph: JobGraph) -> List[Finding]:
            if not self.store.damaged:
                return []
            return [Finding(WARNING, "Stored settings", None, collect.SETTINGS_KNOB, self.store.damaged)]

        found = list(checks.checks(collect.script()))  # type: List[Check]
        return found + [stored_settings]

    def options(self) -> List[Option]:
        return [Option("selected", "Selected Writes only", False, "Only the selected Writes (and Groups) become jobs"),
                Option("one_job", "One job for all Writes", False, "One Nuke job renders every Write"),
                Option("split", "One job per view", self.studio.split, "A job for each view of a Write")]

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        unknown = sorted(set(options) - set(jobs.OPTIONS))
        if unknown:
            raise ValueError("Unknown Nuke option(s) {}; known: {}".format(
                ", ".join(repr(o) for o in unknown), ", ".join(sorted(jobs.OPTIONS))))
        chosen = dict(jobs.OPTIONS, **options)
        if chosen["split"] is None:
            chosen["split"] = self.studio.split
        product = self.studio.product_for(None, self.product)
        priority = self.studio.job_values(product).get("Priority")
        return jobs.build_graph(collect.script(), product, selected=bool(chosen["selected"]),
                                one_job=bool(chosen["one_job"]), split=bool(chosen["split"]),
                                base_priority=priority)
