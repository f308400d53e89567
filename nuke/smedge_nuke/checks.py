"""Nuke's own checks over the collected records, as findings on the jobs of the graph about to be sent.

A Write with no file or a file Nuke cannot evaluate, a file type Nuke cannot write, an output folder
that cannot be created, a Write that depends on a disabled Write or on one of a higher render order
(Nuke would render it first), and frames outside what an upstream
Read provides (when the Read reads a sequence and so states a range). A knob the collector could not
read is an error on the job of a Write it belongs to, else a warning on the node (:func:`knob_findings`).
The files the script reads (:attr:`Script.inputs`, but not another Write's output, which the farm renders)
go through the shared input check: a missing one is an error, one outside the studio's ``shared_roots`` a
warning (``integrations.inputs``). Every job's product must be on the master, once this process knows the
master's products (``integrations.products.product_check``). The checks ask the master nothing. Each check
looks at the Writes the graph's jobs render (``WriteNode``), so a job turned off in the dialog is no longer checked. The
script's saved state is the shared ``scene_check``'s.
"""
from __future__ import annotations

import os
import uuid
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Tuple

from integrations.graph import JobGraph
from integrations.inputs import input_findings
from integrations.products import product_check
from integrations.review import review_findings
from integrations.validate import ERROR, WARNING, Finding

from .records import ReadRecord, Script, WriteRecord
from .jobs import dependencies, job_writes, normalise, review_sources

if TYPE_CHECKING:
    from integrations.studio import StudioDefaults

__all__ = ["WRITABLE_TYPES", "checks", "folder_problem", "input_items", "knob_findings", "write_findings"]

#: File types Nuke's Write node can write, used only when the Write's ``file_type`` knob cannot list its
#: own (``WriteRecord.file_types``), and the extensions that name them.
WRITABLE_TYPES = ("cin", "dpx", "exr", "hdr", "jpeg", "mov", "null", "pic", "png", "sgi", "targa", "tiff", "xpm",
                  "yuv")
_EXTENSIONS = {"jpg": "jpeg", "tif": "tiff", "tga": "targa", "rgb": "sgi", "rgba": "sgi", "mp4": "mov",
               "exr": "exr", "dpx": "dpx", "cin": "cin", "hdr": "hdr", "png": "png", "tiff": "tiff",
               "jpeg": "jpeg", "sgi": "sgi", "targa": "targa", "mov": "mov", "xpm": "xpm", "yuv": "yuv",
               "pic": "pic"}


def checks(script: Script, studio: StudioDefaults,
           review: bool = False) -> List[Callable[[JobGraph], List[Finding]]]:
    """The host checks for ``script``, each a callable ``graph -> findings``: the Writes, the knobs that
    could not be read, the inputs, the products and, with ``review`` (review movies asked for), the jobs
    that get none (``integrations.review.review_findings``). They ask the master nothing
    (``integrations.host.prepare``): the inputs are checked against the studio's ``shared_roots`` only,
    the products once this process has the product info."""
    return [lambda graph: write_findings(script, graph),
            lambda graph: knob_findings(script, graph),
            lambda graph: input_findings(input_items(script), studio.shared_roots, ()),
            product_check("nuke", studio)] + (
                [lambda graph: review_findings(graph, review_sources(script, graph))] if review else [])


def input_items(script: Script) -> List[Tuple[str, str, Any]]:
    """``(node, path, frames)`` for the shared input check: every file the script reads but the Writes'
    outputs (rendered by the farm before they are read, or checked as a disabled Write's files)."""
    written = {normalise(write.path) for write in script.writes if write.path}
    return [(item.node, item.path, item.frames or None) for item in script.inputs
            if normalise(item.path) not in written]


def knob_findings(script: Script, graph: JobGraph) -> List[Finding]:
    """A finding for each knob the collector could not read, naming the node, the knob and the reason: an
    error on the jobs of a Write it belongs to (what they render is uncertain), else a warning on the node."""
    by_write = _jobs_by_write(script, graph)
    findings = []
    for problem in script.problems:
        message = f"{problem.node}.{problem.knob} cannot be read ({problem.reason}); its default was taken"
        job_ids = by_write.get(problem.node, [])
        findings += [Finding(ERROR, graph.name(job_id), job_id, "WriteNode", message) for job_id in job_ids]
        if not job_ids:
            findings.append(Finding(WARNING, problem.node, None, "Knob", message))
    return findings


def _jobs_by_write(script: Script, graph: JobGraph) -> Dict[str, List[uuid.UUID]]:
    """``{Write name: [job IDs that render it]}``; an empty WriteNode renders every enabled Write."""
    every = [w.name for w in job_writes(script)]
    out: Dict[str, List[uuid.UUID]] = {}
    for job_id in graph:
        value = graph.value(job_id, "WriteNode")
        if value is None:
            continue
        for name in (str(value).split(",") if str(value).strip() else every):
            out.setdefault(name.strip(), []).append(job_id)
    return out


def write_findings(script: Script, graph: JobGraph) -> List[Finding]:
    """Findings for every Write that a job of ``graph`` renders."""
    by_name = {w.name: w for w in script.writes}
    needs = dependencies(script)
    reads = {r.name: r for r in script.reads}
    findings: List[Finding] = []
    for name, job_ids in _jobs_by_write(script, graph).items():
        write = by_name.get(name)
        for job_id in job_ids:
            job = graph.name(job_id)
            if write is None:
                findings.append(Finding(ERROR, job, job_id, "WriteNode", f"the script has no Write named {name!r}"))
                continue
            for severity, field, message in _problems(write, needs, by_name, reads):
                findings.append(Finding(severity, job, job_id, field, message))
    return findings


def _problems(write: WriteRecord, needs: Dict[str, List[str]], by_name: Dict[str, WriteRecord],
              reads: Dict[str, ReadRecord]) -> Iterable[Tuple[str, str, str]]:
    if write.error:
        yield ERROR, "WriteNode", write.error
    elif not write.file.strip():
        yield ERROR, "WriteNode", f"{write.name} has no file: set its file knob"
    else:
        file_type = _file_type(write)
        writable = write.file_types or WRITABLE_TYPES
        if write.node_class == "Write" and file_type not in writable:  # DeepWrite, WriteGeo: their own
            yield ERROR, "WriteNode", "{} writes {!r}, a file type Nuke cannot write (it writes {})".format(
                write.name, file_type or write.path, ", ".join(writable))
        problem = folder_problem(os.path.dirname(write.path))
        if problem:
            yield ERROR, "RenderDir", f"{write.name}: {problem}"
    for parent in needs.get(write.name, ()):
        if by_name[parent].render_order > write.render_order:
            yield WARNING, "WriteNode", (f"{write.name} (render order {write.render_order}) needs the files of "
                                         f"{parent} (render order {by_name[parent].render_order}); Nuke renders it "
                                         f"first, the farm waits for {parent}")
        if by_name[parent].disabled:
            made = _exists(by_name[parent])
            yield (WARNING if made else ERROR), "WriteNode", "{} needs the files of {}, which is disabled, so " \
                "they will not be rendered{}".format(write.name, parent, "; the files on disk are used" if made
                                                     else " and none exist yet: enable it or render it first")
    for read_name in write.reads:
        read = reads.get(read_name)
        if read is None or "%0" not in normalise(read.path):
            continue  # a still image states no range
        outside = [f for f in (write.first, write.last) if not read.first <= f <= read.last]
        if outside:
            yield WARNING, "Range", (f"{write.name} renders {write.first}-{write.last} but {read.name} provides "
                                     f"frames {read.first}-{read.last} only (frames outside are held or black)")


def _file_type(write: WriteRecord) -> str:
    if write.file_type:
        return write.file_type
    extension = os.path.splitext(write.path)[1].lstrip(".").lower()
    return _EXTENSIONS.get(extension, extension)


def _exists(write: WriteRecord) -> bool:
    """Whether the first frame of the Write's output is on disk."""
    if not write.path:
        return False
    first = normalise(write.path)
    try:
        first = first % write.first if "%" in first else first
    except (TypeError, ValueError):
        return False
    return os.path.exists(first)


def folder_problem(folder: str) -> Optional[str]:
    """Why ``folder`` cannot be created (or written), or None when it can."""
    if not folder:
        return "the output has no folder"
    existing = folder
    while not os.path.isdir(existing):
        if os.path.exists(existing):
            return f"{folder} cannot be created: {existing} is a file"
        parent = os.path.dirname(existing)
        if parent == existing:
            return f"{folder} cannot be created: no part of it exists"
        existing = parent
    if not os.access(existing, os.W_OK | os.X_OK):
        return "{} cannot be {}: {} is not writable".format(
            folder, "written" if existing == folder else "created", existing)
    return None
