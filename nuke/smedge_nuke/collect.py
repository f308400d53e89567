"""What the open Nuke script renders, read through the ``nuke`` module: the only module that calls it.

:func:`script` returns a :class:`Script` of plain records: the script's path and state, every Write
(``Write``, ``DeepWrite``, ``WriteGeo``, inside Groups too) with its evaluated output path, frame range,
views and render order, every Read, and for each Write the Reads and read-back Writes its pixels come
from. Paths are absolute: a relative one is joined to the Root's project directory, or to the current
directory when it has none, as Nuke does. A file knob Nuke cannot evaluate leaves ``path`` empty and
says why in ``error``. A knob whose value cannot be read (a broken expression, a parent knob that is not
there) takes its default and becomes a :class:`KnobProblem` in ``Script.problems``: the rest still
collects. ``Script.inputs`` are the files the script reads (:data:`INPUT_KNOBS`, and the gizmo files its
node classes come from). The other functions are the script's state, its save and the settings knob. The
records are defined in :mod:`.records`.
"""
from __future__ import annotations

import os
import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

import nuke

from .records import InputRecord, KnobProblem, ReadRecord, Script, WriteRecord

WRITE_CLASSES = ("Write", "DeepWrite", "WriteGeo")
READ_CLASSES = ("Read", "DeepRead", "ReadGeo2")
#: The file knobs the script reads, per node class (Foundry's node reference): images, geometry, camera
#: data, scripts. A camera's or axis's file is read only with ``read_from_file`` on.
INPUT_KNOBS = {"Read": "file", "DeepRead": "file", "ReadGeo": "file", "ReadGeo2": "file", "Camera": "file",
               "Camera2": "file", "Camera3": "file", "Camera4": "file", "Axis": "file", "Axis2": "file",
               "Axis3": "file", "Precomp": "file", "OCIOFileTransform": "file", "Vectorfield": "vfield_file"}
_FROM_FILE = ("Camera", "Camera2", "Camera3", "Camera4", "Axis", "Axis2", "Axis3")
#: Classes known to be Nuke's own, not looked for as gizmos.
_NOT_GIZMOS = frozenset(WRITE_CLASSES + READ_CLASSES + tuple(INPUT_KNOBS) + ("Root", "Group", "Input", "Output",
                                                                           "Switch", "Viewer", "Dot"))
#: The hidden Root knob that keeps the submit settings.
SETTINGS_KNOB = "smedge_submit_settings"
#: Nodes whose frame N shows other frames of their input (shifted, held, retimed or blended over time):
#: files read through one of them are not needed frame for frame. Any other class is taken as per-frame.
RETIMING_CLASSES = frozenset((
    "TimeOffset", "TimeClip", "FrameHold", "Retime", "TimeWarp", "Kronos", "OFlow", "OFlow2", "TimeEcho",
    "TimeBlur", "FrameBlend", "AppendClip", "TemporalMedian", "VectorGenerator", "SmartVector",
    "VectorDistort", "MotionBlur"))
#: What feeds a node: the full names of the Reads and of the read-back Writes its pixels come from, and
#: those of them whose frames arrive retimed (through a retiming node or a Read's frame offset).
Sources = Tuple[Tuple[str, ...], Tuple[str, ...], FrozenSet[str]]
_NOTHING: Sources = ((), (), frozenset())
_DRIVE = re.compile(r"^[A-Za-z]:[/\\]")  # a Windows path, kept as it is
#: The knobs that could not be read during the current :func:`script` call, by (node, knob).
_problems: Dict[Tuple[str, str], KnobProblem] = {}


def script_path() -> str:
    """The script's full path, '' while it has never been saved."""
    return str(nuke.root()["name"].value() or "")


def is_modified() -> bool:
    return bool(nuke.root().modified())


def save_script() -> str:
    """Save the script under its own path; RuntimeError when it has none.

    Outside the GUI (``nuke -t``) a bare ``scriptSave()`` depends on the modified flag and can silently
    write nothing, so the path is saved over explicitly with ``scriptSaveAs`` (as AYON does).
    """
    path = script_path()
    if not path:
        raise RuntimeError("The Nuke script has never been saved: save it under a name first")
    if nuke.GUI:
        nuke.scriptSave()
    else:
        nuke.scriptSaveAs(path, overwrite=1)
    return path


def settings_text() -> Optional[str]:
    """The text of the Root's settings knob, None when the script has none."""
    knob = nuke.root().knob(SETTINGS_KNOB)
    return None if knob is None else str(knob.value())


def store_settings_text(text: str) -> None:
    """Write the Root's settings knob, adding it (hidden) the first time; unchanged text is not written
    again, so closing the dialog does not mark the script modified for nothing."""
    root = nuke.root()
    knob = root.knob(SETTINGS_KNOB)
    if knob is not None and knob.value() == text:
        return
    if knob is None:
        knob = nuke.String_Knob(SETTINGS_KNOB, "Smedge submit settings")
        knob.setFlag(nuke.INVISIBLE)
        root.addKnob(knob)
    knob.setValue(text)


def script() -> Script:
    """Every Write and Read of the open script as plain records."""
    root = nuke.root()
    _problems.clear()
    with root:
        base = _project_directory(root)
        proxy = _flag(root, "proxy")
        first, last = root.firstFrame(), root.lastFrame()
        fps = float(root["fps"].value())
        views = list(nuke.views())
        everything = nuke.allNodes(group=root, recurseGroups=True)
        selected_groups = [n.fullName() + "." for n in everything if isinstance(n, nuke.Group) and n.isSelected()]
        memo: Dict[str, Sources] = {}
        writes, reads, inputs = [], [], []
        for node in everything:
            if node.Class() in WRITE_CLASSES:
                writes.append(_write(node, base, proxy, (first, last), views, selected_groups, memo))
            elif node.Class() in READ_CLASSES:
                path, error = _path(node, "file", base)
                reads.append(ReadRecord(node.fullName(), path, _int(node, "first", 1), _int(node, "last", 1), error))
            if node.Class() in INPUT_KNOBS:
                inputs += _input(node, base)
        inputs += _gizmos(everything)
    problems = list(_problems.values())
    _problems.clear()
    return Script(script_path(), is_modified(), first, last, proxy, views, writes, reads, inputs, problems, fps)


def _gizmos(nodes: List[nuke.Node]) -> List[InputRecord]:
    """The gizmo file of each node class found as ``<class>.gizmo`` on Nuke's plug-in path (the first, which
    Nuke loads: ``nuke.plugins(nuke.ALL, ...)``), named by the first node of that class."""
    first: Dict[str, nuke.Node] = {}
    for node in nodes:
        first.setdefault(node.Class(), node)
    found = []
    for cls, node in first.items():
        files = nuke.plugins(nuke.ALL, cls + ".gizmo") if cls not in _NOT_GIZMOS else []
        if files:
            found.append(InputRecord(node.fullName(), "gizmo", files[0].replace("\\", "/")))
    return found


def _input(node: nuke.Node, base: str) -> List[InputRecord]:
    """The file an enabled node of :data:`INPUT_KNOBS` reads ([] when none, or it cannot be evaluated: that
    is a :class:`KnobProblem`); a Read's frames are its ``first``-``last``."""
    cls, knob = node.Class(), INPUT_KNOBS[node.Class()]
    if _flag(node, "disable") or (cls in _FROM_FILE and not _flag(node, "read_from_file")):
        return []
    path, error = _path(node, knob, base)
    if error:
        _problems.setdefault((node.fullName(), knob), KnobProblem(node.fullName(), knob, error))
    if not path:
        return []
    frames = ""
    if cls in READ_CLASSES and cls != "ReadGeo2":
        first, last = _int(node, "first", 1), _int(node, "last", 1)
        frames = f"{first}-{last}" if first != last else str(first)
    return [InputRecord(node.fullName(), knob, path, frames)]


def _write(node: nuke.Node, base: str, proxy: bool, root_range: Tuple[int, int], views: List[str],
           selected_groups: List[str], memo: Dict[str, Sources]) -> WriteRecord:
    name = node.fullName()
    knob = "proxy" if proxy and _text(node, "proxy") else "file"
    path, error = _path(node, knob, base)
    use_limit = _flag(node, "use_limit")
    first, last = (_int(node, "first", root_range[0]), _int(node, "last", root_range[1])) if use_limit else root_range
    views_knob = node.knob("views")
    reads, read_back, retimed = _sources([node.input(i) for i in range(node.inputs())], memo)
    return WriteRecord(
        name=name, node_class=node.Class(), disabled=_flag(node, "disable"),
        selected=node.isSelected() or any(name.startswith(g) for g in selected_groups),
        file=_text(node, "file"), path=path, error=error, file_type=_text(node, "file_type"),
        first=first, last=last, use_limit=use_limit,
        views=_text(node, "views").split() if views_knob is not None else list(views),
        render_order=_int(node, "render_order", 1), reading=_flag(node, "reading"),
        reads=list(reads), read_back=[w for w in read_back if w != name],
        retimed=[s for s in reads + read_back if s in retimed and s != name], frame_offset=_frame_offset(node),
        file_types=_choices(node, "file_type"))


def _sources(start: List[Optional[nuke.Node]],
             memo: Dict[str, Sources]) -> Sources:
    """The Reads and read-back Writes whose pixels reach ``start`` (full names, in walk order), and which
    of them arrive retimed.

    Groups are entered at their Output node and left at their Input nodes; a disabled node passes its
    first input only; a Switch its selected input (all of them when ``which`` is animated); a disabled
    Read gives nothing. Each node is resolved once (``memo``), without recursion, so long chains cost
    one visit per node.
    """
    return _union(_resolve(node, memo) for node in start if node is not None)


def _resolve(top: nuke.Node, memo: Dict[str, Sources]) -> Sources:
    """The sources of ``top``'s output, resolving (into ``memo``) every node it needs first."""
    pending = [(top, False)]
    while pending:
        node, ready = pending.pop()
        key = node.fullName()
        if key in memo and not ready:
            continue
        own, feeds = _own_source(node)
        if own is not None:
            memo[key] = own
            continue
        if not ready:
            memo.setdefault(key, _NOTHING)  # a cycle through this node adds nothing
            pending.append((node, True))
            pending += [(feed, False) for feed in feeds if feed.fullName() not in memo]
            continue
        reads, backs, retimed = _union(memo.get(feed.fullName(), _NOTHING) for feed in feeds)
        if node.Class() in RETIMING_CLASSES and not _flag(node, "disable"):
            retimed = frozenset(reads + backs)
        memo[key] = reads, backs, retimed
    return memo[top.fullName()]


def _union(parts: Iterable[Sources]) -> Sources:
    reads: List[str] = []
    backs: List[str] = []
    retimed: FrozenSet[str] = frozenset()
    for part_reads, part_backs, part_retimed in parts:
        reads += [r for r in part_reads if r not in reads]
        backs += [w for w in part_backs if w not in backs]
        retimed |= part_retimed
    return tuple(reads), tuple(backs), retimed


def _own_source(node: nuke.Node) -> Tuple[Optional[Sources], List[nuke.Node]]:
    """``(sources, [])`` for a node that ends the walk, else ``(None, the nodes feeding it)``."""
    cls, disabled = node.Class(), _flag(node, "disable")
    name = node.fullName()
    if cls in READ_CLASSES:
        return (_NOTHING if disabled else ((name,), (), frozenset([name] if _frame_offset(node) else []))), []
    if cls in WRITE_CLASSES and _flag(node, "reading") and not disabled:
        return ((), (name,), frozenset([name] if _frame_offset(node) else [])), []
    if disabled:
        first = node.input(0)
        return None, [first] if first is not None else []
    if cls == "Switch":
        return None, _switched(node)
    if isinstance(node, nuke.Group):
        outputs = [n for n in node.nodes() if n.Class() == "Output"]
        feed = outputs[0].input(0) if outputs else None
        return None, [feed] if feed is not None else []
    if cls == "Input":
        group_name = node.fullName().rpartition(".")[0]
        group = nuke.toNode(group_name) if group_name else None
        feed = group.input(_int(node, "number", 0)) if group is not None else None
        return None, [feed] if feed is not None else []
    return None, list(node.dependencies(nuke.INPUTS | nuke.HIDDEN_INPUTS))


def _switched(node: nuke.Node) -> List[nuke.Node]:
    """The inputs a Switch shows: the one ``which`` selects (clamped to the inputs there are), or all of
    them when ``which`` is animated, since other frames may show another."""
    inputs = [node.input(i) for i in range(node.inputs())]
    knob = node.knob("which")
    if knob is not None and inputs and not knob.isAnimated():
        which = _value(node, "which", 0)
        inputs = [inputs[min(max(round(float(which)), 0), len(inputs) - 1)]]  # type: ignore[arg-type]
    return [n for n in inputs if n is not None]


def _frame_offset(node: nuke.Node) -> bool:
    """Whether a Read's or Write's file numbers differ from its frames: ``frame_mode`` "start at", or
    "offset"/"expression" with a ``frame`` other than nothing, 0 (offset) or ``frame`` (expression)."""
    frame = _text(node, "frame").strip()
    mode = _text(node, "frame_mode").replace("_", " ").strip() or "expression"
    if mode == "offset":
        return frame not in ("", "0")
    if mode == "expression":
        return frame not in ("", "frame")
    return True


def _project_directory(root: nuke.Node) -> str:
    knob = root.knob("project_directory")
    try:
        text = _evaluated(knob) if knob is not None else ""
    except Exception as err:  # whatever Nuke raises, the knob is a problem, not a crash
        _problem(root, "project_directory", err)
        text = ""
    return os.path.abspath(text) if text else os.getcwd()


def _path(node: nuke.Node, knob_name: str, base: str) -> Tuple[str, str]:
    """``(absolute evaluated path, '')``, ``('', '')`` without a file, ``('', why)`` when it cannot evaluate."""
    knob = node.knob(knob_name)
    if knob is None or not _text(node, knob_name).strip():
        return "", ""
    try:
        text = _evaluated(knob).strip()
    except Exception as err:  # whatever Nuke raises, the path cannot be evaluated
        return "", f"{node.fullName()}.{knob_name} {knob.value()!r} cannot be evaluated: {err}"
    if not text:
        return "", ""
    if _DRIVE.match(text):
        return text.replace("\\", "/"), ""
    if not text.startswith(("/", "\\\\")):
        text = os.path.join(base, text)
    return os.path.normpath(text).replace("\\", "/"), ""


def _evaluated(knob: nuke.Knob) -> str:
    """The knob's text with its TCL evaluated. A file knob's sequence comes back as %04d (Nuke's
    notation); #### is accepted too: paths are compared through ``jobs.sequence_key``."""
    if isinstance(knob, nuke.File_Knob):
        return str(knob.getEvaluatedValue())
    if isinstance(knob, nuke.EvalString_Knob):
        return str(knob.evaluate())
    return str(knob.value())


def _choices(node: nuke.Node, name: str) -> List[str]:
    """The values an enumeration knob offers (the first word of each, the empty one left out)."""
    knob = node.knob(name)
    if not isinstance(knob, nuke.Enumeration_Knob):
        return []
    words = [str(value).split() for value in knob.values()]
    return [w[0] for w in words if w]


def _value(node: nuke.Node, name: str, default: object) -> object:
    """The knob's value; ``default`` when the node has no such knob, or when its value cannot be read (a
    broken expression, a knob of a parent that is not there): then a :class:`KnobProblem` is kept."""
    knob = node.knob(name)
    if knob is None:
        return default
    try:
        return knob.value()
    except Exception as err:  # whatever Nuke raises, the knob is a problem, not a crash
        _problem(node, name, err)
        return default


def _problem(node: nuke.Node, name: str, err: Exception) -> None:
    key = (node.fullName(), name)
    _problems.setdefault(key, KnobProblem(key[0], name, f"{type(err).__name__}: {err}"))


def _text(node: nuke.Node, name: str) -> str:
    return str(_value(node, name, ""))


def _flag(node: nuke.Node, name: str) -> bool:
    return bool(_value(node, name, False))


def _int(node: nuke.Node, name: str, default: int) -> int:
    value = _value(node, name, default)
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError) as err:
        _problem(node, name, err)
        return default
