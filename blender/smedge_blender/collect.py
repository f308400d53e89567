"""Reading the open .blend into records: the one module, besides the panel and operators, that calls bpy.
The file's path, modified state and save, and the text block that keeps the sticky settings, too.

Paths are made absolute (``//`` is the .blend's folder) and the path templates Blender 4.5+ fills at
render time (``{blend_name}``, ``{scene_name}``, ...) are filled in the same way. Both compositor
layouts are read: Blender 5's ``scene.compositing_node_group`` with File Output nodes' ``directory``,
``file_name`` and ``file_output_items``, and 2.8 to 4.x's ``scene.node_tree`` with ``base_path`` and
file slots.
"""
from __future__ import annotations

import os
import re
from typing import Any, Dict, List, Optional

import bpy

from .records import BlendRecord, FileOutputRecord, InputRecord, LibraryRecord, SceneRecord

__all__ = ["EXTENSIONS", "SETTINGS_TEXT", "collect_blend", "is_modified", "save", "scene_path", "settings_text",
           "store_settings_text"]

#: The extension Blender gives each still-image file format.
EXTENSIONS = {"PNG": ".png", "JPEG": ".jpg", "OPEN_EXR": ".exr", "OPEN_EXR_MULTILAYER": ".exr", "TIFF": ".tif",
              "BMP": ".bmp", "TARGA": ".tga", "TARGA_RAW": ".tga", "IRIS": ".rgb", "JPEG2000": ".jp2",
              "HDR": ".hdr", "DPX": ".dpx", "CINEON": ".cin", "WEBP": ".webp"}
_TEMPLATE = re.compile(r"\{(\w+)\}")
#: The text data-block that keeps the sticky submit settings (JSON; visible in the Text Editor).
SETTINGS_TEXT = "smedge_submit_settings.json"


def scene_path() -> str:
    """The open file's path, "" while it was never saved."""
    return bpy.data.filepath


def is_modified() -> bool:
    """Whether the open file has changes not saved yet."""
    return bool(bpy.data.is_dirty)


def settings_text() -> str:
    """The text of :data:`SETTINGS_TEXT`, "" when the file has none."""
    text = bpy.data.texts.get(SETTINGS_TEXT)
    return text.as_string() if text is not None else ""


def store_settings_text(content: str) -> None:
    """Keep ``content`` in :data:`SETTINGS_TEXT` (made when missing); the same text again leaves the file
    unmodified."""
    text = bpy.data.texts.get(SETTINGS_TEXT) or bpy.data.texts.new(SETTINGS_TEXT)
    if text.as_string() != content:
        text.from_string(content)


def save() -> str:
    """Save the open file under its path; RuntimeError when it was never saved."""
    if not bpy.data.filepath:
        raise RuntimeError("the file has never been saved: save it under a name first (File > Save As)")
    bpy.ops.wm.save_mainfile()
    return bpy.data.filepath


def collect_blend() -> BlendRecord:
    """Every scene of the open file (not linked ones), its libraries, and the window's scene."""
    window = getattr(bpy.context, "window", None)
    active = (window.scene if window is not None else bpy.context.scene).name
    return BlendRecord(path=bpy.data.filepath, modified=bpy.data.is_dirty, active=active,
                       scenes=[_scene(scene) for scene in bpy.data.scenes if scene.library is None],
                       libraries=[_library(library) for library in bpy.data.libraries], inputs=_inputs(),
                       saved_by=tuple(bpy.data.version[:2]), read_by=tuple(bpy.app.version[:2]))


def _library(library: Any) -> LibraryRecord:
    path = os.path.normpath(bpy.path.abspath(library.filepath))
    return LibraryRecord(library.name, path, os.path.exists(path))


def _inputs() -> List[InputRecord]:
    """The files the render reads, packed ones left out: images with a file source (a sequence as ``#``, a
    tiled image's tile as ``<UDIM>``), Alembic/USD caches (``CacheFile``, used by MeshSequenceCache),
    sounds, movie clips and OpenVDB volumes."""
    found = []
    for image in bpy.data.images:
        if image.source in ("FILE", "SEQUENCE", "MOVIE", "TILED") and image.filepath and not image.packed_file:
            path = _absolute(image)
            if image.source == "SEQUENCE":
                path = _as_pattern(path)
            elif image.source == "TILED" and not re.search(r"<UDIM>|<UVTILE>", path, re.IGNORECASE):
                path = re.sub(r"\d{4}(?=[^/\d]*$)", "<UDIM>", path)
            found.append(InputRecord(f"Image {image.name!r}", path))
    for cache in (cache for cache in bpy.data.cache_files if cache.filepath):
        path = _absolute(cache)
        found.append(InputRecord(f"Cache {cache.name!r}", _as_pattern(path) if cache.is_sequence else path))
    for sound in bpy.data.sounds:
        if sound.filepath and not sound.packed_file:
            found.append(InputRecord(f"Sound {sound.name!r}", _absolute(sound)))
    for clip in (clip for clip in bpy.data.movieclips if clip.filepath):
        path = _absolute(clip)
        found.append(InputRecord(f"Movie clip {clip.name!r}", _as_pattern(path) if clip.source == "SEQUENCE" else path))
    for volume in bpy.data.volumes:
        if volume.filepath and not volume.packed_file:
            path = _absolute(volume)
            found.append(InputRecord(f"Volume {volume.name!r}", _as_pattern(path) if volume.is_sequence else path))
    return found


def _absolute(datablock: Any) -> str:
    """A data-block's ``filepath`` made absolute (``//`` the folder of the file it is stored in)."""
    return os.path.normpath(bpy.path.abspath(datablock.filepath, library=datablock.library)).replace("\\", "/")


def _fill(path: str, values: Dict[str, str]) -> str:
    """``path`` absolute, with the templates Blender fills at render time filled (others kept)."""
    path = _TEMPLATE.sub(lambda m: values.get(m.group(1), m.group(0)), path)
    return bpy.path.abspath(path).replace("\\", "/")


def _scene(scene: Any) -> SceneRecord:
    render = scene.render
    blend = bpy.data.filepath
    values = {"blend_name": os.path.splitext(os.path.basename(blend))[0] if blend else "Unsaved",
              "blend_dir": os.path.dirname(blend), "scene_name": scene.name,
              "camera_name": scene.camera.name if scene.camera else "",
              "resolution_x": str(int(render.resolution_x * render.resolution_percentage / 100)),
              "resolution_y": str(int(render.resolution_y * render.resolution_percentage / 100))}
    tree = _compositor(scene)
    record = SceneRecord(
        name=scene.name, start=scene.frame_start, end=scene.frame_end, step=scene.frame_step,
        fps=render.fps / render.fps_base, engine=render.engine, filepath=_fill(render.filepath, values),
        extension=_extension(render.image_settings.file_format, render.use_file_extension),
        movie=bool(render.is_movie_format), camera=values["camera_name"],
        markers=[(m.frame, m.camera.name) for m in scene.timeline_markers
                 if m.camera is not None and not m.camera.hide_render],
        view_layers=[layer.name for layer in scene.view_layers if layer.use],
        compositing=bool(tree is not None and render.use_compositing))
    if tree is not None:
        for node in tree.nodes:
            if node.mute:
                continue
            if node.bl_idname == "CompositorNodeOutputFile":
                record.file_outputs.append(_file_output(node, dict(values, node_name=node.name), render))
            elif node.bl_idname == "CompositorNodeImage" and node.image is not None and node.image.source == "SEQUENCE":
                record.reads.append(_as_pattern(bpy.path.abspath(node.image.filepath, library=node.image.library)))
    return record


def _compositor(scene: Any) -> Optional[Any]:
    """The scene's compositing node tree, in either layout, or None when it has none."""
    if hasattr(scene, "compositing_node_group"):  # Blender 5
        return scene.compositing_node_group
    return scene.node_tree if getattr(scene, "use_nodes", False) else None


def _extension(file_format: str, use_extension: bool) -> str:
    return EXTENSIONS.get(file_format, "") if use_extension else ""


def _file_output(node: Any, values: Dict[str, str], render: Any) -> FileOutputRecord:
    use_extension = getattr(node, "use_file_extension", render.use_file_extension)
    extension = _extension(node.format.file_format, use_extension)
    multilayer = node.format.file_format == "OPEN_EXR_MULTILAYER"
    if hasattr(node, "file_output_items"):  # Blender 5
        items = [item.name for item, socket in zip(node.file_output_items, node.inputs) if socket.is_linked]
        return FileOutputRecord(node.name, _fill(node.directory, values), _TEMPLATE.sub(
            lambda m: values.get(m.group(1), m.group(0)), node.file_name), items, extension, multilayer)
    slots = node.layer_slots if multilayer else node.file_slots
    items = [slot.name if multilayer else slot.path for slot, socket in zip(slots, node.inputs) if socket.is_linked]
    return FileOutputRecord(node.name, _fill(node.base_path, values), "", items, extension, multilayer, layout=4)


def _as_pattern(path: str) -> str:
    """A sequence's file path with the frame digits of its file name (the last digit run) as ``#``."""
    folder, _, name = path.replace("\\", "/").rpartition("/")
    runs = list(re.finditer(r"\d+", name))
    if runs:
        last = runs[-1]
        name = name[:last.start()] + "#" * len(last.group(0)) + name[last.end():]
    return folder + "/" + name if folder else name
