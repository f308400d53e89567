"""Issue 21, item 1: the headless export creates a missing folder and says where it wrote."""
import logging
import os

import hou
import smedge_houdini
from houdini_networks import rop
from integrations.export import read_graph


def test_export_to_a_missing_folder_creates_it_and_says_where(out, tmp_path, farm, monkeypatch,
                                                                          caplog):
    beauty = rop(out, "ifd", "beauty")
    hou.hipFile.save()
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.INFO, logger="integrations.export"):
        result = smedge_houdini.export(os.path.join("jobs", "sh010"), rops=[beauty])
        job_file, json_file = result.job_file, result.json_file
    folder = os.path.join("jobs", "sh010")  # relative to the working folder, as given
    assert os.path.dirname(job_file) == folder and os.path.dirname(json_file) == folder
    assert os.path.isdir(str(tmp_path / "jobs" / "sh010"))
    with open(job_file, encoding="utf-8") as stream:
        assert "ROP = /out/beauty" in stream.read()
    assert [read_graph(json_file).value(j, "ROP") for j in read_graph(json_file)] == ["/out/beauty"]
    assert f"to {os.path.abspath(job_file)} and {os.path.abspath(json_file)}" in caplog.text
