"""What each job writes: its outputs as Smedge's ``ImageFormat`` parameter, and where two outputs collide.

A job's outputs are kept in the job itself, in ``ImageFormat``: a list of file patterns, the frame as
printf ``%0Nd`` (see :mod:`.naming`), the parameter every Smedge product has and the reference's encode
example reads ("the known or detected output image paths"). So they reach the job file, the export JSON
and the farm without a key of our own. A host builds them with :mod:`.naming` and sets them with
:func:`set_outputs`; a host whose records keep the AOV names shows those, the graph keeps the paths.
"""
from __future__ import annotations

import posixpath
import re
import uuid
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple, Union

from smedge_core.frames import format_range

from .graph import JobGraph
from .naming import FRAME_TOKEN, frame_pattern, token_padding

if TYPE_CHECKING:
    from smedge_core import NameOrID

__all__ = ["PARAMETER", "Collision", "collisions", "describe", "outputs", "outputs_json", "set_outputs"]

#: The job parameter that carries the outputs.
PARAMETER = "ImageFormat"


def set_outputs(graph: JobGraph, job_id: NameOrID, paths: Iterable[Union[str, Tuple[str, str]]]) -> None:
    """Set the job's ``ImageFormat`` to ``paths`` (patterns, or ``(name, pattern)`` pairs as :mod:`.naming`
    gives them), each frame token in printf form; ValueError names an empty or repeated pattern."""
    patterns = []
    for item in paths:
        path = item[1] if isinstance(item, tuple) else item
        if not isinstance(path, str) or not path.strip():
            raise ValueError(f"Outputs of job {graph.name(job_id)!r}: {item!r} is not a file pattern")
        patterns.append(frame_pattern(path.strip()))
    graph.set_value(job_id, PARAMETER, patterns)


def outputs(graph: JobGraph, job_id: NameOrID) -> List[str]:
    """The job's output patterns (``ImageFormat`` as a list; a text value split at ``;``, its separator)."""
    value = graph.value(job_id, PARAMETER)
    if value in (None, ""):
        return []
    items = value.split(";") if isinstance(value, str) else value if isinstance(value, (list, tuple)) else [value]
    return [str(item).strip() for item in items if str(item).strip()]


class Collision(NamedTuple):
    """Two outputs writing the same file: ``(job, pattern)`` twice and the frames (None: every frame)."""

    job: uuid.UUID
    path: str
    other_job: uuid.UUID
    other_path: str
    frames: Optional[List[int]]


def _key(path: str) -> Tuple[str, bool]:
    """The pattern compared regardless of separators, ``.`` folders and (on a drive) case, its frame token
    unpadded; and whether it has one."""
    path = path.replace("\\", "/")
    drive = re.match(r"^[A-Za-z]:/|^//", path)
    path = posixpath.normpath(path)  # keeps a UNC path's two leading slashes
    path = path.lower() if drive else path
    return FRAME_TOKEN.sub("%d", path), bool(FRAME_TOKEN.search(path))


def _width(path: str) -> int:
    match = FRAME_TOKEN.search(path)
    return token_padding(match) if match else 0


def collisions(graph: JobGraph, frames: Optional[Dict[uuid.UUID, Any]] = None) -> List[Collision]:
    """Every pair of outputs (of two jobs, or two of one job) that write the same file on some frame.

    ``frames`` maps job IDs to their FrameRange (None: the job's Range unknown, so taken to overlap);
    read from the graph when not given. Patterns with a frame token collide on the frames both jobs render
    whose numbers print the same (``%04d`` and ``%03d`` meet from frame 1000); patterns without one
    collide whenever both jobs render.
    """
    if frames is None:
        frames = {}
        for job_id in graph:
            try:
                frames[job_id] = graph.frames(job_id)
            except ValueError:
                frames[job_id] = None
    groups: Dict[str, List[Tuple[uuid.UUID, str]]] = {}
    for job_id in graph:
        for path in outputs(graph, job_id):
            groups.setdefault(_key(path)[0], []).append((job_id, path))
    found = []
    for members in groups.values():
        for i, (job, path) in enumerate(members):
            for other_job, other_path in members[i + 1:]:
                shared = _shared(path, frames.get(job), other_path, frames.get(other_job))
                if shared != []:
                    found.append(Collision(job, path, other_job, other_path, shared))
    return found


def _shared(path: str, mine: Any, other_path: str, theirs: Any) -> Optional[List[int]]:
    """The frames on which both write the same file: None for all (or unknown), [] for none."""
    if not _key(path)[1] or mine is None or theirs is None:
        return None
    common: Set[int] = set(mine) & set(theirs)
    width = max(_width(path), _width(other_path))
    if _width(path) != _width(other_path):
        common = {frame for frame in common if len(str(abs(frame))) >= width}
    return sorted(common)


def describe(frames: Optional[Sequence[int]]) -> str:
    """``every frame`` or ``frames 1-10`` for messages."""
    return "every frame" if frames is None else "frames " + format_range(list(frames))


def outputs_json(graph: JobGraph) -> List[Dict[str, Any]]:
    """For export's JSON: per job with outputs, its ID, name, Range and output patterns."""
    return [{"job": str(job_id), "name": graph.name(job_id), "range": _text(graph.value(job_id, "Range")),
             "files": outputs(graph, job_id)} for job_id in graph if outputs(graph, job_id)]


def _text(value: Any) -> Optional[str]:
    return None if value is None else str(value)
