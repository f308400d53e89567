"""Read the open Maya scene into plain records: the only module of the package that reads it through ``maya.cmds``.

Each render layer that renders is made current in turn (``editRenderLayerGlobals``), so every value is
read as that layer sees it, with its Render Setup overrides or legacy adjustments applied by Maya
itself; the layer that was current is made current again afterwards, also when reading fails, the
switches are one undo chunk and the scene's modified state is put back as it was. The image name and
format are read where the renderer keeps them (``outputs.OUTPUTS``). Layers
that are not renderable, come from a referenced file, or belong to another ``renderLayerManager`` (a
scene imported with its layers) are left out.
"""
from __future__ import annotations

import logging
import os
import posixpath
import re
from typing import Any, Dict, List, Optional

from maya import cmds, mel

from .outputs import AOV_NODES, INPUTS, MAYA_FORMATS, Output, output_of
from .records import InputRecord, LayerRecord, ReadProblem, ReferenceRecord, SceneRecord, join, resolve_images

__all__ = ["SETTINGS_NODE", "collect_scene", "display_name", "save_scene", "scene_modified", "scene_path",
           "settings_text", "store_settings_text"]

_log = logging.getLogger(__name__)

MASTER_LAYER = "defaultRenderLayer"
#: The ``network`` node, and its string attribute of the same name, keeping the submit settings.
SETTINGS_NODE = "smedgeSubmitSettings"
_SETTINGS_PLUG = SETTINGS_NODE + "." + SETTINGS_NODE


def scene_path() -> str:
    """The scene's full path, "" while it has never been saved."""
    return _text(cmds.file(query=True, sceneName=True)).replace("\\", "/")


def scene_modified() -> bool:
    return bool(cmds.file(query=True, modified=True))


def save_scene() -> str:
    """Save the scene under its name; RuntimeError when it has none."""
    if not scene_path():
        raise RuntimeError("The scene has never been saved: save it under a name first (File > Save Scene As)")
    return _text(cmds.file(save=True, force=True))


def settings_text() -> str:
    """The stored settings text ("" when the scene keeps none)."""
    return _text(cmds.getAttr(_SETTINGS_PLUG)) if cmds.objExists(_SETTINGS_PLUG) else ""


def store_settings_text(text: str) -> None:
    """Store ``text`` on the settings node (made when missing); the same text again leaves the scene
    unmodified. ValueError when it cannot be stored (a locked or referenced node)."""
    try:
        if not cmds.objExists(SETTINGS_NODE):
            cmds.createNode("network", name=SETTINGS_NODE, skipSelect=True)
        if not cmds.objExists(_SETTINGS_PLUG):
            cmds.addAttr(SETTINGS_NODE, longName=SETTINGS_NODE, dataType="string")
        if cmds.getAttr(_SETTINGS_PLUG) != text:
            cmds.setAttr(_SETTINGS_PLUG, text, type="string")
    except RuntimeError as err:
        raise ValueError(f"cannot store the submit settings on {SETTINGS_NODE}: {err}") from err


def collect_scene() -> SceneRecord:
    """The open scene as records (see the module docstring for what is read and how)."""
    project = _project()
    rule = _text(cmds.workspace(fileRuleEntry="images")) or "images"
    record = SceneRecord(path=scene_path(), modified=scene_modified(), project=project,
                         images=join(project, rule), fps=_fps(), references=_references())
    record.inputs = _inputs(project, record.problems)
    current = cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True)
    layers = _rendering_layers()
    cameras = {shape: (cmds.listRelatives(shape, parent=True) or [shape])[0] for shape in cmds.ls(type="camera") or []}
    # Switching layers is undoable and marks the scene modified: one undo chunk for all of it, which
    # ends where it started, and the modified state put back as it was.
    cmds.undoInfo(openChunk=True, chunkName="smedgeCollect")
    try:
        for node in layers:
            if node != cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True):
                cmds.editRenderLayerGlobals(currentRenderLayer=node)
            record.layers.append(_layer(node, cameras, project, record.problems))
    finally:
        try:
            if cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) != current:
                cmds.editRenderLayerGlobals(currentRenderLayer=current)
        finally:
            cmds.undoInfo(closeChunk=True)
            cmds.file(modified=record.modified)
    record.layers.sort(key=lambda layer: layer.name.lower())
    scene_name = os.path.splitext(os.path.basename(record.path))[0] or "untitled"
    for layer in record.layers:
        resolve_images(layer, scene_name, record.images, several_layers=len(record.layers) > 1)
    _log.debug("Collected %s: layers %s", record.path or "an unsaved scene",
               ", ".join(layer.name for layer in record.layers))
    return record


def _project() -> str:
    return _text(cmds.workspace(query=True, rootDirectory=True)).replace("\\", "/").rstrip("/")


def _text(value: object) -> str:
    """A query's string result. types-maya types several string queries (``file -q -sceneName``,
    ``workspace -q -rootDirectory``, ``referenceQuery -filename``) as bool or list; Maya returns str."""
    return value if isinstance(value, str) else ""


def _fps() -> float:
    unit = cmds.currentUnit(query=True, time=True)
    named = {"game": 15.0, "film": 24.0, "pal": 25.0, "ntsc": 30.0, "show": 48.0, "palf": 50.0, "ntscf": 60.0,
             "hour": 1 / 3600.0, "min": 1 / 60.0, "sec": 1.0, "millisec": 1000.0}
    if unit in named:
        return named[unit]
    match = re.match(r"^([\d.]+)(fps|df)$", unit or "")
    return float(match.group(1)) if match else 24.0


def _references() -> List[ReferenceRecord]:
    found = []
    for node in cmds.ls(type="reference") or []:
        if node.endswith("sharedReferenceNode") or node == "_UNKNOWN_REF_NODE_":
            continue
        try:
            path = _text(cmds.referenceQuery(node, filename=True, withoutCopyNumber=True))
            loaded = bool(cmds.referenceQuery(node, isLoaded=True))
        except RuntimeError:  # a reference node with no file behind it
            continue
        found.append(ReferenceRecord(node=node, path=path, loaded=loaded, exists=os.path.isfile(path)))
    return found


def _rendering_layers() -> List[str]:
    """The renderLayer nodes that render: renderable, the scene's own, under the scene's manager."""
    managers = [m for m in cmds.ls(type="renderLayerManager") or []
                if not cmds.referenceQuery(m, isNodeReferenced=True)]
    main = "renderLayerManager" if "renderLayerManager" in managers else (managers[0] if managers else None)
    layers = []
    for node in cmds.ls(type="renderLayer") or []:
        if cmds.referenceQuery(node, isNodeReferenced=True):
            continue
        managers_of_layer = cmds.listConnections(node, type="renderLayerManager") or []
        if (managers_of_layer[0] if managers_of_layer else None) != main:
            continue
        if cmds.getAttr(node + ".renderable"):
            layers.append(node)
    return layers


def display_name(node: str) -> str:
    if node == MASTER_LAYER:
        return "masterLayer"
    setup = cmds.listConnections(node + ".message", type="renderSetupLayer", destination=True, source=False)
    return setup[0] if setup else node


def _read(plug: str, problems: List[ReadProblem], default: Any = None, layer: str = "") -> Any:
    """``getAttr`` of ``plug``; a value Maya cannot give (RuntimeError, ValueError) is noted in ``problems``
    with the node, the attribute and Maya's reason, and ``default`` stands in, so the rest still collects."""
    try:
        return cmds.getAttr(plug)
    except (RuntimeError, ValueError) as err:
        node, _, attribute = plug.partition(".")
        problems.append(ReadProblem(node, attribute, str(err).strip() or type(err).__name__, layer))
        return default


def _layer(node: str, cameras: Dict[str, str], project: str, problems: List[ReadProblem]) -> LayerRecord:
    """The current layer's values; ``cameras`` maps each camera shape to its transform; what cannot be read
    goes to ``problems``."""
    name = display_name(node)
    globals_ = "defaultRenderGlobals."

    def read(plug: str, default: Any) -> Any:
        value = _read(plug, problems, default, name)
        return default if value is None and default is not None else value

    renderer = read(globals_ + "currentRenderer", "") or "mayaSoftware"
    animation = bool(read(globals_ + "animation", False))
    if animation:
        start, end = read(globals_ + "startFrame", 1.0), read(globals_ + "endFrame", 1.0)
        step = read(globals_ + "byFrameStep", 1.0)
    else:
        # types-maya 0.6.1 lacks currentTime's query flag, which Maya's command reference documents
        start = end = cmds.currentTime(query=True)  # type: ignore[call-arg]
        step = 1.0
    output = output_of(renderer)
    problem = ""
    if output.node and not cmds.objExists(output.node):
        problem = (f"the scene has no {output.node} node, where {renderer} keeps its image name and format: open "
                   f"Render Settings with {renderer} current once, then save")
        output = output_of("")
    prefix = _prefix(output, project)
    extension = _extension(output) if not problem else ""
    if extension is None:
        problem = (f"{renderer} is not loaded: its image format {cmds.getAttr(output.format)} cannot be named "
                   f"({output.format_proc} is missing)")
    renderable = {transform for shape, transform in cameras.items() if read(shape + ".renderable", False)}
    padding = read("vraySettings.fileNamePadding" if renderer == "vray" and not problem
                   else globals_ + "extensionPadding", 1)
    layer = LayerRecord(
        node=node, name=name, renderer=renderer, start=float(start), end=float(end),
        step=float(step), animation=animation, cameras=sorted(renderable), prefix=prefix or "<Scene>",
        prefix_set=bool(prefix), width=int(read("defaultResolution.width", 0)),
        height=int(read("defaultResolution.height", 0)), extension=extension or "",
        padding=int(padding), version=read(globals_ + "renderVersion", "") or "", output_problem=problem)
    if not problem:
        _aovs(layer, read)
    return layer


def _aovs(layer: LayerRecord, read: Any) -> None:
    """The renderer's enabled AOVs / render elements / displays and its switches for them, as AYON's
    ``lib_renderproducts`` reads them (referenced AOV nodes left out, as AYON does by default). A node
    whose switch cannot be read is left out; its problem is an error finding."""
    kind = AOV_NODES.get(layer.renderer)
    if kind is None:
        return
    if layer.renderer == "renderman":
        nodes = cmds.listConnections("rmanGlobals.displays", source=True, destination=False) or []
    else:
        nodes = [n for n in cmds.ls(type=kind) or [] if not cmds.referenceQuery(n, isNodeReferenced=True)]
    if layer.renderer == "arnold":
        layer.merged = bool(read("defaultArnoldDriver.mergeAOVs", False)) if cmds.objExists("defaultArnoldDriver") \
            else False
        if cmds.objExists("defaultArnoldRenderOptions") and not read("defaultArnoldRenderOptions.aovMode", 1):
            return
        names = [read(n + ".name", "") for n in nodes if read(n + ".enabled", False)]
    elif layer.renderer == "vray":
        layer.separator = read("vraySettings.fileNameRenderElementSeparator", ".") or ""
        layer.save_rgb = not read("vraySettings.dontSaveRgbChannel", False)
        layer.separate_alpha = bool(read("vraySettings.separateAlpha", False))
        layer.merged = read("vraySettings.imageFormatStr", "") == "exr (multichannel)"
        names = [_vray_name(n, read) for n in nodes if read(n + ".enabled", False)]
    elif layer.renderer == "redshift":
        layer.merged = bool(read("redshiftOptions.exrForceMultilayer", False))
        if not read("redshiftOptions.aovGlobalEnableMode", 1):
            return
        enabled = [n for n in nodes if read(n + ".enabled", False)]
        names = [read(n + ".name", "") for n in enabled]
        layer.apart = sorted({name for n, name in zip(enabled, names) if read(n + ".aovType", "") == "Cryptomatte"})
    else:
        names = [n for n in nodes if read(n + ".enable", False)]
    layer.aovs = [name for name in names if name]


def _vray_name(node: str, read: Any) -> str:
    """A V-Ray render element's file name part: its ``vray_explicit_name_*``, else ``vray_filename_*``, else
    ``vray_name_*`` attribute (AYON's order); "" when it has none."""
    for prefix in ("vray_explicit_name_", "vray_filename_", "vray_name_"):
        for attribute in cmds.listAttr(node, string=prefix + "*") or []:
            value = read(node + "." + attribute, "")
            if value:
                return str(value)
    return ""


def _inputs(project: str, problems: List[ReadProblem]) -> List[InputRecord]:
    """The files the scene's nodes read (``outputs.INPUTS``), relative paths under the project; a file
    texture's tile or frame numbers as the tokens it stands for (its ``computedFileTextureNamePattern``
    when tiled, ``#`` for the frame of an image sequence)."""
    found = []
    for kind, attribute in INPUTS:
        for node in cmds.ls(type=kind) or []:
            path = _text(_read(node + "." + attribute, problems))
            if kind == "file" and path:
                if _read(node + ".uvTilingMode", problems, 0):
                    path = _text(_read(node + ".computedFileTextureNamePattern", problems)) or path
                elif _read(node + ".useFrameExtension", problems, False):
                    path = re.sub(r"\d+(?=\.[^./\\]+$)", lambda m: "#" * len(m.group(0)), path)
            path = path.strip().replace("\\", "/")
            if path:
                if not (path.startswith("/") or re.match(r"^[A-Za-z]:/", path)):  # relative: ./tex, ../tex
                    path = posixpath.normpath(path)
                found.append(InputRecord(node, attribute, join(project, path)))
    return found


def _prefix(output: Output, project: str) -> str:
    """The image name with its tokens; a renderer's own folder (RenderMan's) in front, ``<ws>`` (the
    project) and its ``<version>``/``<take>`` filled."""
    prefix = cmds.getAttr(output.prefix) or ""
    if not output.folder:
        return prefix
    node = output.folder.split(".")[0]
    values = {"<ws>": project, "<version>": str(cmds.getAttr(node + ".version")),
              "<take>": str(cmds.getAttr(node + ".take"))}
    folder = cmds.getAttr(output.folder) or ""
    path = folder.rstrip("/") + "/" + prefix if folder else prefix
    return re.sub(r"<ws>|<version>|<take>", lambda m: values[m.group(0).lower()], path, flags=re.IGNORECASE)


def _extension(output: Output) -> Optional[str]:
    """The image file extension; None when the renderer that names it is not loaded."""
    if not output.format and not output.formats:  # Maya's own
        key = cmds.getAttr("defaultRenderGlobals.imfPluginKey")
        return key or MAYA_FORMATS.get(int(cmds.getAttr("defaultRenderGlobals.imageFormat")), "iff")
    value = cmds.getAttr(output.format) if output.format and cmds.objExists(output.format) else None
    if output.format_proc:
        if not mel.eval(f'exists "{output.format_proc}"'):
            return None
        return _text(mel.eval(f"{output.format_proc}({int(value or 0):d})"))
    return output.formats.get(value, value or output.formats.get(None, ""))
