"""Scene records -> a Smedge job graph: plain functions, no Maya.

One Maya job per render layer (per layer and camera with ``split``): ``Name`` ``<scene file> - <layer>``,
``Type`` the product studio defaults give the layer's renderer, ``Scene``, ``Project``, ``Range``,
``RenderDir`` (the project's images folder, which Maya's ``Render -rd`` takes), ``Extra``
``-rl <layer node>`` (and ``-cam <camera>``), ``ImageFormat`` every file each frame writes (per camera
and AOV, :func:`integrations.outputs.set_outputs`). Optional follow-ups: a Nuke comp that waits frame by
frame on chosen layers, a review movie per render job (:func:`integrations.review.add_review`) that waits
for the whole job. :func:`sources` reads back from each job's parameters what it came from, for
the checks (as Nuke's read ``WriteNode`` and Houdini's ``ROP``).
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional

from integrations.graph import JobGraph
from integrations.outputs import set_outputs
from integrations.products import HOST_PRODUCTS, product_for
from integrations.review import add_reviews
from smedge_core.frames import format_range

from .records import LayerRecord, SceneRecord

if TYPE_CHECKING:
    from integrations.studio import StudioDefaults

__all__ = ["JobSource", "build", "layer_frames", "review_sources", "sources"]

MAYA_PRODUCT = HOST_PRODUCTS["maya"]


@dataclass
class JobSource:
    """What a job of the graph came from, for the checks: its layer, camera (when split), kind."""

    layer: Optional[LayerRecord]
    camera: Optional[str]
    kind: str  # "render" or "comp"


def layer_frames(layer: LayerRecord) -> List[int]:
    """The whole frames ``layer`` renders (a fractional start, end or step is rounded; checks flag it)."""
    step = max(1, round(layer.step))
    start, end = round(layer.start), round(layer.end)
    return list(range(start, end + 1, step)) if end >= start else [start]


def build(records: SceneRecord, options: Mapping[str, Any], studio: StudioDefaults) -> JobGraph:
    """The graph for the scene ``collect.collect_scene`` read, with ``options`` ``split`` (a job per camera),
    ``layers`` (display names; None: every layer that renders), ``comp`` (a Nuke script path, "" or None for none, or
    ``{"script": path, "layers": [names], "write": Write node}``) and ``review`` (False, True or a dict of
    review settings, see :mod:`integrations.review`; the frame rate defaults to the scene's). ValueError
    names a bad option and its value."""
    scene, split = records, options["split"]
    layers = _chosen(scene, options["layers"], "layers")
    scene_file = os.path.basename(scene.path) or "untitled"
    graph = JobGraph()
    by_layer: Dict[str, List[uuid.UUID]] = {}
    for layer in layers:
        cameras: List[Optional[str]] = list(layer.cameras) if split and layer.cameras else [None]
        frames = format_range(layer_frames(layer))
        for camera in cameras:
            files = [path for cam in ([camera] if camera is not None else list(layer.outputs))
                     for _aov, path in layer.outputs[cam]]
            extra = "-rl " + layer.node + (" -cam " + camera if camera else "")
            name = f"{scene_file} - {layer.name}" + (" - " + camera if camera else "")
            job_id = graph.add_job({
                "Name": name, "Type": product_for("maya", layer.renderer, studio), "Scene": scene.path,
                "Project": scene.project, "Range": frames, "RenderDir": scene.images, "Extra": extra})
            set_outputs(graph, job_id, files)
            by_layer.setdefault(layer.name, []).append(job_id)
    comp = options["comp"]
    if isinstance(comp, str):  # the dialog's text field: a script path, or none
        comp = {"script": comp} if comp.strip() else None
    if comp is not None:
        _add_comp(graph, scene_file, layers, by_layer, comp)
    if options["review"]:
        add_reviews(graph, review_sources(scene, graph), options["review"], studio, scene.fps)
    return graph


def sources(scene: SceneRecord, graph: JobGraph) -> Dict[uuid.UUID, JobSource]:
    """What each job of ``graph`` came from, read back from the parameters :func:`build` set: a render
    job's ``Extra`` (``-rl <layer node>``, ``-cam <camera>``), a comp's ``Type`` Nuke. Jobs that came from
    none (reviews) are left out."""
    layers = {layer.node: layer for layer in scene.layers}
    found: Dict[uuid.UUID, JobSource] = {}
    for job_id in graph:
        kind, extra = graph.value(job_id, "Type"), str(graph.value(job_id, "Extra") or "").split()
        if kind == "Nuke" and not extra:
            found[job_id] = JobSource(None, None, "comp")
        elif extra[:1] == ["-rl"] and len(extra) > 1 and extra[1] in layers:
            camera = extra[3] if extra[2:3] == ["-cam"] and len(extra) > 3 else None
            found[job_id] = JobSource(layers[extra[1]], camera, "render")
    return found


def _chosen(scene: SceneRecord, names: Any, what: str) -> List[LayerRecord]:
    if names is None:
        return list(scene.layers)
    if isinstance(names, str) or not all(isinstance(n, str) for n in names):
        raise ValueError(f"{what} must be a list of layer names, not {names!r}")
    known = {layer.name: layer for layer in scene.layers}
    missing = [n for n in names if n not in known]
    if missing:
        raise ValueError("{}: no rendering layer named {}; the layers that render: {}".format(
            what, ", ".join(repr(m) for m in missing), ", ".join(sorted(known)) or "none"))
    return [known[n] for n in names]


def _add_comp(graph: JobGraph, scene_file: str, layers: List[LayerRecord], by_layer: Dict[str, List[uuid.UUID]],
              comp: Any) -> None:
    if not isinstance(comp, dict) or not isinstance(comp.get("script"), str) or not comp["script"].strip():
        raise ValueError(f'comp must be {{"script": path of the Nuke script, ...}}, not {comp!r}')
    unknown = sorted(set(comp) - {"script", "layers", "write"})
    if unknown:
        raise ValueError("Unknown comp key {}; known: script, layers, write".format(", ".join(unknown)))
    chosen = _chosen_among(layers, comp.get("layers"))
    frames = set(layer_frames(chosen[0]))
    for layer in chosen[1:]:
        frames &= set(layer_frames(layer))
    if not frames:
        raise ValueError("comp: the layers {} share no frame".format(", ".join(layer.name for layer in chosen)))
    job = {"Name": f"{scene_file} - comp", "Type": "Nuke", "Scene": comp["script"],
           "Range": format_range(sorted(frames))}
    if comp.get("write"):
        job["WriteNode"] = comp["write"]
    comp_id = graph.add_job(job)
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


def review_sources(scene: SceneRecord, graph: JobGraph) -> Dict[uuid.UUID, int]:
    """The jobs a review movie is asked of, for :func:`integrations.review.add_reviews`: each render job's
    first output (the beauty)."""
    return {job_id: 0 for job_id, source in sources(scene, graph).items() if source.kind == "render"}
