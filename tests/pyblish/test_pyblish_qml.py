"""pyblish-qml's host side over the Smedge plug-ins: what its service serialises to the QML GUI (plug-ins,
context, instances, results) is sent through ``json`` exactly as its server's thread does. The GUI process
is not started: these are the calls it makes, answered by the real service of pyblish-qml."""
import inspect
import json
import os

import pytest

pytest.importorskip("pyblish.api")
service_module = pytest.importorskip(
    "pyblish_qml.ipc.service", reason="pyblish-qml is not installed (the test extra installs it on Python < 3.11)")
if not hasattr(inspect, "getargspec"):
    pytest.skip("pyblish-qml's host side reads every plug-in with inspect.getargspec, which Python 3.11 removed: it "
                "serves no plug-in here, Pyblish's own included", allow_module_level=True)

import pyblish.api  # noqa: E402

import integrations.pyblish  # noqa: E402
import smedge_core  # noqa: E402
from integrations.pyblish import FAMILY, PLUGIN_PATH  # noqa: E402
from pyblish_helpers import MemoryHost, collector_for  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore:inspect.getargspec:DeprecationWarning")  # pyblish-qml's own call
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGINS = ["CollectSmedgeRenderMaya", "ValidateSmedgeMaster", "ValidateSmedgeHost", "ValidateSmedgeJobs",
           "ValidateSmedgePools", "ValidateSmedgeScene", "ValidateSmedgeWaits", "IntegrateSmedge"]


@pytest.fixture
def service(monkeypatch):
    """A new ``Service`` of pyblish-qml, with its JSON schema checks on (``PYBLISH_SAFE``)."""
    monkeypatch.setenv("PYBLISH_SAFE", "1")
    return lambda: service_module.Service()


def call(service, name, *args):
    """``service.<name>(*args)`` as pyblish-qml's server thread runs it: arguments from JSON, the answer
    through ``json.dumps`` (which a value JSON cannot hold makes raise), read back as the GUI reads it."""
    args = json.loads(json.dumps(args))
    answer = json.dumps({"header": "pyblish-qml:popen.response", "payload": getattr(service, name)(*args)})
    return json.loads(answer)["payload"]


def run(service, until=float("inf")):
    """Process every plug-in as the GUI asks for it, in order (an instance plug-in once per instance of its
    family), stopping after validation when one failed; the results, as the GUI receives them."""
    results = []
    for plugin in call(service, "discover"):
        if plugin["order"] >= pyblish.api.ExtractorOrder - 0.5 and any(r["error"] for r in results):
            break
        if plugin["order"] > until + 0.5:
            break
        if plugin["instanceEnabled"]:
            for instance in call(service, "context")["children"]:
                if instance["data"].get("family") in plugin["families"]:
                    results.append(call(service, "process", plugin, instance))
        else:
            results.append(call(service, "process", plugin))
    return results


def test_its_host_side_lists_all_eight_plugins_with_no_load_error(service, monkeypatch):
    monkeypatch.syspath_prepend(os.path.join(ROOT, "maya", "scripts"))
    integrations.pyblish.register("smedge_maya")
    plugins = call(service(), "discover")
    assert sorted(p["name"] for p in plugins) == sorted(PLUGINS)
    args = dict((p["name"], p["process"]["args"]) for p in plugins)
    assert args["CollectSmedgeRenderMaya"] == args["ValidateSmedgeScene"] == ["self", "context"]
    assert args["ValidateSmedgeJobs"] == args["ValidateSmedgeWaits"] == ["self", "instance"]
    assert dict((p["name"], p["hosts"]) for p in plugins)["CollectSmedgeRenderMaya"] == ["maya", "mayapy"]
    actions = [(p["name"], a["label"], a["__error__"]) for p in plugins for a in p["actions"]]
    assert sorted(actions) == [("ValidateSmedgeHost", "Repair", None), ("ValidateSmedgeScene", "Repair", None),
                               ("ValidateSmedgeWaits", "Repair", None)]


def test_a_publish_through_its_service_reaches_the_gui_with_the_job_ids_as_text(service, local_master):
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    pyblish.api.register_plugin(collector_for(MemoryHost()))
    qml = service()
    results = run(qml)
    assert [(r["plugin"]["name"], r["error"]) for r in results if r["error"]] == []
    context = call(qml, "context")
    assert [(i["name"], i["data"]["family"]) for i in context["children"]] == [
        ("sh010 - beauty", FAMILY), ("sh010 - volumes", FAMILY), ("sh010 - comp", FAMILY)]
    [integrated] = [r for r in results if r["plugin"]["name"] == "IntegrateSmedge"]
    messages = [record["message"] for record in integrated["records"]]
    ids = dict(message[len("Submitted "):].split(": job ") for message in messages)
    assert sorted(ids) == ["sh010 - beauty", "sh010 - comp", "sh010 - volumes"]
    arrived = smedge_core.get_jobs(smedge_core.ids_to_query(list(ids.values())))
    assert sorted(job["Name"] for job in arrived) == sorted(ids)


def test_a_failed_validation_reaches_the_gui_per_job_with_every_finding(service, no_cli):
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    plugins = [p for p in pyblish.api.discover() if p.__name__ in ("ValidateSmedgeScene", "ValidateSmedgeHost")]
    pyblish.api.deregister_all_paths()
    host = MemoryHost(render_dir="", modified=True)
    for plugin in [collector_for(host), *plugins]:
        pyblish.api.register_plugin(plugin)
    results = run(service(), until=pyblish.api.ValidatorOrder)
    failed = [(r["plugin"]["name"], r["instance"] and r["instance"]["name"], r["error"]["message"],
               [record["message"] for record in r["records"]]) for r in results if r["error"]]
    scene = ("error: Scene [Scene]: sh010.mb has changes that are not saved; the farm renders the saved file (fix: "
             f"save {host.path})")
    folder = "error: {} [RenderDir]: no output folder (fix: render into /proj/images)"
    assert sorted(failed) == sorted([
        ("ValidateSmedgeScene", None, "1 error(s): " + scene, [scene]),
        ("ValidateSmedgeHost", "sh010 - beauty", "1 error(s): " + folder.format("sh010 - beauty"),
         [folder.format("sh010 - beauty")]),
        ("ValidateSmedgeHost", "sh010 - volumes", "1 error(s): " + folder.format("sh010 - volumes"),
         [folder.format("sh010 - volumes")])])
