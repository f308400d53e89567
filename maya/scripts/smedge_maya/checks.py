"""Maya's own validation, over the collected records (no Maya calls): findings an artist can act on.

The shared layer adds the saved/modified check (Fix: save); these add: a layer with no renderable
camera, an image prefix that is empty or has a token nothing resolves, a fractional frame or step, a
renderer with no Smedge product, two jobs writing the same images, and references that are missing or
not loaded.
"""
from __future__ import annotations

import functools
from typing import Any, Callable, Dict, List

from integrations.graph import JobGraph
from integrations.validate import ERROR, WARNING, Finding

from .jobs import sources
from .records import SceneRecord

__all__ = ["MAYA_RENDERERS", "scene_findings"]

#: Renderers the Maya product renders (its Renderer choices): no studio mapping needed for these.
MAYA_RENDERERS = ("arnold", "redshift", "vray", "renderman", "mayaSoftware", "mayaHardware2")


def scene_findings(graph: JobGraph, scene: SceneRecord, product_for: Callable[[str, str], str]) -> List[Finding]:
    """The findings for the jobs of ``graph`` that came from ``scene`` (``jobs.sources``)."""
    found: List[Finding] = []
    writers: Dict[str, str] = {}
    for job_id, source in sources(scene, graph).items():
        if job_id not in graph or source.kind != "render" or source.layer is None:
            continue
        layer, name = source.layer, graph.name(job_id)
        add = functools.partial(_add, found, name, job_id)

        if not layer.cameras:
            add(ERROR, "Extra", f"layer {layer.name} has no renderable camera: make a camera renderable in this "
                "layer's render settings")
        if layer.output_problem:
            add(ERROR, "ImageFormat", f"layer {layer.name} renders with {layer.renderer}, but its image names are "
                f"unknown: {layer.output_problem}")
        if not layer.prefix_set:
            add(WARNING, "ImageFormat", f"layer {layer.name} sets no image file prefix: Maya names the images after "
                f"the scene file ({layer.prefix})")
        if layer.unresolved:
            add(ERROR, "ImageFormat", "the image file prefix {!r} of layer {} has {} that nothing resolves".format(
                layer.prefix, layer.name, ", ".join(layer.unresolved)))
        fractional = [(what, value) for what, value in (("start", layer.start), ("end", layer.end),
                                                        ("step", layer.step)) if value != int(value)]
        if fractional:
            add(ERROR, "Range", "layer {} renders a fractional {}: Smedge renders whole frames; set a whole "
                "start, end and step (byFrameStep) in this layer's render settings".format(
                    layer.name, " and ".join(f"{w} {v:g}" for w, v in fractional)))
        if layer.renderer not in MAYA_RENDERERS and not product_for(layer.renderer, ""):
            add(ERROR, "Type", f"layer {layer.name} renders with {layer.renderer!r}, which no Smedge product renders: "
                "map it in the studio defaults (hosts.maya.renderers) or change the layer's renderer")
        for camera in [source.camera] if source.camera else list(layer.images):
            image = layer.images.get(camera)
            if image is None:
                continue
            label = name if source.camera else f"{name} (camera {camera})"
            if image in writers and writers[image] != label:
                add(ERROR, "ImageFormat", f"writes the same images as {writers[image]} ({image}): give each layer and "
                    "camera its own file names with <RenderLayer> and <Camera> in the image file prefix")
            writers.setdefault(image, label)
    for ref in scene.references:
        if not ref.exists:
            found.append(Finding(ERROR if ref.loaded else WARNING, "Scene", None, "Scene",
                                 f"reference {ref.node} points to a missing file: {ref.path}"))
        elif not ref.loaded:
            found.append(Finding(WARNING, "Scene", None, "Scene", f"reference {ref.node} ({ref.path}) is not loaded: "
                                 "what it holds is not rendered and was not collected"))
    return found


def _add(found: List[Finding], name: str, job_id: Any, severity: str, field: str, message: str, **fix: Any) -> None:
    found.append(Finding(severity, name, job_id, field, message, **fix))
