"""The local master's Blender work (``smedge_core.sandbox.blender_work``): which program renders a file,
with what arguments, and the clear failure when none can open it. The program here is a stand-in script
that prints the version line ``blender --version`` prints; the headers are those Blender writes (3.4:
``BLENDER-v304``; 5.x: ``BLENDER17-01v0503``)."""
import gzip
import os
import shutil
import stat
import subprocess
import sys

import pytest

from smedge_core.sandbox import blender_work
from smedge_core.sandbox.blender_work import program_environment


def _program(folder, version):
    path = folder / "blender"
    path.write_text(f"#!/bin/sh\necho 'Blender {version}'\necho '  build date: 2026-01-01'\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


@pytest.mark.parametrize("header, version", [(b"BLENDER-v304REND", (3, 4)), (b"BLENDER_V279REND", (2, 79)),
                                             (b"BLENDER17-01v0503REN", (5, 3)), (b"not a blend file", None)])
def test_file_version_from_the_header(tmp_path, header, version):
    plain, packed = tmp_path / "plain.blend", tmp_path / "gzip.blend"
    plain.write_bytes(header + b"\0" * 64)
    with gzip.open(str(packed), "wb") as stream:
        stream.write(header + b"\0" * 64)
    assert blender_work.file_version(str(plain)) == blender_work.file_version(str(packed)) == version


def test_zstd_files_have_no_readable_version_before_python_314(tmp_path):
    path = tmp_path / "z.blend"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + b"\0" * 64)
    if sys.version_info < (3, 14):
        assert blender_work.file_version(str(path)) is None


def test_the_program_renders_a_file_it_can_open_with_scene_layer_and_frames(tmp_path, monkeypatch):
    monkeypatch.setattr(blender_work, "bpy_version", lambda: (5, 3))
    program = _program(tmp_path, "4.2.1 LTS")
    blend = tmp_path / "shot.blend"
    blend.write_bytes(b"BLENDER-v402" + b"\0" * 64)
    argv, why = blender_work.choose(program, str(blend), "Comp", "fg", "11", "20")
    assert argv[:5] == [program, "-b", str(blend), "-S", "Comp"] and argv[-5:] == ["-s", "11", "-e", "20", "-a"]
    assert argv[5] == "--python-expr" and "layer.use = layer.name == 'fg'" in argv[6]
    assert why == f"{program} (Blender 4.2) for a file of Blender 4.2"


def test_a_newer_file_goes_to_bpy_and_one_newer_than_both_fails_clearly(tmp_path, monkeypatch):
    program = _program(tmp_path, "3.4.1")
    blend = tmp_path / "shot.blend"
    blend.write_bytes(b"BLENDER17-01v0503" + b"\0" * 64)
    monkeypatch.setattr(blender_work, "bpy_version", lambda: (5, 3))
    argv, why = blender_work.choose(program, str(blend), "", "", "1", "2")
    assert argv[:2] == [sys.executable, "-c"] and argv[-5:] == [str(blend), "", "", "1", "2"]
    assert why.startswith("bpy in ")
    monkeypatch.setattr(blender_work, "bpy_version", lambda: (5, 1))
    with pytest.raises(SystemExit) as err:
        blender_work.choose(program, str(blend), "", "", "1", "2")
    assert str(err.value) == (f"{blend} was saved by Blender 5.3, newer than {program} (3.4), bpy in "
                              f"{sys.executable} (5.1): install a newer blender or bpy")


def test_neither_installed_runs_the_stand_in(tmp_path, monkeypatch):
    monkeypatch.setattr(blender_work, "bpy_version", lambda: None)
    blend = tmp_path / "shot.blend"
    blend.write_bytes(b"BLENDER-v304" + b"\0" * 64)
    argv, why = blender_work.choose(str(tmp_path / "no-such-blender"), str(blend), "", "", "1", "3")
    assert argv[:2] == [sys.executable, "-c"] and argv[3:] == ["Blender", "1", "3", str(blend)]
    assert why == "no blender program, no bpy: stand-in"


def test_a_bpy_ocio_setting_is_not_passed_to_the_program(monkeypatch):
    monkeypatch.setenv("OCIO", os.path.join("/venv", "site-packages", "bpy", "5.3", "datafiles", "config.ocio"))
    assert "OCIO" not in blender_work.program_environment()
    monkeypatch.setenv("OCIO", "/studio/aces/config.ocio")
    assert blender_work.program_environment()["OCIO"] == "/studio/aces/config.ocio"


_LAYERS_FILE = """import bpy, sys
sys.path.insert(0, {here!r})
from blend_scenes import new_file, tiny_scene
new_file(bpy)
scene = tiny_scene(bpy, "Scene", start=1, end=1, output="//r/{{name}}_####")
cube = next(o for o in scene.collection.objects if o.type == "MESH")
props = bpy.data.collections.new("props")
scene.collection.children.link(props)
scene.collection.objects.unlink(cube)
props.objects.link(cube)
scene.view_layers[0].name = "fg"
scene.view_layers.new("bg").layer_collection.children["props"].exclude = True
bpy.ops.wm.save_as_mainfile(filepath={path!r})
"""
_SPREAD = """import bpy
pixels = bpy.data.images.load({path!r}).pixels[:]
print("SPREAD", max(pixels[0::4]) - min(pixels[0::4]))
"""


@pytest.mark.skipif(shutil.which("blender") is None, reason="no blender program on PATH")
def test_the_program_renders_one_view_layer_alone(tmp_path):
    """The program route with a view layer, in a real render by the ``blender`` program (a file it saved)."""
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    env = program_environment()
    path = str(tmp_path / "layers.blend")
    blender = ["blender", "-b", "--factory-startup", "--python-expr"]
    subprocess.run([*blender, _LAYERS_FILE.format(here=here, path=path)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    spreads = {}
    for layer in ("fg", "bg"):
        work = [sys.executable, "-m", "smedge_core.sandbox.blender_work", "blender", path, "Scene", layer, "1", "1"]
        done = subprocess.run(work, cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        assert done.returncode == 0 and b"Blender work: " + shutil.which("blender").encode() in done.stdout
        image = str(tmp_path / "r" / "Scene_0001.png")
        out = subprocess.run([*blender, _SPREAD.format(path=image)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=300).stdout.decode()
        spreads[layer] = float(out.split("SPREAD ")[1].split()[0])
        os.remove(image)
    assert spreads["fg"] > 0.05 and spreads["bg"] < 0.01, spreads
