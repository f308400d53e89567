"""Nuke's checks, the sticky settings on the Root, and NukeHost's scene state and headless submit."""
import json
import logging
import os
from pathlib import Path

import pytest

import nuke
import smedge_nuke
from integrations.export import read_graph
from integrations.host import all_checks, findings
from integrations.settings import load as load_settings
from integrations.settings import normalize
from integrations.validate import ERROR, WARNING, ValidationError
from smedge_nuke import collect
from smedge_nuke.checks import WRITABLE_TYPES, folder_problem, write_findings
from smedge_nuke.host import NukeHost, RootKnobSettings


pytestmark = pytest.mark.usefixtures("farm")  # the host checks ask the master its products and path translations


def host_findings(graph=None):
    host = NukeHost()
    graph = graph if graph is not None else smedge_nuke.build_graph()
    return [f for check in host.checks() for f in check(graph)]


def test_a_write_with_no_file_or_a_type_nuke_cannot_write(open_script):
    open_script("ranges.nk")
    nuke.toNode("WriteGizmo")["file"].setValue("")
    nuke.toNode("WriteLimited")["file"].setValue("out/limited.####.psd")
    nuke.toNode("WriteLimited")["file_type"].setValue("")
    found = {(f.job_name, f.field, f.severity): f.message for f in host_findings()}
    assert found[("ranges.nk - WriteGizmo", "WriteNode", ERROR)] == "WriteGizmo has no file: set its file knob"
    assert found[("ranges.nk - WriteLimited", "WriteNode", ERROR)].startswith(
        "WriteLimited writes 'psd', a file type Nuke cannot write")
    assert len(found) == 2  # the Write in the Group is fine
    geometry = nuke.nodes.WriteGeo(file="out/cache.####.abc", inputs=[nuke.toNode("ColorBars1")])
    assert [f for f in host_findings() if "WriteGeo" in f.message] == []  # not a Write's file type
    assert geometry.fullName() == "WriteGeo1"


def test_the_writable_types_come_from_the_file_type_knob(open_script):
    """A type this Nuke's Write lists (mxf is not in the built-in list) is accepted; the built-in list is
    the fallback only when the knob lists nothing."""
    open_script("ranges.nk")
    nuke.toNode("WriteLimited")["file"].setValue("out/limited.mxf")
    nuke.toNode("WriteLimited")["file_type"].setValue("mxf")
    assert "mxf" not in WRITABLE_TYPES
    script = collect.script()
    limited = next(w for w in script.writes if w.name == "WriteLimited")
    assert "mxf" in limited.file_types and "" not in limited.file_types
    graph = smedge_nuke.build_graph()
    assert [f for f in host_findings(graph) if f.severity == ERROR] == []
    limited.file_types = []  # a Nuke whose knob cannot list them: the built-in list decides
    [finding] = [f for f in write_findings(script, graph) if f.severity == ERROR]
    assert finding.message.startswith("WriteLimited writes 'mxf', a file type Nuke cannot write")


def test_an_output_folder_that_cannot_be_created(open_script, tmp_path):
    open_script("ranges.nk")
    (tmp_path / "out").write_text("a file where the folder should be")
    [finding] = [f for f in host_findings() if f.job_name == "ranges.nk - WriteGizmo"]
    assert (finding.field, finding.severity) == ("RenderDir", ERROR)
    assert "{} is a file".format(tmp_path / "out") in finding.message
    assert folder_problem(str(tmp_path / "new" / "deeper")) is None


def test_an_enabled_write_that_needs_a_disabled_one(open_script, tmp_path):
    open_script("precomp.nk")
    nuke.toNode("WritePrecomp")["disable"].setValue(True)
    graph = smedge_nuke.build_graph()
    assert [graph.value(i, "WriteNode") for i in graph] == ["WriteComp"]
    [finding] = host_findings(graph)
    assert (finding.severity, finding.field) == (ERROR, "WriteNode")
    assert "needs the files of WritePrecomp, which is disabled" in finding.message
    (tmp_path / "renders" / "precomp").mkdir(parents=True)
    (tmp_path / "renders" / "precomp" / "precomp.1001.exr").write_bytes(b"")
    [finding] = host_findings(graph)
    assert finding.severity == WARNING and "the files on disk are used" in finding.message


def test_frames_outside_what_an_upstream_read_provides(open_script):
    open_script("precomp.nk")
    nuke.root()["last_frame"].setValue(1010)
    [finding] = host_findings()
    assert (finding.job_name, finding.field, finding.severity) == ("precomp.nk - WriteComp", "Range", WARNING)
    assert finding.message.startswith("WriteComp renders 1001-1010 but ReadPrecomp provides frames 1001-1004")


def test_a_job_turned_off_is_not_checked(open_script):
    open_script("ranges.nk")
    nuke.toNode("WriteGizmo")["file"].setValue("")
    graph = smedge_nuke.build_graph()
    kept = type(graph)([graph.job(i) for i in graph if graph.value(i, "WriteNode") != "WriteGizmo"
                        and not graph.parents(i)])
    assert host_findings(kept) == []


def test_the_scene_check_and_save(open_script, farm):
    path = open_script("precomp.nk")
    host = NukeHost()
    assert host.scene_path() == path and not host.is_modified()
    nuke.toNode("WriteComp")["first"].setValue(1002)
    [finding] = [f for f in findings(host, smedge_nuke.build_graph()) if f.field == "Scene"]
    assert finding.fix is not None
    finding.fix(None)
    assert not host.is_modified()
    nuke.scriptClear()
    nuke.scriptOpen(path)
    assert nuke.toNode("WriteComp")["first"].value() == 1002


def test_an_unsaved_script_cannot_be_saved_by_the_fix():
    nuke.nodes.Write(file="/tmp/x.####.exr")
    host = NukeHost()
    assert host.scene_path() == "" and host.is_modified()
    with pytest.raises(RuntimeError, match="never been saved"):
        host.save()


def test_settings_travel_with_the_script(open_script, caplog):
    path = open_script("precomp.nk")
    store = NukeHost().settings_store()
    assert store.load() == {}
    store.save({"pool": "comp", "priority": 70})
    knob = nuke.root()[collect.SETTINGS_KNOB]
    assert knob.getFlag(nuke.INVISIBLE) and json.loads(knob.value()) == {"pool": "comp", "priority": 70}
    nuke.scriptSave()
    store.save({"priority": 70, "pool": "comp"})
    assert not nuke.root().modified()  # the same settings again change nothing
    nuke.scriptClear()
    nuke.scriptOpen(path)
    assert RootKnobSettings().load() == {"pool": "comp", "priority": 70}
    nuke.root()[collect.SETTINGS_KNOB].setValue("{not json")
    with pytest.raises(ValueError, match="not JSON"):
        RootKnobSettings().load()
    nuke.root()[collect.SETTINGS_KNOB].setValue("[1, 2]")
    with pytest.raises(ValueError, match="expected a JSON object"):
        RootKnobSettings().load()


def test_headless_submit_refuses_errors_and_exports(open_script, tmp_path, farm):
    open_script("precomp.nk")
    nuke.toNode("WriteComp")["file"].setValue("")
    with pytest.raises(ValidationError, match="WriteComp has no file"):
        smedge_nuke.export(str(tmp_path))
    nuke.toNode("WriteComp")["file"].setValue("renders/comp/comp.####.exr")
    nuke.scriptSave()
    result = smedge_nuke.export(str(tmp_path))
    assert os.path.exists(result.job_file) and not result.ids
    graph = read_graph(result.json_file)
    ids = {graph.value(i, "WriteNode"): i for i in graph}
    assert graph.parents(ids["WriteComp"]) == [ids["WritePrecomp"]] and graph.waits_per_frame(ids["WriteComp"])
    assert graph.value(ids["WriteComp"], "RenderDir") == str(tmp_path / "renders" / "comp")


def test_the_host_checks_are_with_the_shared_ones(open_script):
    open_script("precomp.nk")
    assert len(all_checks(NukeHost())) == 6  # the Writes', knobs', inputs', products', studio defaults', scene's


def test_the_fix_saves_under_nuke_t_even_with_the_modified_flag_off(open_script, monkeypatch):
    """Under ``nuke -t`` a bare scriptSave() with the modified flag off writes nothing; the host's save
    saves over the script's own path with scriptSaveAs(path, overwrite=1)."""
    path = open_script("precomp.nk")
    monkeypatch.setattr(nuke, "GUI", False)
    nuke.toNode("WriteComp")["file"].setValue("renders/comp/edited.####.exr")
    nuke.root().setModified(False)  # what a terminal session may leave after Python edits
    assert nuke.scriptSave() is True  # the bare save: nothing written
    assert "edited" not in Path(path).read_text(encoding="utf-8")
    assert NukeHost().save() == path
    assert "edited" in Path(path).read_text(encoding="utf-8") and nuke.root()["name"].value() == path
    nuke.scriptClear()
    nuke.scriptOpen(path)
    assert nuke.toNode("WriteComp")["file"].value() == "renders/comp/edited.####.exr"


def test_damaged_settings_are_reported_by_the_shared_loader(open_script, caplog):
    open_script("precomp.nk")
    host = NukeHost()
    host.settings_store().save({"priority": 60})
    nuke.root()[collect.SETTINGS_KNOB].setValue('{"priority": 6')
    with caplog.at_level(logging.WARNING, logger="integrations.settings"):
        settings, [(_, message)] = load_settings(host.settings_store())
    assert settings.priority is None and "root.smedge_submit_settings" in message and "not JSON" in message
    assert "root.smedge_submit_settings" in caplog.text
    nuke.root()[collect.SETTINGS_KNOB].setValue('{"priority": "high"}')
    settings, [(field, message)] = load_settings(host.settings_store())
    assert field == "priority" and "'high'" in message
    nuke.root()[collect.SETTINGS_KNOB].setValue('{"priority": 60}')
    assert load_settings(host.settings_store()) == (normalize({"priority": 60})[0], [])


def test_a_damaged_setting_shows_in_a_headless_submit(open_script, tmp_path, farm, caplog):
    open_script("precomp.nk")
    nuke.root().addKnob(nuke.String_Knob(collect.SETTINGS_KNOB))
    nuke.root()[collect.SETTINGS_KNOB].setValue("{broken")
    nuke.scriptSave()
    with caplog.at_level(logging.WARNING):
        smedge_nuke.export(str(tmp_path), stored=True)
    assert "Stored settings" in caplog.text
