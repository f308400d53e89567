"""Renderers' file naming, host-independent: frame tokens to one printf form, and per renderer the files
each AOV / render element / image plane / view writes.

Every path returned carries the frame as printf ``%0Nd`` (``%d`` unpadded), the form Smedge's
``ImageFormat`` takes (the reference's encode example). The rules come from documentation and from other
submitters' code, not from real renders here; ``docs/outputs.md`` says which per rule.
"""
from __future__ import annotations

import posixpath
import re
from typing import List, Match, Optional, Sequence, Tuple

__all__ = ["FRAME_TOKEN", "arnold", "blender", "frame_pattern", "houdini", "maya_tokens", "nuke", "padded",
           "redshift", "renderman", "software", "token_padding", "vray"]

#: A frame token in any of the forms the hosts write: printf ``%04d``/``%d`` (Nuke, Maya records), hashes
#: ``####`` (Nuke, Blender), ``$F4``/``${F4}``/``$F`` (Houdini), ``<f4>``/``<f>`` (RenderMan). Group
#: ``pad`` (or ``hashes``) gives the padding; none of them: unpadded.
FRAME_TOKEN = re.compile(r"%(?P<printf>0?\d*)d|(?P<hashes>#+)|\$\{F(?P<braced>\d*)\}|\$F(?P<houdini>\d*)(?![A-Za-z_])"
                         r"|<f(?P<rman>\d*)>", re.IGNORECASE)
_PASS_TOKEN = re.compile(r"<(?:RenderPass|Aov)>", re.IGNORECASE)


def padded(padding: int) -> str:
    """The printf frame token for ``padding`` digits (``%d`` for 0 or 1)."""
    return f"%0{padding}d" if padding > 1 else "%d"


def token_padding(match: Match[str]) -> int:
    """The padding of a :data:`FRAME_TOKEN` match (0: unpadded)."""
    if match.group("hashes"):
        return len(match.group("hashes"))
    digits = next((g for g in match.group("printf", "braced", "houdini", "rman") if g), "")
    return int(digits) if digits.strip("0") else 0


def frame_pattern(path: str) -> str:
    """``path`` with its frame tokens in printf form: ``shot.####.exr``, ``shot.$F4.exr`` and
    ``shot.<f4>.exr`` all become ``shot.%04d.exr``; ``$F`` becomes ``%d``."""
    return FRAME_TOKEN.sub(lambda m: padded(token_padding(m)), path)


def _image(folder: str, name: str, padding: int, extension: str, animation: bool) -> str:
    frame = "." + padded(padding) if animation else ""
    path = posixpath.join(folder, name) if folder else name
    return path + frame + ("." + extension if extension else "")


def _by_name(outputs: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    return list(dict(outputs).items())


def maya_tokens(prefix: str, scene: str, layer: str, camera: str, version: str = "", extension: str = "") -> str:
    """A Maya image file prefix with the tokens Maya fills itself: ``<Scene>``, ``<RenderLayer>``/``<Layer>``,
    ``<Camera>`` (a namespace's ``:`` as ``_``), ``<Version>``, ``<Extension>`` and the old ``%s``/``%l``/``%c``;
    the renderer's own (``<RenderPass>``, ``<Aov>``) are kept for the functions below. Source: Autodesk
    Maya Help, ``renderSettings`` command ("Basic tokens (Scene, Layer, RenderLayer, Camera, Version,
    Extension) will be automatically expanded")."""
    values = {"<scene>": scene, "<renderlayer>": layer, "<layer>": layer, "<camera>": camera.replace(":", "_"),
              "<version>": version, "%s": scene, "%l": layer, "%c": camera.replace(":", "_")}
    if extension:
        values["<extension>"] = extension
    return re.sub(r"<[^<>]+>|%[slc]", lambda m: values.get(m.group(0).lower(), m.group(0)), prefix)


def software(folder: str, prefix: str, extension: str, padding: int, animation: bool = True
             ) -> List[Tuple[str, str]]:
    """Maya Software / Hardware 2.0: one image, ``<folder>/<prefix>.<frame>.<ext>`` (Maya's ``name.#.ext``
    with ``defaultRenderGlobals.extensionPadding``); ``prefix`` with Maya's tokens already resolved.
    Source: Autodesk Maya Help, Render Settings: File Output (frame/animation ext, frame padding)."""
    return [("beauty", _image(folder, prefix, padding, extension, animation))]


def arnold(folder: str, prefix: str, extension: str, padding: int, aovs: Sequence[str], merge: bool = False,
           animation: bool = True) -> List[Tuple[str, str]]:
    """Arnold for Maya (MtoA): with AOVs and Merge AOVs off, a prefix without ``<RenderPass>`` gets
    ``<RenderPass>/`` in front; ``<RenderPass>`` is each AOV's name, ``RGBA`` written as ``beauty``; the
    beauty is written unless an ``RGBA`` AOV is. Merged (multi-channel EXR): the beauty file only.
    Source: AYON/OpenPype ``lib_renderproducts.RenderProductsArnold`` (after MtoA's ``utils.getFileName``)."""
    if merge or not aovs:
        return [("beauty", _image(folder, _PASS_TOKEN.sub("beauty", prefix), padding, extension, animation))]
    if not _PASS_TOKEN.search(prefix):
        prefix = "<RenderPass>/" + prefix
    names = ["beauty" if aov == "RGBA" else aov for aov in aovs]
    if "RGBA" not in aovs:
        names.insert(0, "beauty")
    return _by_name([(name, _image(folder, _PASS_TOKEN.sub(name, prefix), padding, extension, animation))
                     for name in names])


def vray(folder: str, prefix: str, extension: str, padding: int, elements: Sequence[str], separator: str = ".",
         multichannel: bool = False, save_rgb: bool = True, separate_alpha: bool = False, animation: bool = True
         ) -> List[Tuple[str, str]]:
    """V-Ray for Maya: the beauty ``<prefix>.<frame>.<ext>`` (unless "Don't save RGB"), ``Alpha`` when saved
    apart, each render element ``<prefix><separator><element>.<frame>.<ext>``; ``padding`` is
    ``vraySettings.fileNamePadding``, ``separator`` ``vraySettings.fileNameRenderElementSeparator``.
    ``exr (multichannel)``: the elements go into the beauty file. Source: AYON/OpenPype
    ``lib_renderproducts.RenderProductsVray`` (after V-Ray's ``vrayAddRenderElementImpl``)."""
    names = (["beauty"] if save_rgb else []) + (["Alpha"] if separate_alpha else [])
    names += [] if multichannel else list(elements)
    return _by_name([(name, _image(folder, prefix if name == "beauty" else prefix + separator + name, padding,
                                   extension, animation)) for name in names])


def redshift(folder: str, prefix: str, extension: str, padding: int, aovs: Sequence[str], multilayer: bool = False,
             apart: Sequence[str] = ("Cryptomatte",), animation: bool = True) -> List[Tuple[str, str]]:
    """Redshift for Maya: the beauty is the prefix without its ``<RenderPass>``/``<Aov>`` token (and the
    separator before it); each AOV puts its name in that token, or ``.<name>`` after a prefix without one.
    With "Force multi-layer EXR" only the AOVs in ``apart`` (Cryptomatte) get files of their own.
    Source: AYON/OpenPype ``lib_renderproducts.RenderProductsRedshift``; the image prefix is
    ``defaultRenderGlobals.imageFilePrefix``."""
    token = _PASS_TOKEN.search(prefix)
    beauty = re.sub(r"[._-]?" + _PASS_TOKEN.pattern, "", prefix, flags=re.IGNORECASE) if token else prefix
    outputs = [("beauty", _image(folder, beauty, padding, extension, animation))]
    for aov in aovs:
        if multilayer and aov not in apart:
            continue
        name = _PASS_TOKEN.sub(aov, prefix) if token else prefix + "." + aov
        outputs.append((aov, _image(folder, name, padding, extension, animation)))
    return _by_name(outputs)


def renderman(folder: str, pattern: str, displays: Sequence[str], extension: str = "exr"
              ) -> List[Tuple[str, str]]:
    """RenderMan for Maya: ``rmanGlobals.imageFileFormat`` (``<aov>``, ``<f4>``, ``<ext>`` tokens; Maya's
    tokens already resolved) per display; ``rmanDefaultDisplay`` is ``beauty``. Source: RenderMan for
    Maya docs, Output: "Image File Format" tokens; AYON/OpenPype ``RenderProductsRenderman``."""
    names = ["beauty" if display == "rmanDefaultDisplay" else display for display in displays]
    out = []
    for name in names:
        path = re.sub(r"<aov>", name, pattern, flags=re.IGNORECASE)
        path = re.sub(r"<ext>", extension, path, flags=re.IGNORECASE)
        out.append((name, frame_pattern(posixpath.join(folder, path) if folder else path)))
    return _by_name(out)


def houdini(picture: str, planes: Sequence[Tuple[str, Optional[str]]] = ()) -> List[Tuple[str, str]]:
    """A Houdini ROP: the main image (Mantra ``vm_picture``, Karma ``picture``, Redshift
    ``RS_outputFileNamePrefix``, Arnold ``ar_picture``, a geometry/USD ROP's output file) unexpanded, and
    each extra image plane ``(name, file)`` with its own file (Mantra ``vm_usefile_plane#`` on:
    ``vm_filename_plane#``); a plane whose file is None or "" is written into the main image.
    ``$F4``/``${F4}`` give the padding, ``$F`` none. Source: SideFX Houdini docs, Mantra render node
    (Images > Extra Image Planes) and Expression variables ($F, $FF)."""
    out = [("main", frame_pattern(picture))]
    out += [(name, frame_pattern(path)) for name, path in planes if path]
    return _by_name(out)


def nuke(file: str, views: Sequence[str] = ()) -> List[Tuple[str, str]]:
    """A Nuke Write's ``file``: ``####`` and ``%04d`` frames; ``%V`` is each view's name and ``%v`` its
    first letter, one file per view; without either, all views go into one file (multi-view EXR) named
    ``main``. Source: Foundry Nuke docs, Write node (file name with ``#``/``%04d``; ``%V``/``%v``
    stereo views)."""
    pattern = frame_pattern(file)
    if not views or not re.search(r"%[Vv]", pattern):
        return [("main", pattern)]
    return _by_name([(view, pattern.replace("%V", view).replace("%v", view[:1])) for view in views])


def blender(path: str, extension: str, use_extension: bool = True) -> List[Tuple[str, str]]:
    """Blender's output path: ``#`` characters are the frame, padded to their count; a path without
    ``#`` gets the frame appended with 4 digits; "File Extensions" adds the format's extension.
    Source: Blender Manual, Render > Output > Output properties ("Output Path")."""
    pattern = frame_pattern(path) if "#" in path else path + padded(4)
    return [("main", pattern + ("." + extension if use_extension and extension else ""))]
