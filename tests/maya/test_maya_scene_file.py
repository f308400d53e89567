"""Issue 21, item 2 in fake Maya: a scene file deleted since it was opened, a never-saved scene, and a
scene outside the studio's shared roots."""
import json
import os
import shutil

import pytest

from integrations.validate import ERROR, ValidationError
from maya_helpers import SCENES, open_scene


@pytest.fixture
def shot(tmp_path):
    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "no_layers.ma"), path)
    open_scene(path)
    return path


def test_a_deleted_scene_file_is_an_error_naming_it_and_the_fix_saves_it_again(farm, shot, tmp_path):
    import smedge_maya

    os.remove(shot)
    with pytest.raises(ValidationError) as raised:
        smedge_maya.export(str(tmp_path / "jobs"))
    [finding] = [f for f in raised.value.findings if f.severity == ERROR]
    assert finding.field == "Scene" and f"{shot} does not exist on this machine" in finding.message
    assert not os.path.exists(str(tmp_path / "jobs"))
    job_file = smedge_maya.export(str(tmp_path / "jobs"), fix=True).job_file
    assert os.path.isfile(shot)
    with open(job_file, encoding="utf-8") as stream:
        assert "Scene = " + shot in stream.read()


def test_a_never_saved_scene_is_one_finding(farm):
    import smedge_maya

    with pytest.raises(ValidationError) as raised:
        smedge_maya.submit()
    [scene] = [f for f in raised.value.findings if f.field == "Scene"]  # not also "missing required: Scene"
    assert scene.severity == ERROR and "never been saved" in scene.message


def test_a_scene_outside_the_shared_roots_is_a_warning(farm, shot, tmp_path, monkeypatch, caplog):
    import smedge_maya

    config = tmp_path / "studio.json"
    monkeypatch.setenv("SMEDGE_SUBMIT_CONFIG", str(config))
    config.write_text(json.dumps({"version": 1, "shared_roots": ["/mnt/projects"]}), encoding="utf-8")
    smedge_maya.export(str(tmp_path / "jobs"))
    assert (f"warning: Scene [Scene]: {shot} is on a local disk, under none of the shared roots (/mnt/projects)"
            in caplog.text)
    caplog.clear()
    config.write_text(json.dumps({"version": 1, "shared_roots": [str(tmp_path)]}), encoding="utf-8")
    smedge_maya.export(str(tmp_path / "jobs"))
    assert "local disk" not in caplog.text
    config.write_text(json.dumps({"version": 1, "shared_roots": "/mnt/projects"}), encoding="utf-8")
    smedge_maya.export(str(tmp_path / "jobs"))
    assert "shared_roots: '/mnt/projects' is not a list of folder paths" in caplog.text
