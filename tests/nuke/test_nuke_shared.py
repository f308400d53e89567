"""Every real script under tests/data/scenes/nuke, opened with nuke.scriptOpen, against what AWS Deadline
Cloud's submitter collected from it in real Nuke (its expected.json)."""
import json
import os

import pytest

import nuke
import smedge_nuke
from nukefixtures import SHARED
from smedge_core.frames import FrameRange, parse_range
from smedge_nuke import collect

CASES = sorted(name for name in os.listdir(SHARED) if os.path.isfile(os.path.join(SHARED, name, "expected.json"))) \
    if os.path.isdir(SHARED) else []


def test_the_shared_scenes_are_there():
    assert len(CASES) == 5, "the real Nuke scripts are missing from {}".format(SHARED)


@pytest.fixture(params=CASES)
def case(request, tmp_path, monkeypatch):
    """``(expected, placeholder mapper)`` after opening the case's script from a temporary cwd."""
    folder = os.path.join(SHARED, request.param)
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as stream:
        expected = json.load(stream)
    scene_dir = os.path.join(folder, "scene")
    monkeypatch.chdir(tmp_path)

    def real(path):
        return path.replace("/normalized/job/bundle/dir", scene_dir).replace("/normalized/cwd", str(tmp_path))

    nuke.scriptOpen(os.path.join(scene_dir, expected["script_file"]))
    return expected, real


def test_build_graph_gives_the_writes_ranges_and_output_folders(case):
    """Writes, ranges (a Write's own limit, else the Root's; Viewer ranges are decoys), output folders
    (relative files against project_directory, else the cwd)."""
    expected, real = case
    graph = smedge_nuke.build_graph()
    jobs = graph.jobs()
    rendered = expected["rendered_writes"]
    assert [job["WriteNode"] for job in jobs] == [w["node"] for w in rendered]
    assert [job["Range"] for job in jobs] == [w["frame_range"] for w in rendered]
    assert [job["RenderDir"] for job in jobs] == [real(w["expected_output_directory"]) for w in rendered]
    folders = expected["expected_output_directories"]
    assert sorted(set(job["RenderDir"] for job in jobs)) == sorted(real(folder) for folder in folders)
    assert all(job["Scene"] == real(expected["expected_parameter_values"]["NukeScriptFile"]) for job in jobs)
    assert all(job["Type"] == "Nuke" and "WaitForJobID" not in job for job in jobs)
    if jobs:
        frames = FrameRange()
        for job in jobs:
            frames = frames | parse_range(job["Range"])
        assert frames == parse_range(expected["frames"])


def test_collection_reads_every_write_and_read(case):
    expected, real = case
    script = collect.script()
    assert script.path == real(expected["expected_parameter_values"]["NukeScriptFile"])
    assert not script.modified and not script.proxy
    allowed = expected["write_node_allowed_values"]
    assert [w.name for w in script.writes] == [v for v in allowed if v != "All Write Nodes"]
    assert script.views == [v for v in expected["view_allowed_values"] if v != "All Views"]
    by_name = {w.name: w for w in script.writes}
    for write in expected["rendered_writes"]:
        record = by_name[write["node"]]
        assert (record.file, record.use_limit, record.views) == (write["file_as_written"], write["use_limit"],
                                                                   write["views"])
        assert os.path.dirname(record.path) == real(write["expected_output_directory"])
        key = smedge_nuke.jobs.sequence_key  # getEvaluatedValue gives %04d where the file says ####
        assert key(os.path.basename(record.path)) == key(os.path.basename(write["file_as_written"]))
        assert not record.disabled and not record.error and record.render_order == 1
    assert all(not needs for needs in smedge_nuke.jobs.dependencies(script).values())
    reads = {r.name: r for r in script.reads}
    assert sorted(reads) == sorted(r["node"] for r in expected["read_nodes"])
    inputs = {script.path}
    for read in expected["read_nodes"]:
        record = reads[read["node"]]
        assert (record.first, record.last) == (read["first"] or 1, read["last"] or 1)  # Nuke's default is 1
        pattern = smedge_nuke.jobs.sequence_key(record.path)
        if "%" in pattern:
            inputs.update(pattern % frame for frame in range(record.first, record.last + 1))
        else:
            inputs.add(pattern)
    assert sorted(inputs) == sorted(real(p) for p in expected["expected_input_filenames"])
