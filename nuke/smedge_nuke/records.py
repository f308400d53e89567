"""The plain records :func:`.collect.script` returns (str, int, bool, list only; no Nuke objects)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

__all__ = ["InputRecord", "KnobProblem", "ReadRecord", "Script", "WriteRecord"]


@dataclass
class ReadRecord:
    """A Read: its full name, absolute file path (sequence pattern kept) and frame range."""

    name: str
    path: str
    first: int
    last: int
    error: str = ""


@dataclass
class InputRecord:
    """A file the script reads (a Read's images, a ReadGeo's or Camera's file, a Precomp's script): the node's
    full name, the knob, the absolute path (sequence pattern kept) and the frames its files are numbered
    by ('' when it is one file)."""

    node: str
    knob: str
    path: str
    frames: str = ""


@dataclass
class KnobProblem:
    """A knob whose value could not be read (a broken expression, a missing parent knob): the node's full
    name, the knob and the reason. The collector took the knob's default and went on."""

    node: str
    knob: str
    reason: str


@dataclass
class WriteRecord:
    """A Write as it would render (``path`` is the proxy file in proxy mode when the Write has one)."""

    name: str
    node_class: str
    disabled: bool
    selected: bool
    file: str
    path: str
    error: str
    file_type: str
    first: int
    last: int
    use_limit: bool
    views: List[str]
    render_order: int
    reading: bool
    reads: List[str] = field(default_factory=list)
    read_back: List[str] = field(default_factory=list)
    #: Those of ``reads`` and ``read_back`` whose frames reach this Write retimed: not frame for frame.
    retimed: List[str] = field(default_factory=list)
    #: Whether its file numbers differ from the frames it renders (``frame_mode``/``frame``).
    frame_offset: bool = False
    #: The file types this Nuke's ``file_type`` knob offers ([] when it cannot say).
    file_types: List[str] = field(default_factory=list)


@dataclass
class Script:
    """The script: path ('' when never saved), state, frame range, views, Writes and Reads, the files it
    reads, and the knobs that could not be read."""

    path: str
    modified: bool
    first: int
    last: int
    proxy: bool
    views: List[str]
    writes: List[WriteRecord]
    reads: List[ReadRecord]
    inputs: List[InputRecord] = field(default_factory=list)
    problems: List[KnobProblem] = field(default_factory=list)
    fps: float = 24.0  # the Root's ``fps`` knob: a review movie's frame rate unless the studio sets one
