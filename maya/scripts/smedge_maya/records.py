"""The plain records collection returns (str, int, float, list, dict only; no Maya objects), and the
image-name logic over them."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Dict, List

__all__ = ["LayerRecord", "ReferenceRecord", "SceneRecord", "join", "resolve_images", "resolve_prefix"]

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
    images: Dict[str, str] = field(default_factory=dict)  # camera -> image path, frame as %0Nd
    unresolved: List[str] = field(default_factory=list)  # tokens of the prefix nothing resolves


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


def join(folder: str, path: str) -> str:
    path = path.replace("\\", "/")
    if os.path.isabs(path) or re.match(r"^[A-Za-z]:/", path):
        return path.rstrip("/")
    return (folder + "/" + path).rstrip("/") if folder else path


def resolve_prefix(prefix: str, scene: str, layer: str, camera: str, version: str = "") -> str:
    """``prefix`` with ``<Scene>``, ``<RenderLayer>``/``<Layer>``/``%l``, ``<Camera>``/``%c``, ``%s`` and
    ``<Version>`` replaced (a camera's namespace ``:`` becomes ``_``, as Maya names its files)."""
    values = {"<scene>": scene, "<renderlayer>": layer, "<layer>": layer, "<camera>": camera.replace(":", "_"),
              "%s": scene, "%l": layer, "%c": camera.replace(":", "_"), "<version>": version}
    return re.sub(r"<[^<>]+>|%[slc]", lambda m: values.get(m.group(0).lower(), m.group(0)), prefix)


def resolve_images(layer: LayerRecord, scene: str, images: str, several_layers: bool) -> None:
    """The prefix Maya uses for ``layer`` (a layer folder when several layers render, a camera folder
    when several cameras do, unless the prefix already names them) and each camera's image path. A
    complete file name with a frame token (RenderMan's ``<f4>``, ``<ext>``, ``<aov>``) is used as it is."""
    frame_token = re.search(r"<f(\d+)>", layer.prefix, re.IGNORECASE)
    lowered = layer.prefix.lower()
    if not frame_token:
        if len(layer.cameras) > 1 and "<camera>" not in lowered and "%c" not in lowered:
            layer.prefix = "<Camera>/" + layer.prefix
        if several_layers and not any(t in lowered for t in ("<renderlayer>", "<layer>", "%l")):
            layer.prefix = "<Layer>/" + layer.prefix
    frame = f".%0{max(layer.padding, 1)}d" if layer.animation else ""
    for camera in layer.cameras or [""]:
        name = resolve_prefix(layer.prefix, scene, layer.name, camera, layer.version)
        if frame_token:
            name = re.sub(r"<f(\d+)>", lambda m: f"%0{int(m.group(1))}d", name, flags=re.IGNORECASE)
            name = re.sub(r"<ext>", layer.extension, name, flags=re.IGNORECASE)
            layer.images[camera] = join(images, re.sub(r"<aov>", "beauty", name, flags=re.IGNORECASE))
        else:
            layer.images[camera] = join(images, name) + frame + "." + layer.extension
    leftover = re.findall(r"<[^<>]+>", resolve_prefix(layer.prefix, scene, layer.name, "camera", layer.version))
    kept = {t.lower() for t in RENDER_TIME_TOKENS} | ({"<ext>", "<aov>"} if frame_token else set())
    layer.unresolved = sorted({t for t in leftover if t.lower() not in kept
                               and not (frame_token and re.match(r"^<f\d+>$", t, re.IGNORECASE))})
