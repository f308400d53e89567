"""Scripts written as Nuke writes them (tests/nuke/scripts): precomp chains, read-back Writes, own ranges,
Groups, a disabled Write, render orders, selection; collected and built into jobs."""
import os

import pytest

import nuke
import smedge_nuke
from smedge_nuke import collect, jobs
from smedge_nuke.host import NukeHost


def by_write(graph):
    return {graph.value(job_id, "WriteNode"): job_id for job_id in graph}


def test_a_precomp_chain_waits_frame_by_frame(open_script):
    path = open_script("precomp.nk")
    folder = os.path.dirname(path)
    script = collect.script()
    writes = {w.name: w for w in script.writes}
    assert writes["WritePrecomp"].file == "renders/precomp/precomp.####.exr"
    assert writes["WritePrecomp"].path == folder + "/renders/precomp/precomp.%04d.exr"  # Nuke's notation
    assert writes["WriteComp"].path == folder + "/renders/comp/precomp.%04d.exr"  # [file rootname [file tail ...]]
    assert [r.path for r in script.reads] == [folder + "/renders/precomp/precomp.%04d.exr"]
    assert writes["WriteComp"].reads == ["ReadPrecomp"]
    assert jobs.dependencies(script) == {"WritePrecomp": [], "WriteComp": ["WritePrecomp"]}

    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    comp, precomp = ids["WriteComp"], ids["WritePrecomp"]
    assert graph.parents(comp) == [precomp] and graph.waits_per_frame(comp)
    assert graph.parents(precomp) == []
    assert graph.priority(comp) > graph.priority(precomp)
    job = graph.job(comp)
    assert (job["Name"], job["Range"], job["Scene"], job["RenderDir"]) == (
        "precomp.nk - WriteComp", "1001-1004", path, folder + "/renders/comp")


def test_a_write_reading_its_files_back_is_needed_but_a_pass_through_write_is_not(open_script):
    open_script("readback.nk")
    script = collect.script()
    assert jobs.dependencies(script) == {"WriteBG": [], "WriteFG": ["WriteBG"], "WriteFinal": ["WriteBG"]}
    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    assert graph.parents(ids["WriteFinal"]) == [ids["WriteBG"]]  # not WriteFG: its pixels only pass through
    assert graph.parents(ids["WriteFG"]) == [ids["WriteBG"]]
    assert {graph.value(i, "Range") for i in graph} == {"1-10"}


def test_own_ranges_groups_gizmos_disabled_writes_and_render_order(open_script):
    open_script("ranges.nk")
    script = collect.script()
    writes = {w.name: w for w in script.writes}
    assert list(writes) == ["WriteLimited", "WriteDisabled", "Precomps.WriteInGroup", "WriteGizmo"]
    assert writes["WriteDisabled"].disabled
    assert (writes["Precomps.WriteInGroup"].first, writes["Precomps.WriteInGroup"].last) == (5, 15)
    assert writes["WriteGizmo"].reads == [] and writes["WriteGizmo"].file_type == "png"

    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    assert sorted(ids) == ["Precomps.WriteInGroup", "WriteGizmo", "WriteLimited"]  # the disabled one is left out
    assert [graph.value(ids[n], "Range") for n in ("WriteLimited", "Precomps.WriteInGroup", "WriteGizmo")] == [
        "10-20", "5-15", "1-50"]
    # render order 2 waits on every Write of order 1
    assert graph.parents(ids["WriteLimited"]) == [ids["Precomps.WriteInGroup"], ids["WriteGizmo"]]
    assert graph.waits_per_frame(ids["WriteLimited"])
    assert graph.parents(ids["Precomps.WriteInGroup"]) == graph.parents(ids["WriteGizmo"]) == []


def test_selected_only(open_script):
    open_script("ranges.nk")
    graph = smedge_nuke.build_graph(selected=True)
    assert [graph.value(i, "WriteNode") for i in graph] == ["WriteLimited"]
    assert graph.parents(next(iter(graph))) == []  # the Writes of order 1 are not sent, so nothing to wait on
    nuke.toNode("WriteLimited").setSelected(False)
    nuke.toNode("Precomps").setSelected(True)  # a selected Group selects the Writes inside
    graph = smedge_nuke.build_graph(selected=True)
    assert [graph.value(i, "WriteNode") for i in graph] == ["Precomps.WriteInGroup"]


def test_one_job_for_all_writes(open_script):
    open_script("ranges.nk")
    [job] = smedge_nuke.build_graph(one_job=True).jobs()
    assert (job["WriteNode"], job["Range"], job["Name"]) == ("", "1-50", "ranges.nk - all Writes")
    [job] = smedge_nuke.build_graph(one_job=True, selected=True).jobs()
    assert (job["WriteNode"], job["Range"]) == ("WriteLimited", "10-20")


def test_unknown_options_are_refused(open_script):
    open_script("ranges.nk")
    with pytest.raises(ValueError, match=r"Unknown Nuke option.*'selection'.*known: one_job, review, selected, split"):
        smedge_nuke.build_graph(selection=True)


def test_views_and_proxy_mode(open_script):
    open_script("ranges.nk")
    nuke.root()["views"].setValue("left #ff0000\nright #00ff00")
    nuke.root()["proxy"].setValue(True)
    nuke.toNode("WriteGizmo")["proxy"].setValue("out/proxy/gizmo.####.png")
    nuke.toNode("WriteLimited")["views"].setValue("left")
    script = collect.script()
    writes = {w.name: w for w in script.writes}
    assert writes["WriteGizmo"].path.endswith("/out/proxy/gizmo.%04d.png")  # proxy mode renders the proxy file
    assert writes["WriteLimited"].views == ["left"] and writes["WriteGizmo"].views == ["left", "right"]
    graph = smedge_nuke.build_graph(split=True)
    names = sorted(graph.value(i, "Name") for i in graph)
    assert names == ["ranges.nk - Precomps.WriteInGroup (left)", "ranges.nk - Precomps.WriteInGroup (right)",
                     "ranges.nk - WriteGizmo (left)", "ranges.nk - WriteGizmo (right)",
                     "ranges.nk - WriteLimited (left)"]
    by_name = {graph.value(i, "Name"): i for i in graph}
    limited = by_name["ranges.nk - WriteLimited (left)"]
    assert graph.value(limited, "Extra") == "--view left -p"
    assert [graph.name(p) for p in graph.parents(limited)] == [
        "ranges.nk - Precomps.WriteInGroup (left)", "ranges.nk - WriteGizmo (left)"]  # the same view only


def test_tcl_and_env_in_file_knobs(open_script, monkeypatch):
    open_script("ranges.nk")
    monkeypatch.setenv("SHOT_ROOT", "/shows/abc/sh030")
    write = nuke.toNode("WriteGizmo")
    write["file"].setValue("$env(SHOT_ROOT)/comp/[value name]_v[value root.last_frame].%04d.png")
    write2 = nuke.toNode("WriteLimited")
    write2["file"].setValue("[python {nuke.root().name()}]/x.exr")
    writes = {w.name: w for w in collect.script().writes}
    assert writes["WriteGizmo"].path == "/shows/abc/sh030/comp/WriteGizmo_v50.%04d.png"
    assert writes["WriteLimited"].path == "" and "cannot be evaluated" in writes["WriteLimited"].error


def test_an_unsaved_script_collects_against_the_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    constant = nuke.nodes.Constant()
    nuke.nodes.Write(file="render.####.exr", inputs=[constant])
    script = collect.script()
    assert script.path == "" and script.modified
    assert script.writes[0].path == str(tmp_path) + "/render.%04d.exr"
    [job] = smedge_nuke.build_graph().jobs()
    assert job["Name"] == "untitled - Write1" and job["Scene"] == ""


def test_a_render_order_the_files_contradict_is_not_followed(open_script, farm):
    open_script("precomp.nk")
    nuke.toNode("WritePrecomp")["render_order"].setValue(2)  # Nuke would render the comp first
    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    assert graph.parents(ids["WriteComp"]) == [ids["WritePrecomp"]]  # the files decide
    assert graph.parents(ids["WritePrecomp"]) == []  # no cycle through the render order
    [finding] = [f for check in NukeHost().checks() for f in check(graph)]
    assert finding.severity == "warning" and finding.message.startswith(
        "WriteComp (render order 1) needs the files of WritePrecomp (render order 2)")


def test_studio_defaults_split_views_and_set_the_base_priority(open_script, tmp_path, monkeypatch):
    config = tmp_path / "studio.json"
    config.write_text('{"version": 1, "hosts": {"nuke": {"split": true, "priority": 60, "pool": "comp"}}}',
                      encoding="utf-8")
    monkeypatch.setenv("SMEDGE_SUBMIT_CONFIG", str(config))
    monkeypatch.setenv("SMEDGE_SUBMIT_USER_CONFIG", str(tmp_path / "no-user-config.json"))
    open_script("precomp.nk")
    nuke.root()["views"].setValue("left\nright")
    graph = smedge_nuke.build_graph()
    names = {graph.value(i, "Name"): i for i in graph}
    assert sorted(names) == ["precomp.nk - WriteComp (left)", "precomp.nk - WriteComp (right)",
                             "precomp.nk - WritePrecomp (left)", "precomp.nk - WritePrecomp (right)"]
    comp = names["precomp.nk - WriteComp (right)"]
    assert [graph.name(p) for p in graph.parents(comp)] == ["precomp.nk - WritePrecomp (right)"]
    assert graph.priority(comp) == 61 and graph.priority(names["precomp.nk - WritePrecomp (right)"]) == 60
    assert {graph.value(i, "Pool") for i in graph} == {"comp"}
    assert len(smedge_nuke.build_graph(split=False)) == 2


def test_a_retime_between_precomp_and_comp_waits_for_the_whole_job(open_script):
    """Comp frame N behind a TimeOffset reads precomp frame N - offset: no per-frame wait."""
    open_script("retime.nk")
    script = collect.script()
    comp = next(w for w in script.writes if w.name == "WriteComp")
    assert comp.reads == ["ReadPrecomp"] and comp.retimed == ["ReadPrecomp"]
    assert jobs.links(script)["WriteComp"] == {"WritePrecomp": False}
    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    assert graph.parents(ids["WriteComp"]) == [ids["WritePrecomp"]]
    assert not graph.waits_per_frame(ids["WriteComp"])
    assert graph.priority(ids["WriteComp"]) == graph.priority(ids["WritePrecomp"])  # the shared rule: per frame only
    nuke.toNode("TimeOffset1")["disable"].setValue(True)  # a disabled retime passes the frames through
    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    assert graph.parents(ids["WriteComp"]) == [ids["WritePrecomp"]] and graph.waits_per_frame(ids["WriteComp"])


def test_a_child_with_one_retimed_parent_waits_on_every_parent_for_the_whole_job(open_script):
    """Smedge has one WaitForWholeJob flag per job: the render-order wait follows the retimed one."""
    open_script("retime.nk")
    nuke.toNode("WriteComp")["render_order"].setValue(2)
    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    assert graph.parents(ids["WriteComp"]) == [ids["WritePrecomp"], ids["WriteSwitch"]]
    assert not graph.waits_per_frame(ids["WriteComp"])


@pytest.mark.parametrize("node, mode, frame, per_frame", [
    ("ReadPrecomp", "offset", "2", False),
    ("ReadPrecomp", "offset", "0", True),
    ("ReadPrecomp", "start at", "1", False),
    ("ReadPrecomp", "expression", "frame", True),
    ("WritePrecomp", "start at", "1", False),  # the precomp's file N is not its frame N
    ("WritePrecomp", "expression", "frame-1000", False),
    ("WritePrecomp", "expression", "", True),
    ("WriteComp", "offset", "10", True),  # the comp's own numbering does not change what it reads
])
def test_read_and_write_frame_offsets(open_script, node, mode, frame, per_frame):
    open_script("precomp.nk")
    nuke.toNode(node)["frame_mode"].setValue(mode)
    nuke.toNode(node)["frame"].setValue(frame)
    graph = smedge_nuke.build_graph()
    ids = by_write(graph)
    assert graph.parents(ids["WriteComp"]) == [ids["WritePrecomp"]]
    assert graph.waits_per_frame(ids["WriteComp"]) is per_frame


def test_only_the_switch_input_it_shows_is_followed(open_script):
    open_script("retime.nk")
    switch = nuke.toNode("Switch1")
    assert switch.input(0).name() == "ReadPlate" and switch.input(1).name() == "Grade1"
    script = collect.script()
    assert [w.reads for w in script.writes if w.name == "WriteSwitch"] == [["ReadPlate"]]
    assert jobs.dependencies(script)["WriteSwitch"] == []  # the precomp is on the input it does not show
    switch["which"].setValue(1)
    assert jobs.links(collect.script())["WriteSwitch"] == {"WritePrecomp": True}
    switch["which"].setValue(7)  # past the last input: the last one
    assert jobs.links(collect.script())["WriteSwitch"] == {"WritePrecomp": True}
    switch["which"].setValue(0)
    switch["which"].setExpression("root.frame")  # animated: any input may show on some frame
    script = collect.script()
    assert [w.reads for w in script.writes if w.name == "WriteSwitch"] == [["ReadPlate", "ReadPrecompAgain"]]
    assert jobs.links(script)["WriteSwitch"] == {"WritePrecomp": True}
