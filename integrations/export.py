"""Dry run: the exact job file a submission would send, and a JSON form of the graph that reads back equal.

The job file is what ``smedge_core.submit_jobs`` writes for ``Submit -FromFile`` (UTF-8, ``\\n`` line
ends); a TD can submit it later with ``Submit -FromFile FILE``. The JSON keeps the jobs in the order they
were added, with their ``ID``, ``WaitForJobID`` and ``WaitForWholeJob``; values that JSON has no type
for (UUID, paths, tuples, pools) are written as ``{"$type": ..., "value": ...}`` objects. ``outputs`` lists
each job's output patterns (``integrations.outputs.outputs_json``); reading back ignores it.
"""
from __future__ import annotations

import json
import logging
import math
import os
import pathlib
import uuid
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, Type, Union

import smedge_core
import smedge_core.jobfile

from .graph import JobGraph
from .outputs import outputs_json
from .validate import check as _check

if TYPE_CHECKING:
    from smedge_core import JobType

__all__ = ["FORMAT", "VERSION", "export_graph", "graph_from_json", "graph_to_json", "read_graph",
           "render_job_file"]

_log = logging.getLogger(__name__)

PathLike = Union[str, "os.PathLike[str]"]

FORMAT = "smedge-submit.job-graph"
VERSION = 1


def render_job_file(graph: JobGraph, paused: bool = False) -> Tuple[List[uuid.UUID], str]:
    """``(ids, text)``: the job IDs in submission order and the job-file text submit_jobs would send."""
    return smedge_core.jobfile.render([graph.conformed(job_id) for job_id in graph.order()], paused=paused)


def export_graph(graph: JobGraph, job_file: PathLike, json_file: Optional[PathLike] = None, paused: bool = False,
                 check: bool = True, fix: bool = False) -> List[uuid.UUID]:
    """Write the job file (and the JSON form when ``json_file`` is given) without submitting, creating
    their folders when missing, and log where they went.

    With ``check`` the graph is validated first (see ``validate.check``): ValidationError on errors;
    ``fix`` applies the findings' fixes to ``graph`` before that. Returns the job IDs in submission order.
    """
    graph.order()  # GraphError before anything else
    if check:
        _check(graph, fix=fix)
    ids, text = render_job_file(graph, paused)
    _write(job_file, text)
    if json_file is not None:
        _write(json_file, graph_to_json(graph))
    _log.info("Exported %d jobs to %s%s", len(ids), os.path.abspath(str(job_file)),
              "" if json_file is None else " and " + os.path.abspath(str(json_file)))
    return ids


def graph_to_json(graph: JobGraph) -> str:
    """The graph as JSON text."""
    jobs = []
    for job_id in graph:
        job = graph.job(job_id)
        jobs.append({key: _encode(value, job, key) for key, value in job.items()})
    return json.dumps({"format": FORMAT, "version": VERSION, "jobs": jobs, "outputs": outputs_json(graph)},
                      indent=2, ensure_ascii=False) + "\n"


def graph_from_json(text: Union[str, bytes]) -> JobGraph:
    """A JobGraph from :func:`graph_to_json` text; ValueError when it is not such text."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"Not a job graph: expected format {FORMAT!r}")
    if data.get("version") != VERSION:
        raise ValueError("Job graph version {!r} is not supported (expected {})".format(
            data.get("version"), VERSION))
    return JobGraph(_decode(job) for job in data["jobs"])


def read_graph(json_file: PathLike) -> JobGraph:
    """A JobGraph from a JSON file written by :func:`export_graph`."""
    with open(str(json_file), encoding="utf-8") as stream:
        return graph_from_json(stream.read())


def _write(path: PathLike, text: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(str(path))), exist_ok=True)
    with open(str(path), "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)


def _encode(value: Any, job: JobType, key: str) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("{} of job {!r}: {!r} has no JSON form".format(key, job.get("Name"), value))
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        return [_encode(item, job, key) for item in value]
    if isinstance(value, tuple):
        return {"$type": "tuple", "value": [_encode(item, job, key) for item in value]}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("{} of job {!r}: dict keys must be str to write JSON".format(key, job.get("Name")))
        plain = {k: _encode(v, job, key) for k, v in value.items()}
        return {"$type": "dict", "value": plain} if "$type" in value else plain
    if isinstance(value, uuid.UUID):
        return {"$type": "uuid", "value": str(value)}
    if isinstance(value, pathlib.PureWindowsPath):
        return {"$type": "windows-path", "value": str(value)}
    if isinstance(value, pathlib.PurePath):
        return {"$type": "posix-path", "value": str(value)}
    if isinstance(value, smedge_core.Pool):
        return {"$type": "pool", "value": {"id": str(value.id) if value.id else None, "name": value.name}}
    raise TypeError("{} of job {!r}: cannot write a {} to JSON: {!r}".format(
        key, job.get("Name"), type(value).__name__, value))


def _path(cls: Type[pathlib.PurePath], text: str) -> pathlib.PurePath:
    native = pathlib.Path()
    return type(native)(text) if isinstance(native, cls) else cls(text)


_DECODERS: Dict[str, Callable[[Any], Any]] = {
    "tuple": lambda value: tuple(_decode(item) for item in value),
    "dict": lambda value: {k: _decode(v) for k, v in value.items()},
    "uuid": uuid.UUID,
    "windows-path": lambda value: _path(pathlib.PureWindowsPath, value),
    "posix-path": lambda value: _path(pathlib.PurePosixPath, value),
    "pool": lambda value: smedge_core.Pool(value["id"], value["name"]),
}


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if isinstance(value, dict):
        if "$type" in value:
            decoder = _DECODERS.get(value["$type"])
            if decoder is None:
                raise ValueError("Unknown $type {!r} in job graph JSON".format(value["$type"]))
            return decoder(value["value"])
        return {k: _decode(v) for k, v in value.items()}
    return value
