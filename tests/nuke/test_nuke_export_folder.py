"""Issue 21, item 1: the headless export creates a missing folder and says where it wrote."""
import logging
import os

import smedge_nuke
from integrations.export import read_graph


def test_export_to_a_missing_folder_creates_it_and_says_where(open_script, tmp_path, farm, caplog):
    open_script("precomp.nk")  # the temp folder is the cwd
    with caplog.at_level(logging.INFO, logger="integrations.export"):
        result = smedge_nuke.export(os.path.join("jobs", "sh010"))
        job_file, json_file = result.job_file, result.json_file
    folder = os.path.join("jobs", "sh010")  # relative to the working folder, as given
    assert (job_file, json_file) == (os.path.join(folder, "precomp.sj"), os.path.join(folder, "precomp.json"))
    with open(job_file, encoding="utf-8") as stream:
        assert "WriteComp" in stream.read()
    assert sorted(read_graph(json_file).value(j, "WriteNode") for j in read_graph(json_file)) == [
        "WriteComp", "WritePrecomp"]
    assert f"to {os.path.abspath(job_file)} and {os.path.abspath(json_file)}" in caplog.text
