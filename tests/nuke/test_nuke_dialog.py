"""Render > Smedge > Submit to Smedge... with the fake nuke and Qt offscreen: the dialog opens on the script's
Writes and submits to the local master, where a precomp chain runs frame by frame in order."""
import os
import time

import pytest

from fakes.history import frame_times
from nukefixtures import PLUGIN

pytest.importorskip("qtpy")
pytest.importorskip("qtpy.QtWidgets")
pytest.importorskip("pytestqt")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qtpy import QtCore, QtWidgets

import nuke
import smedge_core
from integrations.ui.dialog import SubmitDialog
from smedge_core.sandbox import states

TIMEOUT_MS = 30000


def menu_command(name="Render/Smedge/Submit to Smedge..."):
    path = os.path.join(PLUGIN, "menu.py")
    with open(path, encoding="utf-8") as stream:
        exec(compile(stream.read(), path, "exec"), {"__name__": "__main__", "__file__": path})
    return nuke.menu("Nuke").findItem(name)


def open_from_menu(qtbot):
    """Invoke the menu item; return the dialog once its pools are listed and its first validation ran."""
    before = set(QtWidgets.QApplication.topLevelWidgets())
    menu_command().invoke()
    [dialog] = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, SubmitDialog) and w not in before]
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.pools_loaded, dialog.validated], timeout=TIMEOUT_MS):
        pass
    return dialog




def test_the_menu_opens_the_dialog_and_a_precomp_chain_runs_in_order(qtbot, local_master, open_script):
    path = open_script("precomp.nk")
    dialog = open_from_menu(qtbot)
    names = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert names == ["precomp.nk - WritePrecomp", "precomp.nk - WriteComp"]
    assert dialog.session.findings == [] and dialog.submit_button.isEnabled()
    assert dialog.name == "precomp" and dialog.export_folder == os.path.dirname(path)

    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.submit_button, QtCore.Qt.MouseButton.LeftButton)
    ids = list(blocker.args[0].values())
    arrived = {job["WriteNode"]: job for job in smedge_core.get_jobs(smedge_core.ids_to_query(ids))}
    precomp, comp = arrived["WritePrecomp"], arrived["WriteComp"]
    assert comp["WaitForJobID"] == [precomp["ID"]] and comp["WaitForWholeJob"] is False  # per frame
    assert comp["Priority"] > precomp["Priority"] and comp["Scene"] == path

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        jobs = smedge_core.get_jobs(smedge_core.ids_to_query(ids))
        if all(job["Status"] == states.JOB_COMPLETE for job in jobs):
            break
        time.sleep(0.1)
    assert [job["Status"] for job in jobs] == [states.JOB_COMPLETE] * 2
    precomp_frames, comp_frames = frame_times(precomp["ID"]), frame_times(comp["ID"])
    assert sorted(comp_frames) == sorted(precomp_frames) == [1001, 1002, 1003, 1004]
    for frame, (started, _) in comp_frames.items():
        assert started >= precomp_frames[frame][1], f"comp frame {frame} started before its precomp frame"

    dialog.reject()  # closing stores the settings on the Root, so they travel with the script
    assert nuke.root()["smedge_submit_settings"].value().startswith("{")


def test_findings_of_the_script_show_in_the_dialog(qtbot, farm, open_script):
    open_script("ranges.nk")
    nuke.toNode("WriteGizmo")["file"].setValue("out/gizmo.####.psd")
    nuke.toNode("WriteGizmo")["file_type"].setValue("")
    dialog = open_from_menu(qtbot)
    found = [(f.job_name, f.field) for f in dialog.session.findings]
    assert ("ranges.nk - WriteGizmo", "WriteNode") in found
    assert ("Scene", "Scene") in found  # the script was changed since it was saved: Fix saves it
    assert not dialog.submit_button.isEnabled()


def test_the_dialog_is_parented_to_nukes_main_window(qtbot, farm, open_script):
    from smedge_nuke.host import NukeHost

    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    assert NukeHost().main_window() is window
    open_script("precomp.nk")
    dialog = open_from_menu(qtbot)
    assert dialog.parent() is window
    dialog.setParent(None)  # qtbot closes each widget itself


def test_export_and_submit_again_from_the_menu_run_in_the_background(qtbot, farm, open_script):
    path = open_script("precomp.nk")
    nuke.scriptSave()
    nuke.root().addKnob(nuke.String_Knob("smedge_submit_settings"))
    nuke.root()["smedge_submit_settings"].setValue('{"paused": true, "note": "again"}')
    nuke.scriptSave()
    before = set(QtWidgets.QApplication.topLevelWidgets())
    menu_command("Render/Smedge/Export job files").invoke()
    job_file = os.path.join(os.path.dirname(path), "smedge", "precomp.sj")
    qtbot.waitUntil(lambda: os.path.isfile(job_file), timeout=TIMEOUT_MS)
    assert farm.count("Submit") == 0
    menu_command("Render/Smedge/Submit again with the last settings").invoke()
    qtbot.waitUntil(lambda: bool(farm.submitted()), timeout=TIMEOUT_MS)
    assert {job["Note"] for job in farm.submitted()} == {"again"}  # the settings stored in the script
    qtbot.waitUntil(lambda: len([w for w in QtWidgets.QApplication.topLevelWidgets()
                                 if isinstance(w, QtWidgets.QMessageBox) and w not in before]) == 2,
                    timeout=TIMEOUT_MS)
    for box in set(QtWidgets.QApplication.topLevelWidgets()) - before:
        box.close()
