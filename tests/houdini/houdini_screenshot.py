"""Grab the Submit to Smedge dialog opened by a Smedge ROP's Submit... button, on the fake hou, for
docs/houdini.md.

``python tests/houdini/houdini_screenshot.py [FOLDER]`` (with a qtpy binding) starts a local master in a
temporary folder, builds a ROP network (a simulation, a Fetch from /obj, a Merge of two branches) with the
fake hou, presses Submit... and saves ``houdini-dialog-<binding>.png`` into FOLDER (default: docs/).
"""
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [ROOT, HERE, os.path.join(ROOT, "houdini", "scripts", "python"),
                os.path.join(ROOT, "tests", "fakes", "hosts")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qtpy import API_NAME, QtCore, QtWidgets  # noqa: E402

import hou  # noqa: E402  (the fake)
from houdini_networks import rop  # noqa: E402
from integrations.ui.dialog import SubmitDialog  # noqa: E402
from smedge_core.sandbox.testing import MasterProcess  # noqa: E402
from smedge_houdini import rop as smedge_rop  # noqa: E402


def network(out):
    """A simulation cached to disk feeding a render, a Fetch of a cache in /obj, two branches merged."""
    hou.playbar.setFrameRange(1001, 1100)
    sim = rop(out, "geometry", "pyro_sim", frames=(1001, 1100, 1))
    sim.parm("initsim").set(1)
    fx = rop(out, "karma", "fx", frames=(1001, 1100, 1), inputs=[sim])
    ropnet = hou.node("/obj").createNode("ropnet", "anim")
    rop(ropnet, "alembic", "chars_abc", frames=(1001, 1100, 1))
    fetch = out.createNode("fetch", "get_chars")
    fetch.parm("source").set("/obj/anim/chars_abc")
    chars = rop(out, "karma", "chars", frames=(1001, 1100, 1), inputs=[fetch])
    merge = out.createNode("merge", "all")
    merge.setInput(0, fx)
    merge.setInput(1, chars)
    return smedge_rop.create(out, [merge])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    folder = argv[0] if argv else os.path.join(ROOT, "docs")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    master = MasterProcess(tempfile.mkdtemp(prefix="smedge-shot-"), engines=1).start()
    os.environ.update(master.env)
    try:
        hou.hipFile.clear(suppress_save_prompt=True)
        node = network(hou.node("/out"))
        hou.hipFile.save(os.path.join(tempfile.mkdtemp(prefix="hip-"), "sh010_fx.hip"))
        node.parm("open_dialog").pressButton()
        dialog = next(w for w in app.topLevelWidgets() if isinstance(w, SubmitDialog) and w.isVisible())
        loop = QtCore.QEventLoop()
        QtCore.QTimer.singleShot(3000, loop.quit)  # pools listed, validation done
        loop.exec() if hasattr(loop, "exec") else loop.exec_()
        dialog.resize(1100, 640)
        dialog.tabs.setCurrentIndex(1)
        app.processEvents()
        path = os.path.join(folder, f"houdini-dialog-{API_NAME.lower()}.png")
        dialog.grab().save(path)
        dialog.close()
        print(path)
    finally:
        master.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
