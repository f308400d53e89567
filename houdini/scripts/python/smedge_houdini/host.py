"""``HoudiniHost``: the shared layer's view of a Houdini session and the ROPs to render.

Every Houdini call goes through :mod:`.walk`. When the ROPs given include a Smedge ROP, its parms are the
job defaults (explicit options win) and its sticky settings store.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional

from integrations.graph import DEFAULT_PRIORITY, JobGraph
from integrations.host import Check, Host
from integrations.studio import StudioDefaults

from . import checks as _checks
from . import jobs as _jobs
from . import walk as _walk

if TYPE_CHECKING:
    import hou

__all__ = ["HoudiniHost", "RopSettings"]

#: build_graph options and their defaults.
OPTIONS = {"priority": None, "pool": "", "packet_size": None, "note": "", "dependency_mode": "frame"}


class RopSettings(object):
    """Sticky submit settings kept in the Smedge ROP's own parms.

    The ROP's priority, pool and packet size are the values the jobs are built with, so the dialog
    loads them as "each job's own" (None) and a common value chosen in the dialog is written back to the
    parm; paused and note are the parms themselves; per-job overrides live in a hidden JSON parm.
    """

    def __init__(self, node: "hou.OpNode") -> None:
        self.node = node

    def load(self) -> Dict[str, Any]:
        values = _walk.read_rop_settings(self.node)
        return {"pool": None, "priority": None, "packet_size": None, "paused": values.get("paused", False),
                "note": values.get("note", ""), "jobs": values.get("jobs", {})}

    def save(self, data: Dict[str, Any]) -> None:
        values = {key: data[key] for key in ("pool", "priority", "packet_size", "paused", "note", "jobs")
                  if data.get(key) is not None}
        _walk.write_rop_settings(self.node, values)


class HoudiniHost(Host):
    """The ROPs ``rops`` (nodes or paths) of the current hip file; their inputs are walked. By default
    the ROPs of ``/out`` that nothing waits on."""

    name = "houdini"
    product = "Houdini"

    def __init__(self, rops: Any = ("/out",), studio: Optional[StudioDefaults] = None) -> None:
        super(HoudiniHost, self).__init__(studio)
        self.rops = _walk.resolve(rops)
        self.smedge_rop = next((node for node in self.rops if _walk.is_smedge_rop(node)), None)
        self._network = None  # type: Optional[_walk.Network]
        self._saved = None  # type: Optional[str]  # the path this host saved the hip file to

    # -- the scene ----------------------------------------------------------------------------------
    def scene_path(self) -> str:
        return _walk.scene().path

    def is_modified(self) -> bool:
        """Whether the hip file has unsaved changes. In hython (no UI) Houdini always says it has, so it
        counts as modified until this host has saved it itself (the Fix of the scene check): a script
        runs nothing else between that save and the submit that follows it."""
        scene = _walk.scene()
        if scene.tracked:
            return scene.modified
        return self._saved != scene.path

    def save(self) -> str:
        self._saved = _walk.save_scene()
        return self._saved

    def main_window(self) -> Any:
        return _walk.main_window()

    def settings_store(self) -> Any:
        if self.smedge_rop is not None:
            return RopSettings(self.smedge_rop)
        return super(HoudiniHost, self).settings_store()

    # -- what it renders ------------------------------------------------------------------------
    def rop_options(self) -> Dict[str, Any]:
        """The Smedge ROP's parms as options (empty without a Smedge ROP); a priority or packet size of 0
        is left out: each job takes the studio default for its product."""
        if self.smedge_rop is None:
            return {}
        values = _walk.read_rop_settings(self.smedge_rop)
        return {key: values[key] for key in OPTIONS
                if key in values and not (key in ("priority", "packet_size") and not values[key])}

    def network(self) -> _walk.Network:
        """The last walk of the ROPs (walking them now if they were never walked)."""
        if self._network is None:
            self._network = _walk.walk(self.rops)
        return self._network

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        unknown = sorted(set(options) - set(OPTIONS))
        if unknown:
            raise ValueError("Unknown option(s) {}; known: {}".format(", ".join(unknown), ", ".join(sorted(OPTIONS))))
        chosen = dict(OPTIONS, **self.rop_options())
        chosen.update(options)
        self._network = _walk.walk(self.rops)
        product_for = _jobs.products(self.product, self.studio.product_for)
        return _jobs.build(self._network, _walk.scene().file, product_for, product_priority=self.product_priority,
                           **chosen)

    def product_priority(self, product: Optional[str]) -> int:
        """The studio's priority for jobs of ``product`` (this host's product when None)."""
        return int(self.studio.job_values(product or self.product).get("Priority", DEFAULT_PRIORITY))

    def checks(self) -> List[Check]:
        return list(_checks.all_checks(self.network))

    def job_name(self) -> str:
        base = super(HoudiniHost, self).job_name()
        return base if self.smedge_rop is None else "{}_{}".format(base, self.smedge_rop.name())
