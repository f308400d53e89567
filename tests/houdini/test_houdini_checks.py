"""Houdini's checks, run with the shared validation as the dialog and submit run them (on the fake farm)."""
import json

import pytest

import hou
from houdini_networks import rop
from integrations.host import collect, findings
from integrations.studio import StudioDefaults
from integrations.validate import ERROR, WARNING
from smedge_houdini.host import HoudiniHost

pytestmark = pytest.mark.usefixtures("farm")


def check(rops, **options):
    """[(severity, ROP or None, field, message)] for the saved scene."""
    hou.hipFile.save()
    host = HoudiniHost(rops)
    graph = collect(host, **options)
    rop_of = {job_id: graph.value(job_id, "ROP") for job_id in graph}
    return [(f.severity, rop_of.get(f.job_id), f.field, f.message) for f in findings(host, graph, pools=[])]


def test_a_clean_network_has_no_findings(out):
    assert check([rop(out, "ifd", "beauty", inputs=[rop(out, "geometry", "cache")])]) == []


def test_a_rop_with_no_output_path(out):
    beauty = rop(out, "ifd", "beauty")
    beauty.parm("vm_picture").set("  ")
    stage = rop(out, "usdrender", "stage")
    found = check([beauty, stage])
    assert [(s, r, f) for s, r, f, _ in found] == [(ERROR, "/out/beauty", "ROP"), (WARNING, "/out/stage", "ROP")]
    assert "/out/beauty (ifd) has no output path" in found[0][3]
    assert "render products" in found[1][3]


def test_current_frame_only_where_the_network_renders_ranges(out):
    hou.setFrame(1003)
    still = rop(out, "ifd", "still", frames=None)
    assert check([still]) == []
    found = check([still, rop(out, "ifd", "beauty")])
    assert [(s, r, f) for s, r, f, _ in found] == [(WARNING, "/out/still", "Range")]
    assert "current frame 1003" in found[0][3]
    assert check([rop(out, "ifd", "comp", inputs=[still])]) == []  # an input renders the frames asked of it


def test_a_rop_type_with_no_smedge_product(out, tmp_path):
    dep = rop(out, "framedep", "dep", frames=None)
    found = check([dep])
    assert (ERROR, "/out/dep", "Type") in [(s, r, f) for s, r, f, _ in found]
    message = next(m for s, r, f, m in found if f == "Type" and "no Smedge product" in m)
    assert "'framedep' ROP" in message and "hosts.houdini.renderers" in message
    host = HoudiniHost([dep], studio=StudioDefaults("houdini", {"hosts": {"houdini": {
        "renderers": {"framedep": "Generic Script"}}}}))
    graph = collect(host)
    assert [graph.value(j, "Type") for j in graph] == ["Generic Script"]


def test_studio_renderers_choose_the_product_of_known_types(out):
    host = HoudiniHost([rop(out, "Redshift_ROP", "rs")], studio=StudioDefaults("houdini", {"hosts": {"houdini": {
        "renderers": {"redshift_rop": "Houdini Redshift"}}}}))
    graph = collect(host)
    assert [graph.value(j, "Type") for j in graph] == ["Houdini Redshift"]


def test_frames_that_are_not_whole(out):
    found = check([rop(out, "ifd", "beauty", frames=(1001, 1004.5, 1))])
    assert [(s, r, f) for s, r, f, _ in found if "whole" in _] == [(ERROR, "/out/beauty", "Range")]
    found = check([rop(out, "ifd", "back", frames=(1004, 1001, 1))])
    assert (ERROR, "/out/back", "Range") in [(s, r, f) for s, r, f, _ in found]


def test_a_simulation_split_into_packets_is_an_error_with_a_fix(out):
    sim = rop(out, "geometry", "sim")
    sim.parm("initsim").set(1)
    hou.hipFile.save()
    host = HoudiniHost([sim])
    graph = collect(host)
    job_id = next(iter(graph))
    assert graph.value(job_id, "PacketSize") == 4 and findings(host, graph, pools=[]) == []
    graph.set_value(job_id, "PacketSize", 2)  # as a common packet size from the dialog does
    found = [f for f in findings(host, graph, pools=[]) if f.field == "PacketSize"]
    assert len(found) == 1 and "all its 4 frames must be one packet" in found[0].message
    found[0].apply(graph)
    assert graph.value(job_id, "PacketSize") == 4


def test_a_fetch_of_something_that_is_not_a_rop(out):
    fetch = out.createNode("fetch", "get")
    fetch.parm("source").set("/obj/nothing")
    found = check([rop(out, "ifd", "beauty", inputs=[fetch])])
    assert [(s, r, f) for s, r, f, _ in found] == [(ERROR, None, "ROP")]
    assert "Fetch /out/get has source '/obj/nothing', which is not a ROP" in found[0][3]


def test_nothing_to_render(out):
    beauty = rop(out, "ifd", "beauty")
    beauty.bypass(True)
    found = check([beauty])
    assert [(s, r, f) for s, r, f, _ in found] == [(ERROR, None, "")] and "Nothing to render" in found[0][3]


def test_an_unsaved_hip_file_is_the_shared_scene_check(out):
    hou.hipFile.clear(suppress_save_prompt=True)
    host = HoudiniHost([rop(hou.node("/out"), "ifd", "beauty")])
    found = findings(host, collect(host), pools=[])
    assert [(f.severity, f.field) for f in found] == [(ERROR, "Scene")] and "never been saved" in found[0].message
    json.dumps([str(f) for f in found])
