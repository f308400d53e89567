"""Blend records -> a Smedge job graph: plain functions, no bpy.

One Blender job per scene that renders (the active scene; every scene with ``all_scenes``), or one per
view layer with ``view_layers``: ``Name`` ``<file> - <scene>`` (``- <view layer>``), ``Type`` the
product for the scene's render engine (``integrations.products.product_for``: the studio's, else
``Blender``), ``Scene`` the saved .blend,
``SceneName`` the scene (Blender's ``-S``), ``ViewLayer``, ``Range``, ``ImageFormat`` the image
sequences it writes (the render output and every File Output node's files, set by
:func:`integrations.outputs.set_outputs`). Dependencies: a job whose compositor reads an image sequence
another job writes waits on it frame by frame; with ``review``, a review movie of each render job's image
sequence (:func:`integrations.review.add_review`) waits for the whole render.
The options are declared in ``BlenderHost.options``; :func:`sources` traces a job back to its scene.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Mapping
from uuid import UUID

from integrations.graph import JobGraph
from integrations.outputs import set_outputs
from integrations.products import product_for
from integrations.review import add_reviews
from smedge_core.frames import format_range

from .records import BlendRecord, SceneRecord, output_patterns, scene_frames, sequence_pattern

if TYPE_CHECKING:
    from integrations.studio import StudioDefaults

__all__ = ["BLENDER_PRODUCT", "JobSource", "build", "sources"]

#: The product of Blender's jobs when studio defaults name none.
BLENDER_PRODUCT = "Blender"


@dataclass
class JobSource:
    """What a render job came from, for the checks: its scene and view layer ("" for all of them)."""

    scene: SceneRecord
    view_layer: str


def build(records: BlendRecord, options: Mapping[str, Any], studio: StudioDefaults) -> JobGraph:
    """The graph for the file ``records`` describes, for ``options`` (every one of ``BlenderHost.options``)."""
    active = records.scene(records.active)
    scenes = list(records.scenes) if options["all_scenes"] else [active] if active is not None else []
    blend = os.path.basename(records.path) or "untitled.blend"
    graph = JobGraph()
    for scene in scenes:
        for layer in (scene.view_layers if options["view_layers"] else [""]):
            job: Dict[str, Any] = {
                "Name": f"{blend} - {scene.name}" + (" - " + layer if layer else ""),
                "Type": product_for("blender", scene.engine or None, studio), "Scene": records.path,
                "SceneName": scene.name, "Range": format_range(scene_frames(scene))}
            if layer:
                job["ViewLayer"] = layer
            if scene.movie:  # one movie file: the whole range in one packet
                job["PacketSize"] = len(scene_frames(scene))
            set_outputs(graph, graph.add_job(job), output_patterns(scene))
    renders = sources(records, graph)
    _add_frame_waits(graph, renders)
    if options["review"]:
        _add_reviews(graph, renders, options["review"], studio)
    return graph


def sources(records: BlendRecord, graph: JobGraph) -> Dict[UUID, JobSource]:
    """What each render job of ``graph`` came from, read back from the parameters :func:`build` set
    (``SceneName``, ``ViewLayer``); jobs that name no scene of ``records`` (the reviews) are left out."""
    found: Dict[UUID, JobSource] = {}
    for job_id in graph:
        scene = records.scene(str(graph.value(job_id, "SceneName") or ""))
        if scene is not None:
            found[job_id] = JobSource(scene, str(graph.value(job_id, "ViewLayer") or ""))
    return found


def _add_frame_waits(graph: JobGraph, renders: Dict[UUID, JobSource]) -> None:
    writers: Dict[str, List[UUID]] = {}
    for job_id, source in renders.items():
        for pattern in output_patterns(source.scene):
            writers.setdefault(pattern, []).append(job_id)
    for job_id, source in renders.items():
        for read in source.scene.reads:
            for parent in writers.get(sequence_pattern(read), []):
                if parent != job_id and parent not in graph.parents(job_id):
                    graph.add_dependency(job_id, parent, per_frame=True)


def _add_reviews(graph: JobGraph, renders: Dict[UUID, JobSource], request: Any, studio: StudioDefaults) -> None:
    """A review movie of the render output of each render job that can have one
    (:func:`integrations.review.add_reviews`), at its scene's frame rate unless the studio or the request
    sets one."""
    for job_id, source in renders.items():
        add_reviews(graph, {job_id: 0}, request, studio, source.scene.fps)
