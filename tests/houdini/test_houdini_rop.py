"""The Smedge ROP: made by the shelf tool, its parms, its buttons (Submit to the local master, Export),
and the sticky settings kept in its parms."""
import json
import logging
import os
import re
from pathlib import Path
import time
import xml.dom.minidom

import pytest

import hou
import smedge_core
import smedge_houdini
from houdini_networks import rop
from integrations.host import collect
from integrations.settings import load as load_settings
from integrations.export import read_graph
from smedge_core.sandbox import states
from smedge_houdini import rop as smedge_rop
from smedge_houdini.host import HoudiniHost

HOUDINI = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "houdini")


@pytest.fixture
def messages(monkeypatch):
    """What the ROP shows the artist through hou.ui.displayMessage."""
    shown = []

    def display(text, buttons=("OK",), severity=hou.severityType.Message, default_choice=0, **kwargs):
        shown.append((text, severity, kwargs.get("details")))
        return default_choice

    monkeypatch.setattr(hou.ui, "displayMessage", display)
    return shown


def wait_for(messages, timeout=30.0):
    """The buttons ask the master on a pool thread when Qt is there: run Qt's event loop until the
    outcome is shown (without Qt they submit on the spot)."""
    try:
        from qtpy import QtWidgets
    except ImportError:
        return messages
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    deadline = time.monotonic() + timeout
    while not messages and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return messages


def run_shelf_tool():
    """Run the shelf file's tool script as Houdini does (with a kwargs dict)."""
    document = xml.dom.minidom.parse(os.path.join(HOUDINI, "toolbar", "smedge.shelf"))
    tool = document.getElementsByTagName("tool")[0]
    script = tool.getElementsByTagName("script")[0]
    assert script.getAttribute("scriptType") == "python"
    code = script.firstChild.data
    assert code.count(";") == 1, "one import and one call"
    exec(compile(code, "smedge.shelf", "exec"), {"kwargs": {}})


def smedge_node(network="/out"):
    return next(n for n in hou.node(network).children() if n.userData("smedge_submit"))


def test_the_shelf_tool_makes_a_smedge_rop_wired_to_the_selected_rops(out):
    cache = rop(out, "geometry", "cache")
    beauty = rop(out, "ifd", "beauty", inputs=[cache])
    beauty.setSelected(True, clear_all_selected=True)
    run_shelf_tool()
    node = smedge_node()
    assert node.type().name() == "null" and node.inputs() == (beauty,) and node.isSelected()
    assert {p.name() for p in node.parms()} >= {"priority", "pool", "packet_size", "paused", "note",
                                                  "dependency_mode", "export_dir", "submit", "export",
                                                  "open_dialog", "job_overrides"}
    for name in ("submit", "export", "open_dialog"):
        template = node.parm(name).parmTemplate()
        assert template.scriptCallbackLanguage() == hou.scriptLanguage.Python
        assert template.scriptCallback().startswith("from smedge_houdini import rop; rop.on_")
    assert node.parm("job_overrides").parmTemplate().isHidden()
    assert node.parm("priority").eval() == 0 and node.parm("packet_size").eval() == 0
    assert node.parm("dependency_mode").evalAsString() == "frame"


def test_a_new_smedge_rop_leaves_priority_pool_and_packet_size_to_the_studio_defaults(out, tmp_path, monkeypatch):
    config = tmp_path / "studio.json"
    config.write_text(json.dumps({"version": 1, "products": {"Houdini Karma": {"priority": 70, "packet_size": 2}},
                                  "hosts": {"houdini": {"priority": 35, "pool": "fx", "packet_size": 5,
                                                        "renderers": {"karma": "Houdini Karma"}}}}))
    monkeypatch.setenv("SMEDGE_SUBMIT_CONFIG", str(config))
    monkeypatch.setenv("SMEDGE_SUBMIT_USER_CONFIG", str(tmp_path / "none.json"))
    cache = rop(out, "geometry", "cache")
    beauty = rop(out, "ifd", "beauty", inputs=[cache])
    lookdev = rop(out, "karma", "lookdev", inputs=[cache])
    beauty.setSelected(True, clear_all_selected=True)
    lookdev.setSelected(True)
    run_shelf_tool()
    node = smedge_node()
    assert (node.parm("priority").eval(), node.parm("pool").eval(), node.parm("packet_size").eval()) == (0, "", 0)
    assert all("studio default" in node.parm(name).parmTemplate().label()
               for name in ("priority", "pool", "packet_size"))

    def jobs():
        graph = smedge_houdini.build_graph(rops=[node])
        return {graph.value(j, "ROP"): (graph.value(j, "Priority"), graph.value(j, "PacketSize"),
                                        graph.value(j, "Pool")) for j in graph}

    # each job its product's defaults; a job waiting frame by frame still outranks what it waits on
    assert jobs() == {"/out/cache": (35, 5, "fx"), "/out/beauty": (36, 5, "fx"), "/out/lookdev": (70, 2, "fx")}
    node.parm("priority").set(20)
    assert jobs() == {"/out/cache": (20, 5, "fx"), "/out/beauty": (21, 5, "fx"), "/out/lookdev": (21, 2, "fx")}
    node.parm("packet_size").set(3)
    node.parm("pool").set("gpu")
    assert jobs() == {"/out/cache": (20, 3, "gpu"), "/out/beauty": (21, 3, "gpu"), "/out/lookdev": (21, 3, "gpu")}


def test_the_rop_parms_are_the_job_defaults(out):
    beauty = rop(out, "ifd", "beauty", inputs=[rop(out, "geometry", "cache")])
    node = smedge_rop.create(out, [beauty])
    node.parm("priority").set(20)
    node.parm("packet_size").set(2)
    node.parm("note").set("v2")
    node.parm("dependency_mode").set("node")
    graph = collect(HoudiniHost([node]))
    jobs = {graph.value(j, "ROP"): graph.job(j) for j in graph}
    assert {p: (j["Priority"], j["PacketSize"], j["Note"], j.get("WaitForWholeJob")) for p, j in jobs.items()} == {
        "/out/cache": (20, 2, "v2", None), "/out/beauty": (20, 2, "v2", 1)}
    graph = collect(HoudiniHost([node]), priority=60, dependency_mode="frame")
    assert sorted(graph.value(j, "Priority") for j in graph) == [60, 61]  # the shared rule raises the waiting one


def test_a_bypassed_smedge_rop_passes_its_inputs_and_a_locked_one_renders_nothing(out):
    node = smedge_rop.create(out, [rop(out, "ifd", "beauty")])
    node.bypass(True)
    assert len(collect(HoudiniHost([node]))) == 1
    node.setLocked(True)
    assert len(collect(HoudiniHost([node]))) == 0


@pytest.mark.usefixtures("local_master")
def test_the_submit_button_submits(out, messages):
    cache = rop(out, "geometry", "cache")
    node = smedge_rop.create(out, [rop(out, "ifd", "beauty", inputs=[cache])])
    node.parm("paused").set(1)
    hou.hipFile.save()
    node.parm("submit").pressButton()
    assert len(wait_for(messages)) == 1 and messages[0][0].startswith("Submitted 2 jobs")
    ids = re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", messages[0][2])
    jobs = smedge_core.get_jobs(smedge_core.ids_to_query(ids))
    assert sorted(j["ROP"] for j in jobs) == ["/out/beauty", "/out/cache"]
    assert {j["Status"] for j in jobs} == {states.JOB_PAUSED}


def test_the_submit_button_shows_what_to_fix(out, messages):
    beauty = rop(out, "ifd", "beauty")
    beauty.parm("vm_picture").set("")
    node = smedge_rop.create(out, [beauty])
    node.parm("submit").pressButton()
    (text, severity, details), = wait_for(messages)
    assert text.startswith("Submit refused") and severity == hou.severityType.Error
    assert "changes that are not saved" in details and "/out/beauty (ifd) has no output path" in details


def test_the_export_button_writes_the_job_files(out, messages):
    node = smedge_rop.create(out, [rop(out, "karma", "beauty", inputs=[rop(out, "usd", "stage")])])
    hou.hipFile.save()
    node.parm("export").pressButton()
    folder = os.path.join(os.path.dirname(hou.hipFile.path()), "smedge")
    job_file, json_file = (os.path.join(folder, "shot010_smedge_submit" + ext) for ext in (".sj", ".json"))
    wait_for(messages)
    assert messages[0][0].startswith("Exported") and job_file in messages[0][0] + (messages[0][2] or "")
    graph = read_graph(json_file)
    assert sorted(graph.value(j, "ROP") for j in graph) == ["/out/beauty", "/out/stage"]
    text = Path(job_file).read_text(encoding="utf-8")
    assert "ROP = /out/beauty" in text and "Scene = " + hou.hipFile.path() in text


def test_sticky_settings_live_in_the_rop_parms(out, caplog):
    node = smedge_rop.create(out, [rop(out, "ifd", "beauty")])
    store = HoudiniHost([node]).settings_store()
    assert store.load() == {"paused": False, "note": "", "jobs": {}, "options": {"dependency_mode": "frame"}}
    store.save({"version": 1, "pool": "gpu", "priority": 70, "packet_size": None, "paused": True, "note": "hi",
                "jobs": {"shot010.hip - /out/beauty": {"Range": "1001-1002"}}})
    assert (node.parm("pool").eval(), node.parm("priority").eval(), node.parm("packet_size").eval(),
            node.parm("paused").eval(), node.parm("note").eval()) == ("gpu", 70, 0, 1, "hi")
    again = HoudiniHost([node]).settings_store().load()
    assert again["paused"] is True and again["jobs"] == {"shot010.hip - /out/beauty": {"Range": "1001-1002"}}
    node.parm("job_overrides").set("{not json")
    with caplog.at_level(logging.WARNING):
        settings, [(field, message)] = load_settings(HoudiniHost([node]).settings_store())
    assert settings.jobs == {} and settings.paused is True and field == "jobs" and "'{not json'" in message
    assert "/out/smedge_submit/job_overrides" in caplog.text
    node.parm("job_overrides").set("[1, 2]")
    settings, [(field, _)] = load_settings(HoudiniHost([node]).settings_store())
    assert settings.jobs == {} and field == "jobs"


def test_host_scene_state_and_save(out, tmp_path):
    host = HoudiniHost([rop(out, "ifd", "beauty")])
    assert host.scene_path() == hou.hipFile.path() and host.is_modified()
    assert host.save() == hou.hipFile.path() and not host.is_modified()
    hou.hipFile.clear(suppress_save_prompt=True)
    host = HoudiniHost([rop(hou.node("/out"), "ifd", "beauty")])
    assert host.scene_path() == ""
    with pytest.raises(RuntimeError, match="never been saved"):
        host.save()
    assert host.main_window() is None and host.name == "houdini" and host.product == "Houdini"


def test_submit_and_export_apply_the_overrides_made_in_the_dialog(out, messages):
    cache = rop(out, "geometry", "cache")
    node = smedge_rop.create(out, [rop(out, "ifd", "beauty", inputs=[cache])])
    node.parm("job_overrides").set(json.dumps({"shot010.hip - /out/cache": {"enabled": False},
                                               "shot010.hip - /out/beauty": {"Range": "1001-1002"}}))
    hou.hipFile.save()
    node.parm("export").pressButton()
    wait_for(messages)
    graph = read_graph(os.path.join(os.path.dirname(hou.hipFile.path()), "smedge", "shot010_smedge_submit.json"))
    assert [(graph.value(j, "ROP"), graph.value(j, "Range"), graph.parents(j)) for j in graph] == [
        ("/out/beauty", "1001-1002", [])]
    assert len(collect(HoudiniHost([node]))) == 2  # the dialog applies them itself


def test_the_buttons_show_errors_instead_of_raising(out, messages):
    fetch = out.createNode("fetch", "back")
    fetch.parm("source").set("/out/cache")
    cache = rop(out, "geometry", "cache", inputs=[fetch])
    node = smedge_rop.create(out, [cache])
    hou.hipFile.save()
    node.parm("submit").pressButton()
    wait_for(messages)
    node.parm("export_dir").set("")
    node.parm("export").pressButton()
    loop = "ROP dependency loop: /out/cache -> /out/back -> /out/cache (a Fetch's source leads back to a ROP that " \
           "depends on it; point the Fetch elsewhere)"
    (submit_text, submit_severity, _), (export_text, export_severity, _) = messages
    assert submit_text.startswith("Submit failed: ") and submit_text.endswith(loop)  # Qt's background or here
    assert export_text == "Export failed: Export Folder is empty; set it to the folder to write the job file into"
    assert submit_severity == export_severity == hou.severityType.Error
