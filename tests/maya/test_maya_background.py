"""The menu's Submit again and Export run the Smedge commands off Maya's main thread (pytest-qt)."""
import os
import shutil
import threading

import pytest

pytest.importorskip("qtpy")
pytest.importorskip("qtpy.QtWidgets")
pytest.importorskip("pytestqt")

from maya_helpers import SCENES, open_scene

TIMEOUT_MS = 20000


def saved_scene(tmp_path, settings=None):
    from maya import cmds

    from smedge_maya.host import SceneSettings

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "three_layers.ma"), path)
    open_scene(path)
    if settings is not None:
        SceneSettings().save(settings)
    cmds.file(save=True)


def running():
    from integrations.ui import workers

    return workers._RUNNING


def test_submit_again_sends_the_jobs_from_a_pool_thread(qtbot, farm, monkeypatch, tmp_path):
    from maya import cmds
    from smedge_core import _process

    from smedge_maya import menu

    saved_scene(tmp_path, {"version": 1, "priority": 70, "jobs": {"shot.ma - volumes": {"Range": "11-20"}}})
    threads = []

    def recording_runner(argv, *args):
        if argv[0].endswith("Submit"):
            threads.append(threading.get_ident())
        return farm(argv, *args)

    monkeypatch.setattr(_process, "runner", recording_runner)
    shown = []
    monkeypatch.setattr(cmds, "inViewMessage", lambda **kwargs: shown.append(kwargs["assistMessage"]))
    task = menu.submit_again()
    assert task is not None and not threads  # nothing sent on the main thread so far
    qtbot.waitUntil(lambda: task not in running() and bool(shown), timeout=TIMEOUT_MS)
    assert threads and threading.get_ident() not in threads
    assert shown == ["Submitted 2 jobs:"]
    jobs = {job["Name"]: job for job in farm.submitted()}
    assert sorted(jobs) == ["shot.ma - beauty", "shot.ma - volumes"]
    assert str(jobs["shot.ma - volumes"]["Range"]) == "11-20"


def test_a_refused_submission_comes_back_to_the_main_thread_as_a_dialog(qtbot, farm, monkeypatch, tmp_path):
    from maya import cmds

    from smedge_maya import menu

    saved_scene(tmp_path)
    cmds.setAttr("defaultResolution.width", 2048)  # modified since saved: an error finding
    dialogs = []

    def confirm(**kwargs):
        dialogs.append((threading.get_ident(), kwargs["message"]))
        return "OK"

    monkeypatch.setattr(cmds, "confirmDialog", confirm)
    menu.submit_again()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=TIMEOUT_MS)
    [(thread, message)] = dialogs
    assert thread == threading.get_ident() and "not saved" in message
    assert farm.submitted() == []


def test_export_writes_the_job_files_in_the_background(qtbot, farm, monkeypatch, tmp_path):
    from maya import cmds

    from smedge_maya import menu

    saved_scene(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(cmds, "fileDialog2", lambda **kwargs: [str(out)])  # the artist picks a folder
    task = menu.export_job_files()
    qtbot.waitUntil(lambda: task not in running(), timeout=TIMEOUT_MS)
    assert "-rl rs_beauty" in (out / "shot.sj").read_text() and (out / "shot.json").is_file()


def test_submit_again_from_the_menu_reaches_the_local_master_with_the_stored_settings(qtbot, local_master, tmp_path):
    import smedge_core
    from maya import cmds

    from test_maya_menu import start_maya

    saved_scene(tmp_path, {"version": 1, "priority": 70, "paused": True,
                           "jobs": {"shot.ma - volumes": {"Range": "11-20"}}})
    start_maya()
    item = next(i for i in cmds.menu("SmedgeSubmitMenu", query=True, itemArray=True)
                if cmds.menuItem(i, query=True, label=True) == "Submit again with the last settings")
    cmds.menuItem(item, query=True, command=True)(False)
    qtbot.waitUntil(lambda: not running(), timeout=TIMEOUT_MS)
    jobs = {job["Name"]: job for job in smedge_core.get_jobs(["Name", "contains", "shot.ma"])}
    assert sorted(jobs) == ["shot.ma - beauty", "shot.ma - volumes"]
    assert {job["Priority"] for job in jobs.values()} == {70}
    assert str(jobs["shot.ma - volumes"]["Range"]) == "11-20"
