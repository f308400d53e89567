"""One Blender work unit on a local engine: render frames ``start``-``end`` of a .blend with what can open it.

    python -m smedge_core.sandbox.blender_work EXECUTABLE FILE SCENE VIEW_LAYER START END

Candidates: the ``blender`` program (``EXECUTABLE``, found on PATH; its version from ``--version``) and
``bpy`` when it imports in this Python (its version from the installed distribution). The file's version
comes from its header (plain or gzip; a zstd-compressed file, Blender 3.0+'s option, has an unreadable
header before Python 3.14). The program renders when it is at least as new as the file, else ``bpy``;
for an unknown file version, the newest candidate. Neither installed: the stand-in, as for other products.
A file newer than every candidate fails with a message naming both versions (Blender 3.4 cannot open files
saved by 5.x). Standard library only; ``bpy`` is imported by the child process alone.
"""
import gzip
import importlib.util
import os
import re
import shutil
import subprocess
import sys

from .engines import _STAND_IN

#: Run by the bpy interpreter: open, choose the scene and view layer, render the frames.
BPY_RENDER = """import sys
import bpy
path, scene_name, view_layer, start, end = sys.argv[1:6]
bpy.ops.wm.open_mainfile(filepath=path)
scene = bpy.data.scenes[scene_name] if scene_name else bpy.context.scene
scene.frame_start, scene.frame_end = int(start), int(end)
if view_layer:
    for layer in scene.view_layers:
        layer.use = layer.name == view_layer
bpy.ops.render.render(animation=True, scene=scene.name)
"""
_HEADER = re.compile(rb"BLENDER(?:[-_][vV](\d)(\d\d)|\d\d-\d\d[vV](\d\d)(\d\d))")


def file_version(path):
    """``(major, minor)`` of the Blender that saved ``path``, None when the header cannot be read."""
    with open(path, "rb") as stream:
        head = stream.read(32)
    if head[:2] == b"\x1f\x8b":
        with gzip.open(path, "rb") as stream:
            head = stream.read(32)
    elif head[:4] == b"\x28\xb5\x2f\xfd":
        try:
            zstd = importlib.import_module("compression.zstd")  # Python 3.14+
        except ImportError:
            return None
        with zstd.open(path, "rb") as stream:
            head = stream.read(32)
    match = _HEADER.match(head)
    if not match:
        return None
    major, minor = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return int(major), int(minor)


def program_environment():
    """This environment without the ``OCIO`` colour configuration a ``bpy`` module sets for itself on import
    (inherited by a master started from a bpy session): an older blender aborts on a newer config."""
    env = dict(os.environ)
    if "bpy" in re.split(r"[\\/]", env.get("OCIO", "")):
        del env["OCIO"]
    return env


def program_version(program):
    """``(major, minor)`` that ``program --version`` prints, None when it says none."""
    try:
        out = subprocess.run([program, "--version"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=program_environment(), timeout=60).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"Blender (\d+)\.(\d+)", out)
    return (int(match.group(1)), int(match.group(2))) if match else None


def bpy_version():
    """``(major, minor)`` of the bpy this Python imports, None when it has none."""
    if importlib.util.find_spec("bpy") is None:
        return None
    try:
        from importlib.metadata import version  # 3.8+  # novermin
    except ImportError:
        return (0, 0)
    match = re.match(r"(\d+)\.(\d+)", version("bpy"))
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def choose(executable, path, scene, view_layer, start, end):
    """The argv that renders the frames, and why it was chosen; SystemExit when nothing can."""
    wanted = file_version(path)
    candidates = []
    program = shutil.which(executable or "blender")
    if program:
        argv = [program, "-b", path] + (["-S", scene] if scene else [])
        if view_layer:
            argv += ["--python-expr", "import bpy\nfor layer in bpy.context.scene.view_layers:\n"
                     f"    layer.use = layer.name == {view_layer!r}"]
        candidates.append((program_version(program), program, [*argv, "-s", start, "-e", end, "-a"]))
    module = bpy_version()
    if module is not None:
        candidates.append((module, "bpy in " + sys.executable,
                           [sys.executable, "-c", BPY_RENDER, path, scene, view_layer, start, end]))
    if not candidates:
        return [sys.executable, "-c", _STAND_IN, "Blender", start, end, path], "no blender program, no bpy: stand-in"
    able = [c for c in candidates if wanted is None or (c[0] or (0, 0)) >= wanted]
    if not able:
        raise SystemExit("{} was saved by Blender {}.{}, newer than {}: install a newer blender or bpy".format(
            path, wanted[0], wanted[1], ", ".join(f"{c[1]} ({_text(c[0])})" for c in candidates)))
    chosen = able[0] if wanted is not None else max(able, key=lambda c: c[0] or (0, 0))
    return chosen[2], f"{chosen[1]} (Blender {_text(chosen[0])}) for a file of Blender {_text(wanted)}"


def _text(version):
    return "{}.{}".format(*version) if version else "unknown"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 6:
        raise SystemExit("usage: python -m smedge_core.sandbox.blender_work EXECUTABLE FILE SCENE VIEW_LAYER START END")
    command, why = choose(*argv)
    print(f"Blender work: {why}", flush=True)
    os.execve(command[0], command, program_environment() if command[0] != sys.executable else dict(os.environ))


if __name__ == "__main__":
    main()
