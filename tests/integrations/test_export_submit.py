"""Export (job file + JSON), one-batch submission and previews, through the real core and a fake farm."""
import datetime
import json
import pathlib
import uuid

import pytest
from hypothesis import given, settings, strategies as st

import smedge_core
from smedge_core import jobfile
from integrations.export import export_graph, graph_from_json, graph_to_json, read_graph, render_job_file
from integrations.graph import CycleError, JobGraph
from integrations.preview import format_tree, to_dot
from integrations.submit import submit_graph
from integrations.validate import ValidationError, validate


def test_seed_example_submits_in_one_call_and_arrives_as_smedge_expects(farm, seed_graph):
    graph, layers, comp = seed_graph
    result = submit_graph(graph)
    assert result == {layers[0]: layers[0], layers[1]: layers[1], comp: comp}
    assert list(result) == [*layers, comp]
    assert farm.count("Submit") == 1
    arrived = farm.submitted()
    assert [job["ID"] for job in arrived] == [str(i) for i in [*layers, comp]]
    assert [job["Name"] for job in arrived] == ["Render - layer1", "Render - layer2", "Comp layers"]
    assert arrived[2]["WaitForJobID"] == "{},{}".format(*layers)
    assert arrived[2]["WaitForWholeJob"] == "0"
    assert [job["Priority"] for job in arrived] == ["50", "50", "55"]
    assert all("WaitForJobID" not in job for job in arrived[:2])


def test_submit_raises_the_priority_of_a_per_frame_comp_when_asked_to_fix(farm, seed_graph):
    graph, _layers, comp = seed_graph
    graph.set_value(comp, "Priority", 40)
    with pytest.raises(ValidationError, match=r"Comp layers \[Priority\]"):
        submit_graph(graph)
    assert farm.count("Submit") == 0 and graph.priority(comp) == 40
    submit_graph(graph, fix=True)
    assert graph.priority(comp) == 51
    assert [job["Priority"] for job in farm.submitted()] == ["50", "50", "51"]


def test_submit_refuses_errors_before_any_submit(farm, seed_graph):
    graph, _layers, comp = seed_graph
    graph.set_value(comp, "Priority", 40)
    with pytest.raises(ValidationError, match=r"Comp layers \[Priority\]"):
        submit_graph(graph)
    graph.set_value(comp, "Priority", 55)
    graph.set_value(comp, "Range", "1001-1300")
    with pytest.raises(ValidationError, match="frames 1251-1300 have no frame"):
        submit_graph(graph)
    assert farm.count("Submit") == 0
    submit_graph(graph, check=False, paused=True)
    assert farm.count("Submit") == 1 and farm.submitted()[0]["Status"] == "-1"


def test_export_writes_the_bytes_submit_would_send(farm, seed_graph, tmp_path):
    graph, layers, comp = seed_graph
    ids = export_graph(graph, tmp_path / "graph.sj", tmp_path / "graph.json")
    assert ids == [*layers, comp] and farm.count("Submit") == 0
    exported = (tmp_path / "graph.sj").read_bytes()
    assert exported == render_job_file(graph)[1].encode("utf-8")
    assert exported == jobfile.render(graph.jobs())[1].encode("utf-8")
    submit_graph(graph)
    assert farm.job_files == [exported]
    assert read_graph(tmp_path / "graph.json") == graph
    export_graph(graph, tmp_path / "paused.sj", paused=True)
    assert (tmp_path / "paused.sj").read_text(encoding="utf-8").count("Status = -1") == 3


def test_each_job_is_conformed_once_from_validation_to_submit_and_export(farm, seed_graph, tmp_path, monkeypatch):
    graph, layers, comp = seed_graph
    conformed = []
    real = jobfile.conform_job
    monkeypatch.setattr(jobfile, "conform_job", lambda job: conformed.append(job["ID"]) or real(job))
    submit_graph(graph)
    export_graph(graph, tmp_path / "graph.sj", tmp_path / "graph.json")
    assert sorted(conformed) == sorted([*layers, comp])  # validated twice, sent twice: conformed once each
    assert (tmp_path / "graph.sj").read_bytes() == farm.job_files[0]
    del conformed[:]
    smedge_core.get_product_info.cache_clear()  # product info fetched again: what was checked is stale
    render_job_file(graph)
    assert sorted(conformed) == sorted([*layers, comp])


def test_a_job_changed_after_validation_is_checked_again(farm, seed_graph):
    graph, layers, comp = seed_graph
    assert validate(graph) == []
    graph.set_value(comp, "Priority", 500)
    with pytest.raises(ValueError, match="Priority: 500"):
        submit_graph(graph, check=False)
    assert farm.count("Submit") == 0
    graph.set_value(comp, "Priority", 60)
    extra = graph.add_job({"Name": "extra", "Type": "Maya", "Scene": "/x.mb", "Range": "1001-1100"})
    graph.add_dependency(comp, extra, per_frame=True)
    submit_graph(graph, check=False)
    sent = {job["Name"]: job for job in farm.submitted()}
    assert sent["Comp layers"]["Priority"] == "60"
    assert sent["Comp layers"]["WaitForJobID"] == ",".join(str(i) for i in [*layers, extra])


def test_a_job_changed_while_it_was_conformed_is_conformed_again(farm, seed_graph, monkeypatch):
    graph, _layers, comp = seed_graph
    real = jobfile.conform

    def changed_meanwhile(job):  # as when another thread edits the job during validation
        result = real(job)
        if job["ID"] == comp and graph.priority(comp) == 55:
            graph.set_value(comp, "Priority", 70)
        return result

    monkeypatch.setattr(jobfile, "conform", changed_meanwhile)
    assert graph.conformed(comp)["Priority"] == "55"  # what was asked, as it was
    assert graph.conformed(comp)["Priority"] == "70"  # not the result computed before the change


def test_nothing_is_written_when_validation_fails(farm, tmp_path):
    graph = JobGraph([{"Name": "a", "Type": "Maya"}])
    with pytest.raises(ValidationError, match="missing required parameters: Scene"):
        export_graph(graph, tmp_path / "x.sj", tmp_path / "x.json")
    assert not (tmp_path / "x.sj").exists() and not (tmp_path / "x.json").exists()


def test_a_cycle_is_refused_before_any_tool_runs(tmp_path, no_cli):
    graph = JobGraph()
    a, b = graph.add_job({"Name": "a", "Type": "Maya"}), graph.add_job({"Name": "b", "Type": "Maya"})
    graph.add_dependency(a, b)
    graph.add_dependency(b, a)
    for call in (lambda: export_graph(graph, tmp_path / "x.sj"), lambda: submit_graph(graph)):
        with pytest.raises(CycleError, match="'a' -> 'b' -> 'a'"):
            call()
    assert list(tmp_path.iterdir()) == []


def test_json_form_is_readable_and_tagged(seed_graph):
    graph, _layers, comp = seed_graph
    graph.set_value(comp, "ImageFormat", [pathlib.PurePosixPath("/out/comp.%04d.exr")])
    graph.set_value(comp, "Pool", smedge_core.Pool(uuid.UUID(int=3), "gpu"))
    data = json.loads(graph_to_json(graph))
    assert data["format"] == "smedge-submit.job-graph" and data["version"] == 1
    job = data["jobs"][2]
    assert job["ID"] == {"$type": "uuid", "value": str(comp)}
    assert job["WaitForWholeJob"] == 0 and len(job["WaitForJobID"]) == 2
    assert job["ImageFormat"] == [{"$type": "posix-path", "value": "/out/comp.%04d.exr"}]
    assert job["Pool"] == {"$type": "pool", "value": {"id": str(uuid.UUID(int=3)), "name": "gpu"}}
    again = graph_from_json(graph_to_json(graph))
    assert again == graph and again.value(comp, "Pool").name == "gpu"


def test_json_errors():
    with pytest.raises(TypeError, match=r"Created of job 'x': cannot write a datetime to JSON"):
        graph_to_json(JobGraph([{"Name": "x", "Created": datetime.datetime(2024, 1, 1)}]))
    with pytest.raises(ValueError, match=r"Gamma of job 'x': nan has no JSON form"):
        graph_to_json(JobGraph([{"Name": "x", "Gamma": float("nan")}]))
    with pytest.raises(ValueError, match="Not a job graph"):
        graph_from_json('{"jobs": []}')
    with pytest.raises(ValueError, match="version 2 is not supported"):
        graph_from_json('{"format": "smedge-submit.job-graph", "version": 2, "jobs": []}')
    with pytest.raises(ValueError, match="Unknown \\$type 'set'"):
        graph_from_json('{"format": "smedge-submit.job-graph", "version": 1, "jobs": [{"x": {"$type": "set"}}]}')


scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
           | st.text(max_size=8) | st.uuids() | st.builds(pathlib.PurePosixPath, st.text("abc/.", max_size=8))
           # a drive, then no ':' (CPython's own deepcopy changes PureWindowsPath('/a:a:'), an invalid path)
           | st.builds(lambda drive, rest: pathlib.PureWindowsPath(drive + rest),
                       st.sampled_from(["", "C:", "C:\\", "\\\\srv\\share\\"]), st.text("abc\\.", max_size=8)))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner)
                      | st.dictionaries(st.sampled_from(["a", "B", "$type", "value"]), inner, max_size=3),
                      max_leaves=8)
jobs = st.dictionaries(st.sampled_from(["Name", "Extra", "Range", "Note", "EnvironmentOverrides", "Custom"]),
                       values, max_size=4)


@given(st.lists(jobs, min_size=1, max_size=8), st.data())
@settings(max_examples=80)
def test_json_round_trip_gives_an_equal_graph(job_dicts, data):
    graph = JobGraph()
    ids = [graph.add_job(job) for job in job_dicts]
    for i in range(1, len(ids)):
        parents = data.draw(st.lists(st.sampled_from(ids[:i]), max_size=3, unique=True))
        per_frame = data.draw(st.booleans())
        for parent in parents:
            graph.add_dependency(ids[i], parent, per_frame=per_frame)
    again = graph_from_json(graph_to_json(graph))
    assert again == graph
    assert again.jobs() == graph.jobs()
    assert graph_to_json(again) == graph_to_json(graph)


def test_preview_tree_and_dot(seed_graph):
    graph, layers, comp = seed_graph
    encode = graph.add_job({"Name": "Encode", "Type": "ffmpeg", "Range": 1})
    graph.add_dependency(encode, comp)
    assert format_tree(graph) == (
        "Render - layer1  [Maya, 1001-1250, priority 50]\n"
        "`-- Comp layers  [Nuke, 1001-1250, priority 55]  <- waits per frame\n"
        "    `-- Encode  [ffmpeg, 1]  <- waits whole job\n"
        "Render - layer2  [Maya, 1001-1250, priority 50]\n"
        "`-- Comp layers  [Nuke, 1001-1250, priority 55]  <- waits per frame  (see above)\n")
    dot = to_dot(graph)
    assert dot.startswith('digraph "smedge_jobs" {\n') and dot.endswith("}\n")
    assert f'"{layers[0]}" -> "{comp}" [label="per frame"];' in dot
    assert f'"{comp}" -> "{encode}" [label="whole job", style=dashed];' in dot
    assert f'"{comp}" [label="Comp layers\\nNuke, 1001-1250, priority 55"];' in dot


def test_preview_survives_cycles_and_unknown_jobs():
    graph = JobGraph([{"Name": 'say "hi"', "WaitForJobID": str(uuid.UUID(int=9))}])
    assert format_tree(graph) == 'say "hi"\n'
    assert 'label="say \\"hi\\""' in to_dot(graph) and "not in graph" in to_dot(graph)
    graph = JobGraph()
    a, b = graph.add_job({"Name": "a"}), graph.add_job({"Name": "b"})
    graph.add_dependency(a, b)
    graph.add_dependency(b, a)
    tree = format_tree(graph)
    assert "(cycle)" in tree and tree.startswith("a\n")
    assert format_tree(JobGraph()) == ""
