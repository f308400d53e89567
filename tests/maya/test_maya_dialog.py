"""The menu's Submit... opens the shared dialog on the scene's layers (PySide6 offscreen); a click on
Submit sends them to the local master, where the jobs that arrive are checked."""
import os
import runpy
import shutil

import pytest

pytest.importorskip("qtpy")
pytest.importorskip("qtpy.QtWidgets")
pytest.importorskip("pytestqt")

from qtpy import QtCore, QtWidgets

from maya_helpers import REPO, SCENES, open_scene

TIMEOUT_MS = 20000


def the_dialog():
    from integrations.ui.dialog import SubmitDialog

    [dialog] = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, SubmitDialog) and w.isVisible()]
    return dialog


def test_submit_from_the_menu_sends_the_layers_to_the_local_master(qtbot, local_master, tmp_path):
    import smedge_core
    from maya import cmds, utils

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "three_layers.ma"), path)
    open_scene(path)
    runpy.run_path(os.path.join(REPO, "maya", "scripts", "userSetup.py"), run_name="__main__")
    utils.processIdleEvents()
    item = next(i for i in cmds.menu("SmedgeSubmitMenu", query=True, itemArray=True)
                if cmds.menuItem(i, query=True, label=True) == "Submit...")
    cmds.menuItem(item, query=True, command=True)(False)
    dialog = the_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.pools_loaded, dialog.validated], timeout=TIMEOUT_MS):
        pass
    rows = [[dialog.model.index(r, c).data() for c in (1, 2, 3)] for r in range(dialog.model.rowCount())]
    assert rows == [["shot.ma - beauty", "Arnold for Maya", "1001-1100"],
                    ["shot.ma - volumes", "Arnold for Maya", "11-50"]]
    assert [f.message for f in dialog.session.findings if f.severity == "error"] == []
    assert dialog.submit_button.isEnabled()
    dialog.common.paused_check.setChecked(True)  # the local master's engines need not run Maya
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.submit_button, QtCore.Qt.MouseButton.LeftButton)
    ids = blocker.args[0]
    jobs = {job["Name"]: job for job in smedge_core.get_jobs(smedge_core.ids_to_query(list(ids.values())))}
    assert sorted(jobs) == ["shot.ma - beauty", "shot.ma - volumes"]
    beauty, volumes = jobs["shot.ma - beauty"], jobs["shot.ma - volumes"]
    assert (str(beauty["Range"]), beauty["Extra"], str(volumes["Range"]), volumes["Extra"]) == (
        "1001-1100", "-rl rs_beauty", "11-50", "-rl rs_volumes")
    assert str(beauty["Scene"]).replace("\\", "/") == path.replace("\\", "/")
    assert str(beauty["RenderDir"]).replace("\\", "/") == str(tmp_path / "images").replace("\\", "/")
    dialog.close()
    assert cmds.getAttr("smedgeSubmitSettings.smedgeSubmitSettings")  # closing stored the choices in the scene


def test_the_shelf_button_opens_the_dialog(qtbot, farm):
    from maya import cmds, utils

    from smedge_maya.menu import SHELF

    open_scene(os.path.join(SCENES, "no_layers.ma"))
    runpy.run_path(os.path.join(REPO, "maya", "scripts", "userSetup.py"), run_name="__main__")
    utils.processIdleEvents()
    [button] = cmds.shelfLayout(SHELF, query=True, childArray=True)
    assert cmds.shelfButton(button, query=True, sourceType=True) == "python"
    exec(cmds.shelfButton(button, query=True, command=True), {})
    dialog = the_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.pools_loaded, dialog.validated], timeout=TIMEOUT_MS):
        pass
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == ["no_layers.ma - masterLayer"]
    dialog.reject()
