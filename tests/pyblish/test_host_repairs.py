"""A Repair that holds after a new collection, in a host package's own settings store: the Nuke fake's
Root knob (a script built through the fake's API, saved in a temporary folder)."""
import pathlib

import pytest

pyblish_util = pytest.importorskip("pyblish.util")
import pyblish.api  # noqa: E402
import pyblish.plugin  # noqa: E402

import integrations.pyblish  # noqa: E402
import smedge_core  # noqa: E402
from integrations.pyblish.stored import store_values, stored_values  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture
def nuke_script(monkeypatch, tmp_path):
    """A saved script: Write1 renders a precomp that Read1 reads and Write2 renders on, so Write2 waits on
    Write1 frame by frame; the stored settings keep Write2 at Priority 40. Returns the host module."""
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "fakes" / "hosts"))
    monkeypatch.syspath_prepend(str(ROOT / "nuke"))
    nuke_host = pytest.importorskip("smedge_nuke.host")
    import nuke

    nuke.scriptClear()
    nuke.createNode("Write", "file {/renders/pre.####.exr}").setSelected(False)
    nuke.createNode("Read", "file {/renders/pre.####.exr}")
    nuke.createNode("Write", "file {/renders/comp.####.exr}")
    nuke.scriptSaveAs(str(tmp_path / "shot.nk"))
    store_values(nuke_host.NukeHost(), {"shot.nk - Write2": {"Priority": 40}})
    nuke.scriptSave()
    yield nuke_host
    nuke.scriptClear()


def failures(context):
    return [(r["plugin"].__name__, r["instance"].name if r["instance"] is not None else None)
            for r in context.data["results"] if r["error"]]


def repair(context, name):
    plugin = next(r["plugin"] for r in context.data["results"] if r["plugin"].__name__ == name)
    action = next(a for a in plugin.actions if a.label == "Repair")
    assert pyblish.plugin.process(plugin, context, None, action.id)["success"]


def test_a_repaired_priority_is_kept_in_the_scripts_root_knob_and_submitted(nuke_script, local_master):
    integrations.pyblish.register("smedge_nuke")
    context = pyblish_util.publish()
    assert failures(context) == [("ValidateSmedgeWaits", "shot.nk - Write2")]
    [record] = next(r for r in context.data["results"] if r["error"])["records"]
    assert record.getMessage().endswith("(highest 50) (fix: raise Priority from 40 to 51)")  # Write1: Nuke's default
    repair(context, "ValidateSmedgeWaits")
    assert stored_values(nuke_script.NukeHost()) == {"shot.nk - Write2": {"Priority": 51}}

    context = pyblish_util.publish()
    assert failures(context) == [("ValidateSmedgeScene", None)]  # the Root knob changed
    repair(context, "ValidateSmedgeScene")
    context = pyblish_util.publish()
    assert failures(context) == []
    job = smedge_core.get_jobs(smedge_core.ids_to_query(context.data["smedgeJobIds"]["shot.nk - Write2"]))[0]
    assert job["Priority"] == 51
