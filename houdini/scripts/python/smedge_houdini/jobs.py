"""ROP records -> a Smedge job graph: plain functions, no Houdini.

One job per ROP record: ``Type`` (the Smedge product), ``Scene`` (the hip file), ``ROP`` (its full
path), ``Range``: the frames Houdini would render it for (:func:`rendered_frames`). A simulation or a
Batch input renders as one packet (``PacketSize`` = its frame count) and what waits on it waits on the
whole job. Otherwise a job waits on its parents frame by frame when its frames are all among theirs, for
the whole job when they are not or when the artist asks for node-by-node order
(``dependency_mode="node"``). Smedge keeps one ``WaitForWholeJob`` flag per job, so a job waits on all
its parents the same way. Priorities are the shared rule's (``integrations.host.collect``): set here
only when the ``priority`` option gives one. ``Type`` is ``integrations.products.product_for("houdini",
<ROP type>, studio)``; each job's outputs (its ROP's image planes / AOVs) are its ``ImageFormat``
(``integrations.outputs``). With the ``review`` option, :func:`add_reviews` adds an FFmpeg encode of each
image ROP's main image, waiting for the whole render (``integrations.review``).
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional

from integrations.graph import JobGraph
from integrations.outputs import set_outputs
from integrations.products import product_for as _product_for
from integrations.review import add_reviews as _add_reviews
from smedge_core.frames import FrameRange, parse_range

from .records import Network, RopRecord

if TYPE_CHECKING:
    from integrations.studio import StudioDefaults

__all__ = ["DEPENDENCY_MODES", "HOUDINI_PRODUCT", "IMAGE_TYPES", "add_reviews", "build", "frame_range", "job_name",
           "product", "rendered_frames", "review_sources", "whole_frames"]

#: The product of jobs of the ROP types this package knows, when studio defaults name none.
HOUDINI_PRODUCT = "Houdini"

#: ``dependency_mode`` values: frame by frame where frames line up, or node by node (whole jobs).
DEPENDENCY_MODES = ("frame", "node")
#: ROP types that render images (a review movie can be made of them).
IMAGE_TYPES = ("ifd", "karma", "Redshift_ROP", "arnold", "opengl", "usdrender", "usdrender_rop", "vray_renderer",
               "comp")


def whole_frames(record: RopRecord) -> bool:
    """Whether the ROP's start, end and step are whole numbers with a step of at least 1."""
    return all(float(v).is_integer() for v in (record.start, record.end, record.step)) and record.step >= 1 \
        and record.end >= record.start


def frame_range(record: RopRecord) -> Optional[FrameRange]:
    """The frames the ROP renders, or None when they are not whole frames (a check reports it)."""
    if not whole_frames(record):
        return None
    return parse_range(f"{int(record.start)}-{int(record.end)}x{int(record.step)}")


def rendered_frames(network: Network) -> Dict[str, Optional[FrameRange]]:
    """The frames each ROP renders, as Houdini renders a network with its inputs (SideFX, render/batch and
    out/dsmmerge: an input ROP's own range is ignored unless it is "Render Frame Range Only (Strict)").

    A ROP the submitted ones stand for (``network.roots``) renders its own range; an input ROP renders
    the frames its dependants render, and when strict (``trange`` 2) only those inside its own range. A
    ROP that is both renders both. None where nothing whole can be told (a check reports the frames).
    Ranges are combined as spans (``FrameRange``'s union and intersection), never frame by frame.
    """
    children: Dict[str, List[str]] = {record.path: [] for record in network.records}
    for record in network.records:
        for parent in record.inputs:
            children[parent].append(record.path)
    empty = FrameRange()
    roots = set(network.roots)
    out: Dict[str, Optional[FrameRange]] = {}
    for record in reversed(network.records):  # dependants first
        own = frame_range(record)
        asked = empty
        for child in children[record.path]:
            asked = asked | (out[child] or empty)
        mine = own or empty
        if record.path in roots or not children[record.path]:
            frames = mine if record.trange == 2 else mine | asked
        elif record.trange == 2:
            frames = mine & asked
        else:
            frames = asked or mine
        out[record.path] = frames if frames else own
    return out


def job_name(scene: str, record: RopRecord) -> str:
    """``<hip file> - <ROP path>``, as Maya and Nuke name theirs (``<scene file> - <layer or Write>``): unique
    per ROP, and stable so per-job overrides stick to it."""
    return f"{os.path.basename(scene)} - {record.path}"


def build(records: Network, options: Mapping[str, Any], studio: StudioDefaults) -> JobGraph:
    """The job graph for the ROP network ``collect.walk`` read, with ``options`` ``dependency_mode`` (see
    :data:`DEPENDENCY_MODES`), ``priority``, ``pool``, ``packet_size``, ``note`` (None or empty: the studio
    defaults). A ROP type with no product (studio ``renderers``, else Houdini for the types this package
    knows) gets no Type and a check says so."""
    network, dependency_mode = records, options["dependency_mode"]
    priority, pool = options["priority"], options["pool"]
    packet_size, note, scene = options["packet_size"], options["note"], network.scene
    by_path = {record.path: record for record in network.records}
    frames = rendered_frames(network)
    per_frame = {path: dependency_mode == "frame" and _lines_up(record, by_path, frames)
                 for path, record in by_path.items()}
    graph = JobGraph()
    ids: Dict[str, Any] = {}
    for record in network.records:  # parents come first
        job: Dict[str, Any] = {"Name": job_name(scene, record), "Scene": scene, "ROP": record.path}
        kind = product(record, studio)
        if kind:
            job["Type"] = kind
        rendered = frames[record.path]
        if rendered is not None:
            job["Range"] = str(rendered)
        if record.one_packet and rendered is not None:
            job["PacketSize"] = len(rendered)
        elif packet_size:
            job["PacketSize"] = packet_size
        if pool:
            job["Pool"] = pool
        if note:
            job["Note"] = note
        if record.output_expanded:
            job["RenderDir"] = os.path.dirname(record.output_expanded)
        if priority is not None:
            job["Priority"] = priority
        ids[record.path] = graph.add_job(job)
        if record.outputs:
            set_outputs(graph, ids[record.path], record.outputs)
        for parent in record.inputs:
            graph.add_dependency(ids[record.path], ids[parent], per_frame=per_frame[record.path])
    return graph


def _lines_up(record: RopRecord, records: Dict[str, RopRecord], frames: Dict[str, Any]) -> bool:
    """Whether ``record`` can wait frame by frame on all its parents."""
    if not record.inputs or record.one_packet or frames[record.path] is None:
        return False
    for parent in record.inputs:
        theirs = frames[parent]
        if records[parent].one_packet or theirs is None or not frames[record.path].issubset(theirs):
            return False
    return True


def product(record: RopRecord, studio: StudioDefaults) -> Optional[str]:
    """The Smedge product of the ROP's job: ``integrations.products.product_for("houdini", type, studio)``
    for the types this package knows (the studio's ``renderers``, else the manual's product names); for
    another type only the studio's ``renderers`` name one (None: a check says so)."""
    if record.known_type:
        return _product_for("houdini", record.type_name, studio)
    return studio.product_for(record.type_name, "") or None


def add_reviews(graph: JobGraph, network: Network, request: Any, studio: StudioDefaults) -> None:
    """With ``request`` (the ``review`` option: True, or a dict of ``integrations.review`` settings), an
    FFmpeg encode of the main image of each image ROP's job that can have one
    (:func:`integrations.review.add_reviews`), waiting for the whole job, at the scene's frame rate unless
    the studio or the request sets one. ValueError names a bad setting."""
    _add_reviews(graph, review_sources(graph, network), request, studio, network.fps)


def review_sources(graph: JobGraph, network: Network) -> Dict[Any, int]:
    """The jobs a review movie is asked of: each image ROP's job and its main image (output 0)."""
    jobs = {graph.value(job_id, "ROP"): job_id for job_id in graph}
    return {jobs[record.path]: 0 for record in network.records
            if record.type_name in IMAGE_TYPES and record.path in jobs}
