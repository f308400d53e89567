"""The seed's example built as a graph, validated, submitted (and exported, then submitted by hand) to the
local master; the jobs that arrive and the order their frames run in are checked."""
import subprocess
import uuid

import pytest

import smedge_core
from fakes.history import frame_times, wait_complete
from smedge_core import _process
from smedge_core.sandbox import states
from integrations.export import export_graph, read_graph
from integrations.graph import JobGraph
from integrations.submit import submit_graph
from integrations.validate import ERROR, validate

pytestmark = pytest.mark.usefixtures("local_master")


def short_seed_graph(seed_graph, priority):
    """The seed's graph over 4 frames, with the comp's priority given and new IDs (the master is shared)."""
    graph, layers, comp = seed_graph
    fresh = {job_id: uuid.uuid4() for job_id in graph}
    jobs = []
    for job_id in graph:
        job = dict(graph.job(job_id), ID=fresh[job_id], Range="1001-1004")
        if "WaitForJobID" in job:
            job.update(WaitForJobID=[fresh[p] for p in job["WaitForJobID"]], Priority=priority)
        jobs.append(job)
    return JobGraph(jobs), [fresh[i] for i in layers], fresh[comp]






def test_seed_graph_validates_submits_and_runs_frame_by_frame(seed_graph):
    graph, layers, comp = short_seed_graph(seed_graph, priority=50)
    findings = validate(graph)
    assert [(f.severity, f.job_id, f.field) for f in findings] == [(ERROR, comp, "Priority")]
    result = submit_graph(graph, fix=True)
    assert list(result) == [*layers, comp] and list(result.values()) == [*layers, comp]
    arrived = {job["ID"]: job for job in smedge_core.get_jobs(smedge_core.ids_to_query(list(result)))}
    assert set(arrived) == set([*layers, comp])
    assert arrived[comp]["WaitForJobID"] == layers
    assert not arrived[comp]["WaitForWholeJob"]
    assert [arrived[i]["Priority"] for i in [*layers, comp]] == [50, 50, 51]
    assert all(not arrived[i]["WaitForJobID"] for i in layers)
    assert list(wait_complete(list(result)).values()) == [states.JOB_COMPLETE] * 3
    comp_frames = frame_times(comp)
    assert sorted(comp_frames) == [1001, 1002, 1003, 1004]
    for layer in layers:
        layer_frames = frame_times(layer)
        for frame, (started, _) in comp_frames.items():
            assert started >= layer_frames[frame][1]


def test_an_exported_job_file_submits_by_hand(seed_graph, tmp_path):
    graph, layers, comp = short_seed_graph(seed_graph, priority=55)
    ids = export_graph(graph, tmp_path / "comp.sj", tmp_path / "comp.json")
    assert ids == [*layers, comp]
    argv = [str(_process.tool_path("Submit")), "-FromFile", str(tmp_path / "comp.sj")]
    for name, value in _process.client_options():
        argv += ["-" + name, value]
    done = subprocess.run(argv, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [uuid.UUID(line.rsplit(None, 1)[-1]) for line in done.stdout.decode().splitlines()
            if "Job ID:" in line] == ids
    arrived = smedge_core.get_jobs(comp)[0]
    assert arrived["WaitForJobID"] == layers and arrived["Priority"] == 55 and not arrived["WaitForWholeJob"]
    assert read_graph(tmp_path / "comp.json") == graph
