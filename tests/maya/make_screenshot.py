"""Grab the Submit dialog as Maya's Smedge > Submit... opens it on the shared 'layers' scene, offscreen.

``python tests/maya/make_screenshot.py [PNG]`` (a qtpy binding installed)
starts a local master in a temporary folder, opens the scene in the fake Maya, opens the dialog through
``smedge_maya.show()`` and saves it (default: docs/maya-dialog.png).
"""
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [os.path.join(REPO, "tests", "fakes", "hosts"), os.path.join(REPO, "maya", "scripts"), REPO,
                os.path.join(REPO, "docs")]

from qtpy import QtWidgets  # noqa: E402

from dialog_screenshot import wait  # noqa: E402
from smedge_core.sandbox.testing import MasterProcess  # noqa: E402


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    target = argv[0] if argv else os.path.join(REPO, "docs", "maya-dialog.png")
    scene = os.path.join(REPO, "tests", "data", "scenes", "maya", "layers", "scene", "layers.ma")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    master = MasterProcess(tempfile.mkdtemp(prefix="smedge-maya-shot-"), engines=1).start()
    os.environ.update(master.env)
    os.environ["SMEDGE_SUBMIT_USER_CONFIG"] = os.path.join(tempfile.mkdtemp(), "none.json")
    try:
        from maya import cmds

        import smedge_maya

        cmds.workspace(os.path.dirname(scene), openWorkspace=True)
        cmds.file(scene, open=True, force=True)
        dialog = smedge_maya.show()
        wait(dialog.validated)
        dialog.findings.tree.setCurrentItem(dialog.findings.tree.topLevelItem(0))
        app.processEvents()
        dialog.grab().save(target)
        dialog.reject()
        print("Saved", target)
    finally:
        master.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
