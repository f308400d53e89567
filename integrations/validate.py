"""Validation of a job graph: a list of findings that an artist, a TD or Pyblish can read.

``validate`` checks the graph's structure (waits on unknown jobs, cycles), runs every job through
``smedge_core.conform_job`` (the core fetches product info once per process), checks each Range, that
named pools exist (one ``get_pools`` call), that per-frame waits line up frame for frame and packet for
packet, and that a job waiting per frame has a priority above its parents' (the seed's rule), within
the highest priority its product allows. A host adds its own checks. ``validate`` never changes the
graph: a finding may carry a fix, applied only when asked (:func:`apply_fixes`, ``Finding.apply``, the
dialog's Fix, the ``fix`` option of submit and export). Two outputs (``ImageFormat``) writing one file are an error.
"""
from __future__ import annotations

import bisect
import logging
import os
import uuid
from dataclasses import dataclass, field as _field, replace
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Set, Tuple

import smedge_core
from smedge_core.frames import parse_range
from smedge_core.values import find_key

from .graph import CycleError, JobGraph
from .outputs import collisions, describe

if TYPE_CHECKING:
    from smedge_core import NameOrID, Pool
    from smedge_core.frames import FrameRange, Packet

__all__ = [
    "ERROR",
    "WARNING",
    "Finding",
    "ValidationError",
    "apply_fixes",
    "check",
    "max_priority",
    "priority_findings",
    "scene_findings",
    "unique",
    "unsaved_scene",
    "validate",
]

_log = logging.getLogger(__name__)

ERROR = "error"
WARNING = "warning"
_ABSENT = object()  # a parameter the job does not give


@dataclass(frozen=True)
class Finding:
    """One problem with one job. ``fix``, when set, is a callable that takes the graph and repairs it."""

    severity: str
    job_name: str
    job_id: Optional[uuid.UUID]
    field: str
    message: str
    fix_description: str = ""
    fix: Optional[Callable[[JobGraph], Any]] = _field(default=None, compare=False, repr=False)
    #: Which rule found it: ``jobs`` (conform_job, numbers, Scene files), ``pools``, ``waits`` (structure,
    #: per-frame waits, priorities), ``scene`` (never saved, on a local disk), ``host`` (a host's check), or
    #: what a host check sets.
    rule: str = ""

    def apply(self, graph: JobGraph) -> None:
        """Apply the fix to ``graph``; ValueError when the finding has none."""
        if self.fix is None:
            raise ValueError(f"No automatic fix for: {self}")
        self.fix(graph)

    def __str__(self) -> str:
        where = f"{self.job_name} [{self.field}]" if self.field else self.job_name
        text = f"{self.severity}: {where}: {self.message}"
        return text + f" (fix: {self.fix_description})" if self.fix_description else text


class ValidationError(ValueError):
    """The graph has error findings; ``findings`` holds all of them (errors and warnings)."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings = list(findings)
        errors = [f for f in self.findings if f.severity == ERROR]
        super().__init__("{} error(s) in the job graph:\n  {}".format(
            len(errors), "\n  ".join(str(f) for f in errors)))


def check(graph: JobGraph, pools: Optional[List[Pool]] = None,
          checks: Iterable[Callable[[JobGraph], Iterable[Finding]]] = (), fix: bool = False) -> List[Finding]:
    """:func:`validate`, raising ValidationError when any finding is an error; returns the warnings.

    With ``fix``, every fix the findings carry is applied to ``graph`` first and the graph validated again.
    """
    findings = validate(graph, pools, checks)
    if fix and apply_fixes(graph, findings):
        findings = validate(graph, pools, checks)
    if any(f.severity == ERROR for f in findings):
        raise ValidationError(findings)
    for finding in findings:
        _log.warning("%s", finding)
    return findings


def apply_fixes(graph: JobGraph, findings: Iterable[Finding]) -> int:
    """Apply every fix the findings carry, in order; return how many were applied."""
    count = 0
    for finding in findings:
        if finding.fix is not None:
            finding.apply(graph)
            count += 1
    return count


def validate(graph: JobGraph, pools: Optional[List[Pool]] = None,
             checks: Iterable[Callable[[JobGraph], Iterable[Finding]]] = ()) -> List[Finding]:
    """Check ``graph`` and return a list of :class:`Finding` (empty when all is well); the graph is not changed.

    ``pools`` is the farm's pool list (``smedge_core.get_pools()``) when the caller has it already;
    otherwise it is fetched when a job names a pool. ``checks`` are a host's own checks: each takes the
    graph and returns findings, listed after the shared ones. SmedgeComponentError from the core (master
    unreachable) propagates.
    """
    findings: List[Finding] = []
    ids = list(graph)
    _nothing_to_render(ids, findings)
    order = _ruled(findings, "waits", _structure(graph, ids, findings))
    flagged = _conform(graph, ids, findings)
    _empty_ranges(graph, ids, flagged, findings)
    frames, sizes, priorities = _ruled(findings, "jobs", _numbers(graph, ids, flagged, findings))
    _pools(graph, ids, findings, pools)
    _ruled(findings, "pools")
    _per_frame(graph, ids, frames, sizes, findings)
    if order is not None:
        _priorities(graph, order, priorities, findings)
    _ruled(findings, "waits")
    _collisions(graph, frames, findings)
    _ruled(findings, "outputs")
    for host_check in checks:
        findings.extend(host_check(graph))
    _ruled(findings, "host")
    findings = unique(findings)
    _log.debug("Validated %d jobs: %d findings", len(ids), len(findings))
    return findings


def unique(findings: Iterable[Finding]) -> List[Finding]:
    """``findings`` without repeats (the same severity, job, field and message), first ones kept; with the
    never-saved scene's finding among them, without the jobs' Scene errors it explains (no Scene given)."""
    findings = list(findings)
    unsaved = unsaved_scene()
    explained = any(f.message == unsaved.message and f.job_id is None for f in findings)
    seen: Set[Tuple[str, Optional[uuid.UUID], str, str]] = set()
    out = []
    for finding in findings:
        key = (finding.severity, finding.job_id, finding.field, finding.message)
        if key in seen or (explained and finding.job_id is not None and finding.field == "Scene"
                           and finding.rule == "jobs"):
            continue
        seen.add(key)
        out.append(finding)
    return out


def unsaved_scene() -> Finding:
    """The one finding for a scene never saved under a name (its jobs' Scene is empty)."""
    return Finding(ERROR, "Scene", None, "Scene", "the scene has never been saved; the farm renders the saved "
                   "file, so save it under a name first", rule="scene")


def scene_findings(path: str, shared_roots: Iterable[str] = ()) -> List[Finding]:
    """The saved scene file as this machine sees it: an error naming ``path`` when it does not exist here;
    a warning when it lies under none of ``shared_roots`` (the folders the studio declares that render
    engines reach, see ``integrations.studio``; none declared: no warning)."""
    if not os.path.isfile(path):
        return [Finding(ERROR, "Scene", None, "Scene", f"{path} does not exist on this machine (deleted or moved since "
                        "it was opened?); the farm renders the saved file", rule="scene")]
    roots = list(shared_roots)
    where = os.path.normcase(os.path.abspath(path))
    if roots and not any(where.startswith(os.path.join(os.path.normcase(os.path.abspath(root)), "")) for root in roots):
        return [Finding(WARNING, "Scene", None, "Scene", "{} is on a local disk, under none of the shared roots "
                        "({}): render engines on other machines cannot reach it".format(path, ", ".join(roots)),
                        rule="scene")]
    return []


def max_priority(product: Optional[NameOrID], fetch: bool = True) -> Optional[int]:
    """The highest Priority ``product`` (a name, alias or ID) allows, from its definition; None when it
    sets no maximum or is unknown, or, without ``fetch``, when the product info was not fetched yet."""
    from smedge_core.products import is_fetched

    if not fetch and not is_fetched():
        return None
    info = smedge_core.get_product_info(product) if product else None  # None and "" name no product
    parameter = smedge_core.find_parameter(info.parameters, "Priority") if info is not None else None
    limit: Any = smedge_core.find_value(parameter.settings, "Max") if parameter is not None else None
    try:
        return int(limit) if limit not in (None, "") else None
    except ValueError:
        return None


def _ruled(findings: List[Finding], rule: str, result: Any = None) -> Any:
    """Tag the findings that have no rule yet with ``rule``; return ``result`` (so a phase can be wrapped)."""
    findings[:] = [f if f.rule else replace(f, rule=rule) for f in findings]
    return result


def _nothing_to_render(ids: List[uuid.UUID], findings: List[Finding]) -> None:
    """An empty graph is an error, so the dialog, headless submit and export all refuse it."""
    if not ids:
        findings.append(Finding(ERROR, "(no job)", None, "", "Nothing to render: the scene has no enabled "
                                "Write node, renderable layer or ROP to submit", rule="jobs"))


def _finding(graph: JobGraph, job_id: uuid.UUID, severity: str, name: str, message: str, **fix: Any) -> Finding:
    return Finding(severity, graph.name(job_id), job_id, name, message, **fix)


def _structure(graph: JobGraph, ids: List[uuid.UUID], findings: List[Finding]) -> Optional[List[uuid.UUID]]:
    """Waits on unknown jobs and cycles; the submission order, or None when there is none."""
    for job_id in ids:
        for parent in graph.parents(job_id):
            if parent not in graph:
                findings.append(_finding(graph, job_id, ERROR, "WaitForJobID",
                                         f"waits on job {parent}, which is not in the graph"))
    if findings:
        return None
    try:
        return graph.order()
    except CycleError as err:
        findings.append(_finding(graph, err.cycle[0], ERROR, "WaitForJobID", str(err)))
        return None


def _conform(graph: JobGraph, ids: List[uuid.UUID], findings: List[Finding]) -> Set[Tuple[uuid.UUID, str]]:
    """Each job through conform_job (kept by the graph for submit and export); the (job ID, field) pairs
    it rejected."""
    flagged = set()
    for job_id in ids:
        try:
            graph.conformed(job_id)
        except ValueError as err:
            field = getattr(err, "field", "")
            name = find_key(graph.job(job_id), field) or field
            flagged.add((job_id, name.lower()))
            findings.append(_finding(graph, job_id, ERROR, name, str(err)))
    return flagged


def _empty_ranges(graph: JobGraph, ids: List[uuid.UUID], flagged: Set[Tuple[uuid.UUID, str]],
                  findings: List[Finding]) -> None:
    """A Range given empty (or None, written empty): the master parses every Range it is sent and refuses
    this one, in these words."""
    for job_id in ids:
        if graph.value(job_id, "Range", default=_ABSENT) in (None, "") and (job_id, "range") not in flagged:
            try:
                parse_range("")
            except ValueError as err:
                flagged.add((job_id, "range"))
                findings.append(_finding(graph, job_id, ERROR, "Range", f"Range: '' is not a valid Range ({err}); set "
                                         "the frames, or leave Range out for the product's default"))


def _numbers(graph: JobGraph, ids: List[uuid.UUID], flagged: Set[Tuple[uuid.UUID, str]], findings: List[Finding]
             ) -> Tuple[Dict[uuid.UUID, Optional[FrameRange]], Dict[uuid.UUID, Optional[int]],
                        Dict[uuid.UUID, Optional[int]]]:
    """Frames, packet sizes and priorities by job ID (None where unset or bad); bad ones reported."""
    frames: Dict[uuid.UUID, Any]
    sizes: Dict[uuid.UUID, Any]
    priorities: Dict[uuid.UUID, Any]
    frames, sizes, priorities = {}, {}, {}
    for out, name, read in ((frames, "Range", graph.frames), (sizes, "PacketSize", graph.packet_size),
                            (priorities, "Priority", graph.priority)):
        for job_id in ids:
            try:
                out[job_id] = read(job_id)
            except ValueError as err:
                out[job_id] = None
                if (job_id, name.lower()) not in flagged:
                    findings.append(_finding(graph, job_id, ERROR, name, str(err)))
    return frames, sizes, priorities


def _pools(graph: JobGraph, ids: List[uuid.UUID], findings: List[Finding], pools: Optional[List[Pool]]) -> None:
    wanted = [(job_id, graph.value(job_id, "Pool")) for job_id in ids]
    wanted = [(job_id, pool) for job_id, pool in wanted if pool not in (None, "")]
    if not wanted:
        return
    pools = smedge_core.get_pools() if pools is None else pools
    available = ", ".join(sorted(repr(pool.name) for pool in pools)) or "none (the master has no pools)"
    for job_id, pool in wanted:
        if pool not in pools:
            findings.append(_finding(graph, job_id, ERROR, "Pool", "Unknown pool {!r}; available: {}".format(
                getattr(pool, "name", None) or str(pool), available)))


def _per_frame(graph: JobGraph, ids: List[uuid.UUID], frames: Dict[uuid.UUID, Any], sizes: Dict[uuid.UUID, Any],
               findings: List[Finding]) -> None:
    """Per-frame waits: child frames the parent does not render; child packets over parent packets.

    The outcome depends only on the two Ranges and PacketSizes, which a scene's jobs mostly share, so it
    is worked out once per distinct (Range, PacketSize, parent Range, parent PacketSize)."""
    pairs = [(child, parent) for child in ids if graph.waits_per_frame(child)
             for parent in graph.parents(child) if parent in graph]
    involved = list(dict.fromkeys(job_id for pair in pairs for job_id in pair))
    for job_id in involved:
        if graph.value(job_id, "Range", default=_ABSENT) is _ABSENT:  # an empty one is an error already
            findings.append(_finding(graph, job_id, WARNING, "Range",
                                     "no Range set, so the per-frame waits on or by this job are not checked"))
    outcomes: Dict[Tuple[Any, ...], Tuple[Any, List[Packet]]] = {}
    for child, parent in pairs:
        if frames[child] is None or frames[parent] is None:
            continue
        key = (frames[child], sizes[child], frames[parent], sizes[parent])
        outcome = outcomes.get(key)
        if outcome is None:
            outcome = outcomes[key] = _line_up(*key)
        _report_line_up(graph, child, parent, key, outcome, findings)


def _line_up(mine: FrameRange, my_size: Optional[int], theirs: FrameRange, their_size: Optional[int]
             ) -> Tuple[Any, List[Packet]]:
    """The child's frames the parent does not render, and the child's packets that wait on frames the parent
    renders in more than one packet (none when either PacketSize is unknown)."""
    if mine == theirs and my_size == their_size:
        return None, []
    missing = mine - theirs
    if my_size is None or their_size is None:
        return missing, []
    return missing, _spanning_packets(mine, my_size, theirs, their_size, covered=not missing)


def _report_line_up(graph: JobGraph, child: uuid.UUID, parent: uuid.UUID, key: Tuple[Any, ...],
                    outcome: Tuple[Any, List[Packet]], findings: List[Finding]) -> None:
    _, my_size, theirs, their_size = key
    missing, spanning = outcome
    if missing:
        findings.append(_finding(
            graph, child, ERROR, "Range",
            f"frames {missing} have no frame of {graph.name(parent)!r} (Range {theirs}) to wait for",
            fix_description=f"render those frames in {graph.name(parent)!r}, narrow this Range, "
                            "or wait for the whole job"))
    if spanning:
        shown = ", ".join(str(packet) for packet in spanning[:5]) + (", ..." if len(spanning) > 5 else "")
        findings.append(_finding(
            graph, child, WARNING, "PacketSize",
            f"{len(spanning)} packets (PacketSize {my_size}) each wait on frames that "
            f"{graph.name(parent)!r} renders in different packets (PacketSize {their_size}): {shown}",
            fix_description=f"use a PacketSize that divides {their_size} with the same first frame, or 1"))


def _spanning_packets(child: FrameRange, child_size: int, parent: FrameRange, parent_size: int,
                      covered: bool = False) -> List[Packet]:
    """The child's packets whose frames the parent renders in more than one packet (``covered``: the parent
    renders every frame of the child, so no frame need be looked up)."""
    if child_size == 1:
        return []
    starts = [packet.start for packet in parent.packets(parent_size)]
    spanning = []
    for packet in child.packets(child_size):
        if covered:
            first, last = packet.start, packet.end
        else:
            frames = packet.frames
            found = next((f for f in frames if f in parent), None)
            if found is None:
                continue
            first, last = found, next(f for f in reversed(frames) if f in parent)
        if bisect.bisect_right(starts, first) != bisect.bisect_right(starts, last):
            spanning.append(packet)
    return spanning


def priority_findings(graph: JobGraph, limit_of: Callable[[Any], Optional[int]] = max_priority) -> List[Finding]:
    """Only the per-frame priority rule's findings (each with its fix where one exists), without conform_job.

    ``limit_of(product)`` gives the highest priority a product allows (None: no limit); by default from
    the product definitions, which asks the master once per process. A graph with a cycle, a wait on an
    unknown job or an unreadable Priority gives none here: :func:`validate` reports those.
    """
    try:
        order = graph.order()
        priorities = {job_id: graph.priority(job_id) for job_id in graph}
    except ValueError:
        return []
    findings: List[Finding] = []
    _priorities(graph, order, priorities, findings, limit_of)
    return findings


def _priorities(graph: JobGraph, order: List[uuid.UUID], priorities: Dict[uuid.UUID, Any],
                findings: List[Finding], limit_of: Callable[[Any], Optional[int]] = max_priority) -> None:
    """Per-frame children above their parents, in submission order so raised priorities cascade."""
    effective = dict(priorities)
    for job_id in order:
        if not graph.waits_per_frame(job_id) or effective[job_id] is None:
            continue
        above = [effective[p] for p in graph.parents(job_id) if effective[p] is not None]
        if not above or effective[job_id] > max(above):
            continue
        needed = max(above) + 1
        current = effective[job_id]
        highest = max(priorities[p] for p in graph.parents(job_id) if priorities[p] is not None)
        why = "waits per frame, so its Priority must be above its parents' (highest {}{})".format(
            highest, "" if highest == max(above) else f"; {max(above)} once their own fixes apply")
        limit = limit_of(graph.value(job_id, "Type"))
        if limit is not None and needed > limit:
            findings.append(_finding(graph, job_id, ERROR, "Priority", f"Priority {current}: {why}; lower the parents' "
                                     f"Priority, it cannot go above {limit}"))
            continue
        effective[job_id] = needed
        findings.append(_finding(graph, job_id, ERROR, "Priority", f"Priority {current}: {why}",
                                 fix_description=f"raise Priority from {current} to {needed}",
                                 fix=_set_priority(job_id, needed)))


def _collisions(graph: JobGraph, frames: Dict[uuid.UUID, Any], findings: List[Finding]) -> None:
    """Two outputs (of two jobs, or two AOVs of one) writing the same file: an error on the later job."""
    for hit in collisions(graph, frames):
        other = "another output of this job" if hit.job == hit.other_job else f"job {graph.name(hit.job)!r}"
        findings.append(_finding(graph, hit.other_job, ERROR, "ImageFormat", f"{hit.other_path} is also written "
                                 f"by {other} ({hit.path}) on {describe(hit.frames)}"))


def _set_priority(job_id: uuid.UUID, priority: int) -> Callable[[JobGraph], None]:
    def fix(graph: JobGraph) -> None:
        graph.set_value(job_id, "Priority", priority)
    return fix
