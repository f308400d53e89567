"""Collected records -> Smedge jobs: one Nuke job per Write (or per Write and view, or one for all Writes).

Which Write needs which (:func:`links`): a Write whose pixels come from a Read of another Write's
output (a precomp), or from a Write with ``reading`` on, waits on that Write frame by frame; a Write that
merely passes pixels through another Write needs nothing from it. When frame N may need other frames of
that output (a retiming node on the way, a Read's or the parent Write's frame offset) it waits for the
whole job instead; Smedge has one such choice per job, so then it waits on all its parents so. Writes of
a higher ``render_order`` also wait on those of the next lower order, unless the files say the reverse
(a Write of a lower order reading a higher one's output; the checks warn about it). Priorities are the
shared rule's (``integrations.host.collect``), not set here.

Each job carries its outputs (``ImageFormat``, :mod:`integrations.outputs`): the files its Writes write,
one per view when the file names the view (``%V``/``%v``, :func:`integrations.naming.nuke`). The product is
``integrations.products.product_for("nuke", "write", studio)``. With the ``review`` option each job
writing an image sequence gets an FFmpeg review job waiting for the whole job (:mod:`integrations.review`).
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple

from integrations import naming
from integrations.graph import JobGraph
from integrations.outputs import outputs as job_outputs, set_outputs
from integrations.products import product_for
from integrations.review import add_reviews
from smedge_core.frames import FrameRange, format_range

from .records import Script, WriteRecord

if TYPE_CHECKING:
    from integrations.studio import StudioDefaults

__all__ = ["RENDERER", "build", "dependencies", "job_writes", "links", "normalise", "outputs", "review_sources",
           "sequence_key"]

#: The product of Nuke's jobs when studio defaults name none.
NUKE_PRODUCT = "Nuke"
#: The renderer key of Nuke's jobs in ``integrations.products`` and the studio's ``hosts.nuke.renderers``.
RENDERER = "write"
_HASHES = re.compile(r"#+")
_PRINTF = re.compile(r"%(\d*)d")


def sequence_key(path: str) -> str:
    """``path`` with its frame pattern in one spelling (``####`` and ``%04d`` alike) for comparisons."""
    path = _HASHES.sub(lambda m: f"%0{len(m.group(0))}d", path)
    return _PRINTF.sub(lambda m: "%0{}d".format(int(m.group(1) or "1")), path)


def normalise(path: str) -> str:
    """A comparable form of an absolute output or input path."""
    return sequence_key(os.path.normpath(path).replace("\\", "/")) if path else ""


def links(script: Script) -> Dict[str, Dict[str, bool]]:
    """``{Write name: {name of a Write it needs: frame by frame?}}`` (script order) for every Write.

    Not frame by frame when the files come through a retiming node or a Read's frame offset
    (``WriteRecord.retimed``), or the needed Write numbers its files other than its frames.
    """
    outputs: Dict[str, List[str]] = {}
    for write in script.writes:
        if write.path:
            outputs.setdefault(normalise(write.path), []).append(write.name)
    read_paths = {read.name: normalise(read.path) for read in script.reads if read.path}
    by_name = {write.name: write for write in script.writes}
    position = {write.name: index for index, write in enumerate(script.writes)}
    needs: Dict[str, Dict[str, bool]] = {}
    for write in script.writes:
        wanted: Dict[str, bool] = {}
        for source, parents in [(w, [w]) for w in write.read_back if w in position] + [
                (r, outputs.get(read_paths.get(r, ""), [])) for r in write.reads]:
            for parent in parents:
                if parent != write.name:
                    aligned = source not in write.retimed and not by_name[parent].frame_offset
                    wanted[parent] = wanted.get(parent, True) and aligned
        needs[write.name] = {name: wanted[name] for name in sorted(wanted, key=position.__getitem__)}
    return needs


def dependencies(script: Script) -> Dict[str, List[str]]:
    """``{Write name: [names of the Writes it needs, in script order]}`` for every Write of the script."""
    return {name: list(parents) for name, parents in links(script).items()}


def job_writes(script: Script, selected: bool = False) -> List[WriteRecord]:
    """The Writes that become jobs: the enabled ones (only the selected ones when asked)."""
    return [w for w in script.writes if not w.disabled and (w.selected or not selected)]


def outputs(script: Script, write: WriteRecord, view: Optional[str] = None) -> List[Tuple[str, str]]:
    """``[(view, file pattern)]`` the Write writes (of ``view`` alone when given); [] without a path."""
    if not write.path:
        return []
    views = [view] if view is not None else (write.views or script.views)
    return naming.nuke(write.path, views)


def build(records: Script, options: Mapping[str, Any], studio: StudioDefaults) -> JobGraph:
    """The job graph for the script ``collect.script`` read (see the module docstring) with ``options``
    ``selected`` (only the
    selected Writes), ``one_job`` (one job for all of them), ``split`` (a job per view) and ``review`` (a
    review movie of each job's first image sequence output)."""
    script, graph = records, JobGraph()
    writes = job_writes(script, options["selected"])
    if not writes:
        return graph
    scene_name = os.path.basename(script.path) or "untitled"
    common = {"Type": product_for("nuke", RENDERER, studio), "Scene": script.path}
    if options["one_job"]:
        job_id = graph.add_job(_one_job(script, writes, dict(common, Name=f"{scene_name} - all Writes")))
        _set_outputs(graph, job_id, [(write, path) for write in writes for _, path in outputs(script, write)])
        add_reviews(graph, review_sources(script, graph), options.get("review", False), studio, script.fps)
        return graph
    ids: Dict[str, List[Any]] = {}  # Write name -> [(view or None, job id)]
    for write in writes:
        views: List[Optional[str]] = list(write.views) if options["split"] and write.views else [None]
        for view in views:
            job = dict(common, Name="{} - {}{}".format(scene_name, write.name, f" ({view})" if view else ""),
                       Range=f"{write.first}-{write.last}" if write.first != write.last else str(write.first),
                       WriteNode=write.name, **_extra(script, view))
            if write.path:
                job["RenderDir"] = os.path.dirname(write.path)
            job_id = graph.add_job(job)
            _set_outputs(graph, job_id, [(write, path) for _, path in outputs(script, write, view)])
            ids.setdefault(write.name, []).append((view, job_id))
    needs = links(script)
    per_frame = {w.name: all(aligned for name, aligned in needs[w.name].items() if name in ids) for w in writes}
    for write in writes:
        _wait(graph, ids, write.name, [name for name in needs[write.name] if name in ids], per_frame[write.name])
    below = _next_lower_orders(writes)
    for write in writes:  # render order after the files: an order the files contradict is not followed
        _wait(graph, ids, write.name, [name for name in below.get(write.render_order, ())
                                       if not _waits_on(graph, ids[name][0][1], ids[write.name][0][1])],
              per_frame[write.name])
    add_reviews(graph, review_sources(script, graph), options.get("review", False), studio, script.fps)
    return graph


def _set_outputs(graph: JobGraph, job_id: Any, files: List[Tuple[WriteRecord, str]]) -> None:
    """The job's outputs (``files``: each Write and a file it writes)."""
    if files:
        set_outputs(graph, job_id, [path for _, path in files])


def review_sources(script: Script, graph: JobGraph) -> Dict[Any, Optional[str]]:
    """The jobs a review movie is asked of, for :func:`integrations.review.add_reviews`: each Write job
    (the jobs with outputs) and its first image sequence a ``Write`` writes (None when it writes none: a
    movie, a DeepWrite's or a WriteGeo's file)."""
    sequences = {path for write in script.writes if write.node_class == "Write"
                 for _, path in outputs(script, write) if naming.FRAME_TOKEN.search(path)}
    found: Dict[Any, Optional[str]] = {}
    for job_id in graph:
        files = job_outputs(graph, job_id)
        if files:
            found[job_id] = next((path for path in files if path in sequences), None)
    return found


def _wait(graph: JobGraph, ids: Dict[str, List[Any]], child: str, parents: List[str], per_frame: bool) -> None:
    """Make each job of ``child`` wait (per frame or for the whole job) on the same view's job of each
    parent (on all its jobs when it has none for that view)."""
    for view, child_id in ids[child]:
        for parent in dict.fromkeys(parents):
            same_view = [job for v, job in ids[parent] if v == view]
            for parent_id in same_view or [job for _, job in ids[parent]]:
                graph.add_dependency(child_id, parent_id, per_frame=per_frame)


def _waits_on(graph: JobGraph, job: Any, target: Any) -> bool:
    """Whether ``job`` waits, directly or through others, on ``target``."""
    seen, pending = set(), [job]
    while pending:
        current = pending.pop()
        if current == target:
            return True
        if current not in seen:
            seen.add(current)
            pending += graph.parents(current)
    return False


def _one_job(script: Script, writes: List[WriteRecord], job: Dict[str, Any]) -> Dict[str, Any]:
    """One job rendering ``writes`` over all their frames: WriteNode empty when they are all the Writes."""
    frames = FrameRange()
    for write in writes:
        frames = frames | FrameRange(range(write.first, write.last + 1))
    names = [w.name for w in writes]
    every = [w.name for w in job_writes(script)]
    return dict(job, Range=format_range(frames), WriteNode="" if names == every else ",".join(names),
                **_extra(script, None))


def _extra(script: Script, view: Optional[str]) -> Dict[str, str]:
    """Nuke command-line flags the product has no parameter for: the view(s) and proxy mode."""
    flags: List[str] = []
    if view is not None and (len(script.views) > 1 or view != "main"):
        flags += ["--view", view]
    if script.proxy:
        flags.append("-p")
    return {"Extra": " ".join(flags)} if flags else {}


def _next_lower_orders(writes: Sequence[WriteRecord]) -> Dict[int, List[str]]:
    """``{render order: the Writes of the highest order below it}`` for each order but the lowest."""
    by_order: Dict[int, List[str]] = {}
    for write in writes:
        by_order.setdefault(write.render_order, []).append(write.name)
    orders = sorted(by_order)
    return {higher: by_order[lower] for lower, higher in zip(orders, orders[1:])}
