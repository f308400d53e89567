"""Sticky settings live on a node in the scene and travel with the file; a damaged value is a finding."""
import logging
import os
import shutil

import pytest

from maya_helpers import SCENES, open_scene
from integrations.validate import WARNING
from integrations.settings import load as load_settings
from smedge_maya.host import SceneSettings


def test_settings_are_saved_with_the_scene_and_read_back_after_reopening(tmp_path):
    from maya import cmds

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "three_layers.ma"), path)
    open_scene(path)
    store = SceneSettings()
    assert store.load() == {}
    data = {"version": 1, "priority": 70, "note": "retake", "jobs": {"shot.ma - beauty": {"Range": "1001-1010"}}}
    store.save(data)
    assert cmds.file(query=True, modified=True)
    cmds.file(save=True)
    cmds.file(new=True, force=True)
    assert SceneSettings().load() == {}
    open_scene(path)
    assert SceneSettings().load() == data
    store.save(dict(data, priority=80))  # the node and attribute exist now: saved again in place
    assert SceneSettings().load()["priority"] == 80


def test_a_damaged_value_is_ignored_with_a_warning_and_shows_as_a_finding(caplog):
    from maya import cmds

    from smedge_maya.host import MayaHost

    store = SceneSettings()
    store.save({"priority": 60})
    cmds.setAttr("smedgeSubmitSettings.smedgeSubmitSettings", '{"priority": 6', type="string")
    with caplog.at_level(logging.WARNING, logger="integrations.settings"):
        settings, [(_, message)] = load_settings(store)
    assert settings.priority is None and "damaged" in message
    assert "smedgeSubmitSettings.smedgeSubmitSettings" in caplog.text
    from integrations.host import prepare

    host = MayaHost()
    [finding] = [f for f in prepare(host, stored=True).found if f.job_name == "Stored settings"]
    assert finding.severity == WARNING and "damaged" in finding.message
    cmds.setAttr("smedgeSubmitSettings.smedgeSubmitSettings", "[1, 2]", type="string")
    with pytest.raises(ValueError, match="expected a JSON object"):
        host.settings_store().load()


def test_saving_the_same_settings_again_leaves_the_scene_unmodified(tmp_path):
    from maya import cmds

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "three_layers.ma"), path)
    open_scene(path)
    SceneSettings().save({"priority": 70})
    cmds.file(save=True)
    SceneSettings().save({"priority": 70})  # every dialog close stores the settings: unchanged, no change
    assert not cmds.file(query=True, modified=True)
    SceneSettings().save({"priority": 71})
    assert cmds.file(query=True, modified=True)
