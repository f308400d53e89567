"""Blend records -> a Smedge job graph: plain functions, no bpy.

One Blender job per scene that renders (the active scene; every scene with ``all_scenes``), or one per
view layer with ``view_layers``: ``Name`` ``<file> - <scene>`` (``- <view layer>``), ``Type`` the
studio's product for the scene's render engine (default ``Blender``), ``Scene`` the saved .blend,
``SceneName`` the scene (Blender's ``-S``), ``ViewLayer``, ``Range``, ``ImageFormat`` the image
sequences it writes. Dependencies: a job whose compositor reads an image sequence another job writes
waits on it frame by frame; with ``encode``, an FFmpeg job per rendered sequence waits for the whole render.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Tuple
from uuid import UUID

from integrations.graph import JobGraph
from integrations.studio import StudioDefaults
from smedge_core.frames import format_range

from .records import BlendRecord, SceneRecord, output_patterns, scene_frames, sequence_pattern, with_extension

__all__ = ["BLENDER_PRODUCT", "OPTIONS", "JobSource", "build", "build_with_sources"]

BLENDER_PRODUCT = "Blender"
#: The build options, with what each one takes (each a bool: a check box in the panel).
OPTIONS = {
    "all_scenes": "True for a job per scene of the file, not only the active one",
    "view_layers": "True for a job per view layer that renders, not one per scene",
    "encode": "True for an FFmpeg encode per rendered image sequence, waiting for its whole render",
}


@dataclass
class JobSource:
    """What a job came from, for the checks: its scene, view layer ("" for all of them), kind."""

    scene: SceneRecord
    view_layer: str
    kind: str  # "render" or "encode"


def build(records: BlendRecord, options: Mapping[str, Any], studio: StudioDefaults) -> JobGraph:
    """The graph for the file ``records`` describes; ValueError names a bad option and its value."""
    return build_with_sources(records, options, studio)[0]


def build_with_sources(records: BlendRecord, options: Mapping[str, Any],
                       studio: StudioDefaults) -> Tuple[JobGraph, Dict[UUID, JobSource]]:
    """:func:`build`, and what each job came from."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ValueError("Unknown option {}; known: {}".format(", ".join(repr(u) for u in unknown),
                                                              ", ".join(sorted(OPTIONS))))
    flags: Dict[str, bool] = {}
    for name in OPTIONS:
        flags[name] = options.get(name, False)
        if not isinstance(flags[name], bool):
            raise ValueError("{} must be True or False, not {!r}".format(name, options[name]))
    active = records.scene(records.active)
    scenes = list(records.scenes) if flags["all_scenes"] else [active] if active is not None else []
    blend = os.path.basename(records.path) or "untitled.blend"
    graph: JobGraph = JobGraph()
    sources: Dict[UUID, JobSource] = {}
    for scene in scenes:
        for layer in (scene.view_layers if flags["view_layers"] else [""]):
            job: Dict[str, Any] = {
                "Name": "{} - {}".format(blend, scene.name) + (" - " + layer if layer else ""),
                "Type": studio.product_for(scene.engine, BLENDER_PRODUCT), "Scene": records.path,
                "SceneName": scene.name, "Range": format_range(scene_frames(scene)),
                "ImageFormat": output_patterns(scene)}
            if layer:
                job["ViewLayer"] = layer
            if scene.movie:  # one movie file: the whole range in one packet
                job["PacketSize"] = len(scene_frames(scene))
            sources[graph.add_job(job)] = JobSource(scene, layer, "render")
    _add_frame_waits(graph, sources)
    if flags["encode"]:
        _add_encodes(graph, sources)
    return graph, sources


def _add_frame_waits(graph: JobGraph, sources: Dict[UUID, JobSource]) -> None:
    writers: Dict[str, List[UUID]] = {}
    for job_id, source in sources.items():
        for pattern in output_patterns(source.scene):
            writers.setdefault(pattern, []).append(job_id)
    for job_id, source in sources.items():
        for read in source.scene.reads:
            for parent in writers.get(sequence_pattern(read), []):
                if parent != job_id and parent not in graph.parents(job_id):
                    graph.add_dependency(job_id, parent, per_frame=True)


def _add_encodes(graph: JobGraph, sources: Dict[UUID, JobSource]) -> None:
    for parent, source in list(sources.items()):
        scene = source.scene
        frames = scene_frames(scene)
        if scene.movie or len(frames) < 2:
            continue
        stem = os.path.basename(scene.filepath).replace("#", "").rstrip("._-") or scene.name
        job_id = graph.add_job({
            "Name": graph.name(parent) + " - encode", "Type": "FFmpeg",
            "Scene": with_extension(sequence_pattern(scene.filepath), scene.extension), "Range": "1",
            "InfileOptions": "-framerate {:g} -start_number {}".format(scene.fps, frames[0]),
            "OutfileOptions": "-c:v libx264 -pix_fmt yuv420p",
            "OutputFile": os.path.join(os.path.dirname(scene.filepath), stem + ".mp4")})
        sources[job_id] = JobSource(scene, source.view_layer, "encode")
        graph.add_dependency(job_id, parent)
