"""Grab the Submit to Smedge dialog offscreen on the seed's layered example, for the docs.

``python docs/dialog_screenshot.py [FOLDER]`` with a qtpy binding installed starts a local master in a
temporary folder, opens the dialog, and saves ``dialog-<binding>.png`` (a finding with its Fix) and
``dialog-submitted-<binding>.png`` (after Fix and Submit, with the graph and the job IDs) and
``dialog-advanced-<binding>.png`` (the Advanced section unfolded at the smallest size, 700x521, with a
common CPUs value and a per-job one) into FOLDER (default: this file's folder).
"""
import logging
import os
import sys
import tempfile
import time
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qtpy import API_NAME, QtCore, QtWidgets

from integrations.settings import MemorySettings
from integrations.ui import SubmitDialog
from smedge_core.sandbox.testing import MasterProcess

_log = logging.getLogger("dialog_screenshot")
LAYERS = ("beauty", "volumes")


def jobs():
    """The reference's example: two Maya render layers and a Nuke comp waiting per frame on both."""
    maya = {"Type": "Maya", "Scene": "/shows/demo/shot010/lighting.mb", "Range": "1001-1250", "Priority": 50}
    layers = [dict(maya, Name="Render - " + layer, Extra="-rl " + layer, ID=uuid.uuid4(),
                   ImageFormat=[f"/shows/demo/shot010/images/{layer}/lighting_{layer}.%04d.exr",
                                f"/shows/demo/shot010/images/{layer}/lighting_{layer}_crypto.%04d.exr"])
              for layer in LAYERS]
    comp = {"Name": "Comp layers", "Type": "Nuke", "Scene": "/shows/demo/shot010/comp.nk", "Range": "1001-1250",
            "Priority": 55, "WaitForJobID": [layer["ID"] for layer in layers], "WaitForWholeJob": 0}
    return [*layers, comp]


def wait(signal, seconds=30):
    """Run the event loop until ``signal`` fires; RuntimeError after ``seconds``."""
    loop = QtCore.QEventLoop()
    fired = []
    signal.connect(loop.quit)
    signal.connect(fired.append)
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec() if hasattr(loop, "exec") else loop.exec_()
    if not fired:
        raise RuntimeError(f"timed out waiting for {signal}")
    return fired[0]


def until(app, condition, seconds=30):
    """Run the event loop until ``condition()`` is true; RuntimeError after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)


def advanced(app, folder):
    """The Advanced section unfolded at 700x521: a common CPUs value, and the comp's own in the table."""
    dialog = SubmitDialog(jobs(), settings=MemorySettings({"pool": "Whole System", "farm": {"CPUs": "8"}}))
    dialog.resize(700, 521)
    dialog.show()
    until(app, lambda: dialog.pools is not None and not dialog._stale)
    dialog.common.advanced_button.setChecked(True)
    comp = dialog.model.index(2, [c[0] for c in dialog.model.columns].index("CPUs"))
    dialog.model.setData(comp, "16", QtCore.Qt.ItemDataRole.EditRole)
    until(app, lambda: not dialog._stale)
    dialog.table.scrollTo(comp)
    app.processEvents()
    path = os.path.join(folder, f"dialog-advanced-{API_NAME.lower()}.png")
    dialog.grab().save(path)
    dialog.close()
    return path


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    folder = argv[0] if argv else os.path.dirname(os.path.abspath(__file__))
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    master = MasterProcess(tempfile.mkdtemp(prefix="smedge-shot-"), engines=1).start()
    os.environ.update(master.env)
    try:
        dialog = SubmitDialog(jobs(), settings=MemorySettings({"pool": "Whole System"}), name="shot010")
        dialog.show()
        wait(dialog.validated)
        dialog.common.priority_spin.setValue(50)
        wait(dialog.validated)
        dialog.findings.tree.setCurrentItem(dialog.findings.tree.topLevelItem(0))
        dialog.table.clearSelection()  # show the finding's colour beside the job and field
        app.processEvents()
        first = os.path.join(folder, f"dialog-{API_NAME.lower()}.png")
        dialog.grab().save(first)
        dialog.fix(0)
        wait(dialog.validated)
        dialog.common.paused_check.setChecked(True)
        dialog.submit()
        wait(dialog.submitted)
        dialog.tabs.setCurrentIndex(1)  # the graph tab is drawn in the background
        until(app, lambda: dialog.preview.toPlainText())
        second = os.path.join(folder, f"dialog-submitted-{API_NAME.lower()}.png")
        dialog.grab().save(second)
        dialog.close()
        third = advanced(app, folder)
        _log.info("Saved %s, %s and %s", first, second, third)
    finally:
        master.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
