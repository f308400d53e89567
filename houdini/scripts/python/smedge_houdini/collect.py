"""The only module that reads Houdini (besides ``rop.py``, which defines the Smedge ROP): the ROP graph
walk, the hip file's state, and the Smedge ROP's parms. It returns plain records (:mod:`.records`), never
hou objects.

The walk starts at the given ROPs and goes up through their inputs, as Houdini's own dependency render
does (SideFX: nodes/out, out/fetch, out/merge, out/switch, out/batch, commands/render):

- every render or output ROP is one :class:`RopRecord` (a ROP reached twice, as in a diamond, is one);
- Fetch stands for its ``source`` ROP (which also waits on whatever is wired into the Fetch); Merge,
  Null, Switch (its selected ``index`` input only) and Batch are structure, not jobs; a Batch makes its
  input ROPs render as one packet;
- a bypassed ROP renders nothing but its inputs still do, and what waits on it waits on them (a
  bypassed Fetch acts as if its source were disconnected; a bypassed Switch passes all its inputs);
- a locked ROP stops everything upstream of it from rendering (a locked render ROP still renders);
- a loop (only a Fetch can make one) raises :class:`RopCycleError` naming its path;
- a parm whose value cannot be read (a broken expression) is kept in ``Network.unreadable`` with the
  node, the parm and Houdini's reason, and its default is used: the rest still collects.

Each ROP's outputs (:func:`outputs`) are its main image and the image planes / AOVs written to files of
their own; the scene's file inputs are ``hou.fileReferences()`` less the ROPs' own file parms (their
outputs). Paths are expanded as the parm would expand them (``hou.ScriptEvalContext``), the frame kept
as printf ``%04d``.
"""
from __future__ import annotations

import json
import logging
import os
import re
from typing import Any, Dict, Generator, Iterable, List, Optional, Sequence, Tuple, Union

import hou

from integrations import naming

from .records import Network, RopRecord, Scene

__all__ = ["Network", "RopCycleError", "RopRecord", "Scene", "file_inputs", "is_smedge_rop", "main_window",
           "node_class", "outputs", "read_rop_settings", "resolve", "save_scene", "scene", "walk",
           "write_rop_settings"]

_log = logging.getLogger(__name__)

#: Render and output ROP types and their output parm (None: the ROP writes no file of its own).
OUTPUT_PARMS = {
    "ifd": "vm_picture", "karma": "picture", "Redshift_ROP": "RS_outputFileNamePrefix", "arnold": "ar_picture",
    "opengl": "picture", "usdrender": "outputimage", "usdrender_rop": "outputimage", "usd": "lopoutput",
    "usd_rop": "lopoutput", "geometry": "sopoutput", "rop_geometry": "sopoutput", "alembic": "filename",
    "rop_alembic": "filename", "vray_renderer": "SettingsOutput_img_file", "dop": "dopoutput",
    "comp": "copoutput", "shell": None,
}
#: ROP types that are structure only: they make no job.
STRUCTURE = ("merge", "null", "switch", "batch", "fetch")
#: ROP types that live in SOP and LOP networks (their file parms are outputs too).
INNER_ROPS = ("rop_geometry", "rop_alembic", "usd_rop", "usdrender_rop")
#: Types whose every render is a simulation (one packet, in order).
SIMULATIONS = ("dop",)
#: User data key that marks a node as a Smedge ROP.
SMEDGE_TAG = "smedge_submit"


class RopCycleError(ValueError):
    """The ROP network loops back on itself (through a Fetch); ``path`` lists the ROP paths."""

    def __init__(self, path: Sequence[str]) -> None:
        self.path = list(path)
        super().__init__("ROP dependency loop: {} (a Fetch's source leads back to a ROP "
                                            "that depends on it; point the Fetch elsewhere)".format(
                                                " -> ".join(self.path)))


# -- the walk -------------------------------------------------------------------------------------


def node_class() -> Any:
    """The class of every network node: ``hou.OpNode`` from Houdini 20, ``hou.Node`` before (Houdini 19.5
    has no ``hou.OpNode``). Looked up when called: nothing here touches ``hou`` at import time."""
    return getattr(hou, "OpNode", hou.Node)


def resolve(rops: Any) -> List[hou.OpNode]:
    """The hou nodes for ``rops`` (nodes or node paths; a ROP network stands for its ROPs that nothing
    waits on); ValueError naming a path that is no node, or when no ROP is left."""
    if isinstance(rops, str) or hasattr(rops, "path"):
        rops = [rops]
    nodes: List[hou.OpNode] = []
    for rop in rops:
        node = hou.node(rop) if isinstance(rop, str) else rop
        if not isinstance(node, node_class()):
            raise ValueError(f"rops: {rop!r} is not a node in this scene")
        inside = node.childTypeCategory()
        if node.type().category().name() != "Driver" and inside is not None and inside.name() == "Driver":
            nodes.extend(child for child in node.children() if not child.outputs())
        else:
            nodes.append(node)
    if not nodes:
        raise ValueError(f"rops: no ROP to render in {rops!r}")
    return nodes


def walk(rops: Any) -> Network:
    """Walk from ``rops`` (nodes or paths) up through their inputs; see the module docstring."""
    walker = _Walker()
    roots: List[str] = []
    for node in resolve(rops):
        _add(roots, walker.visit(node))
    inputs = file_inputs(walker.unreadable)
    return Network(_parents_first(walker.records), walker.problems, roots, hou.hipFile.path(), inputs,
                   walker.unreadable, hou.fps())


def _parents_first(records: Dict[str, RopRecord]) -> List[RopRecord]:
    """The records with every ROP after those it waits on, otherwise in walk order; RopCycleError when
    they wait on each other in a loop (a Fetch whose own inputs lead to its source)."""
    out: List[RopRecord] = []
    state: Dict[str, bool] = {}  # False: being placed, True: placed
    for key in records:
        stack = [(key, iter(records[key].inputs))]
        if key in state:
            continue
        state[key] = False
        while stack:
            current, parents = stack[-1]
            parent = next(parents, None)
            if parent is None:
                stack.pop()
                state[current] = True
                out.append(records[current])
            elif parent not in state:
                state[parent] = False
                stack.append((parent, iter(records[parent].inputs)))
            elif not state[parent]:
                trail = [item for item, _ in stack]
                raise RopCycleError([*trail[trail.index(parent):], parent])
    return out


#: What a step of the walk asks for: visit (node, walk its inputs, extra parents for its job).
_Request = Tuple["hou.OpNode", bool, Tuple[str, ...]]
_Step = Generator[_Request, Tuple[str, ...], Tuple[str, ...]]


class _Walker:
    """A depth-first walk without recursion (a chain of thousands of ROPs must not hit Python's
    recursion limit): each step is a generator that yields the nodes it needs visited and receives what
    waiting on them means; :meth:`visit` runs them on an explicit stack."""

    def __init__(self) -> None:
        self.records: Dict[str, RopRecord] = {}
        self.done: Dict[Tuple[str, bool], Tuple[str, ...]] = {}
        self.problems: List[Tuple[str, str]] = []
        self.unreadable: List[Tuple[str, str, str]] = []
        self.active: Dict[str, None] = {}  # the paths being visited, outermost first

    def visit(self, node: hou.OpNode) -> Tuple[str, ...]:
        """The job paths that whatever waits on ``node`` waits on."""
        stack = [self._visit(node, True, ())]
        value: Optional[Tuple[str, ...]] = None  # None starts a new step
        while stack:
            try:
                request = stack[-1].send(value)  # type: ignore[arg-type]  # None only to start a step
            except StopIteration as stop:
                stack.pop()
                value = stop.value
            else:
                stack.append(self._visit(*request))
                value = None
        return value or ()

    def _visit(self, node: hou.OpNode, walk_inputs: bool, extra: Tuple[str, ...]) -> _Step:
        key = node.path()
        if key in self.active:
            trail = list(self.active)
            raise RopCycleError([*trail[trail.index(key):], key])
        type_name = node.type().name()
        if type_name in STRUCTURE:
            if not walk_inputs:  # fetched by a locked Fetch: what is upstream of it does not render
                return extra
            done = self.done.get((key, True))
            if done is None:
                self.active[key] = None
                done = self.done[(key, True)] = yield from self._structure(node, type_name)
                del self.active[key]
            return _union([done, extra])
        done = self.done.get((key, walk_inputs))
        if done is None:
            bypassed, locked = _flags(node)
            upstream: Tuple[str, ...] = ()
            if walk_inputs and not locked:
                self.active[key] = None
                upstream = yield from self._inputs(node)
                del self.active[key]
            if bypassed:
                done = upstream
            else:
                record = self.records.get(key) or self._record(node, type_name)
                _add(record.inputs, upstream)
                done = (key,)
            self.done[(key, walk_inputs)] = done
        if extra and done == (key,):
            _add(self.records[key].inputs, extra)
            return done
        return _union([done, extra])

    def _inputs(self, node: hou.OpNode, only: Optional[Sequence[Optional[hou.OpNode]]] = None) -> _Step:
        if node.type().category().name() != "Driver":
            return ()  # a ROP inside a SOP or LOP network: its inputs are data, not render dependencies
        found: List[str] = []
        for item in node.inputs() if only is None else only:
            if item is not None:
                _add(found, (yield (item, True, ())))
        return tuple(found)

    def _structure(self, node: hou.OpNode, type_name: str) -> _Step:
        if type_name == "fetch":
            return (yield from self._fetch(node))
        bypassed, locked = _flags(node)
        if locked:
            return ()
        if type_name == "switch" and not bypassed:
            index = int(_value(node, "index", 0, self.unreadable))
            wired = node.inputs()
            return (yield from self._inputs(node, [wired[index]] if 0 <= index < len(wired) else []))
        found = yield from self._inputs(node)
        if type_name == "batch" and not bypassed:
            for item in node.inputs():
                for job in (yield (item, True, ())) if item is not None else ():
                    self.records[job].one_packet = True
        return found

    def _fetch(self, node: hou.OpNode) -> _Step:
        """A Fetch is its source ROP, which also waits on what is wired into the Fetch; a locked Fetch
        renders its source alone, a bypassed one passes its inputs on."""
        bypassed, locked = _flags(node)
        upstream = () if locked else (yield from self._inputs(node))
        if bypassed:
            return upstream
        text = str(_value(node, "source", "", self.unreadable))
        source = node.node(text) if text else None
        if not isinstance(source, node_class()) or not (source.type().category().name() == "Driver"
                                                      or source.type().name() in OUTPUT_PARMS):
            self.problems.append((node.path(), f"Fetch {node.path()} has source {text!r}, which is not a ROP; set "
                                  "its Source to the ROP to render"))
            return upstream
        return (yield (source, not locked, upstream))

    def _record(self, node: hou.OpNode, type_name: str) -> RopRecord:
        key = node.path()
        known = type_name in OUTPUT_PARMS
        parm_name = OUTPUT_PARMS.get(type_name)
        output_parm = node.parm(parm_name) if parm_name else None
        unreadable = self.unreadable
        trange = int(_value(node, "trange", 0, unreadable)) if node.parm("trange") is not None else None
        if trange:
            start, end, step = (float(_value(node, name, 0.0, unreadable)) for name in ("f1", "f2", "f3"))
        else:
            start = end = hou.frame()
            step = 1.0
        simulation = type_name in SIMULATIONS or bool(_value(node, "initsim", 0, unreadable))
        output: Optional[str] = None
        expanded = ""
        if output_parm is not None:
            output = _read(output_parm, unreadable, lambda: output_parm.unexpandedString(), "")
            expanded = _read(output_parm, unreadable, lambda: output_parm.evalAsStringAtFrame(start), "")
        record = RopRecord(
            path=key, type_name=type_name, known_type=known, output=output, output_expanded=expanded,
            trange=trange, start=start, end=end, step=step, simulation=simulation, one_packet=simulation,
            outputs=outputs(node, start, unreadable) if output else [])
        self.records[key] = record
        return record


def _flags(node: hou.OpNode) -> Tuple[bool, bool]:
    """(bypassed, locked): the render flags of a node in a ROP network. A ROP inside a SOP or LOP network
    has neither (its SOP/LOP flags are about cooking, not rendering)."""
    if isinstance(node, hou.RopNode):
        return node.isBypassed(), node.isLocked()
    return False, False


def _value(node: hou.OpNode, name: str, default: Union[int, float, str],
           unreadable: List[Tuple[str, str, str]]) -> Union[int, float, str]:
    """The parm's value; ``default`` when the node has no such parm, or when it cannot be read (kept in
    ``unreadable`` as (node, parm, reason))."""
    parm = node.parm(name)
    return _read(parm, unreadable, parm.eval, default) if parm is not None else default


def _read(parm: hou.Parm, unreadable: List[Tuple[str, str, str]], read: Any, default: Any) -> Any:
    """``read()``, or ``default`` when Houdini cannot evaluate the parm (kept in ``unreadable``)."""
    try:
        return read()
    except hou.Error as err:
        node, name = parm.node().path(), parm.name()
        if not any(item[:2] == (node, name) for item in unreadable):  # a parm read twice is said once
            unreadable.append((node, name, _reason(err)))
        return default


def _reason(err: Exception) -> str:
    message = err.instanceMessage() if hasattr(err, "instanceMessage") else ""
    return (message or str(err) or type(err).__name__).strip()


# -- outputs and inputs -------------------------------------------------------------------------

#: Per renderer: the multiparm count of its image planes / AOVs and, per instance ``i``, the parms
#: (enabled, name, own file on, own file); ``{}`` in a name: the index. ``invert``: the first says
#: disabled. Sources: SideFX Mantra (Images > Extra Image Planes: ``vm_numaux``, ``vm_variable_plane#``,
#: ``vm_channel_plane#``, ``vm_usefile_plane#``, ``vm_filename_plane#``, ``vm_disable_plane#``), HtoA
#: (``ar_aovs``, ``ar_enable_aov#``, ``ar_aov_label#``, ``ar_aov_separate#``, ``ar_aov_separate_file#``),
#: Redshift (``RS_aov``, ``RS_aovEnable_#``, ``RS_aovSuffix_#``, ``RS_aovCustomPrefix_#``), as public
#: pipeline code reads them (AYON/OpenPype, CGRU); documentation only, no real Houdini here.
PLANES = {
    "ifd": ("vm_numaux", "vm_disable_plane{}", "vm_variable_plane{}", "vm_usefile_plane{}", "vm_filename_plane{}"),
    "arnold": ("ar_aovs", "ar_enable_aov{}", "ar_aov_label{}", "ar_aov_separate{}", "ar_aov_separate_file{}"),
    "Redshift_ROP": ("RS_aov", "RS_aovEnable_{}", "RS_aovSuffix_{}", None, "RS_aovCustomPrefix_{}"),
}
_AOV_TOKEN = re.compile(r"\$\{?AOV\}?|%AOV%", re.IGNORECASE)


def _pattern(parm: hou.Parm, frame: float, unreadable: List[Tuple[str, str, str]]) -> str:
    """The parm's path expanded as the parm would expand it at ``frame``, its frame tokens (``$F4``,
    ``$F``, ``#``) kept as printf ``%04d``/``%d``; "" when it cannot be read (kept in ``unreadable``)."""
    raw = _read(parm, unreadable, parm.unexpandedString, "")
    if not raw.strip():
        return ""
    with hou.ScriptEvalContext(parm):
        return _read(parm, unreadable, lambda: hou.expandStringAtFrame(naming.frame_pattern(raw), frame), "")


def outputs(node: hou.OpNode, frame: float, unreadable: List[Tuple[str, str, str]]) -> List[Tuple[str, str]]:
    """The ROP's outputs as (name, pattern): ``main`` (its output parm) and each enabled image plane / AOV
    written to a file of its own (a plane without one is a layer of the main image). Redshift: an AOV
    without a custom prefix writes ``<prefix>.<name><ext>`` beside the beauty (or ``$AOV`` in the prefix
    is its name), none with "Full Multi-Layered EXR"; the beauty takes ``RS_outputBeautyAOVSuffix`` the
    same way (AYON/OpenPype's Redshift collector)."""
    type_name = node.type().name()
    parm_name = OUTPUT_PARMS.get(type_name)
    parm = node.parm(parm_name) if parm_name else None
    main = _pattern(parm, frame, unreadable) if parm is not None else ""
    if not main:
        return []
    found = [("main", main)]
    spec = PLANES.get(type_name)
    count = int(_value(node, spec[0], 0, unreadable)) if spec else 0
    redshift, mantra = type_name == "Redshift_ROP", type_name == "ifd"
    mode = node.parm("RS_outputMultilayerMode") if redshift else None
    multilayer = mode is not None and _read(mode, unreadable, mode.evalAsString, "") == "2"
    for index in range(1, count + 1):
        enabled, name, own, file = (item.format(index) if item else "" for item in spec[1:])  # type: ignore[index]
        flag = bool(_value(node, enabled, 0 if mantra else 1, unreadable))
        if flag if mantra else not flag:  # Mantra's parm says "disable"
            continue
        label = str(_value(node, name, "", unreadable))
        if mantra:
            label = str(_value(node, f"vm_channel_plane{index}", "", unreadable)) or label
        file_parm = node.parm(file)
        if not redshift and not (own and bool(_value(node, own, 0, unreadable))):
            continue  # a layer of the main image
        custom = _pattern(file_parm, frame, unreadable) if file_parm is not None else ""
        path = custom
        if redshift:  # without a prefix of its own, beside the beauty (none in a multi-layered EXR)
            path = _redshift_file(custom or main, label) if custom or not multilayer else ""
        if path:
            found.append((label or f"plane{index}", path))
    if redshift:
        found[0] = ("main", _redshift_file(main, str(_value(node, "RS_outputBeautyAOVSuffix", "", unreadable))))
    return found


def _redshift_file(prefix: str, name: str) -> str:
    """A Redshift AOV's file from its prefix: its ``$AOV`` token as ``name`` (a separator before it goes
    with it when ``name`` is empty), else ``.<name>`` before the extension."""
    if _AOV_TOKEN.search(prefix):
        return _AOV_TOKEN.sub(name, prefix) if name else re.sub(r"[._-]?(" + _AOV_TOKEN.pattern + ")", "", prefix,
                                                                 flags=re.IGNORECASE)
    if not name:
        return prefix
    base, extension = os.path.splitext(prefix)
    return f"{base}.{name}{extension}"


def file_inputs(unreadable: List[Tuple[str, str, str]]) -> List[Tuple[str, str]]:
    """The scene's file inputs as (parm path, path): ``hou.fileReferences()`` (SideFX: "all references to
    external files ... in the current scene": File SOPs, Alembic, USD layers, file COPs, textures), less
    the file parms of ROPs (what they write), expanded at the current frame with frame tokens kept."""
    found = []
    frame = hou.frame()
    for parm, _ in hou.fileReferences():
        node = parm.node()
        if node.type().category().name() == "Driver" or node.type().name() in INNER_ROPS:
            continue
        path = _pattern(parm, frame, unreadable)
        if path:
            found.append((parm.path(), path))
    return found


def _add(target: List[str], items: Iterable[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _union(groups: Iterable[Iterable[str]]) -> Tuple[str, ...]:
    out: List[str] = []
    for group in groups:
        _add(out, group)
    return tuple(out)


# -- the hip file -------------------------------------------------------------------------------


def scene() -> Scene:
    """The hip file's path ("" while it is a new, never saved file) and modified state.

    In hython (no UI) ``hasUnsavedChanges()`` is always True (SideFX): ``tracked`` is False there.
    """
    file = hou.hipFile.path()
    return Scene("" if hou.hipFile.isNewFile() else file, hou.hipFile.hasUnsavedChanges(), file,
                 hou.isUIAvailable())


def save_scene() -> str:
    """Save the hip file under its path and return it; RuntimeError when it was never saved or cannot be."""
    if hou.hipFile.isNewFile():
        raise RuntimeError("The hip file has never been saved; save it under a name first (File > Save As)")
    try:
        hou.hipFile.save()
    except hou.OperationFailed as err:
        raise RuntimeError(f"Could not save {hou.hipFile.path()}: {err}") from err
    return hou.hipFile.path()


def main_window() -> Any:
    """Houdini's main window (a QWidget), or None where there is none (hython)."""
    if not hou.isUIAvailable():
        return None
    return hou.qt.mainWindow()


# -- the Smedge ROP's parms -------------------------------------------------------------------------

#: Smedge ROP parm -> (settings key, kind).
SETTINGS_PARMS = {"priority": "int", "pool": "str", "packet_size": "int", "paused": "bool", "note": "str",
                  "dependency_mode": "menu"}
#: The hidden parm keeping the dialog's per-job overrides as JSON.
OVERRIDES_PARM = "job_overrides"


def is_smedge_rop(node: hou.OpNode) -> bool:
    """Whether ``node`` is a Smedge ROP (tagged by :func:`smedge_houdini.rop.install`)."""
    return bool(node.userData(SMEDGE_TAG))


def read_rop_settings(node: hou.OpNode) -> Dict[str, Any]:
    """The Smedge ROP's parms as plain values, and its per-job overrides (``jobs``).

    Damaged overrides (not JSON) are returned as their text, for ``integrations.settings.load`` to report.
    """
    values: Dict[str, Any] = {}
    for name, kind in SETTINGS_PARMS.items():
        parm = node.parm(name)
        if parm is None:
            _log.warning("The Smedge ROP %s has no parm %r; using the default", node.path(), name)
            continue
        try:
            value = parm.evalAsString() if kind == "menu" else parm.eval()
        except hou.Error as err:  # a broken expression: the default, said in the log
            _log.warning("The Smedge ROP's parm %s cannot be read (%s); using the default", parm.path(), _reason(err))
            continue
        values[name] = bool(value) if kind == "bool" else value
    parm = node.parm(OVERRIDES_PARM)
    text = parm.evalAsString() if parm is not None else ""
    try:
        values["jobs"] = json.loads(text) if text.strip() else {}
    except ValueError:
        values["jobs"] = text  # as found: the shared settings loader reports it, naming the value
    return values


def write_rop_settings(node: hou.OpNode, values: Dict[str, Any]) -> None:
    """Set the Smedge ROP's parms from ``values`` (keys of :data:`SETTINGS_PARMS` and ``jobs``)."""
    for name, value in values.items():
        parm = node.parm(OVERRIDES_PARM if name == "jobs" else name)
        if parm is None:
            continue
        if name == "jobs":
            value = json.dumps(value, sort_keys=True)
        elif isinstance(value, bool):
            value = int(value)
        if parm.eval() != value:
            parm.set(value)
