"""The host interface end to end without a UI: an in-memory host, studio defaults, the local master."""
import json

import pytest

import smedge_core
from fakes.memory_host import MemoryHost
from integrations import host as hosts
from integrations import studio
from integrations.validate import ERROR, WARNING, ValidationError, validate


@pytest.fixture(autouse=True)
def no_studio_files(monkeypatch, tmp_path):
    monkeypatch.delenv(studio.CONFIG_ENV, raising=False)
    monkeypatch.setenv(studio.USER_CONFIG_ENV, str(tmp_path / "no-user-file.json"))


def write_config(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_headless_submit_refuses_then_fixes_and_submits_to_the_local_master(local_master):
    scene = MemoryHost()
    with pytest.raises(ValidationError) as caught:
        hosts.submit(scene, paused=True)
    problems = {(f.job_name, f.field) for f in caught.value.findings if f.severity == ERROR}
    assert problems == {("Scene", "Scene"), ("sh010.mb - volumes", "Camera")}
    assert smedge_core.get_jobs(get_all_parameters=False) == [] and scene.saves == 0

    ids = hosts.submit(scene, paused=True, fix=True).ids  # the camera fix changes the scene; the save fix saves it
    assert scene.layers["volumes"]["camera"] == "persp" and not scene.is_modified()
    arrived = {job["Name"]: job for job in smedge_core.get_jobs(smedge_core.ids_to_query(list(ids.values())))}
    assert sorted(arrived) == ["sh010.mb - beauty", "sh010.mb - comp", "sh010.mb - volumes"]
    comp = arrived["sh010.mb - comp"]
    assert sorted(comp["WaitForJobID"]) == sorted(arrived[n]["ID"] for n in ("sh010.mb - beauty", "sh010.mb - volumes"))
    assert comp["WaitForWholeJob"] is False and comp["Priority"] == 60


def test_headless_export_writes_the_job_file_named_after_the_scene(farm, tmp_path):
    scene = MemoryHost(modified=False, layers={"beauty": {"camera": "cam", "range": "1-4"}})
    result = hosts.submit(scene, export_to=str(tmp_path))
    assert not result.ids
    assert (result.job_file, result.json_file) == (str(tmp_path / "sh010.sj"), str(tmp_path / "sh010.json"))
    assert "Extra = -rl beauty" in (tmp_path / "sh010.sj").read_text(encoding="utf-8")
    assert not [call for call in farm.calls if call[0] == "Submit"]


def test_an_unsaved_scene_is_an_error_without_a_fix(farm):
    scene = MemoryHost(path="")
    [finding] = [f for f in hosts.findings(scene, hosts.collect(scene)) if f.job_id is None]
    assert finding.fix is None and "never been saved" in finding.message


def test_validate_leaves_its_graph_unchanged(farm):
    scene = MemoryHost(layers={"beauty": {"camera": None, "range": "1-8"}, "fx": {"camera": "c", "range": "1-4"}})
    graph = hosts.collect(scene)
    for job_id in graph:
        graph.set_value(job_id, "Priority", 60)  # the comp's per-frame priority rule now fails too
        graph.set_value(job_id, "Pool", "nope")
    before = graph.jobs()
    found = validate(graph, checks=hosts.all_checks(scene))
    assert {f.field for f in found} >= {"Priority", "Pool", "Camera", "Scene"}
    assert any(f.fix is not None for f in found)
    assert graph.jobs() == before and scene.layers["beauty"]["camera"] is None and scene.saves == 0


def test_studio_defaults_fill_jobs_and_name_each_bad_entry(farm, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv(studio.CONFIG_ENV, write_config(tmp_path / "studio.json", {
        "version": 1,
        "products": {"Nuke": {"priority": 70, "pool": "gpu"}},
        "hosts": {"maya": {"pool": "cpu", "priority": 40, "packet_size": 5, "renderers": {"Arnold": "Generic Script"},
                           "job": {"Note": "from the studio"}, "split": True, "colour": "red"},
                  "max": {}}}))
    monkeypatch.setenv(studio.USER_CONFIG_ENV, write_config(tmp_path / "me.json", {
        "hosts": {"maya": {"priority": 45, "packet_size": 0}}}))
    scene = MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"}})
    assert scene.studio.split is True and scene.studio.product_for("arnold", "Maya") == "Generic Script"
    graph = hosts.collect(scene)
    values = {graph.name(j): (graph.value(j, "Pool"), graph.value(j, "Priority"), graph.value(j, "PacketSize"),
                              graph.value(j, "Note")) for j in graph}
    assert values == {"sh010.mb - beauty": ("cpu", 45, 5, "from the studio"),       # the user's priority wins
                      "sh010.mb - comp": ("gpu", 60, 5, "from the studio")}         # the comp sets its own 60
    problems = sorted((f.severity, f.field) for f in scene.studio.findings)
    assert problems == [(WARNING, "hosts.max"), (WARNING, "hosts.maya.colour"), (WARNING, "hosts.maya.packet_size")]
    packet = next(f for f in scene.studio.findings if f.field == "hosts.maya.packet_size")
    assert str(tmp_path / "me.json") in packet.message and "0 is not a whole number of at least 1" in packet.message
    # the findings reach validation (and so the dialog) beside the host's own
    assert {f.field for f in hosts.findings(scene, graph)} >= {"hosts.maya.colour", "hosts.max"}


def test_an_unreadable_defaults_file_is_a_finding_not_a_traceback(farm, tmp_path, monkeypatch):
    monkeypatch.setenv(studio.CONFIG_ENV, str(tmp_path / "missing.json"))
    [missing] = studio.load("nuke").findings
    assert str(tmp_path / "missing.json") in missing.message and missing.severity == WARNING
    monkeypatch.setenv(studio.CONFIG_ENV, write_config(tmp_path / "list.json", [1, 2]))
    assert "expected a JSON object, found [1, 2]" in studio.load("nuke").findings[0].message
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    monkeypatch.setenv(studio.CONFIG_ENV, str(tmp_path / "bad.json"))
    assert "cannot be read" in studio.load("houdini").findings[0].message


def test_the_example_defaults_file_is_valid(monkeypatch):
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "docs" / "studio-defaults.example.json"
    monkeypatch.setenv(studio.CONFIG_ENV, str(example))
    for name in studio.HOSTS:
        loaded = studio.load(name)
        assert loaded.findings == [] and loaded.files == (str(example),)


def test_headless_submit_can_apply_the_choices_stored_in_the_scene(farm):
    scene = MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"},
                                               "fx": {"camera": "c", "range": "1-4"}})
    scene.store.save({"paused": True, "pool": "gpu", "jobs": {"sh010.mb - fx": {"enabled": False},
                                                             "sh010.mb - comp": {"Priority": 70}}})
    hosts.submit(scene)  # the scene's choices only when asked
    assert [job["Name"] for job in farm.submitted()] == ["sh010.mb - beauty", "sh010.mb - fx", "sh010.mb - comp"]
    farm.job_files.clear()
    hosts.submit(scene, stored=True)
    sent = {job["Name"]: job for job in farm.submitted()}
    assert sorted(sent) == ["sh010.mb - beauty", "sh010.mb - comp"]  # fx turned off; the comp no longer waits on it
    assert sent["sh010.mb - comp"]["Priority"] == "70" and sent["sh010.mb - beauty"]["Pool"] == "gpu"
    assert all(job["Status"] == "-1" for job in sent.values())  # stored Submit paused
    farm.job_files.clear()
    hosts.submit(scene, stored=True, paused=False)
    assert all(job.get("Status") != "-1" for job in farm.submitted())


def test_collect_raises_a_per_frame_job_above_studio_priorities(farm, tmp_path, monkeypatch):
    monkeypatch.setenv(studio.CONFIG_ENV, write_config(tmp_path / "studio.json", {
        "version": 1, "hosts": {"maya": {"priority": 70}}}))
    graph = hosts.collect(MemoryHost(modified=False))
    assert {graph.name(j): graph.priority(j) for j in graph} == {
        "sh010.mb - beauty": 70, "sh010.mb - volumes": 70, "sh010.mb - comp": 71}
    assert [f for f in validate(graph) if f.field == "Priority"] == []


def test_a_users_file_wins_whatever_the_case_of_its_keys(farm, tmp_path, monkeypatch):
    monkeypatch.setenv(studio.CONFIG_ENV, write_config(tmp_path / "studio.json", {
        "version": 1, "products": {"Nuke": {"priority": 60}},
        "hosts": {"maya": {"renderers": {"Arnold": "Maya Arnold"}, "job": {"Priority": 99, "Note": "n"}}}}))
    monkeypatch.setenv(studio.USER_CONFIG_ENV, write_config(tmp_path / "me.json", {
        "products": {"nuke": {"priority": 10}},
        "hosts": {"maya": {"renderers": {"arnold": "Mine"}, "job": {"note": "mine"}}}}))
    defaults = studio.load("maya")
    assert defaults.product_for("ARNOLD", "Maya") == "Mine"
    assert defaults.job_values("NUKE") == {"Priority": 10, "note": "mine"}  # job.Priority was refused
    [refused] = defaults.findings
    assert refused.field == "hosts.maya.job.Priority" and "set it with hosts.maya.priority instead" in refused.message


def test_an_unreadable_user_file_is_named_by_its_own_variable(tmp_path, monkeypatch):
    (tmp_path / "me.json").write_text("{", encoding="utf-8")
    monkeypatch.setenv(studio.USER_CONFIG_ENV, str(tmp_path / "me.json"))
    [problem] = studio.load("nuke").findings
    assert problem.field == studio.USER_CONFIG_ENV and str(tmp_path / "me.json") in problem.message


def test_submit_again_builds_with_the_options_stored_with_the_scene(farm):
    scene = MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"}})
    scene.store.save({"options": {"comp": False, "renderer": ""}})
    hosts.submit(scene, stored=True)
    assert [job["Name"] for job in farm.submitted()] == ["sh010.mb - beauty"]
    farm.job_files.clear()
    hosts.submit(scene, stored=True, comp=True)  # given here, it wins
    assert [job["Name"] for job in farm.submitted()] == ["sh010.mb - beauty", "sh010.mb - comp"]


def test_collect_never_raises_a_priority_past_the_products_highest_once_it_is_known(farm, tmp_path, monkeypatch):
    monkeypatch.setenv(studio.CONFIG_ENV, write_config(tmp_path / "studio.json", {
        "version": 1, "hosts": {"maya": {"priority": 100}}, "products": {"nuke": {"priority": 100}}}))
    scene = MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"}})
    smedge_core.get_product_info()  # known in this process, as once any dialog or validation ran
    graph = hosts.collect(scene)
    comp = next(j for j in graph if graph.value(j, "Type") == "Nuke")
    assert graph.priority(comp) == 60  # the comp's own; not raised to 101
    [finding] = [f for f in validate(graph) if f.field == "Priority"]
    assert "it cannot go above 100" in finding.message and finding.fix is None
