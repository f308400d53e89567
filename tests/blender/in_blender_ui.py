"""Run by the ``blender`` program with a window (under Xvfb): ``blender --factory-startup --python
in_blender_ui.py -- OUT.json FOLDER``. Saves a tiny file, enables the installed add-on, presses Submit
(the operator, from a timer, as a click would) and records what ran where, until the outcome came back
through the add-on's timer. Before that, ``smedge_blender.show(all_scenes=True)`` opens the popup."""
import json
import os
import sys
import threading
import time

import addon_utils
import bpy

out, folder = sys.argv[sys.argv.index("--") + 1:][:2]
bpy.context.preferences.view.show_splash = False
scene = bpy.context.scene
scene.render.engine = "BLENDER_WORKBENCH"
scene.render.resolution_x, scene.render.resolution_y = 64, 36
scene.frame_start, scene.frame_end = 1, 2
scene.render.filepath = "//r/beauty_####"
bpy.ops.wm.save_as_mainfile(filepath=os.path.join(folder, "ui.blend"))
addon_utils.enable("smedge_blender", default_set=True, handle_error=None)
import smedge_blender  # noqa: E402
from smedge_blender import panel  # noqa: E402

seen = {}


def show():
    try:
        seen["shown"] = type(smedge_blender.show(all_scenes=True)).__name__
    except Exception as err:
        seen["shown"] = f"{type(err).__name__}: {err}"
    seen["all_scenes"], seen["text_after_show"] = scene.smedge.all_scenes, panel.DIALOG.text


def press():
    seen["pressed"] = time.monotonic()
    seen["result"] = sorted(bpy.ops.smedge.submit())
    seen["returned"] = time.monotonic()
    seen["running_after_press"] = panel.DIALOG.running
    seen["threads_after_press"] = sorted(t.name for t in threading.enumerate())


def wait():
    if panel.DIALOG.running or "pressed" not in seen:
        return 0.05
    seen["ended"] = time.monotonic()
    seen["ok"], seen["text"] = panel.DIALOG.ok, panel.DIALOG.text
    seen["stored"] = "smedge_submit_settings.json" in bpy.data.texts
    with open(out, "w") as stream:
        json.dump(seen, stream)
    bpy.ops.wm.quit_blender()
    return None


bpy.app.timers.register(lambda: show() or None, first_interval=0.5)
bpy.app.timers.register(lambda: press() or None, first_interval=1.0)
bpy.app.timers.register(wait, first_interval=1.1)
