"""Grab pyblish-lite's window offscreen over the Smedge plug-ins, for docs/pyblish.md.

``python docs/pyblish_screenshot.py [FOLDER]`` with pyblish-lite 0.8 and PySide2 installed, from the
repository root, starts a local master in a temporary folder and publishes the Pyblish tests' in-memory
scene (``tests/pyblish/pyblish_helpers.py``: two Maya layers, one without RenderDir, and a comp whose stored
Priority is below its layers') in pyblish-lite's own window, driven through the window's own slots. It saves into
FOLDER (default: this file's folder) ``pyblish-lite-failed.png`` (Artist tab after Validate),
``pyblish-lite-failed-overview.png`` and ``pyblish-lite-failed-terminal.png`` (Overview and Terminal tabs, the
same moment) and ``pyblish-lite-published.png``
(Overview tab after Repair, Reset, Repair of the scene, Reset and Publish).
"""
import logging
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYBLISH_DELAY"] = "0"  # pyblish-lite's switch: every step runs at once, as in its own tests
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests"), os.path.join(ROOT, "tests", "pyblish")]

import pyblish.api  # noqa: E402
import pyblish_lite  # noqa: E402
from pyblish_lite.vendor.Qt import QtWidgets  # noqa: E402

from integrations.pyblish import PLUGIN_PATH  # noqa: E402
from integrations.pyblish.stored import store_values  # noqa: E402
from pyblish_helpers import a_scene_with_a_stale_priority, collector_for  # noqa: E402
from smedge_core.sandbox.testing import MasterProcess  # noqa: E402

_log = logging.getLogger("pyblish_screenshot")


def grab(window, tab, path):
    window.on_tab_changed(tab)
    window.data["tabs"][tab].setChecked(True)
    QtWidgets.QApplication.processEvents()
    window.grab().save(path)
    _log.info("Saved %s", path)


def repair(window, name):
    plugin = next(p for p in window.controller.plugins if p.__name__ == name)
    window.act(plugin, next(a for a in plugin.actions if a.label == "Repair"))
    QtWidgets.QApplication.processEvents()


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    folder = argv[0] if argv else os.path.dirname(os.path.abspath(__file__))
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    master = MasterProcess(tempfile.mkdtemp(prefix="smedge-shot-"), engines=1).start()
    os.environ.update(master.env)
    try:
        pyblish.api.register_plugin_path(PLUGIN_PATH)
        host = a_scene_with_a_stale_priority()
        store_values(host, {"sh010 - beauty": {"RenderDir": "/proj/images"}})
        host.save()
        pyblish.api.register_plugin(collector_for(host))
        window = pyblish_lite.show()  # its own set-up: fonts, style sheet, size; then Reset
        window.validate()
        app.processEvents()
        grab(window, "artist", os.path.join(folder, "pyblish-lite-failed.png"))
        grab(window, "overview", os.path.join(folder, "pyblish-lite-failed-overview.png"))
        grab(window, "terminal", os.path.join(folder, "pyblish-lite-failed-terminal.png"))
        for name in ("ValidateSmedgeWaits", "ValidateSmedgeHost"):
            repair(window, name)
        window.reset()
        window.validate()
        repair(window, "ValidateSmedgeScene")
        window.reset()
        window.publish()
        app.processEvents()
        grab(window, "overview", os.path.join(folder, "pyblish-lite-published.png"))
        window.close()
    finally:
        master.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
