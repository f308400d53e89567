"""Maya's own validation, over the collected records (no Maya calls): findings an artist can act on.

The shared layer adds the saved/modified check (Fix: save), output collisions (every AOV of every job),
the input check (over :func:`inputs`) and the products check; these add: a layer with no renderable
camera, an image prefix that is empty or has a token nothing resolves, a fractional frame or step, a
renderer with no Smedge product, references that are not loaded, and attributes collection could not read.
"""
from __future__ import annotations

import functools
from typing import Any, List, Tuple

from integrations.graph import JobGraph
from integrations.products import RENDERER_PRODUCTS
from integrations.review import review_findings
from integrations.validate import ERROR, WARNING, Finding

from .jobs import review_sources, sources
from .records import SceneRecord

__all__ = ["inputs", "scene_findings"]


def inputs(scene: SceneRecord) -> List[Tuple[str, str]]:
    """The scene's file inputs for ``integrations.inputs``: each file node's path and each loaded reference's
    file (an unloaded one is a warning of :func:`scene_findings`), as ``(node.attribute, path)``."""
    found = [(f"{item.node}.{item.attribute}", item.path) for item in scene.inputs]
    return found + [(ref.node, ref.path) for ref in scene.references if ref.loaded and ref.path]


def scene_findings(graph: JobGraph, scene: SceneRecord, studio: Any, review: bool = False) -> List[Finding]:
    """The findings for the jobs of ``graph`` that came from ``scene`` (``jobs.sources``); ``studio`` the
    :class:`integrations.studio.StudioDefaults` whose ``renderers`` map renderers to products; ``review``
    whether review movies were asked for."""
    found: List[Finding] = []
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
        renderer = layer.renderer.lower()
        if renderer not in RENDERER_PRODUCTS["maya"] and not studio.product_for(renderer, ""):
            add(ERROR, "Type", f"layer {layer.name} renders with {layer.renderer!r}, which no Smedge product renders: "
                "map it in the studio defaults (hosts.maya.renderers) or change the layer's renderer")
    if review:
        found.extend(review_findings(graph, review_sources(scene, graph)))
    for problem in scene.problems:
        where = f"layer {problem.layer}: " if problem.layer else ""
        found.append(Finding(ERROR if problem.layer else WARNING, problem.node, None, problem.attribute,
                             f"{where}{problem.node}.{problem.attribute} cannot be read ({problem.reason}); "
                             + ("the layer's job may be wrong" if problem.layer else "it was left out")))
    for ref in scene.references:
        if not ref.loaded:
            found.append(Finding(WARNING, "Scene", None, "Scene", f"reference {ref.node} ({ref.path}) is not loaded: "
                                 "what it holds is not rendered and was not collected"
                                 + ("" if ref.exists else "; its file is missing")))
    return found


def _add(found: List[Finding], name: str, job_id: Any, severity: str, field: str, message: str, **fix: Any) -> None:
    found.append(Finding(severity, name, job_id, field, message, **fix))
