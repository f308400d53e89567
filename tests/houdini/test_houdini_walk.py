"""Each network of issue 11 gives exactly the jobs (Range, ROP, PacketSize) and waits it should."""
import pytest

import hou
import smedge_houdini
from houdini_networks import NETWORKS, rop
from smedge_houdini.collect import RopCycleError, walk


def summary(graph):
    """({ROP: (Range, PacketSize)}, {child ROP: ([parent ROPs], per_frame)}) of a graph."""
    rops = {job_id: graph.value(job_id, "ROP") for job_id in graph}
    jobs = {rops[j]: (graph.value(j, "Range"), graph.value(j, "PacketSize")) for j in graph}
    waits = {rops[j]: ([rops[p] for p in graph.parents(j)], graph.waits_per_frame(j)) for j in graph
             if graph.parents(j)}
    return jobs, waits


@pytest.mark.parametrize("network", NETWORKS, ids=[n.__name__ for n in NETWORKS])
def test_network_gives_its_jobs_and_waits(out, network):
    rops, jobs, waits = network(out)
    graph = smedge_houdini.build_graph(rops=rops)
    assert summary(graph) == (jobs, waits)
    for job_id in graph:
        job = graph.job(job_id)
        assert job["Type"] == "Houdini" and job["Scene"] == hou.hipFile.path()
        assert job["Name"] == "shot010.hip - " + job["ROP"]
    order = [graph.value(j, "ROP") for j in graph.order()]
    for child, (parents, _) in waits.items():
        assert all(order.index(parent) < order.index(child) for parent in parents)


def test_per_frame_children_outrank_their_parents(out):
    a = rop(out, "geometry", "a")
    b = rop(out, "ifd", "b", inputs=[a])
    sim = rop(out, "geometry", "sim", inputs=[b])
    sim.parm("initsim").set(True)
    c = rop(out, "ifd", "c", inputs=[sim])
    graph = smedge_houdini.build_graph(rops=[c], priority=40)
    priorities = {graph.value(j, "ROP"): graph.value(j, "Priority") for j in graph}
    assert priorities == {"/out/a": 40, "/out/b": 41, "/out/sim": 40, "/out/c": 40}


def test_node_by_node_waits_for_whole_jobs(out):
    rops, _, _ = NETWORKS[1](out)
    graph = smedge_houdini.build_graph(rops=rops, dependency_mode="node")
    assert summary(graph)[1] == {"/out/beauty": (["/out/cache"], False)}
    with pytest.raises(ValueError, match="dependency_mode"):
        smedge_houdini.build_graph(rops=rops, dependency_mode="sometimes")


def test_current_frame_when_trange_is_off(out):
    hou.setFrame(1007)
    beauty = rop(out, "ifd", "beauty", frames=None)
    assert summary(smedge_houdini.build_graph(rops=[beauty]))[0] == {"/out/beauty": ("1007", None)}


def test_a_bypassed_fetch_passes_its_inputs_and_a_locked_one_renders_its_source_alone(out):
    ropnet = hou.node("/obj").createNode("ropnet", "fx")
    rop(ropnet, "geometry", "cache", inputs=[rop(ropnet, "geometry", "source_geo")])
    fetch = out.createNode("fetch", "get")
    fetch.parm("source").set("/obj/fx/cache")
    fetch.setInput(0, rop(out, "ifd", "pre"))
    beauty = rop(out, "ifd", "beauty", inputs=[fetch])
    jobs, waits = summary(smedge_houdini.build_graph(rops=[beauty]))
    assert sorted(jobs) == ["/obj/fx/cache", "/obj/fx/source_geo", "/out/beauty", "/out/pre"]
    assert waits == {"/obj/fx/cache": (["/obj/fx/source_geo", "/out/pre"], True),
                     "/out/beauty": (["/obj/fx/cache"], True)}
    fetch.setLocked(True)
    jobs, waits = summary(smedge_houdini.build_graph(rops=[beauty]))
    assert sorted(jobs) == ["/obj/fx/cache", "/out/beauty"]
    fetch.setLocked(False)
    fetch.bypass(True)
    jobs, waits = summary(smedge_houdini.build_graph(rops=[beauty]))
    assert sorted(jobs) == ["/out/beauty", "/out/pre"] and waits == {"/out/beauty": (["/out/pre"], True)}


def test_switch_out_of_range_renders_nothing_above_and_bypassed_passes_all(out):
    switch = out.createNode("switch")
    switch.setInput(0, rop(out, "ifd", "lo"))
    switch.setInput(1, rop(out, "ifd", "hi"))
    comp = rop(out, "comp", "comp", inputs=[switch])
    switch.parm("index").set(-1)
    assert sorted(summary(smedge_houdini.build_graph(rops=[comp]))[0]) == ["/out/comp"]
    switch.parm("index").set(5)
    assert sorted(summary(smedge_houdini.build_graph(rops=[comp]))[0]) == ["/out/comp"]
    switch.bypass(True)
    assert summary(smedge_houdini.build_graph(rops=[comp]))[1] == {"/out/comp": (["/out/lo", "/out/hi"], True)}


def test_a_bypassed_merge_still_joins_and_a_locked_merge_stops_upstream(out):
    merge = out.createNode("merge")
    merge.setInput(0, rop(out, "ifd", "a"))
    merge.setInput(1, rop(out, "ifd", "b"))
    merge.bypass(True)
    assert sorted(summary(smedge_houdini.build_graph(rops=[merge]))[0]) == ["/out/a", "/out/b"]
    merge.setLocked(True)
    assert walk([merge]).records == [] and len(smedge_houdini.build_graph(rops=[merge])) == 0


def test_a_cycle_through_a_fetch_is_an_error_naming_its_path(out):
    ropnet = hou.node("/obj").createNode("ropnet", "fx")
    back = ropnet.createNode("fetch", "back")
    back.parm("source").set("/out/cache")
    rop(ropnet, "geometry", "sim", inputs=[back])
    fetch = out.createNode("fetch", "get_sim")
    fetch.parm("source").set("/obj/fx/sim")
    cache = rop(out, "geometry", "cache", inputs=[fetch])
    with pytest.raises(RopCycleError) as caught:
        smedge_houdini.build_graph(rops=[cache])
    assert caught.value.path == ["/out/cache", "/out/get_sim", "/obj/fx/sim", "/obj/fx/back", "/out/cache"]
    assert "/out/cache -> /out/get_sim -> /obj/fx/sim -> /obj/fx/back -> /out/cache" in str(caught.value)


def test_rops_by_path_and_a_rop_network_means_its_last_rops(out):
    _rops, jobs, _ = NETWORKS[9](out)  # the diamond
    rop(out, "ifd", "lonely")
    assert sorted(summary(smedge_houdini.build_graph(rops="/out"))[0]) == sorted([*list(jobs), "/out/lonely"])
    assert sorted(summary(smedge_houdini.build_graph(rops=["/out/left"]))[0]) == ["/out/cache", "/out/left"]
    with pytest.raises(ValueError, match="/out/nothing"):
        smedge_houdini.build_graph(rops=["/out/nothing"])


def test_walk_returns_plain_records(out):
    NETWORKS[9](out)
    network = walk([out.node("comp")])
    assert [r.path for r in network.records] == ["/out/cache", "/out/left", "/out/right", "/out/comp"]
    record = network.records[0]
    assert record.output == "$HIP/geo/$HIPNAME.$OS.$F4.bgeo.sc"
    assert record.output_expanded.endswith("/geo/shot010.cache.1001.bgeo.sc")
    plain = (str, int, float, bool, list, type(None))
    assert all(isinstance(value, plain) for r in network.records for value in vars(r).values())


def test_a_chain_deeper_than_the_recursion_limit(out):
    import sys

    previous = None
    for index in range(sys.getrecursionlimit() + 200):
        node = out.createNode("geometry", f"c{index}")
        if previous is not None:
            node.setInput(0, previous)
        previous = node
    network = walk([previous])
    assert len(network.records) == sys.getrecursionlimit() + 200
    assert network.records[0].path == "/out/c0" and network.records[-1].inputs == [network.records[-2].path]


def test_a_rop_first_reached_through_a_locked_fetch_still_comes_after_its_parents(out):
    ropnet = hou.node("/obj").createNode("ropnet", "fx")
    rop(ropnet, "ifd", "src", inputs=[rop(ropnet, "geometry", "geo")])
    locked = out.createNode("fetch", "locked")
    locked.parm("source").set("/obj/fx/src")
    locked.setLocked(True)
    plain = out.createNode("fetch", "plain")
    plain.parm("source").set("/obj/fx/src")
    merge = out.createNode("merge")
    merge.setInput(0, rop(out, "comp", "first", inputs=[locked]))
    merge.setInput(1, rop(out, "comp", "second", inputs=[plain]))
    network = walk([merge])
    order = [r.path for r in network.records]
    assert order.index("/obj/fx/geo") < order.index("/obj/fx/src") < order.index("/out/second")
    graph = smedge_houdini.build_graph(rops=[merge])
    assert summary(graph)[1]["/obj/fx/src"] == (["/obj/fx/geo"], True)


def test_a_fetch_whose_inputs_lead_to_its_source_is_a_loop(out):
    source = rop(out, "ifd", "source")
    middle = rop(out, "ifd", "middle", inputs=[source])
    fetch = out.createNode("fetch", "get")
    fetch.parm("source").set("/out/source")
    fetch.setInput(0, middle)
    with pytest.raises(RopCycleError) as caught:
        walk([fetch])
    assert caught.value.path == ["/out/source", "/out/middle", "/out/source"]


@pytest.mark.parametrize("type_name", ["ifd", "karma", "Redshift_ROP", "arnold", "vray_renderer", "usdrender",
                                       "opengl", "geometry", "alembic", "usd", "dop", "comp", "shell"])
def test_every_render_and_output_driver_is_a_job(out, type_name):
    node = rop(out, type_name, "r")
    graph = smedge_houdini.build_graph(rops=[node])
    (job_id,) = list(graph)
    assert (graph.value(job_id, "ROP"), graph.value(job_id, "Type"), graph.value(job_id, "Range")) == (
        "/out/r", "Houdini", "1001-1004")


def test_rops_inside_sop_and_lop_networks_are_jobs_whose_inputs_are_data(out):
    geo = hou.node("/obj").createNode("geo", "fx")
    cache = rop(geo, "rop_geometry", "cache")
    cache.setInput(0, geo.createNode("box"))
    usd = rop(hou.node("/stage"), "usd_rop", "export")
    fetches = []
    for source in (cache, usd):
        fetch = out.createNode("fetch")
        fetch.parm("source").set(source.path())
        fetches.append(fetch)
    beauty = rop(out, "karma", "beauty", inputs=fetches)
    assert summary(smedge_houdini.build_graph(rops=[beauty])) == (
        {"/obj/fx/cache": ("1001-1004", None), "/stage/export": ("1001-1004", None),
         "/out/beauty": ("1001-1004", None)},
        {"/out/beauty": (["/obj/fx/cache", "/stage/export"], True)})


def test_frames_asked_of_an_input_pass_through_a_strict_rop_up_the_chain(out):
    sim = rop(out, "geometry", "sim", frames=(1, 2000, 1))
    cache = rop(out, "geometry", "cache", frames=(1001, 1002, 1), inputs=[sim])
    cache.parm("trange").set("on")
    rop(out, "ifd", "beauty", frames=(1001, 1004, 1), inputs=[cache])
    merge = out.createNode("merge", "all")
    merge.setInput(0, out.node("beauty"))
    assert summary(smedge_houdini.build_graph(rops=[merge]))[0] == {
        "/out/sim": ("1001-1002", None), "/out/cache": ("1001-1002", None), "/out/beauty": ("1001-1004", None)}
