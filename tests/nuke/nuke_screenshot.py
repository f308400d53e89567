"""Grab the dialog that Render > Smedge > Submit to Smedge... opens on tests/nuke/scripts/precomp.nk, for docs/nuke.md.

``python tests/nuke/nuke_screenshot.py [PNG]`` (a qtpy binding installed) copies the script into a
temporary folder, opens it in the fake nuke, extends the Root range past what the precomp Read holds
(so Nuke's own check shows a finding), starts a local master for the pools, runs menu.py, invokes the
menu item and saves the dialog as PNG (default ``docs/nuke-dialog.png``). Not a test: pytest skips it.
"""
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
for _path in (REPO, os.path.join(REPO, "nuke"), os.path.join(REPO, "tests", "fakes", "hosts")):
    sys.path.insert(0, _path)

from qtpy import QtCore, QtWidgets  # noqa: E402

import nuke  # noqa: E402  the fake
from integrations.ui.dialog import SubmitDialog  # noqa: E402
from smedge_core.sandbox.testing import MasterProcess  # noqa: E402


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    target = argv[0] if argv else os.path.join(REPO, "docs", "nuke-dialog.png")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    work = tempfile.mkdtemp(prefix="smedge-nuke-shot-")
    master = MasterProcess(os.path.join(work, "master"), engines=1).start()
    os.environ.update(master.env)
    try:
        os.chdir(work)
        script = os.path.join(work, "sh010_comp_v003.nk")
        shutil.copy(os.path.join(HERE, "scripts", "precomp.nk"), script)
        nuke.scriptOpen(script)
        nuke.root()["last_frame"].setValue(1010)
        nuke.scriptSave()
        menu = os.path.join(REPO, "nuke", "menu.py")
        with open(menu, encoding="utf-8") as stream:
            exec(compile(stream.read(), menu, "exec"), {"__name__": "__main__", "__file__": menu})
        nuke.menu("Nuke").findItem("Render/Smedge/Submit to Smedge...").invoke()
        [dialog] = [w for w in app.topLevelWidgets() if isinstance(w, SubmitDialog)]
        dialog.resize(1100, 620)
        loop = QtCore.QEventLoop()
        dialog.validated.connect(lambda findings: QtCore.QTimer.singleShot(500, loop.quit))
        QtCore.QTimer.singleShot(30000, loop.quit)
        loop.exec() if hasattr(loop, "exec") else loop.exec_()
        dialog.findings.tree.setCurrentItem(dialog.findings.tree.topLevelItem(0))
        dialog.table.clearSelection()
        app.processEvents()
        dialog.grab().save(target)
        print("Saved", target)
        dialog.close()
    finally:
        master.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
