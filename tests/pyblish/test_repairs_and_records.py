"""What a Pyblish UI relies on, with real pyblish-base: a Repair that holds after a new collection (a UI's
Reset), and a failed validator that shows every finding, as a record each and in its error's one line."""
import uuid

import pytest

pyblish_util = pytest.importorskip("pyblish.util")
import pyblish.api  # noqa: E402
import pyblish.plugin  # noqa: E402

import smedge_core  # noqa: E402
from integrations.pyblish import FAMILY, PLUGIN_PATH  # noqa: E402
from integrations.pyblish.stored import store_values, stored_values  # noqa: E402
from pyblish_helpers import MemoryHost, a_scene_with_a_stale_priority, collector_for  # noqa: E402


def failures(context):
    """``[(plug-in, instance or None)]`` of the failed results."""
    return [(r["plugin"].__name__, r["instance"].name if r["instance"] is not None else None)
            for r in context.data["results"] if r["error"]]


def repair(context, name):
    plugin = next(r["plugin"] for r in context.data["results"] if r["plugin"].__name__ == name)
    action = next(a for a in plugin.actions if a.label == "Repair")
    result = pyblish.plugin.process(plugin, context, None, action.id)
    assert result["success"], result["error"]
    return [record.getMessage() for record in result["records"]]


def test_collection_applies_the_values_stored_with_the_scene(no_cli):
    host = a_scene_with_a_stale_priority()
    store_values(host, {"sh010 - volumes": {"enabled": False, "Range": "1001-1002"}})
    pyblish.api.register_plugin(collector_for(host))
    context = pyblish_util.collect()
    assert [(i.data["smedgeJob"]["Priority"], i.data["smedgeJob"]["Range"], i.data.get("publish", True))
            for i in context] == [(50, "1001-1004", True), (50, "1001-1002", False), (40, "1001-1004", True)]


def test_a_repair_is_stored_with_the_scene_and_holds_after_a_new_collection(local_master):
    host = a_scene_with_a_stale_priority()
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    pyblish.api.register_plugin(collector_for(host))
    context = pyblish_util.publish()
    assert failures(context) == [("ValidateSmedgeWaits", "sh010 - comp"), ("ValidateSmedgeHost", "sh010 - beauty"),
                                 ("ValidateSmedgeHost", "sh010 - volumes")]
    assert repair(context, "ValidateSmedgeWaits")[-1] == (
        "Stored with the scene, for the next collection: the new values of sh010 - comp")
    repair(context, "ValidateSmedgeHost")
    assert stored_values(host) == {"sh010 - comp": {"Priority": 51}, "sh010 - beauty": {"RenderDir": "/proj/images"},
                                   "sh010 - volumes": {"RenderDir": "/proj/images"}}

    context = pyblish_util.publish()  # collected again: storing the values changed the scene
    assert failures(context) == [("ValidateSmedgeScene", None)]
    repair(context, "ValidateSmedgeScene")
    assert host.saves == 2 and not host.is_modified()

    context = pyblish_util.publish()
    assert failures(context) == []
    ids = [i.data["smedgeJobId"] for i in context]
    arrived = dict((str(job["ID"]), job) for job in smedge_core.get_jobs(smedge_core.ids_to_query(ids)))
    assert [(arrived[i]["Priority"], arrived[i].get("RenderDir")) for i in ids] == [
        (50, "/proj/images"), (50, "/proj/images"), (51, "")]


def test_a_failed_validation_with_three_findings_shows_three_records_and_all_three_in_its_message(local_master):
    class BreakTheComp(pyblish.api.InstancePlugin):
        """A studio plug-in that sets three bad values on the comp after collection."""
        order = pyblish.api.CollectorOrder + 0.4
        families = [FAMILY]

        def process(self, instance):
            if instance.data["smedgeJob"]["Type"] == "Nuke":
                instance.data["smedgeJob"].update(Range="1001-oops", PacketSize=0, Priority="high")

    pyblish.api.register_plugin_path(PLUGIN_PATH)
    plugins = [collector_for(MemoryHost()), BreakTheComp] + [
        p for p in pyblish.api.discover() if p.__name__ in ("ValidateSmedgeMaster", "ValidateSmedgeJobs")]
    context = pyblish_util.publish(plugins=plugins)
    [failed] = [r for r in context.data["results"] if r["error"]]
    assert (failed["plugin"].__name__, failed["instance"].name) == ("ValidateSmedgeJobs", "sh010 - comp")
    records = [(record.levelname, record.getMessage()) for record in failed["records"]]
    assert [level for level, _ in records] == ["ERROR"] * 3
    assert [message.split(" [")[1].split("]")[0] for _, message in records] == ["Range", "PacketSize", "Priority"]
    message = str(failed["error"])
    assert "\n" not in message and message.startswith("3 error(s): error: sh010 - comp [Range]: ")
    assert all(text in message for _, text in records)
    assert all(record.args in ((), None) for record in failed["records"])


def test_the_records_of_a_publish_are_formatted_text():
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    host = MemoryHost()
    pyblish.api.register_plugin(collector_for(host))
    context = pyblish_util.collect()
    [record] = context.data["results"][0]["records"]
    assert (record.msg, record.args) == (f"3 Smedge jobs from {host.path}", ())
    assert all(uuid.UUID(i.data["smedgeJobId"]) for i in context)


def test_an_instance_validator_validates_again_when_a_tick_box_changed_between_passes(no_cli):
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    validator = next(p for p in pyblish.api.discover() if p.__name__ == "ValidateSmedgeHost")
    pyblish.api.register_plugin(collector_for(MemoryHost(render_dir="")))
    context = pyblish_util.collect()
    beauty, volumes, comp = list(context)
    comp.data["publish"] = False  # it waits on both layers: with one of them unticked, it could not be sent

    def validation_pass():  # as a UI runs one: each publishing instance in the context's order
        return [i.name for i in context if i.data.get("publish", True)
                and not pyblish.plugin.process(validator, context, i)["success"]]

    beauty.data["publish"] = False
    assert validation_pass() == ["sh010 - volumes"]
    beauty.data["publish"] = True
    assert validation_pass() == ["sh010 - beauty", "sh010 - volumes"]
    volumes.data["smedgeJob"]["RenderDir"] = "/proj/images"
    beauty.data["publish"] = False
    assert validation_pass() == []


def test_a_finding_on_no_job_fails_the_first_publishing_instance_only(no_cli):
    from integrations.validate import ERROR, Finding

    host = MemoryHost()
    host.studio.findings.append(Finding(ERROR, "studio defaults", None, "hosts.maya.priority", "not a number: 'x'"))
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    plugins = [collector_for(host), *[p for p in pyblish.api.discover() if p.__name__ == "ValidateSmedgeHost"]]
    context = pyblish_util.publish(plugins=plugins)
    assert [(r["instance"].name, str(r["error"])) for r in context.data["results"] if r["error"]] == [
        ("sh010 - beauty", "1 error(s): error: studio defaults [hosts.maya.priority]: not a number: 'x'")]
