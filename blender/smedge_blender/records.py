"""The plain records collection returns (str, int, list, dict only; no bpy objects), and Blender's file
name rules over them: :func:`frame_path` (the render output), :func:`file_output_paths` (a compositor
File Output node's files) and :func:`camera_at` (the camera a frame renders through, markers included).
Each rule is checked against real Blender in ``tests/blender``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

__all__ = ["BlendRecord", "FileOutputRecord", "InputRecord", "LibraryRecord", "SceneRecord", "camera_at",
           "file_output_names", "file_output_paths", "frame_path", "output_patterns", "scene_frames", "scene_outputs",
           "sequence_pattern", "with_extension"]


@dataclass
class FileOutputRecord:
    """A compositor File Output node: ``directory`` (absolute), ``file_name`` (Blender 5; ``""`` in 4.x,
    where each item's name is its own path), the items' names, the extension, and whether it writes one
    multilayer file per frame."""

    node: str
    directory: str
    file_name: str
    items: List[str]
    extension: str  # ".png", "" when use_file_extension is off
    multilayer: bool
    layout: int = 5  # 5: Blender 5's directory/file_name/items; 4: base_path and file slots (2.8 to 4.x)


@dataclass
class SceneRecord:
    """One scene that renders, as ``blender -b file -S <name>`` renders it."""

    name: str
    start: int
    end: int
    step: int
    fps: float
    engine: str
    filepath: str  # render.filepath made absolute, ``#`` runs kept
    extension: str  # the output format's extension (".png"), "" when use_file_extension is off
    movie: bool  # the output is a movie file (FFmpeg): one file per job, not per frame
    camera: str  # the scene camera, "" when none
    #: (frame, camera) of the markers bound to a camera that renders
    markers: List[Tuple[int, str]] = field(default_factory=list)
    view_layers: List[str] = field(default_factory=list)  # the layers with ``use`` on
    compositing: bool = False  # the compositor runs at render time
    file_outputs: List[FileOutputRecord] = field(default_factory=list)
    reads: List[str] = field(default_factory=list)  # image sequences its compositor reads (absolute, ``#`` runs)


@dataclass
class LibraryRecord:
    name: str
    path: str  # made absolute
    exists: bool


@dataclass
class InputRecord:
    """A file the render reads: the data-block (``Image "wood"``) and its path, made absolute, a sequence's
    frame digits as ``#`` and a tiled image's tile as ``<UDIM>``."""

    datablock: str
    path: str


@dataclass
class BlendRecord:
    path: str  # "" while the file has never been saved
    modified: bool
    active: str  # the window's scene
    scenes: List[SceneRecord] = field(default_factory=list)  # every scene (jobs choose among them)
    libraries: List[LibraryRecord] = field(default_factory=list)
    inputs: List[InputRecord] = field(default_factory=list)  # images, caches, sounds, clips, volumes (not packed)
    saved_by: Tuple[int, int] = (0, 0)  # the Blender version that saved the file
    read_by: Tuple[int, int] = (0, 0)  # the Blender version that collected it

    def scene(self, name: str) -> Optional[SceneRecord]:
        return next((s for s in self.scenes if s.name == name), None)


def scene_frames(scene: SceneRecord) -> List[int]:
    """The frames a scene renders: start to end by step (Blender renders ``start`` alone when end < start)."""
    return list(range(scene.start, max(scene.end, scene.start) + 1, max(1, scene.step)))


_HASHES = re.compile(r"#+")


def _with_frame(path: str, frame: int) -> str:
    """Blender's frame rule: the last run of ``#`` in the file name becomes the frame, zero-padded to its
    length; with no ``#``, the frame follows, padded to 4 digits."""
    head, _, name = path.rpartition("/")
    runs = list(_HASHES.finditer(name))
    if not runs:
        name = f"{name}{frame:04d}"
    else:
        last = runs[-1]
        name = "{}{:0{}d}{}".format(name[:last.start()], frame, len(last.group(0)), name[last.end():])
    return head + "/" + name if head or path.startswith("/") else name


#: Extensions Blender knows as image files: one at the end of a name is replaced by the format's own.
IMAGE_EXTENSIONS = (".png", ".tga", ".bmp", ".jpg", ".jpeg", ".sgi", ".rgb", ".rgba", ".tif", ".tiff", ".tx",
                    ".jp2", ".j2c", ".hdr", ".dds", ".dpx", ".cin", ".exr", ".psd", ".pdd", ".psb", ".webp")
#: A format's other spellings of its extension, kept as written.
_SAME = {".jpg": (".jpeg",), ".tif": (".tiff",), ".jp2": (".j2c",), ".rgb": (".sgi", ".rgba")}


def with_extension(path: str, extension: str) -> str:
    """Blender's rule for a file name and its format's extension: an image extension already there is
    kept when it is the format's (any case, any spelling), replaced when not; otherwise it is appended."""
    if not extension:
        return path
    stem, dot, ext = path.rpartition(".")
    ext = "." + ext.lower() if dot and "/" not in ext else ""
    if ext in IMAGE_EXTENSIONS:
        return path if ext in (extension, *_SAME.get(extension, ())) else stem + extension
    return path + extension


def frame_path(pattern: str, frame: int, extension: str) -> str:
    """The file Blender writes for ``frame`` of a render output ``pattern`` (``render.frame_path()``)."""
    return with_extension(_with_frame(pattern, frame), extension)


def file_output_names(node: FileOutputRecord) -> List[str]:
    """The ``#`` patterns (no extension) of the files a File Output node writes: one multilayer file, or
    one per item (Blender 5: ``directory/file_name + item``; 4.x: ``base_path/item``, multilayer
    ``base_path`` itself)."""
    folder = node.directory.rstrip("/")
    if node.layout == 4:  # a multilayer base_path is the file name itself ("ml/" a folder, "ml/x_" a prefix)
        return [node.directory] if node.multilayer else [folder + "/" + item for item in node.items]
    if node.multilayer:
        return [folder + "/" + node.file_name]
    return [folder + "/" + node.file_name + item for item in node.items]


def file_output_paths(node: FileOutputRecord, frame: int) -> List[str]:
    """The files a File Output node writes for ``frame``."""
    return [frame_path(name, frame, node.extension) for name in file_output_names(node)]


def output_patterns(scene: SceneRecord) -> List[str]:
    """The image sequences a scene's render writes, as printf patterns (``/r/beauty_%04d.png``): the
    render output (unless a movie) and, when the compositor runs, its File Output nodes' files."""
    patterns = [] if scene.movie else [with_extension(sequence_pattern(scene.filepath), scene.extension)]
    if scene.compositing:
        patterns.extend(with_extension(sequence_pattern(name), node.extension)
                        for node in scene.file_outputs for name in file_output_names(node))
    return patterns


def scene_outputs(scene: SceneRecord, frame: int) -> List[str]:
    """Every file a scene's render writes for ``frame`` (the files of :func:`output_patterns`)."""
    files = [] if scene.movie else [frame_path(scene.filepath, frame, scene.extension)]
    if scene.compositing:
        files.extend(path for node in scene.file_outputs for path in file_output_paths(node, frame))
    return files


def sequence_pattern(path_of: str) -> str:
    """A printf pattern (``%04d``) of a ``#`` pattern's last run, for tools that read sequences (FFmpeg)."""
    head, _, name = path_of.rpartition("/")
    runs = list(_HASHES.finditer(name))
    if not runs:
        name += "%04d"
    else:
        last = runs[-1]
        name = name[:last.start()] + f"%0{len(last.group(0))}d" + name[last.end():]
    return head + "/" + name if head else name


def camera_at(scene: SceneRecord, frame: int) -> str:
    """The camera ``frame`` renders through: the marker at or before it bound to a camera, else the
    earliest such marker, else the scene camera (Blender's ``BKE_scene_camera_switch_find``)."""
    before = [(f, c) for f, c in scene.markers if f <= frame]
    if before:
        return max(before, key=lambda m: m[0])[1]
    if scene.markers:
        return min(scene.markers, key=lambda m: m[0])[1]
    return scene.camera
