"""The panel's screenshot for docs/blender.md, drawn by the blender program under a virtual display:

    BLENDER_USER_SCRIPTS=<scripts with the add-on installed> xvfb-run -a -s "-screen 0 1000x1600x24" \\
        blender --factory-startup --python tests/blender/blender_screenshot.py -- docs/blender-panel.png

It enables the add-on in the never-saved start-up file, turns the largest area into a Properties editor on
the Output tab, presses Submit (the findings show in the panel) and saves a screenshot of that area.
"""
import sys

import addon_utils
import bpy

OUT = sys.argv[sys.argv.index("--") + 1]
bpy.context.preferences.view.show_splash = False
addon_utils.enable("smedge_blender", default_set=True, handle_error=None)
scene = bpy.context.scene
scene.frame_start, scene.frame_end = 1001, 1024
scene.render.filepath = "//renders/beauty_####"
scene.smedge.pool, scene.smedge.use_priority, scene.smedge.priority = "cpu", True, 60


def _properties():
    window = bpy.context.window_manager.windows[0]
    return window, max(window.screen.areas, key=lambda a: a.width * a.height)


def fill_window():
    """The largest area (the 3D viewport) becomes a Properties editor on the Output tab."""
    _window, area = _properties()
    area.type = "PROPERTIES"


def output_tab():
    _window, area = _properties()
    for space in area.spaces:
        if space.type == "PROPERTIES":
            space.context = "OUTPUT"
    area.tag_redraw()


def press_submit():
    window, area = _properties()
    with bpy.context.temp_override(window=window, area=area):
        bpy.ops.smedge.submit()  # never saved: the findings show in the panel


def shoot():
    window, area = _properties()
    with bpy.context.temp_override(window=window, area=area, region=area.regions[-1]):
        bpy.ops.screen.screenshot_area(filepath=OUT)
    bpy.ops.wm.quit_blender()


bpy.app.timers.register(lambda: fill_window() or None, first_interval=1.0)
bpy.app.timers.register(lambda: output_tab() or None, first_interval=1.5)
bpy.app.timers.register(lambda: press_submit() or None, first_interval=2.0)
bpy.app.timers.register(lambda: shoot() or None, first_interval=3.5)
