"""The plain records :mod:`.collect` returns (str, int, float, bool, list only; no hou objects)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

__all__ = ["Network", "RopRecord", "Scene"]


@dataclass
class RopRecord:
    """One ROP that renders: what a job needs, in plain values."""

    path: str
    type_name: str
    known_type: bool
    #: The output parm's unexpanded text ("" when empty); None when the type has no output parm.
    output: Optional[str]
    #: The output evaluated at the first frame (for the job's render folder).
    output_expanded: str
    #: ``trange``: 0 current frame, 1 range, 2 strict range; None when the ROP has no such parm.
    trange: Optional[int]
    start: float
    end: float
    step: float
    simulation: bool
    #: Rendered as one packet (a simulation, or the input of a Batch ROP).
    one_packet: bool = False
    #: Paths of the ROPs whose jobs this one waits on, in wiring order.
    inputs: List[str] = field(default_factory=list)
    #: The files each frame writes: (image plane / AOV name, path with the frame as printf ``%04d``), the
    #: main image first (``"main"``); variables expanded.
    outputs: List[Tuple[str, str]] = field(default_factory=list)


@dataclass
class Network:
    """What a walk found: the ROPs to render (parents before children), problems found on the way, the
    paths of the ROPs the given ones stand for (rendered over their own frame range), the hip file, its
    file inputs and the parms that could not be read."""

    records: List[RopRecord]
    problems: List[Tuple[str, str]] = field(default_factory=list)  # (node path, message)
    roots: List[str] = field(default_factory=list)
    scene: str = ""  # the hip file the jobs render (``hou.hipFile.path()``)
    #: The scene's file inputs: (parm path, path expanded, the frame as printf), outputs of ROPs left out.
    inputs: List[Tuple[str, str]] = field(default_factory=list)
    #: Parms whose value could not be read: (node path, parm name, the reason Houdini gave).
    unreadable: List[Tuple[str, str, str]] = field(default_factory=list)
    fps: float = 24.0  # the scene's frames per second (``hou.fps()``): a review movie's unless the studio sets one


@dataclass
class Scene:
    """The hip file: its path ("" while never saved), whether it has unsaved changes, and the path it
    has or will be saved to (``untitled.hip`` in the current folder for a new file)."""

    path: str
    modified: bool
    file: str
    #: Whether ``modified`` means anything: False in hython, where Houdini always says modified.
    tracked: bool = True
