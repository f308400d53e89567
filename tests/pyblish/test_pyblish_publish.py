"""The Smedge Pyblish plug-ins with real pyblish-base, over an in-memory host, against the local master
(or no Smedge at all where a publish must stop before one is asked)."""
import json
import os
import pathlib
import subprocess
import sys
import uuid

import pytest

pyblish_util = pytest.importorskip("pyblish.util")
import pyblish.api  # noqa: E402
import pyblish.plugin  # noqa: E402

import smedge_core  # noqa: E402
from integrations.pyblish import FAMILY, PLUGIN_PATH  # noqa: E402
from integrations.pyblish import instances as smedge_instances  # noqa: E402
from smedge_core.sandbox import states  # noqa: E402
from smedge_core.sandbox.products import GENERIC_SCRIPT_ID  # noqa: E402
from fakes.history import wait_complete  # noqa: E402
from pyblish_helpers import MemoryHost, collector_for, work_spans  # noqa: E402

SHARED = ["ValidateSmedgeMaster", "ValidateSmedgeScene", "ValidateSmedgeJobs", "ValidateSmedgePools",
          "ValidateSmedgeWaits", "ValidateSmedgeHost", "IntegrateSmedge"]
NAMES = ["sh010 - beauty", "sh010 - volumes", "sh010 - comp"]


def publish(host, *extra):
    """Register the shared plug-ins' path and a collector over ``host``; publish; return the context."""
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    pyblish.api.register_plugin(collector_for(host))
    for plugin in extra:
        pyblish.api.register_plugin(plugin)
    return pyblish_util.publish()


def results(context, name):
    return [r for r in context.data["results"] if r["plugin"].__name__ == name]


def errors(context):
    """``{plug-in name: [error message of each failed result]}`` (an instance plug-in fails per instance)."""
    failed = {}
    for r in context.data["results"]:
        if r["error"]:
            failed.setdefault(r["plugin"].__name__, []).append(str(r["error"]))
    return failed


def run(plugin, context):
    """Process ``plugin`` as a UI does: once over the context, or once per publishing instance of its
    family; the results."""
    if issubclass(plugin, pyblish.api.ContextPlugin):
        return [pyblish.plugin.process(plugin, context)]
    return [pyblish.plugin.process(plugin, context, instance) for instance in context
            if instance.data["family"] == FAMILY and instance.data.get("publish", True)]


def passes(plugin, context):
    return all(result["success"] for result in run(plugin, context))


def discovered(name):
    return next(plugin for plugin in pyblish.api.discover() if plugin.__name__ == name)


def run_action(context, plugin, label="Repair"):
    """Run a plug-in's action as a Pyblish UI does: ``pyblish.plugin.process(plugin, context, None, id)``."""
    action = next(a for a in plugin.actions if a.label == label)
    return pyblish.plugin.process(plugin, context, None, action.id)


def test_importing_integrations_and_its_pyblish_package_does_not_import_pyblish():
    code = ("import sys, integrations, integrations.pyblish, integrations.pyblish.instances, "
            "integrations.pyblish.rules, integrations.pyblish.publish_job; "
            "print(sorted(m for m in sys.modules if m == 'pyblish' or m.startswith('pyblish.')))")
    root = pathlib.Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, check=True, cwd=str(root))
    assert out.stdout.decode().strip() == "[]"


def test_collection_makes_one_plain_instance_per_job(pyblish_api):
    host = MemoryHost()
    pyblish.api.register_plugin(collector_for(host))
    context = pyblish_util.collect()
    assert [i.name for i in context] == NAMES
    beauty, _volumes, comp = list(context)
    assert all(i.data["family"] == FAMILY for i in context)
    assert comp.data["smedgeJob"] == {"Name": "sh010 - comp", "Type": "Nuke", "Scene": "/proj/sh010.nk",
                                      "Range": "1001-1004", "Priority": 55, "WriteNode": "Write1"}
    assert beauty.data["smedgeJob"]["Extra"] == "-rl beauty"
    assert comp.data["smedgeWaitFor"] == ["sh010 - beauty", "sh010 - volumes"]
    assert comp.data["smedgeWaitPerFrame"] is True and beauty.data["smedgeWaitFor"] == []
    assert len(set(uuid.UUID(i.data["smedgeJobId"]) for i in context)) == 3
    plain = [dict((k, v) for k, v in i.data.items() if k.startswith("smedge")) for i in context]
    assert json.loads(json.dumps(plain)) == plain
    assert context.data["smedgeHost"] is host


def test_a_passing_publish_submits_one_batch_and_the_instances_carry_the_ids(local_master, tool_calls):
    context = publish(MemoryHost())
    assert errors(context) == {}
    assert [call for call in tool_calls if call[0] == "Submit"] == [["Submit", "-FromFile"]]
    ids = [uuid.UUID(i.data["smedgeJobId"]) for i in context]
    assert context.data["smedgeJobIds"] == dict((i.name, i.data["smedgeJobId"]) for i in context)
    arrived = dict((job["ID"], job) for job in smedge_core.get_jobs(smedge_core.ids_to_query(ids)))
    assert [arrived[i]["Name"] for i in ids] == NAMES
    assert arrived[ids[2]]["WaitForJobID"] == ids[:2] and not arrived[ids[2]]["WaitForWholeJob"]
    assert [arrived[i]["Priority"] for i in ids] == [50, 50, 55]
    assert [r["plugin"].__name__ for r in context.data["results"] if r["success"]][-1] == "IntegrateSmedge"


def test_a_failing_validator_stops_the_publish_before_any_smedge_tool_runs(no_cli):
    host = MemoryHost(modified=True)
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    plugins = [collector_for(host)] + [p for p in pyblish.api.discover() if p.__name__ in (
        "ValidateSmedgeScene", "IntegrateSmedge")]
    context = pyblish_util.publish(plugins=plugins)
    assert errors(context) == {"ValidateSmedgeScene": [
        "1 error(s): error: Scene [Scene]: sh010.mb has changes that are not saved; the farm renders the saved "
        f"file (fix: save {host.path})"]}
    assert results(context, "IntegrateSmedge") == []
    assert "smedgeJobIds" not in context.data and host.saves == 0


def test_an_unknown_pool_fails_with_the_shared_message_and_nothing_is_submitted(local_master, tool_calls):
    context = publish(MemoryHost(pool="gpu-nowhere"))
    failed = errors(context)
    assert list(failed) == ["ValidateSmedgePools"]
    assert ["{}: {}".format(m.split(" [")[0], m.split("; available:")[0].split(": ")[-1])
            for m in failed["ValidateSmedgePools"]] == [
        "1 error(s): error: sh010 - beauty: Unknown pool 'gpu-nowhere'",
        "1 error(s): error: sh010 - volumes: Unknown pool 'gpu-nowhere'",
        "1 error(s): error: sh010 - comp: Unknown pool 'gpu-nowhere'"]
    assert not [call for call in tool_calls if call[0] == "Submit"]
    assert results(context, "IntegrateSmedge") == []


def test_no_render_instances_no_smedge_work(no_cli):
    pyblish.api.register_plugin_path(PLUGIN_PATH)

    class CollectModel(pyblish.api.ContextPlugin):
        order = pyblish.api.CollectorOrder

        def process(self, context):
            context.create_instance("model", family="model")

    pyblish.api.register_plugin(CollectModel)
    context = pyblish_util.publish()
    assert errors(context) == {}
    # the instance validators have no instance of their family to run on; the context plug-ins return at once
    assert sorted(r["plugin"].__name__ for r in context.data["results"]) == sorted([
        "CollectModel", "ValidateSmedgeMaster", "ValidateSmedgeScene", "IntegrateSmedge"])


def test_the_repair_action_saves_the_scene(no_cli):
    host = MemoryHost(modified=True)
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    validator = discovered("ValidateSmedgeScene")
    context = pyblish_util.publish(plugins=[collector_for(host), validator])
    assert list(errors(context)) == ["ValidateSmedgeScene"]
    result = run_action(context, validator)
    assert result["success"] and result["error"] is None
    assert host.saves == 1 and not host.is_modified()
    assert passes(validator, context)


def test_collection_raises_a_per_frame_comp_above_its_parents(no_cli):
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    context = pyblish_util.publish(plugins=[collector_for(MemoryHost(comp_priority=40))])
    assert [i.data["smedgeJob"]["Priority"] for i in context] == [50, 50, 51]


def test_the_repair_action_raises_the_comp_priority_and_the_raised_one_is_submitted(local_master, tool_calls):
    class LowerCompPriority(pyblish.api.InstancePlugin):
        """A studio plug-in that breaks the per-frame priority rule after collection."""
        order = pyblish.api.CollectorOrder + 0.4
        families = [FAMILY]

        def process(self, instance):
            if instance.data["smedgeJob"]["Type"] == "Nuke":
                instance.data["smedgeJob"]["Priority"] = 40

    context = publish(MemoryHost(), LowerCompPriority)
    assert list(errors(context)) == ["ValidateSmedgeWaits"]
    assert errors(context)["ValidateSmedgeWaits"] == [
        "1 error(s): error: sh010 - comp [Priority]: Priority 40: waits per frame, so its Priority must be above "
        "its parents' (highest 50) (fix: raise Priority from 40 to 51)"]
    assert [r["instance"].name for r in results(context, "ValidateSmedgeWaits") if r["error"]] == ["sh010 - comp"]
    validator = discovered("ValidateSmedgeWaits")
    assert run_action(context, validator)["success"]
    comp = context[2]
    assert comp.data["smedgeJob"]["Priority"] == 51
    assert passes(validator, context)
    assert pyblish.plugin.process(discovered("IntegrateSmedge"), context)["success"]
    assert smedge_core.get_jobs(smedge_core.ids_to_query(comp.data["smedgeJobId"]))[0]["Priority"] == 51
    assert [call for call in tool_calls if call[0] == "Submit"] == [["Submit", "-FromFile"]]


def test_the_repair_action_applies_a_host_check_fix(no_cli):
    host = MemoryHost(render_dir="")
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    validator = discovered("ValidateSmedgeHost")
    context = pyblish_util.publish(plugins=[collector_for(host), validator])
    assert [r["instance"].name for r in results(context, "ValidateSmedgeHost") if r["error"]] == [
        "sh010 - beauty", "sh010 - volumes"]
    assert all("[RenderDir]: no output folder" in m for m in errors(context)["ValidateSmedgeHost"])
    assert run_action(context, validator)["success"]
    assert [i.data["smedgeJob"].get("RenderDir") for i in context] == ["/proj/images", "/proj/images", None]
    assert passes(validator, context)


def test_a_repair_with_nothing_to_fix_fails_and_says_so(no_cli):
    host = MemoryHost(path="")
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    validator = discovered("ValidateSmedgeScene")
    context = pyblish_util.publish(plugins=[collector_for(host), validator])
    assert "never been saved" in errors(context)["ValidateSmedgeScene"][0]
    result = run_action(context, validator)
    assert not result["success"]
    assert str(result["error"]) == "Nothing to repair automatically for the scene check; fix it by hand"


def test_a_studio_plugin_that_raises_a_priority_changes_what_is_submitted(local_master):
    class RaiseCompPriority(pyblish.api.InstancePlugin):
        """The studio's rule: comps go first."""
        order = pyblish.api.CollectorOrder + 0.4
        families = [FAMILY]

        def process(self, instance):
            if instance.data["smedgeJob"]["Type"] == "Nuke":
                instance.data["smedgeJob"]["Priority"] = 90

    context = publish(MemoryHost(), RaiseCompPriority)
    assert errors(context) == {}
    ids = [i.data["smedgeJobId"] for i in context]
    arrived = dict((str(job["ID"]), job["Priority"]) for job in smedge_core.get_jobs(smedge_core.ids_to_query(ids)))
    assert [arrived[i] for i in ids] == [50, 50, 90]


def test_a_studio_plugin_can_drop_a_wait_and_untick_an_instance(local_master):
    class CompWaitsForBeautyOnly(pyblish.api.ContextPlugin):
        order = pyblish.api.CollectorOrder + 0.4

        def process(self, context):
            context[1].data["publish"] = False
            context[2].data["smedgeWaitFor"] = [context[0].data["smedgeJobId"]]

    context = publish(MemoryHost(), CompWaitsForBeautyOnly)
    assert errors(context) == {}
    assert sorted(context.data["smedgeJobIds"]) == ["sh010 - beauty", "sh010 - comp"]
    comp = smedge_core.get_jobs(smedge_core.ids_to_query(context[2].data["smedgeJobId"]))[0]
    assert comp["WaitForJobID"] == [uuid.UUID(context[0].data["smedgeJobId"])]


def test_a_wait_on_an_unknown_instance_is_an_error_naming_it(no_cli):
    host = MemoryHost()
    pyblish.api.register_plugin(collector_for(host))
    context = pyblish_util.collect()
    context[2].data["smedgeWaitFor"] = ["sh010 - beauty", "sh010 - fog"]
    with pytest.raises(ValueError, match=r"Instance 'sh010 - comp': smedgeWaitFor 'sh010 - fog' names no "
                                         r"publishing smedge.render instance"):
        smedge_instances.graph_of(context)


@pytest.mark.parametrize("change, message", [
    (lambda c: c[2].data.update(smedgeJob="sh010 - comp"),
     r"Instance 'sh010 - comp': smedgeJob must be a dict of Smedge job parameters, not 'sh010 - comp'"),
    (lambda c: c[2].data["smedgeJob"].update(WaitForJobID=[]),
     r"Instance 'sh010 - comp': smedgeJob sets WaitForJobID; the job's ID is smedgeJobId and what it waits on "
     r"is smedgeWaitFor and smedgeWaitPerFrame"),
    (lambda c: c[2].data.update(smedgeWaitFor="sh010 - beauty"),
     r"Instance 'sh010 - comp': smedgeWaitFor must be a list of instance names or job IDs, not 'sh010 - beauty'"),
    (lambda c: c.create_instance("sh010 - beauty", family=FAMILY, smedgeJob=dict(c[0].data["smedgeJob"])),
     r"Instance 'sh010 - comp': smedgeWaitFor 'sh010 - beauty' is the name of more than one instance; name its "
     r"smedgeJobId instead"),
])
def test_instance_data_that_cannot_make_a_job_is_an_error_naming_the_key(change, message):
    pyblish.api.register_plugin(collector_for(MemoryHost()))
    context = pyblish_util.collect()
    change(context)
    with pytest.raises(ValueError, match=message):
        smedge_instances.graph_of(context)


def test_the_farm_publish_job_runs_the_command_after_every_render_job(local_master, tmp_path):
    marker = tmp_path / "published.txt"
    script = "import sys; open(sys.argv[1], 'w').write(sys.argv[2])"

    class TurnOnFarmPublish(pyblish.api.ContextPlugin):
        order = pyblish.api.CollectorOrder + 0.4

        def process(self, context):
            context.data["smedgePublishJob"] = {"Command": [sys.executable, "-c", script, str(marker),
                                                            "$(WaitForJobID)"], "Priority": 40}

    context = publish(MemoryHost(), TurnOnFarmPublish)
    assert errors(context) == {}
    renders = [i.data["smedgeJobId"] for i in context]
    publish_id = context.data["smedgePublishJobId"]
    job = smedge_core.get_jobs(smedge_core.ids_to_query(publish_id))[0]
    assert (job["Name"], job["Type"], job["WaitForJobID"]) == (
        "Publish - sh010", uuid.UUID(GENERIC_SCRIPT_ID), [uuid.UUID(i) for i in renders])
    assert job["WaitForWholeJob"]
    assert list(wait_complete([*renders, publish_id]).values()) == [states.JOB_COMPLETE] * 4
    assert marker.read_text().split(",") == renders
    published = work_spans(publish_id)
    assert len(published) == 1
    assert published[0][0] >= max(span[1] for render in renders for span in work_spans(render))


def test_a_bad_farm_publish_setting_fails_validation_naming_the_key(no_cli):
    class BadFarmPublish(pyblish.api.ContextPlugin):
        order = pyblish.api.CollectorOrder + 0.4

        def process(self, context):
            context.data["smedgePublishJob"] = {"Command": []}

    pyblish.api.register_plugin_path(PLUGIN_PATH)
    plugins = [collector_for(MemoryHost()), BadFarmPublish, discovered("ValidateSmedgeScene"),
               discovered("IntegrateSmedge")]
    context = pyblish_util.publish(plugins=plugins)
    assert "smedgePublishJob Command must be a non-empty" in errors(context)["ValidateSmedgeScene"][0]
    assert results(context, "IntegrateSmedge") == []


def test_the_master_check_fails_fast_and_the_checks_needing_it_say_why(tmp_path, monkeypatch):
    folder = tmp_path / "smedge"
    folder.mkdir()
    tool = folder / "ConfigureMaster"
    tool.write_text("#!/bin/sh\necho 'cannot reach the master' >&2\nexit 3\n")
    tool.chmod(0o755)
    monkeypatch.setenv("SMEDGE", str(folder))
    monkeypatch.delenv("SMEDGE_MASTER", raising=False)
    context = publish(MemoryHost(pool="cpu"))
    failed = errors(context)
    [problem] = failed["ValidateSmedgeMaster"]
    assert problem.startswith("The Smedge master does not answer")
    assert f"SMEDGE={folder}" in problem
    for name in ("ValidateSmedgeJobs", "ValidateSmedgePools", "ValidateSmedgeWaits"):
        assert failed[name] == ["Not checked: " + problem] * 3  # each job's card says why
    assert "ValidateSmedgeScene" not in failed and results(context, "IntegrateSmedge") == []
    tool.write_text("#!/bin/sh\necho 4f9a0b6e-2c1d-4e8f-9a7b-3c5d6e7f8a9b\n")
    assert pyblish.plugin.process(discovered("ValidateSmedgeMaster"), context)["success"]
    assert "smedgeMasterProblem" not in context.data


@pytest.mark.parametrize("how", ["register_plugin_path", "PYBLISHPLUGINPATH"])
def test_the_shared_plugins_are_discovered_from_their_path(how, monkeypatch):
    if how == "PYBLISHPLUGINPATH":
        monkeypatch.setenv("PYBLISHPLUGINPATH", os.pathsep.join(["/nowhere", PLUGIN_PATH]))
    else:
        pyblish.api.register_plugin_path(PLUGIN_PATH)
    plugins = pyblish.api.discover()
    names = [p.__name__ for p in plugins]
    assert (names[0], sorted(names[1:-1]), names[-1]) == ("ValidateSmedgeMaster", sorted(SHARED[1:-1]),
                                                          "IntegrateSmedge")
    orders = dict((p.__name__, p.order) for p in plugins)
    assert orders["IntegrateSmedge"] == pyblish.api.IntegratorOrder
    assert orders["ValidateSmedgeMaster"] < orders["ValidateSmedgePools"] == pyblish.api.ValidatorOrder


def test_repair_actions_are_visible_to_a_ui_on_the_validators_that_have_fixes():
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    actions = dict((p.__name__, [(a.label, a.on) for a in p.actions]) for p in pyblish.api.discover())
    assert actions == {"ValidateSmedgeMaster": [], "ValidateSmedgeScene": [("Repair", "failed")],
                       "ValidateSmedgeJobs": [], "ValidateSmedgePools": [],
                       "ValidateSmedgeWaits": [("Repair", "failed")], "ValidateSmedgeHost": [("Repair", "failed")],
                       "IntegrateSmedge": []}
    assert all(a.__error__ is None for p in pyblish.api.discover() for a in p.actions)


def test_a_review_request_on_an_instance_adds_an_encode_waiting_for_the_whole_render(no_cli):
    pyblish.api.register_plugin(collector_for(MemoryHost()))
    context = pyblish_util.collect()
    context[0].data["smedgeJob"]["ImageFormat"] = ["/proj/images/beauty/sh010.%04d.exr"]
    context[0].data["smedgeReview"] = {"frame_rate": 25}
    graph, owners = smedge_instances.graph_of(context)
    [encode] = [job_id for job_id in graph if graph.value(job_id, "Type") == "FFmpeg"]
    beauty = uuid.UUID(context[0].data["smedgeJobId"])
    assert owners[encode] is None and graph.parents(encode) == [beauty]
    assert graph.waits_per_frame(encode) is False
    assert graph.value(encode, "Scene") == "/proj/images/beauty/sh010.%04d.exr"
    assert "25" in graph.value(encode, "InfileOptions")


def test_a_review_request_on_an_instance_without_outputs_is_an_error_naming_it(no_cli):
    pyblish.api.register_plugin(collector_for(MemoryHost()))
    context = pyblish_util.collect()
    context[1].data["smedgeReview"] = True
    with pytest.raises(ValueError, match=r"Instance 'sh010 - volumes': smedgeReview: "):
        smedge_instances.graph_of(context)
