"""``HoudiniHost``: the shared layer's view of a Houdini session and the ROPs to render.

Every Houdini call goes through :mod:`.collect`. When the ROPs given include a Smedge ROP, its parms are
the build options' defaults (explicit options win) and its parms keep the sticky settings.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.inputs import input_check
from integrations.products import product_check
from integrations.settings import SettingsStore
from integrations.studio import StudioDefaults

from . import checks as _checks
from . import collect as _collect
from . import jobs as _jobs
from .records import Network

if TYPE_CHECKING:
    import hou

__all__ = ["HoudiniHost", "RopSettings"]


class RopSettings(SettingsStore):
    """Sticky submit settings kept in the Smedge ROP's own parms.

    The ROP's priority, pool and packet size are the values the jobs are built with, so the dialog
    loads them as "each job's own" (None) and a common value chosen in the dialog is written back to the
    parm; paused, note and the build option dependency_mode are the parms themselves; per-job overrides
    live in a hidden JSON parm.
    """

    def __init__(self, node: hou.OpNode) -> None:
        self.node = node
        self.where = f"{node.path()}/{_collect.OVERRIDES_PARM}"

    def load(self) -> Dict[str, Any]:
        values = _collect.read_rop_settings(self.node)
        options = {"dependency_mode": values["dependency_mode"]} if "dependency_mode" in values else {}
        return {"paused": values.get("paused", False), "note": values.get("note", ""), "jobs": values["jobs"],
                "options": options}

    def save(self, data: Dict[str, Any]) -> None:
        values = {key: data[key] for key in ("pool", "priority", "packet_size", "paused", "note", "jobs")
                  if data.get(key) is not None}
        values.update((key, value) for key, value in (data.get("options") or {}).items() if key == "dependency_mode")
        _collect.write_rop_settings(self.node, values)


class HoudiniHost(Host):
    """The ROPs ``rops`` (nodes or paths) of the current hip file; their inputs are walked. By default
    the ROPs of ``/out`` that nothing waits on."""

    name = "houdini"
    product = _jobs.HOUDINI_PRODUCT

    def __init__(self, rops: Any = ("/out",), studio: Optional[StudioDefaults] = None) -> None:
        super().__init__(studio)
        self.rops = _collect.resolve(rops)
        self.smedge_rop = next((node for node in self.rops if _collect.is_smedge_rop(node)), None)
        self._network: Optional[Network] = None
        self._saved: Optional[str] = None  # the path this host saved the hip file to
        self._review = False  # whether the last build asked for review movies

    # -- the scene ----------------------------------------------------------------------------------
    def scene_path(self) -> str:
        return _collect.scene().path

    def is_modified(self) -> bool:
        """Whether the hip file has unsaved changes. In hython (no UI) Houdini always says it has, so it
        counts as modified until this host has saved it itself (the Fix of the scene check): a script
        runs nothing else between that save and the submit that follows it."""
        scene = _collect.scene()
        if scene.tracked:
            return scene.modified
        return self._saved != scene.path

    def save(self) -> str:
        self._saved = _collect.save_scene()
        return self._saved

    def main_window(self) -> Any:
        return _collect.main_window()

    def settings_store(self) -> SettingsStore:
        if self.smedge_rop is not None:
            return RopSettings(self.smedge_rop)
        return super().settings_store()

    # -- what it renders ------------------------------------------------------------------------
    def options(self) -> List[Option]:
        """The build options, their defaults from the Smedge ROP's parms when there is one (a priority or
        packet size of 0 there: each job takes the studio default for its product)."""
        rop = _collect.read_rop_settings(self.smedge_rop) if self.smedge_rop is not None else {}
        return [
            Option("dependency_mode", "Dependencies", rop.get("dependency_mode", "frame"),
                   "frame: frame by frame where frames line up; node: every job waits for whole jobs",
                   choices=_jobs.DEPENDENCY_MODES),
            Option("priority", "Priority", rop.get("priority") or None, "Every job's priority (None: the studio's)",
                   shown=False),
            Option("pool", "Pool", rop.get("pool", ""), "Every job's pool (empty: the studio's)", shown=False),
            Option("packet_size", "Packet size", rop.get("packet_size") or None,
                   "Frames per work unit (None: the studio's)", shown=False),
            Option("note", "Note", rop.get("note", ""), "A note on every job", shown=False),
            Option("review", "Review movie", False,
                   "An FFmpeg movie of each image ROP's main image after its whole render (studio review settings)")]

    def network(self) -> Network:
        """The last walk of the ROPs (walking them now if they were never walked)."""
        if self._network is None:
            self._network = _collect.walk(self.rops)
        return self._network

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        self._network = _collect.walk(self.rops)
        graph = _jobs.build(self._network, options, self.studio)
        _jobs.add_reviews(graph, self._network, options["review"], self.studio)
        self._review = bool(options["review"])
        return graph

    def checks(self) -> List[Check]:
        """Houdini's own checks, the scene's file inputs (missing: error; outside the studio's
        ``shared_roots``: warning), the products on the master (once known in this process), and the review
        movies asked for but not made. Host checks ask the master nothing (``integrations.host.prepare``)."""
        return [*_checks.all_checks(self.network),
                input_check(lambda: self.network().inputs, self.studio.shared_roots, translations=()),
                product_check(self.name, self.studio),
                lambda graph: _checks.review_skipped(graph, self.network(), self._review)]

    def job_name(self) -> str:
        base = super().job_name()
        return base if self.smedge_rop is None else f"{base}_{self.smedge_rop.name()}"
