"""Houdini's own checks: ROP records -> findings, plain functions, no Houdini.

Each check takes the walked :class:`~.records.Network` and the graph about to be sent (the dialog may have
changed it), and finds each ROP's job through its ``ROP`` parameter. The saved/modified check is the
shared ``integrations.host.scene_check``; the input check is the shared ``integrations.inputs.input_check``
over ``Network.inputs`` and the product check the shared ``integrations.products.product_findings``
(both wired in ``host.HoudiniHost.checks``).
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.review import review_findings
from integrations.validate import ERROR, WARNING, Finding

from .jobs import rendered_frames, review_sources, whole_frames
from .records import Network, RopRecord

__all__ = ["all_checks", "frames", "no_output", "no_product", "review_skipped", "simulation_packets", "single_frame",
           "unreadable", "walk_problems"]

#: ROP types whose empty output means "use the render products of the USD stage", not "no output".
_OUTPUT_FROM_STAGE = ("usdrender", "usdrender_rop")


def _jobs(graph: JobGraph) -> Dict[str, Any]:
    """ROP path -> job ID, for the jobs of the graph."""
    out = {}
    for job_id in graph:
        rop = graph.value(job_id, "ROP")
        if rop:
            out[rop] = job_id
    return out


def _finding(graph: JobGraph, jobs: Dict[str, Any], record: RopRecord, severity: str, field: str, message: str,
             **fix: Any) -> Optional[Finding]:
    job_id = jobs.get(record.path)
    if job_id is None:  # the artist turned this job off
        return None
    return Finding(severity, graph.name(job_id), job_id, field, message, **fix)


def no_output(network: Network, graph: JobGraph) -> List[Finding]:
    """A ROP whose output parm is empty writes nothing the farm can keep."""
    jobs = _jobs(graph)
    found = []
    for record in network.records:
        if record.output is not None and not record.output.strip():
            stage = record.type_name in _OUTPUT_FROM_STAGE
            found.append(_finding(
                graph, jobs, record, WARNING if stage else ERROR, "ROP",
                "{} ({}) has no output path{}".format(
                    record.path, record.type_name,
                    "; its images go where the USD stage's render products say" if stage else
                    "; set its output file parm so the farm writes somewhere")))
    return [f for f in found if f is not None]


def single_frame(network: Network, graph: JobGraph) -> List[Finding]:
    """``trange`` off (current frame only) on a submitted ROP while the rest of the network renders ranges
    (an input ROP renders the frames its dependants ask for whatever its ``trange``)."""
    if not any(record.trange for record in network.records):
        return []
    asked = {parent for record in network.records for parent in record.inputs}
    jobs = _jobs(graph)
    found = [_finding(graph, jobs, record, WARNING, "Range",
                      f"{record.path} renders only the current frame {record.start:g} (Valid Frame Range is "
                      "'Render Current Frame') "
                      "while the rest of the network renders frame ranges; set it to 'Render Frame Range' if "
                      "it should render them too")
             for record in network.records
             if record.trange == 0 and (record.path in network.roots or record.path not in asked)]
    return [f for f in found if f is not None]


def no_product(network: Network, graph: JobGraph) -> List[Finding]:
    """A ROP type with no Smedge product: neither known here nor named in the studio's ``renderers``."""
    jobs = _jobs(graph)
    found = []
    for record in network.records:
        job_id = jobs.get(record.path)
        if job_id is not None and not graph.value(job_id, "Type"):
            found.append(Finding(
                ERROR, graph.name(job_id), job_id, "Type",
                f"{record.path} is a {record.type_name!r} ROP, which has no Smedge product; map it in the studio "
                "defaults "
                f"(hosts.houdini.renderers: {{\"{record.type_name}\": \"<product>\"}}) or take it out of the network"))
    return found


def frames(network: Network, graph: JobGraph) -> List[Finding]:
    """Start, end and step must be whole frames, the step at least 1 and the end not before the start."""
    jobs = _jobs(graph)
    found = [_finding(graph, jobs, record, ERROR, "Range",
                      f"{record.path} renders frames {record.start:g} to {record.end:g} by {record.step:g}; Smedge "
                      "renders whole frames from a start to an "
                      "end not before it, by a whole step of at least 1")
             for record in network.records if not whole_frames(record)]
    return [f for f in found if f is not None]


def simulation_packets(network: Network, graph: JobGraph) -> List[Finding]:
    """A simulation (or Batch input) must run as one packet, in order; a smaller PacketSize breaks it."""
    jobs, frames = _jobs(graph), rendered_frames(network)
    found = []
    for record in network.records:
        job_id, rendered = jobs.get(record.path), frames[record.path]
        if not record.one_packet or job_id is None or rendered is None:
            continue
        size = graph.packet_size(job_id)
        if size < len(rendered):
            found.append(Finding(
                ERROR, graph.name(job_id), job_id, "PacketSize",
                "{} {} frame by frame in order, so all its {} frames must be one packet, not packets of "
                "{}".format(record.path, "simulates" if record.simulation else "renders as a Batch input",
                            len(rendered), size),
                fix_description=f"set PacketSize to {len(rendered)}",
                fix=_set_packet_size(job_id, len(rendered))))
    return found


def _set_packet_size(job_id: Any, size: int) -> Callable[[JobGraph], None]:
    def fix(graph: JobGraph) -> None:
        graph.set_value(job_id, "PacketSize", size)
    return fix


def walk_problems(network: Network, graph: JobGraph) -> List[Finding]:
    """What the walk could not follow (a Fetch whose source is not a ROP), as scene-level errors (a network
    that renders nothing is the shared validation's "Nothing to render")."""
    return [Finding(ERROR, path, None, "ROP", message) for path, message in network.problems]


def unreadable(network: Network, graph: JobGraph) -> List[Finding]:
    """Each parm Houdini could not evaluate (a broken expression): an error naming the node, the parm and
    Houdini's reason (the collector used the parm's default and read the rest)."""
    return [Finding(ERROR, node, None, parm,
                    f"{node}: parm {parm!r} could not be read ({reason}); the rest of the scene was read, this "
                    "parm's default was used; fix its expression or value", rule="unreadable")
            for node, parm, reason in network.unreadable]


def review_skipped(graph: JobGraph, network: Network, review: bool) -> List[Finding]:
    """With ``review`` (review movies asked for), a warning for each image ROP's job that gets none, saying
    why (``integrations.review.review_findings``: no image sequence, one frame, frames with gaps)."""
    return review_findings(graph, review_sources(graph, network)) if review else []


CHECKS = (walk_problems, unreadable, no_product, no_output, frames, single_frame, simulation_packets)


def all_checks(network: Callable[[], Network]) -> List[Callable[[JobGraph], List[Finding]]]:
    """The checks bound to the network ``network()`` returns when they run."""
    return [_bound(check, network) for check in CHECKS]


def _bound(check: Callable[[Network, JobGraph], List[Finding]],
           network: Callable[[], Network]) -> Callable[[JobGraph], List[Finding]]:
    def run(graph: JobGraph) -> List[Finding]:
        return check(network(), graph)
    run.__name__ = check.__name__
    return run
