"""The dialog's logic without Qt: choices, overrides, fixes, sticky settings (runs on any Python)."""
import json
import logging

import pytest

from integrations.graph import JobGraph
from integrations.session import Submission
from integrations.settings import JsonFileSettings, MemorySettings, load, normalize
from integrations.validate import validate

from fakes.farm import LAYER_IDS, seed_jobs


def comp_id(submission):
    return next(job_id for job_id in submission.source if submission.source.name(job_id) == "Comp layers")


def test_a_job_override_wins_over_the_common_setting_which_wins_over_the_job(seed):
    submission = Submission(seed)
    comp = comp_id(submission)
    assert submission.value(comp, "Priority") == 55
    submission.set_common("priority", 40)
    assert submission.value(comp, "Priority") == 40
    submission.set_override(comp, "priority", "70")
    assert submission.value(comp, "Priority") == 70
    built = submission.build()
    assert [built.priority(job_id) for job_id in built.order()] == [40, 40, 70]
    submission.set_override(comp, "Priority", "")
    assert submission.value(comp, "Priority") == 40


def test_the_collected_graph_is_never_changed(seed):
    before = seed.jobs()
    submission = Submission(seed, {"priority": 10, "note": "check", "jobs": {"Comp layers": {"Range": "1001-1010"}}})
    submission.build()
    assert seed.jobs() == before


def test_a_turned_off_parent_is_left_out_and_no_longer_waited_on(seed):
    submission = Submission(seed)
    submission.set_override(LAYER_IDS[0], "enabled", False)
    built = submission.build()
    assert LAYER_IDS[0] not in built
    assert built.parents(comp_id(submission)) == [LAYER_IDS[1]]
    assert built.waits_per_frame(comp_id(submission)) is True
    assert "Render - layer1 (off)" in submission.rows()[-1]["Waits"]


@pytest.mark.parametrize("name, value, words", [
    ("Priority", "high", ["Priority", "Comp layers", "'high'", "at least 0"]),
    ("Priority", -1, ["Priority", "-1"]),
    ("PacketSize", 0, ["PacketSize", "at least 1", "0"]),
    ("Range", "1001-", ["Range", "Comp layers", "'1001-'"]),
    ("enabled", "yes", ["enabled", "'yes'"]),
    ("WaitForJobID", LAYER_IDS[0], ["WaitForJobID", "set by the graph"]),
])
def test_a_bad_override_names_the_field_the_job_and_the_value(seed, name, value, words):
    submission = Submission(seed)
    with pytest.raises(ValueError) as caught:
        submission.set_override(comp_id(submission), name, value)
    for word in words:
        assert word in str(caught.value)


def test_a_bad_common_setting_names_it(seed):
    with pytest.raises(ValueError, match=r"common priority.*'x'"):
        Submission(seed).set_common("priority", "x")
    with pytest.raises(ValueError, match="Unknown common setting 'colour'"):
        Submission(seed).set_common("colour", 1)


def test_a_fix_becomes_a_job_override(seed, farm):
    submission = Submission(seed, {"priority": 50})
    submission.findings = validate(submission.build())
    [finding] = submission.findings
    assert (finding.field, finding.job_name, finding.severity) == ("Priority", "Comp layers", "error")
    submission.apply_fix(finding)
    assert submission.overrides[comp_id(submission)] == {"Priority": 51}
    assert validate(submission.build()) == []


def test_note_and_overrides_reach_the_built_jobs(seed):
    submission = Submission(seed, {"note": "for review", "pool": "gpu", "packet_size": 5})
    submission.set_override(comp_id(submission), "Range", "1001-1100")
    jobs = {job["Name"]: job for job in submission.build().jobs()}
    assert jobs["Comp layers"]["Range"] == "1001-1100"
    assert {job["Note"] for job in jobs.values()} == {"for review"}
    assert {job["Pool"] for job in jobs.values()} == {"gpu"}
    assert {job["PacketSize"] for job in jobs.values()} == {5}


def test_settings_round_trip_by_job_name_through_a_json_file(seed, tmp_path):
    from integrations.graph import JobGraph

    scene = tmp_path / "shot.mb"
    store = JsonFileSettings(scene)
    assert store.path == str(scene) + ".smedge.json"
    assert store.load() == {}
    submission = Submission(seed, store.load())
    submission.set_common("pool", "gpu")
    submission.set_common("paused", True)
    submission.set_override(comp_id(submission), "Priority", 80)
    submission.set_override(LAYER_IDS[1], "enabled", False)
    store.save(submission.to_settings().to_data())
    fresh = [dict(job) for job in seed_jobs()]
    for job in fresh:
        job.pop("ID", None)
        job.pop("WaitForJobID", None)
    again = Submission(JobGraph(fresh), JsonFileSettings(scene).load())
    assert again.common == submission.common
    by_name = {again.source.name(job_id): overrides for job_id, overrides in again.overrides.items()}
    assert by_name == {"Render - layer1": {}, "Render - layer2": {"enabled": False}, "Comp layers": {"Priority": 80}}
    assert json.loads((tmp_path / "shot.mb.smedge.json").read_text(encoding="utf-8"))["version"] == 1


def test_damaged_settings_are_dropped_with_a_warning_naming_field_and_value(seed, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    data, problems = normalize({"priority": -3, "pool": 3, "paused": "yes", "colour": "red", "note": "ok"})
    assert (data.priority, data.pool, data.paused, data.note) == (None, None, False, "ok")
    assert "priority" in caplog.text and "-3" in caplog.text and "'colour'" in caplog.text
    assert sorted(key for key, _ in problems) == ["colour", "paused", "pool", "priority"]
    (tmp_path / "shot.nk.smedge.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        JsonFileSettings(tmp_path / "shot.nk").load()
    settings, [(_field, message)] = load(JsonFileSettings(tmp_path / "shot.nk"))
    assert settings == normalize({})[0] and "shot.nk.smedge.json" in message and "damaged" in message
    submission = Submission(seed, {"jobs": {"Comp layers": {"Priority": "lots"}}, "paused": 2})
    assert submission.overrides[comp_id(submission)] == {}
    assert "'lots'" in caplog.text
    assert [(f.severity, f.field) for f in submission.settings_findings] == [
        ("warning", "paused"), ("warning", "Priority")]
    assert "'lots'" in submission.settings_findings[1].message and "2" in submission.settings_findings[0].message


def test_memory_settings_keep_a_copy():
    data = {"note": "a", "jobs": {}}
    store = MemorySettings(data)
    data["note"] = "b"
    assert store.load()["note"] == "a"
    with pytest.raises(ValueError, match="scene must be the path"):
        JsonFileSettings("")


def test_overrides_of_jobs_not_collected_this_time_are_kept():
    stored = {"version": 1, "jobs": {"Render - fgLayer": {"Priority": 80}, "Comp layers": {"Priority": 60}}}
    submission = Submission(seed_jobs(), stored)
    submission.set_override(comp_id(submission), "Priority", 70)
    assert submission.to_settings().jobs == {"Render - fgLayer": {"Priority": 80}, "Comp layers": {"Priority": 70}}


def test_a_turned_off_middle_job_passes_its_parents_on():
    a = {"Name": "A", "Type": "Maya", "Scene": "/a.mb", "Range": "1-5"}
    b = {"Name": "B", "Type": "Nuke", "Scene": "/b.nk", "Range": "1-5"}
    c = {"Name": "C", "Type": "Nuke", "Scene": "/c.nk", "Range": "1-5"}
    graph = JobGraph([a, b, c])
    ids = list(graph)
    graph.add_dependency(ids[1], ids[0], per_frame=True)
    graph.add_dependency(ids[2], ids[1], per_frame=True)
    submission = Submission(graph)
    submission.set_override(ids[1], "enabled", False)
    built = submission.build()
    assert list(built) == [ids[0], ids[2]]
    assert built.parents(ids[2]) == [ids[0]] and built.waits_per_frame(ids[2]) is True
