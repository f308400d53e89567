"""``NukeHost``: the open Nuke script as the shared layer's :class:`integrations.host.Host`."""
from __future__ import annotations

from typing import Any, Dict, List

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.settings import TextSettings

from . import checks, collect, jobs

__all__ = ["NukeHost", "RootKnobSettings"]


class RootKnobSettings(TextSettings):
    """The sticky submit settings as JSON in the hidden Root knob ``smedge_submit_settings`` (added on
    first save), so they travel with the script."""

    where = "root." + collect.SETTINGS_KNOB

    def read(self) -> str:
        return collect.settings_text() or ""

    def write(self, text: str) -> None:
        collect.store_settings_text(text)


class NukeHost(Host):
    """The open Nuke script; its Writes become jobs (see :mod:`.jobs`)."""

    name = "nuke"
    product = jobs.NUKE_PRODUCT
    review = False  # whether the last build asked for review movies

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
        if QtWidgets.QApplication.instance() is None:
            return None
        windows = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, QtWidgets.QMainWindow)]
        return windows[0] if windows else None

    def settings_store(self) -> RootKnobSettings:
        return RootKnobSettings()

    def options(self) -> List[Option]:
        return [Option("selected", "Selected Writes only", False, "Only the selected Writes (and Groups) become jobs"),
                Option("one_job", "One job for all Writes", False, "One Nuke job renders every Write"),
                Option("split", "One job per view", self.studio.split, "A job for each view of a Write"),
                Option("review", "Review movie", False, "An FFmpeg movie of each job's images, made when the "
                       "whole job has rendered (frame rate, codec and file from the studio's review defaults)")]

    def checks(self) -> List[Check]:
        return list(checks.checks(collect.script(), self.studio, self.review))

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        self.review = bool(options["review"])
        return jobs.build(collect.script(), options, self.studio)
