"""Scene records -> a Smedge job graph: plain functions, no Maya.

One Maya job per render layer (per layer and camera with ``split``): ``Name`` ``<scene file> - <layer>``,
``Type`` the product studio defaults give the layer's renderer, ``Scene``, ``Project``, ``Range``,
``RenderDir`` (the project's images folder, which Maya's ``Render -rd`` takes), ``Extra``
``-rl <layer node>`` (and ``-cam <camera>``), ``ImageFormat`` the layer's image paths. Optional
follow-ups: a Nuke comp that waits frame by frame on chosen layers, an FFmpeg encode per image sequence
that waits on its layer.
"""
from __future__ import annotations

import math
import os
import posixpath
import uuid
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from integrations.graph import JobGraph
from smedge_core.frames import format_range

from .records import LayerRecord, SceneRecord

__all__ = ["OPTIONS", "JobSource", "build_jobs", "layer_frames"]

#: The options of build_graph, with what each one takes.
OPTIONS = {
    "split": "True for one job per layer and camera (default: the studio's split setting)",
    "layers": "display names of the layers to submit (default: every layer that renders)",
    "comp": 'a Nuke comp that waits on layers frame by frame: {"script": path, "layers": [names], '
            '"write": Write node}',
    "encode": 'True, or {"fps": n, "options": ffmpeg output options}: an FFmpeg encode per image sequence',
}
MAYA_PRODUCT = "Maya"


@dataclass
class JobSource:
    """What a job of the graph came from, for the checks: its layer, camera (when split), kind."""

    layer: Optional[LayerRecord]
    camera: Optional[str]
    kind: str  # "render", "comp" or "encode"


def layer_frames(layer: LayerRecord) -> List[int]:
    """The whole frames ``layer`` renders (a fractional start, end or step is rounded; checks flag it)."""
    step = max(1, int(round(layer.step)))
    start, end = int(round(layer.start)), int(round(layer.end))
    return list(range(start, end + 1, step)) if end >= start else [start]


def build_jobs(scene: SceneRecord, options: Mapping[str, Any], product_for: Any,
               split_default: bool) -> Tuple[JobGraph, Dict[uuid.UUID, JobSource]]:
    """The graph for ``scene`` and what each job came from. ``product_for(renderer, default)`` gives the
    Smedge product of a renderer (studio defaults). ValueError names a bad option and its value."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ValueError("Unknown option {}; known: {}".format(", ".join(repr(u) for u in unknown),
                                                              ", ".join(sorted(OPTIONS))))
    split = options.get("split")
    split = split_default if split is None else split
    if not isinstance(split, bool):
        raise ValueError("split must be True or False, not {!r}".format(split))
    layers = _chosen(scene, options.get("layers"), "layers")
    scene_file = os.path.basename(scene.path) or "untitled"
    graph, sources = JobGraph(), {}  # type: JobGraph, Dict[uuid.UUID, JobSource]
    by_layer = {}  # type: Dict[str, List[uuid.UUID]]
    for layer in layers:
        cameras = list(layer.cameras) if split and layer.cameras else [None]  # type: List[Optional[str]]
        frames = format_range(layer_frames(layer))
        for camera in cameras:
            images = [layer.images[camera]] if camera is not None else list(layer.images.values())
            extra = "-rl " + layer.node + (" -cam " + camera if camera else "")
            name = "{} - {}".format(scene_file, layer.name) + (" - " + camera if camera else "")
            job_id = graph.add_job({
                "Name": name, "Type": product_for(layer.renderer, MAYA_PRODUCT), "Scene": scene.path,
                "Project": scene.project, "Range": frames, "RenderDir": scene.images,
                "Extra": extra, "ImageFormat": images})
            sources[job_id] = JobSource(layer, camera, "render")
            by_layer.setdefault(layer.name, []).append(job_id)
    if options.get("comp") is not None:
        _add_comp(graph, sources, scene_file, layers, by_layer, options["comp"])
    if options.get("encode"):
        _add_encodes(graph, sources, scene, options["encode"])
    return graph, sources


def _chosen(scene: SceneRecord, names: Any, what: str) -> List[LayerRecord]:
    if names is None:
        return list(scene.layers)
    if isinstance(names, str) or not all(isinstance(n, str) for n in names):
        raise ValueError("{} must be a list of layer names, not {!r}".format(what, names))
    known = {layer.name: layer for layer in scene.layers}
    missing = [n for n in names if n not in known]
    if missing:
        raise ValueError("{}: no rendering layer named {}; the layers that render: {}".format(
            what, ", ".join(repr(m) for m in missing), ", ".join(sorted(known)) or "none"))
    return [known[n] for n in names]


def _add_comp(graph: JobGraph, sources: Dict[uuid.UUID, JobSource], scene_file: str, layers: List[LayerRecord],
              by_layer: Dict[str, List[uuid.UUID]], comp: Any) -> None:
    if not isinstance(comp, dict) or not isinstance(comp.get("script"), str) or not comp["script"].strip():
        raise ValueError('comp must be {{"script": path of the Nuke script, ...}}, not {!r}'.format(comp))
    unknown = sorted(set(comp) - {"script", "layers", "write"})
    if unknown:
        raise ValueError("Unknown comp key {}; known: script, layers, write".format(", ".join(unknown)))
    chosen = _chosen_among(layers, comp.get("layers"))
    frames = set(layer_frames(chosen[0]))
    for layer in chosen[1:]:
        frames &= set(layer_frames(layer))
    if not frames:
        raise ValueError("comp: the layers {} share no frame".format(", ".join(l.name for l in chosen)))
    job = {"Name": "{} - comp".format(scene_file), "Type": "Nuke", "Scene": comp["script"],
           "Range": format_range(sorted(frames))}
    if comp.get("write"):
        job["WriteNode"] = comp["write"]
    comp_id = graph.add_job(job)
    sources[comp_id] = JobSource(None, None, "comp")
    for layer in chosen:
        for parent in by_layer[layer.name]:
            graph.add_dependency(comp_id, parent, per_frame=True)


def _chosen_among(layers: List[LayerRecord], names: Any) -> List[LayerRecord]:
    if not layers:
        raise ValueError("comp: no layer renders, so there is nothing to comp")
    if names is None:
        return list(layers)
    known = {layer.name: layer for layer in layers}
    if isinstance(names, str) or not names or any(n not in known for n in names):
        raise ValueError("comp['layers'] must name submitted layers ({}), not {!r}".format(
            ", ".join(sorted(known)), names))
    return [known[n] for n in names]


def _add_encodes(graph: JobGraph, sources: Dict[uuid.UUID, JobSource], scene: SceneRecord, encode: Any) -> None:
    settings = {} if encode is True else encode
    if not isinstance(settings, dict) or set(settings) - {"fps", "options"}:
        raise ValueError('encode must be True or {{"fps": n, "options": text}}, not {!r}'.format(encode))
    rate = settings.get("fps", scene.fps)
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not rate > 0 or math.isinf(rate):
        raise ValueError("encode['fps'] must be a positive number, not {!r}".format(rate))
    for parent, source in list(sources.items()):
        layer = source.layer
        if source.kind != "render" or layer is None or not layer.animation:
            continue
        for camera in [source.camera] if source.camera else (layer.cameras or [""]):
            images = layer.images[camera]
            stem = posixpath.basename(images).split(".%0")[0]
            label = layer.name + (" - " + camera if camera and len(layer.cameras) > 1 else "")
            job_id = graph.add_job({
                "Name": "{} - {} - encode".format(os.path.basename(scene.path) or "untitled", label),
                "Type": "FFmpeg", "Scene": images, "Range": "1",
                "InfileOptions": "-framerate {:g} -start_number {}".format(rate, layer_frames(layer)[0]),
                "OutfileOptions": settings.get("options", "-c:v libx264 -pix_fmt yuv420p"),
                "OutputFile": posixpath.join(posixpath.dirname(images), stem + ".mp4")})
            sources[job_id] = JobSource(layer, camera or None, "encode")
            graph.add_dependency(job_id, parent)
