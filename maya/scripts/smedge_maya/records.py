"""The plain records collection returns (str, int, float, list, dict only; no Maya objects), and the
image-name logic over them (each renderer's AOV naming from :mod:`integrations.naming`)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from integrations import naming

__all__ = ["InputRecord", "LayerRecord", "ReadProblem", "ReferenceRecord", "SceneRecord", "join", "resolve_images"]

#: Tokens the renderer fills per render pass or file at render time: kept in the file names.
RENDER_TIME_TOKENS = ("<RenderPass>", "<RenderPassType>", "<RenderPassFileGroup>", "<Extension>", "<Aov>")


@dataclass
class LayerRecord:
    """One render layer as it renders: values read with the layer current."""

    node: str  # the renderLayer node Maya's Render -rl takes ("defaultRenderLayer", "rs_beauty")
    name: str  # its display name ("masterLayer", "beauty")
    renderer: str
    start: float
    end: float
    step: float
    animation: bool
    cameras: List[str]  # renderable camera transforms, sorted
    prefix: str  # the image file prefix Maya uses: "<Scene>" when unset, with the layer/camera folders it adds
    prefix_set: bool  # whether the scene sets imageFilePrefix at all
    width: int
    height: int
    extension: str
    padding: int
    version: str = ""  # defaultRenderGlobals.renderVersion, for <Version>
    output_problem: str = ""  # why the renderer's image name or format could not be read ("" when read)
    unresolved: List[str] = field(default_factory=list)  # tokens of the prefix nothing resolves
    aovs: List[str] = field(default_factory=list)  # enabled AOV / render element / display names, in node order
    merged: bool = False  # AOVs go into the beauty file (Arnold Merge AOVs, V-Ray multichannel, Redshift multilayer)
    apart: List[str] = field(default_factory=list)  # Redshift: AOVs written apart even when merged (Cryptomatte)
    separator: str = "."  # V-Ray's render element separator
    save_rgb: bool = True  # V-Ray: the beauty is saved ("Don't save RGB" off)
    separate_alpha: bool = False  # V-Ray: alpha in a file of its own
    outputs: Dict[str, List[List[str]]] = field(default_factory=dict)  # camera -> [[AOV, path], ...] (beauty first)


@dataclass
class InputRecord:
    """A file the scene reads: the node, its attribute, the path as Maya would open it (sequence tokens kept)."""

    node: str
    attribute: str
    path: str


@dataclass
class ReadProblem:
    """An attribute collection could not read: the node, the attribute, why; ``layer`` when it was a layer's."""

    node: str
    attribute: str
    reason: str
    layer: str = ""


@dataclass
class ReferenceRecord:
    node: str
    path: str
    loaded: bool
    exists: bool


@dataclass
class SceneRecord:
    path: str  # "" while the scene has never been saved
    modified: bool
    project: str
    images: str  # the project's images folder (where the prefix starts)
    fps: float
    layers: List[LayerRecord] = field(default_factory=list)
    references: List[ReferenceRecord] = field(default_factory=list)
    inputs: List[InputRecord] = field(default_factory=list)
    problems: List[ReadProblem] = field(default_factory=list)


def join(folder: str, path: str) -> str:
    path = path.replace("\\", "/")
    if os.path.isabs(path) or re.match(r"^[A-Za-z]:/", path):
        return path.rstrip("/")
    return (folder + "/" + path).rstrip("/") if folder else path


def resolve_images(layer: LayerRecord, scene: str, images: str, several_layers: bool) -> None:
    """The prefix Maya uses for ``layer`` (a layer folder when several layers render, a camera folder
    when several cameras do, unless the prefix already names them) and each camera's outputs (the beauty
    and each AOV, ``layer.outputs``, frame as ``%0Nd``). A complete file name with a frame
    token (RenderMan's ``<f4>``, ``<ext>``, ``<aov>``) is used as it is."""
    frame_token = re.search(r"<f(\d+)>", layer.prefix, re.IGNORECASE)
    lowered = layer.prefix.lower()
    if not frame_token:
        if len(layer.cameras) > 1 and "<camera>" not in lowered and "%c" not in lowered:
            layer.prefix = "<Camera>/" + layer.prefix
        if several_layers and not any(t in lowered for t in ("<renderlayer>", "<layer>", "%l")):
            layer.prefix = "<Layer>/" + layer.prefix
    for camera in layer.cameras or [""]:
        name = naming.maya_tokens(layer.prefix, scene, layer.name, camera, layer.version)
        outputs = _outputs(layer, images, name, bool(frame_token))
        layer.outputs[camera] = [[aov, path] for aov, path in outputs]
    leftover = re.findall(r"<[^<>]+>", naming.maya_tokens(layer.prefix, scene, layer.name, "camera", layer.version))
    kept = {t.lower() for t in RENDER_TIME_TOKENS} | ({"<ext>", "<aov>"} if frame_token else set())
    layer.unresolved = sorted({t for t in leftover if t.lower() not in kept
                               and not (frame_token and re.match(r"^<f\d+>$", t, re.IGNORECASE))})


def _outputs(layer: LayerRecord, images: str, name: str, complete: bool) -> List[Tuple[str, str]]:
    """The files one camera of ``layer`` writes, ``(AOV, path)``, by the renderer's naming in
    :mod:`integrations.naming`; an AOV name two nodes give names its file twice (a collision validation finds)."""
    path, ext, pad, anim, aovs = join(images, name), layer.extension, layer.padding, layer.animation, layer.aovs
    if complete:  # RenderMan: its own file name with <aov>, <fN>, <ext>
        displays = aovs or ["rmanDefaultDisplay"]
        found = naming.renderman("", path, displays, ext)
        names = ["beauty" if aov == "rmanDefaultDisplay" else aov for aov in displays]
    elif layer.renderer == "arnold":
        found = naming.arnold("", path, ext, pad, aovs, merge=layer.merged, animation=anim)
        names = ["beauty"] if layer.merged or not aovs else (
            ([] if "RGBA" in aovs else ["beauty"]) + ["beauty" if a == "RGBA" else a for a in aovs])
    elif layer.renderer == "vray":
        found = naming.vray("", path, ext, pad, aovs, layer.separator, layer.merged, layer.save_rgb,
                            layer.separate_alpha, animation=anim)
        names = [n for n, _ in found if n in ("beauty", "Alpha")] + ([] if layer.merged else list(aovs))
    elif layer.renderer == "redshift":
        found = naming.redshift("", path, ext, pad, aovs, layer.merged, layer.apart, animation=anim)
        names = ["beauty"] + [a for a in aovs if not layer.merged or a in layer.apart]
    else:
        return naming.software("", path, ext, pad, anim)
    by_name = dict(found)
    return [(n, by_name[n]) for n in names if n in by_name] or found
