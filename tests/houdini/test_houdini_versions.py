"""The package in Houdini 19.5 (no ``hou.OpNode`` before Houdini 20) and in hython (no UI, and the hip
file always "has unsaved changes"), with the fake hou playing each (see conftest.houdini_as)."""
import logging

import pytest

import hou
import smedge_core
from houdini_networks import rop
from integrations.validate import ValidationError
from smedge_core.sandbox import states


def test_the_fake_plays_houdini_19_5(out_19_5):
    assert hou.applicationVersion() == (19, 5, 805) and hou.applicationVersionString() == "19.5.805"
    assert not hasattr(hou, "OpNode")
    beauty = out_19_5.createNode("ifd", "beauty")
    assert isinstance(beauty, hou.RopNode) and isinstance(beauty, hou.Node)


def test_the_fake_is_houdini_20_5_again_afterwards(out):
    assert hou.applicationVersion() == (20, 5, 370) and hou.OpNode is hou.Node
    assert hou.isUIAvailable() and hasattr(hou, "ui")


@pytest.mark.usefixtures("local_master")
def test_houdini_19_5_imports_walks_and_submits(out_19_5):
    import smedge_houdini
    from smedge_houdini import rop as smedge_rop
    from smedge_houdini import collect as walk

    cache = rop(out_19_5, "geometry", "cache")
    fetch = out_19_5.createNode("fetch", "get_cache")
    fetch.parm("source").set("/out/cache")
    beauty = rop(out_19_5, "ifd", "beauty", inputs=[fetch])
    node = smedge_rop.create(out_19_5, [beauty])
    assert [r.path for r in walk.walk("/out/smedge_submit").records] == ["/out/cache", "/out/beauty"]
    assert walk.resolve("/out") == [cache, node]  # what nothing is wired to (a Fetch is no wire)
    with pytest.raises(ValueError, match="'/out/nothing' is not a node"):
        walk.resolve("/out/nothing")
    hou.hipFile.save()
    result = smedge_houdini.submit(rops=[node], paused=True)
    jobs = {j["ROP"]: j for j in smedge_core.get_jobs(smedge_core.ids_to_query(list(result.ids.values())))}
    assert sorted(jobs) == ["/out/beauty", "/out/cache"]
    assert jobs["/out/beauty"]["WaitForJobID"] == [jobs["/out/cache"]["ID"]]
    assert {j["Status"] for j in jobs.values()} == {states.JOB_PAUSED}


def test_the_fake_plays_hython(out_hython):
    assert not hou.isUIAvailable() and not hasattr(hou, "ui")
    assert hou.hipFile.hasUnsavedChanges()
    hou.hipFile.save()
    assert hou.hipFile.hasUnsavedChanges()  # SideFX: "In hython it will always return True"


def test_in_hython_the_hip_file_counts_as_modified_until_the_host_saves_it(out_hython):
    from smedge_houdini.host import HoudiniHost

    host = HoudiniHost([rop(out_hython, "ifd", "beauty")])
    hou.hipFile.save()
    assert host.is_modified()  # Houdini cannot tell; a save by someone else proves nothing about now
    assert host.save() == hou.hipFile.path() and not host.is_modified()
    assert HoudiniHost([out_hython.node("beauty")]).is_modified()  # another host has not saved it


@pytest.mark.usefixtures("local_master")
def test_headless_submit_in_hython_refuses_without_fix_and_saves_and_submits_with_it(out_hython):
    import smedge_houdini

    beauty = rop(out_hython, "ifd", "beauty", inputs=[rop(out_hython, "geometry", "cache")])
    hou.hipFile.save()
    with pytest.raises(ValidationError, match="changes that are not saved"):
        smedge_houdini.submit(rops=[beauty])
    result = smedge_houdini.submit(rops=[beauty], fix=True, paused=True)
    jobs = smedge_core.get_jobs(smedge_core.ids_to_query(list(result.ids.values())))
    assert sorted(j["ROP"] for j in jobs) == ["/out/beauty", "/out/cache"]
    assert {(j["Scene"], j["Status"]) for j in jobs} == {(hou.hipFile.path(), states.JOB_PAUSED)}


def test_the_submit_button_in_hython_logs_instead_of_opening_a_message(out_hython, caplog):
    from smedge_houdini import rop as smedge_rop

    node = smedge_rop.create(out_hython, [rop(out_hython, "ifd", "beauty")])
    hou.hipFile.save()
    with caplog.at_level(logging.INFO, logger="smedge_houdini"):
        node.parm("submit").pressButton()  # no hou.ui in hython: it must not be touched
    assert "Submit refused" in caplog.text and "changes that are not saved" in caplog.text
