"""Blend records -> a Smedge job graph: plain functions, no bpy.

One Blender job per scene that renders (the active scene; every scene with ``all_scenes``), or one per
view layer with ``view_layers``: ``Name`` ``<file> - <scene>`` (``- <view layer>``), ``Type`` the
product for the scene's render engine (``integrations.products.product_for``: the studio's, else
``Blender``), ``Scene`` the saved .blend,
``SceneName`` the scene (Blender's ``-S``), ``ViewLayer``, ``Range``, ``ImageFormat`` the image
sequences it writes. Dependencies: a job whose compositor reads an image sequence another job writes
waits on it frame by frame; with ``encode``, an FFmpeg job per rendered sequence waits for the whole render.
The options are declared in ``BlenderHost.options``; :func:`sources` traces a job back to its scene.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Mapping
from uuid import UUID

from integrations.graph import JobGraph
from integrations.products import product_for
from smedge_core.frames import format_range

from .records import BlendRecord, SceneRecord, output_patterns, scene_frames, sequence_pattern, with_extension

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
                "SceneName": scene.name, "Range": format_range(scene_frames(scene)),
                "ImageFormat": output_patterns(scene)}
            if layer:
                job["ViewLayer"] = layer
            if scene.movie:  # one movie file: the whole range in one packet
                job["PacketSize"] = len(scene_frames(scene))
            graph.add_job(job)
    renders = sources(records, graph)
    _add_frame_waits(graph, renders)
    if options["encode"]:
        _add_encodes(graph, renders)
    return graph


def sources(records: BlendRecord, graph: JobGraph) -> Dict[UUID, JobSource]:
    """What each render job of ``graph`` came from, read back from the parameters :func:`build` set
    (``SceneName``, ``ViewLayer``); jobs that name no scene of ``records`` (the encodes) are left out."""
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


def _add_encodes(graph: JobGraph, renders: Dict[UUID, JobSource]) -> None:
    for parent, source in renders.items():
        scene = source.scene
        frames = scene_frames(scene)
        if scene.movie or len(frames) < 2:
            continue
        stem = os.path.basename(scene.filepath).replace("#", "").rstrip("._-") or scene.name
        job_id = graph.add_job({
            "Name": graph.name(parent) + " - encode", "Type": "FFmpeg",
            "Scene": with_extension(sequence_pattern(scene.filepath), scene.extension), "Range": "1",
            "InfileOptions": f"-framerate {scene.fps:g} -start_number {frames[0]}",
            "OutfileOptions": "-c:v libx264 -pix_fmt yuv420p",
            "OutputFile": os.path.join(os.path.dirname(scene.filepath), stem + ".mp4")})
        graph.add_dependency(job_id, parent)
