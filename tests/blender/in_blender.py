"""Run inside a Blender (``blender -b --python in_blender.py -- OUT.json FOLDER``, or a bpy interpreter):
enable the installed add-on with addon_utils, build and save a tiny file with File Output nodes, collect it,
render it, export its jobs through the add-on's operator, and write what happened to OUT.json."""
import glob
import json
import os
import sys

import bpy  # first: bpy as a module puts Blender's own modules (addon_utils) on the path

import addon_utils

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blend_scenes import file_output, new_file, tiny_scene

out, folder = sys.argv[sys.argv.index("--") + 1:][:2] if "--" in sys.argv else sys.argv[1:3]
new_file(bpy)  # (factory settings: before the add-on is enabled, which they would turn off)
scene = tiny_scene(bpy, "Scene", start=1, end=2, output="//r/beauty_####")
file_output(bpy, scene, "//r/fo", "", ["alpha_####", "depth"])
file_output(bpy, scene, "//r/ml", "multi_", ["rgba"], file_format="OPEN_EXR_MULTILAYER")
bpy.ops.wm.save_as_mainfile(filepath=os.path.join(folder, "shot.blend"))
module = addon_utils.enable("smedge_blender", default_set=True, handle_error=None)

from smedge_blender.collect import collect_blend  # noqa: E402
from smedge_blender.records import scene_outputs  # noqa: E402

record = collect_blend().scene("Scene")
bpy.ops.render.render(animation=True)
os.makedirs(os.path.join(folder, "jobs"))
export = bpy.ops.smedge.export(directory=os.path.join(folder, "jobs"))
with open(out, "w") as stream:
    json.dump({"addon": module.__file__ if module else None, "integrations": sys.modules["integrations"].__file__,
               "version": bpy.app.version_string, "layout": record.file_outputs[0].layout, "export": sorted(export),
               "jobs": sorted(os.listdir(os.path.join(folder, "jobs"))),
               "written": sorted(p for p in glob.glob(os.path.join(folder, "r", "**"), recursive=True)
                                 if os.path.isfile(p)),
               "predicted": sorted(p for f in (1, 2) for p in scene_outputs(record, f))}, stream)
