"""Issue 21, item 1: the headless export creates a missing folder and says where it wrote."""
import logging
import os
import shutil

from maya_helpers import SCENES, open_scene


def test_export_to_a_missing_folder_creates_it_and_says_where(farm, tmp_path, monkeypatch, caplog):
    import smedge_maya

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "no_layers.ma"), path)
    open_scene(path)
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.INFO, logger="integrations.export"):
        result = smedge_maya.export(os.path.join("jobs", "sh010"))
        job_file, json_file = result.job_file, result.json_file
    folder = os.path.join("jobs", "sh010")  # relative to the working folder, as given
    assert (job_file, json_file) == (os.path.join(folder, "shot.sj"), os.path.join(folder, "shot.json"))
    with open(job_file, encoding="utf-8") as stream:
        assert "-rl defaultRenderLayer" in stream.read() and os.path.isfile(json_file)
    assert f"to {os.path.abspath(job_file)} and {os.path.abspath(json_file)}" in caplog.text
