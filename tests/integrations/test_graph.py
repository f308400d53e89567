"""JobGraph: IDs, edges, copies, rejection of bad edges, deterministic parents-first order."""
import uuid

import pytest
from hypothesis import assume, given, settings, strategies as st

import smedge_core
from smedge_core import _process

from integrations.graph import CycleError, GraphError, JobGraph
from integrations.submit import submit_graph

LAYER_IDS = [uuid.UUID("178b043e-4a28-4235-acbc-642c7480c360"), uuid.UUID("12f1146d-a16e-4a02-ba69-577b22a94757")]


def test_ids_are_assigned_kept_and_accepted_as_str_or_uuid():
    graph = JobGraph()
    new = graph.add_job({"Name": "a"})
    kept = graph.add_job({"Name": "b", "ID": LAYER_IDS[0]})
    from_str = graph.add_job({"Name": "c", "id": f" {LAYER_IDS[1]} "})
    assert isinstance(new, uuid.UUID) and new.version == 4
    assert (kept, from_str) == tuple(LAYER_IDS)
    assert [job["ID"] for job in graph.jobs()] == [new, *LAYER_IDS]
    assert str(LAYER_IDS[0]) in graph and LAYER_IDS[1] in graph and "nonsense" not in graph
    assert len(graph) == 3 and list(graph) == [new, *LAYER_IDS]


def test_bad_ids_name_the_job_and_value():
    graph = JobGraph([{"Name": "a", "ID": LAYER_IDS[0]}])
    with pytest.raises(ValueError, match=r"ID of job 'x' must be a UUID, not 'abc'"):
        graph.add_job({"Name": "x", "ID": "abc"})
    with pytest.raises(TypeError, match=r"ID of job 'x' must be a UUID or str, not 5"):
        graph.add_job({"Name": "x", "ID": 5})
    with pytest.raises(ValueError, match="already used by job 'a'"):
        graph.add_job({"Name": "dup", "ID": str(LAYER_IDS[0])})
    with pytest.raises(ValueError, match="sets both 'Range' and 'range'"):
        graph.add_job({"Range": "1", "range": "2"})
    with pytest.raises(TypeError, match="must be a dict"):
        graph.add_job(["Name", "a"])


def test_callers_dicts_are_never_changed_and_outputs_are_new():
    job = {"Name": "a", "ImageFormat": ["/x.%04d.exr"], "WaitForJobID": [], "Priority": 50}
    snapshot = {"Name": "a", "ImageFormat": ["/x.%04d.exr"], "WaitForJobID": [], "Priority": 50}
    graph = JobGraph()
    job_id = graph.add_job(job)
    job["ImageFormat"].append("/y.exr")
    out = graph.jobs()[0]
    assert out["ImageFormat"] == ["/x.%04d.exr"] and "WaitForJobID" not in out
    out["ImageFormat"].append("/z.exr")
    out["Name"] = "changed"
    graph.set_value(job_id, "priority", 60)
    assert graph.job(job_id) == {"ID": job_id, "Name": "a", "ImageFormat": ["/x.%04d.exr"], "priority": 60}
    assert list(graph.job(job_id)) == ["ID", "Name", "ImageFormat", "priority"]  # same place, new spelling
    job["ImageFormat"].pop()
    assert job == snapshot


def test_dependencies_write_wait_fields_with_several_parents():
    graph = JobGraph()
    comp = graph.add_job({"Name": "comp", "WaitForJobID": ""})
    layers = [graph.add_job({"Name": "layer", "ID": i}) for i in LAYER_IDS]
    encode = graph.add_job({"Name": "encode"})
    for layer in layers:
        graph.add_dependency(comp, layer, per_frame=True)
    graph.add_dependency(comp, str(layers[0]), per_frame=True)  # again: no duplicate
    graph.add_dependency(encode, comp)
    jobs = graph.jobs()
    assert [job["ID"] for job in jobs] == [*layers, comp, encode]
    assert jobs[2]["WaitForJobID"] == LAYER_IDS and jobs[2]["WaitForWholeJob"] == 0
    assert jobs[3]["WaitForJobID"] == [comp] and jobs[3]["WaitForWholeJob"] == 1
    assert graph.parents(comp) == LAYER_IDS and graph.children(layers[0]) == [comp]
    assert graph.waits_per_frame(comp) is True and graph.waits_per_frame(encode) is False
    assert graph.waits_per_frame(layers[0]) is None


def test_wait_fields_in_given_dicts_become_edges():
    parent_a, parent_b = LAYER_IDS
    graph = JobGraph([
        {"Name": "list", "WaitForJobID": [parent_a, str(parent_b)], "WaitForWholeJob": 0},
        {"Name": "text", "waitforjobid": f"{parent_a}, {parent_b}", "WaitForWholeJob": "1"},
        {"Name": "single default whole", "WaitForJobID": parent_a},
        {"Name": "flag without waits", "WaitForWholeJob": 0},
        {"Name": "a", "ID": parent_a},
        {"Name": "b", "ID": parent_b},
    ])
    jobs = {job["Name"]: job for job in graph.jobs()}
    assert jobs["list"]["WaitForJobID"] == LAYER_IDS and jobs["list"]["WaitForWholeJob"] == 0
    assert jobs["text"]["WaitForJobID"] == LAYER_IDS and jobs["text"]["WaitForWholeJob"] == 1
    assert jobs["single default whole"]["WaitForWholeJob"] == 1
    assert "WaitForWholeJob" not in jobs["flag without waits"]
    # parents first; among the jobs ready to go, the one added first
    assert list(jobs) == ["flag without waits", "a", "single default whole", "b", "list", "text"]
    with pytest.raises(ValueError, match=r"WaitForWholeJob of job 'x' must be 0 \(per frame\) or 1"):
        JobGraph([{"Name": "x", "WaitForJobID": parent_a, "WaitForWholeJob": "maybe"}])
    with pytest.raises(ValueError, match="WaitForJobID of job 'x' must be a UUID, not 'later'"):
        JobGraph([{"Name": "x", "WaitForJobID": ["later"]}])


def test_bad_edges_are_rejected_with_names():
    graph = JobGraph()
    a = graph.add_job({"Name": "Render A"})
    b = graph.add_job({"Name": "Render B"})
    c = graph.add_job({"Name": "Comp"})
    with pytest.raises(ValueError, match="'Render A' cannot wait on itself"):
        graph.add_dependency(a, a)
    with pytest.raises(ValueError, match="waits on itself"):
        graph.add_job({"Name": "self", "ID": LAYER_IDS[0], "WaitForJobID": LAYER_IDS[0]})
    with pytest.raises(ValueError, match=f"Parent job {LAYER_IDS[1]} is not in the graph"):
        graph.add_dependency(c, LAYER_IDS[1])
    with pytest.raises(ValueError, match="Child job ID must be a UUID"):
        graph.add_dependency("comp", a)
    graph.add_dependency(c, a, per_frame=True)
    with pytest.raises(ValueError) as caught:
        graph.add_dependency(c, b, per_frame=False)
    assert "'Comp' already waits per frame on 'Render A'" in str(caught.value)
    assert "one WaitForWholeJob flag per job" in str(caught.value)
    assert graph.parents(c) == [a]


def test_unknown_waits_and_cycles_raise_before_writing():
    graph = JobGraph([{"Name": "orphan", "WaitForJobID": LAYER_IDS[0]}])
    with pytest.raises(GraphError, match=f"'orphan' waits on {LAYER_IDS[0]}"):
        graph.jobs()
    graph = JobGraph()
    a, b, c = (graph.add_job({"Name": n}) for n in ("Render", "Comp", "Encode"))
    graph.add_dependency(b, a)
    graph.add_dependency(c, b)
    graph.add_dependency(a, c)
    with pytest.raises(CycleError) as caught:
        graph.jobs()
    assert str(caught.value) == ("Dependency cycle (each job waits on the next): "
                                 "'Render' -> 'Encode' -> 'Comp' -> 'Render'")
    assert caught.value.cycle == [a, c, b, a]


def test_numbers_and_frames_of_jobs():
    graph = JobGraph()
    plain = graph.add_job({"Name": "plain"})
    set_ = graph.add_job({"Name": "set", "Range": "1-10", "PacketSize": "5", "priority": 70})
    bad = graph.add_job({"Name": "bad", "Range": "1-x", "PacketSize": 0, "Priority": "hi"})
    assert (graph.frames(plain), graph.packet_size(plain), graph.priority(plain)) == (None, 1, 50)
    assert (str(graph.frames(set_)), graph.packet_size(set_), graph.priority(set_)) == ("1-10", 5, 70)
    with pytest.raises(ValueError, match=r"Range of job 'bad': Invalid frame range '1-x'"):
        graph.frames(bad)
    with pytest.raises(ValueError, match=r"PacketSize of job 'bad' must be a whole number of at least 1, not 0"):
        graph.packet_size(bad)
    with pytest.raises(ValueError, match=r"Priority of job 'bad' must be a whole number of at least 0, not 'hi'"):
        graph.priority(bad)
    graph.set_value(plain, "Priority", 60.0)  # an integral float, as conform_job takes it
    assert graph.priority(plain) == 60
    assert graph.name(plain) == "plain" and graph.name(graph.add_job({})).count("-") == 4
    with pytest.raises(ValueError, match="managed by the graph"):
        graph.set_value(plain, "WaitForJobID", [])


@st.composite
def dags(draw):
    """(jobs in insertion order, edges as (child, parent) names): edges follow a hidden order."""
    count = draw(st.integers(1, 25))
    names = [f"job{i}" for i in range(count)]
    edges = draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)), max_size=60))
    edges = [(names[max(i, j)], names[min(i, j)]) for i, j in edges if i != j]
    shuffled = draw(st.permutations(names))
    return shuffled, edges


def build(names, edges, per_frame_of=lambda name: len(name) % 2 == 0):
    graph = JobGraph()
    ids = {name: graph.add_job({"Name": name}) for name in names}
    for child, parent in edges:
        graph.add_dependency(ids[child], ids[parent], per_frame=per_frame_of(child))
    return graph, ids


@given(dags())
def test_any_dag_is_written_parents_first_and_otherwise_in_insertion_order(dag):
    names, edges = dag
    graph, _ids = build(names, edges)
    written = [job["Name"] for job in graph.jobs()]
    assert sorted(written) == sorted(names)
    position = {name: i for i, name in enumerate(written)}
    assert all(position[parent] < position[child] for child, parent in edges)
    assert written == [job["Name"] for job in build(names, edges)[0].jobs()]  # deterministic
    again, _ = build(written, edges)  # a parents-first insertion order is kept as it is
    assert [job["Name"] for job in again.jobs()] == written


@given(dags(), st.data())
@settings(max_examples=60)
def test_any_graph_with_a_cycle_is_rejected_before_a_cli_call(dag, data):
    names, edges = dag
    assume(len(names) >= 2)
    cycle = data.draw(st.lists(st.sampled_from(names), min_size=2, max_size=6, unique=True))
    closing = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
    graph = JobGraph()
    ids = {name: graph.add_job({"Name": name}) for name in names}
    for child, parent in edges + closing:
        graph.add_dependency(ids[child], ids[parent])

    def refuse(*args, **kwargs):
        pytest.fail("a Smedge tool was called")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_process, "runner", refuse)
        patch.setattr(smedge_core, "submit_jobs", refuse)
        with pytest.raises(CycleError) as caught:
            submit_graph(graph)
    reported = caught.value.cycle
    assert reported[0] == reported[-1] and len(set(reported)) == len(reported) - 1
    for child, parent in zip(reported, reported[1:]):
        assert parent in graph.parents(child)
    assert all(repr(graph.name(job_id)) in str(caught.value) for job_id in reported)


@given(dags(), st.data())
@settings(max_examples=60)
def test_parents_and_children_whatever_order_edges_come_in(dag, data):
    names, edges = dag
    edges = data.draw(st.permutations(edges + edges[:3]))  # some edges twice, in any order
    graph, ids = build(names, edges)
    for name in names:
        wanted = [ids[p] for c, p in edges if c == name]
        assert graph.parents(ids[name]) == list(dict.fromkeys(wanted))  # in the order added, once each
        assert graph.children(ids[name]) == [child for child in graph if ids[name] in graph.parents(child)]


def test_equality_is_by_jobs_and_edges():
    names = ["a", "b", "c"]
    edges = [("c", "a"), ("c", "b")]
    one, ids = build(names, edges)
    two = JobGraph(one.job(i) for i in one)
    assert one == two and one != JobGraph() and one != "graph"
    two.set_value(ids["a"], "Priority", 1)
    assert one != two
    three = JobGraph(reversed([one.job(i) for i in one]))
    assert three != one  # insertion order is part of the graph (it breaks ties in the order)
