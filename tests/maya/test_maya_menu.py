"""userSetup.py, the Smedge menu and shelf; the menu's Submit... opens the dialog and a click submits."""
import logging
import os
import runpy
import shutil
from pathlib import Path

import pytest

from maya_helpers import REPO, SCENES, open_scene

USER_SETUP = os.path.join(REPO, "maya", "scripts", "userSetup.py")


@pytest.fixture(autouse=True)
def no_smedge_ui():
    """Each test starts as a Maya session that has not built the Smedge menu and shelf yet (the fake's UI,
    like Maya's, outlives a new scene, and another test in this process may have built them)."""
    from maya import cmds, utils

    from smedge_maya.menu import MENU, SHELF

    utils.processIdleEvents()  # what an earlier test deferred runs now, not inside this one
    for name, exists in ((MENU, lambda n: cmds.menu(n, exists=True)),
                         (SHELF, lambda n: cmds.shelfLayout(n, exists=True))):
        if exists(name):
            cmds.deleteUI(name)
    yield


def start_maya():
    """What Maya does at start-up with the module installed: run its userSetup.py, then go idle."""
    from maya import utils

    runpy.run_path(USER_SETUP, run_name="__main__")
    utils.processIdleEvents()


def menu_items():
    from maya import cmds

    from smedge_maya.menu import MENU

    return [(cmds.menuItem(i, query=True, label=True) or "-") for i in cmds.menu(MENU, query=True, itemArray=True)]


def test_user_setup_builds_the_menu_and_shelf_once_the_ui_exists_idempotently():
    from maya import cmds, utils

    from smedge_maya.menu import BUTTON_LABEL, MENU, SHELF

    runpy.run_path(USER_SETUP, run_name="__main__")
    assert not cmds.menu(MENU, exists=True)  # deferred: the UI does not exist yet while userSetup runs
    utils.processIdleEvents()
    start_maya()
    assert menu_items() == ["Submit...", "Export job files...", "Submit again with the last settings", "-", "About"]
    [button] = cmds.shelfLayout(SHELF, query=True, childArray=True)
    assert cmds.shelfButton(button, query=True, label=True) == BUTTON_LABEL
    assert cmds.shelfButton(button, query=True, sourceType=True) == "python"
    assert cmds.menu(MENU, exists=True)


def test_nothing_is_built_in_batch_mode():
    import maya.standalone
    from maya import cmds

    from smedge_maya.menu import MENU

    maya.standalone.initialize()
    try:
        start_maya()
        assert not cmds.menu(MENU, exists=True)
    finally:
        maya.standalone.uninitialize()


def test_a_failing_build_is_logged_never_raised_into_maya_startup(monkeypatch, caplog):
    from smedge_maya import menu

    def broken():
        raise RuntimeError("no shelf today")

    monkeypatch.setattr(menu, "build", broken)
    with caplog.at_level(logging.ERROR, logger="smedge_maya"):
        start_maya()
    assert "could not build the Smedge menu and shelf" in caplog.text and "no shelf today" in caplog.text


def test_export_is_cancelled_with_the_folder_dialog_and_about_answers():
    from maya import cmds

    start_maya()
    for label in ("Export job files...", "About"):
        item = next(i for i in cmds.menu("SmedgeSubmitMenu", query=True, itemArray=True)
                    if cmds.menuItem(i, query=True, label=True) == label)
        cmds.menuItem(item, query=True, command=True)(False)  # the fake's file dialog is cancelled


def test_headless_export_writes_the_job_files(farm, tmp_path):
    import smedge_maya

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "no_layers.ma"), path)
    open_scene(path)
    result = smedge_maya.export(str(tmp_path))
    job_file, json_file = result.job_file, result.json_file
    assert os.path.basename(job_file) == "shot.sj" and "-rl defaultRenderLayer" in Path(job_file).read_text()
    assert os.path.isfile(json_file)
