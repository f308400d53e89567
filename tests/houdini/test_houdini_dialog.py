"""The Submit... button, offscreen: the shared dialog on the ROP network, its settings sticking to the
Smedge ROP's parms (on the fake farm)."""
import os

import pytest

for needed in ("qtpy", "qtpy.QtWidgets", "pytestqt"):  # skip where no Qt binding or pytest-qt exists
    pytest.importorskip(needed)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qtpy import QtWidgets  # noqa: E402

import hou  # noqa: E402
from houdini_networks import rop  # noqa: E402
from integrations.ui.dialog import SubmitDialog  # noqa: E402
from integrations.ui.models import COLUMNS, WAITS_COLUMN  # noqa: E402
from smedge_houdini import rop as smedge_rop  # noqa: E402

TIMEOUT_MS = 20000
pytestmark = pytest.mark.usefixtures("farm")


def open_dialogs():
    return [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, SubmitDialog) and w.isVisible()]


def test_the_open_dialog_button_shows_the_network_and_its_settings_stick_to_the_rop(qtbot, out):
    cache = rop(out, "geometry", "cache")
    node = smedge_rop.create(out, [rop(out, "ifd", "beauty", inputs=[cache])])
    node.parm("note").set("first try")
    hou.hipFile.save()
    before = set(open_dialogs())
    node.parm("open_dialog").pressButton()
    (dialog,) = set(open_dialogs()) - before
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pools is not None and not dialog._stale, timeout=TIMEOUT_MS)
    rows = [[dialog.model.index(r, c).data() for c in range(len(COLUMNS))] for r in range(dialog.model.rowCount())]
    assert [row[1:4] for row in rows] == [["shot010.hip - /out/cache", "Houdini", "1001-1004"],
                                          ["shot010.hip - /out/beauty", "Houdini", "1001-1004"]]
    assert "per frame: shot010.hip - /out/cache" in rows[1]
    assert dialog.session.findings == []
    assert dialog.common.note_edit.text() == "first try"
    dialog.common.priority_spin.setValue(70)
    dialog.close()
    assert node.parm("priority").eval() == 70 and node.parm("note").eval() == "first try"


def test_the_dialog_offers_the_dependencies_option_and_collects_again(qtbot, out):
    cache = rop(out, "geometry", "cache")
    node = smedge_rop.create(out, [rop(out, "ifd", "beauty", inputs=[cache])])
    hou.hipFile.save()
    before = set(open_dialogs())
    node.parm("open_dialog").pressButton()
    (dialog,) = set(open_dialogs()) - before
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pools is not None and not dialog._stale, timeout=TIMEOUT_MS)
    combo = dialog.options_panel.widgets["dependency_mode"]
    assert list(dialog.options_panel.widgets) == ["dependency_mode", "review"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["frame", "node"] and combo.currentText() == "frame"
    combo.setCurrentIndex(combo.findText("node"))
    waits = [dialog.model.index(r, COLUMNS.index(WAITS_COLUMN)).data() for r in range(dialog.model.rowCount())]
    assert "whole job: shot010.hip - /out/cache" in waits
    dialog.close()
    assert node.parm("dependency_mode").evalAsString() == "node"  # the choice sticks to the Smedge ROP
