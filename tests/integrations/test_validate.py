"""validate: conform_job findings, pools, per-frame frame and packet checks, the priority rule and its fix."""
import dataclasses
import uuid

import pytest
from hypothesis import given, strategies as st

import smedge_core
from smedge_core.frames import FrameRange
from integrations.graph import JobGraph
from integrations.validate import ERROR, WARNING, Finding, ValidationError, apply_fixes, check, validate
from integrations.validate import _spanning_packets


def render(name, **values):
    job = {"Name": name, "Type": "Maya", "Scene": "/s.mb", "Range": "1-10"}
    job.update(values)
    return job


def chain(*jobs, **kwargs):
    """A graph where each job waits on the one before it (per frame unless per_frame=False)."""
    graph = JobGraph()
    ids = [graph.add_job(job) for job in jobs]
    for parent, child in zip(ids, ids[1:]):
        graph.add_dependency(child, parent, per_frame=kwargs.get("per_frame", True))
    return graph, ids


def test_seed_example_is_clean_and_product_info_is_fetched_once(farm, seed_graph):
    graph, _layers, comp = seed_graph
    assert validate(graph) == []
    assert farm.count("ConfigureMaster", "ProductInfo") == 1
    assert farm.count("PoolManager", "List") == 0  # no job names a pool
    assert graph.priority(comp) == 55


def test_conform_errors_become_findings_naming_job_and_field(farm):
    graph = JobGraph([
        {"Name": "no type"},
        {"Name": "unknown type", "Type": "Cinema 4D"},
        render("missing scene", Scene=""),
        render("bad priority", Priority=500),
        render("bad cpus", CPUs="many"),
    ])
    findings = validate(graph)
    by_name = {f.job_name: f for f in findings}
    assert all(f.severity == ERROR for f in findings) and len(findings) == 5
    assert by_name["no type"].field == "Type" and "has no Type" in by_name["no type"].message
    assert by_name["unknown type"].field == "Type" and "'Cinema 4D' not found" in by_name["unknown type"].message
    assert by_name["missing scene"].field == "Scene"
    assert by_name["bad priority"].field == "Priority" and "500" in by_name["bad priority"].message
    assert by_name["bad cpus"].field == "CPUs" and "'many'" in by_name["bad cpus"].message
    assert by_name["bad cpus"].job_id == list(graph)[4]
    assert farm.count("ConfigureMaster", "ProductInfo") == 1


def test_range_errors_name_the_position(farm):
    graph = JobGraph([render("bad range", Range="1-10y")])
    (finding,) = validate(graph)
    assert (finding.severity, finding.field) == (ERROR, "Range")
    assert "Invalid frame range '1-10y': unexpected 'y' at character 5" in finding.message


def test_pools_by_name_id_or_pool_object_and_one_pool_listing(farm):
    cpu_id, gpu_id = (pool_id for pool_id, _ in farm.pools)
    graph = JobGraph([
        render("by name", Pool="CPU"),
        render("by id", Pool=str(gpu_id)),
        render("by uuid", Pool=gpu_id),
        render("by pool", Pool=smedge_core.Pool(cpu_id, "cpu")),
        render("unknown", Pool="gpu2"),
        render("unknown id", Pool=uuid.UUID(int=7)),
    ])
    findings = validate(graph)
    assert [(f.job_name, f.field) for f in findings] == [("unknown", "Pool"), ("unknown id", "Pool")]
    assert findings[0].message == "Unknown pool 'gpu2'; available: 'cpu', 'gpu'"
    assert farm.count("PoolManager", "List") == 1
    farm.pools = []
    assert "available: none" in validate(JobGraph([render("x", Pool="cpu")]))[0].message


def test_per_frame_child_frames_without_parent_frames_are_errors(farm):
    graph, (_layer, comp) = chain(render("layer", Range="1001-1200"),
                                 render("comp", Type="Nuke", Range="1001-1250", Priority=60))
    (finding,) = validate(graph)
    assert (finding.severity, finding.job_id, finding.field) == (ERROR, comp, "Range")
    assert finding.message == "frames 1201-1250 have no frame of 'layer' (Range 1001-1200) to wait for"
    assert "wait for the whole job" in finding.fix_description and finding.fix is None


def test_pairs_with_the_same_ranges_each_name_their_own_parent(farm):
    graph = JobGraph()
    comps = []
    for name in ("layerA", "layerB"):
        layer = graph.add_job(render(name, Range="1-10", PacketSize=4))
        comp = graph.add_job(render("comp of " + name, Range="1-12", PacketSize=5, Priority=60))
        graph.add_dependency(comp, layer, per_frame=True)
        comps.append(comp)
    findings = validate(graph)
    assert [(f.job_id, f.severity, f.field) for f in findings] == [
        (comps[0], ERROR, "Range"), (comps[0], WARNING, "PacketSize"),
        (comps[1], ERROR, "Range"), (comps[1], WARNING, "PacketSize")]
    assert "'layerA' (Range 1-10)" in findings[0].message and "'layerB' (Range 1-10)" in findings[2].message
    assert "'layerA' renders" in findings[1].message and "'layerB' renders" in findings[3].message


def test_whole_job_waits_need_no_matching_frames_or_priority(farm):
    graph, _ = chain(render("layer", Range="1-5"), render("encode", Range="1", Priority=10), per_frame=False)
    assert validate(graph) == []


def test_packets_spanning_parent_packets_are_warnings(farm):
    graph, (_layer, comp) = chain(render("layer", Range="1-20", PacketSize=4),
                                 render("comp", Range="1-20", PacketSize=5, Priority=60))
    (finding,) = validate(graph)
    assert (finding.severity, finding.job_id, finding.field) == (WARNING, comp, "PacketSize")
    assert "4 packets (PacketSize 5)" in finding.message and ": 1-5, 6-10, 11-15, 16-20" in finding.message
    graph.set_value(comp, "PacketSize", 2)
    assert validate(graph) == []
    graph.set_value(comp, "Range", "2-20")  # packets 2-3, 4-5, ...: 4-5 straddles the layer's 1-4 and 5-8
    assert validate(graph)[0].field == "PacketSize"


def without_range(job):
    del job["Range"]
    return job


def test_missing_range_is_a_warning_on_the_job(farm):
    graph, (layer, _comp) = chain(without_range(render("layer")), render("comp", Priority=60))
    (finding,) = validate(graph)
    assert (finding.severity, finding.job_id, finding.field) == (WARNING, layer, "Range")


def test_priority_fixes_cascade_and_apply_only_when_asked(farm):
    graph, (_a, b, c) = chain(render("a", Priority=70), render("b"), render("c", Priority="71"))
    before = graph.jobs()
    findings = validate(graph)
    assert graph.jobs() == before
    assert [(f.severity, f.job_name, f.field, f.fix_description) for f in findings] == [
        (ERROR, "b", "Priority", "raise Priority from 50 to 71"),
        (ERROR, "c", "Priority", "raise Priority from 71 to 72")]
    assert (graph.priority(b), graph.priority(c)) == (50, 71)
    assert apply_fixes(graph, findings) == 2
    assert (graph.priority(b), graph.priority(c)) == (71, 72)
    assert validate(graph) == []


def test_priority_fix_applied_later(farm, seed_graph):
    graph, _layers, comp = seed_graph
    graph.set_value(comp, "Priority", 50)
    before = graph.jobs()
    (finding,) = validate(graph)
    assert graph.jobs() == before
    assert (finding.severity, finding.job_id, finding.field) == (ERROR, comp, "Priority")
    assert finding.fix_description == "raise Priority from 50 to 51"
    assert str(finding) == ("error: Comp layers [Priority]: Priority 50: waits per frame, so its Priority must be "
                            "above its parents' (highest 50) (fix: raise Priority from 50 to 51)")
    assert apply_fixes(graph, [finding]) == 1
    assert graph.priority(comp) == 51 and validate(graph) == []


def test_priority_cannot_go_above_100(farm):
    graph, (_a, b) = chain(render("a", Priority=100), render("b", Priority=90))
    (finding,) = validate(graph)
    assert (finding.severity, finding.field, finding.fix) == (ERROR, "Priority", None)
    assert "cannot go above 100" in finding.message and graph.priority(b) == 90
    with pytest.raises(ValueError, match="No automatic fix"):
        finding.apply(graph)


def test_structure_findings(farm):
    graph = JobGraph([render("orphan", WaitForJobID=str(uuid.UUID(int=1)))])
    (finding,) = validate(graph)
    assert (finding.job_name, finding.field) == ("orphan", "WaitForJobID")
    assert "waits on job 00000000-0000-0000-0000-000000000001, which is not in the graph" in finding.message
    graph, (a, b) = chain(render("a"), render("b", Priority=60))
    graph.add_dependency(a, b, per_frame=True)
    findings = validate(graph)
    assert [f.field for f in findings] == ["WaitForJobID"]
    assert "'a' -> 'b' -> 'a'" in findings[0].message


def test_check_raises_on_errors_fixes_when_asked_and_returns_warnings(farm, caplog):
    graph, (a, b) = chain(render("a"), without_range(render("b")))
    with pytest.raises(ValidationError, match=r"error: b \[Priority\]"):
        check(graph)
    warnings = check(graph, fix=True)
    assert graph.priority(b) == 51 and [f.field for f in warnings] == ["Range"] and "no Range set" in caplog.text
    graph.set_value(a, "Range", "nope")
    with pytest.raises(ValidationError) as caught:
        check(graph)
    assert "1 error(s) in the job graph" in str(caught.value) and "error: a [Range]" in str(caught.value)
    assert [f.severity for f in caught.value.findings] == [ERROR, WARNING]


def test_findings_are_frozen_data():
    finding = Finding(ERROR, "job", None, "Range", "bad")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.message = "changed"
    assert finding == Finding(ERROR, "job", None, "Range", "bad", fix=lambda graph: None)
    assert str(finding) == "error: job [Range]: bad"


frame_sets = st.sets(st.integers(0, 60), min_size=1, max_size=40)


@given(frame_sets, st.integers(1, 8), frame_sets, st.integers(1, 8))
def test_spanning_packets_match_a_brute_force_count(child, child_size, parent, parent_size):
    child, parent = FrameRange(child), FrameRange(parent)
    packet_of = {f: i for i, packet in enumerate(parent.packets(parent_size)) for f in packet.frames}
    expected = [packet for packet in child.packets(child_size)
                if len({packet_of[f] for f in packet.frames if f in packet_of}) > 1]
    assert _spanning_packets(child, child_size, parent, parent_size) == expected


def test_unfixed_priority_chain_names_the_parents_real_priority(farm):
    graph = JobGraph()
    a = graph.add_job(render("a", Priority=70))
    b = graph.add_job(render("b", Priority=50))
    c = graph.add_job(render("c", Priority=71))
    graph.add_dependency(b, a, per_frame=True)
    graph.add_dependency(c, b, per_frame=True)
    findings = {f.job_name: f for f in validate(graph)}
    assert "(highest 70)" in findings["b"].message
    assert "(highest 50; 71 once their own fixes apply)" in findings["c"].message
    assert apply_fixes(graph, list(findings.values())) == 2
    assert [graph.priority(j) for j in (a, b, c)] == [70, 71, 72] and validate(graph) == []
