"""Settings stored with a scene: overrides of what the farm runs are shown (issue 22 item 10), and damaged
or hostile JSON is a warning naming the store and key, never a RecursionError (issue 22 item 8)."""
import pytest

from integrations.session import Submission
from integrations.settings import JsonFileSettings, TextSettings, load
from integrations.validate import WARNING


class SceneKnob(TextSettings):
    """Settings kept as text in a scene (what a Nuke root knob or a Maya attribute holds)."""

    where = "root.smedge_submit_settings"

    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

    def write(self, text):
        self.text = text


@pytest.mark.parametrize("name", ["Executable", "command"])
def test_a_stored_override_of_what_the_job_runs_is_a_warning_showing_the_value(seed, name):
    stored = {"jobs": {"Comp layers": {name: "/tmp/evil.sh --now"}, "Render - layer1": {"Priority": 60}}}
    submission = Submission(seed, stored)
    [finding] = submission.settings_findings
    assert (finding.severity, finding.job_name, finding.field) == (WARNING, "Comp layers", name)
    assert "'/tmp/evil.sh --now'" in finding.message
    comp = next(job for job in submission.build().jobs() if job["Name"] == "Comp layers")
    assert comp[name] == "/tmp/evil.sh --now"  # shown, not dropped: the artist decides


def test_a_long_stored_command_is_shown_cut():
    from integrations.graph import JobGraph

    graph = JobGraph([{"Name": "a", "Type": "Maya"}])
    [finding] = Submission(graph, {"jobs": {"a": {"Command": "x" * 5000}}}).settings_findings
    assert len(finding.message) < 400 and "(5,002 characters)" in finding.message


@pytest.mark.parametrize("depth", [100, 100000])
def test_deeply_nested_stored_settings_are_a_warning_naming_the_store(depth):
    text = '{"note": "n", "jobs": {"a": ' + "[" * depth + "]" * depth + "}}"
    settings, problems = load(SceneKnob(text))
    assert settings.note == "" and settings.jobs == {}
    [(_, message)] = problems
    assert "root.smedge_submit_settings" in message and "nested more than 64 levels deep" in message
    if depth == 100:  # parsed, so the key can be named; 100,000 levels stop the parser itself
        assert "(under 'jobs')" in message


def test_a_nested_settings_file_is_a_warning_naming_the_file(tmp_path):
    store = JsonFileSettings(tmp_path / "shot.mb")
    (tmp_path / "shot.mb.smedge.json").write_text('{"options": ' + "{\"a\": " * 80 + "1" + "}" * 80 + "}")
    [(_, message)] = load(store)[1]
    assert store.path in message and "(under 'options')" in message


def test_a_wrong_typed_stored_value_names_the_store_and_key():
    settings, problems = load(SceneKnob('{"priority": "high", "jobs": [1, 2], "paused": true}'))
    assert settings.paused is True and settings.priority is None and settings.jobs == {}
    assert sorted(field for field, _ in problems) == ["jobs", "priority"]
    assert all("root.smedge_submit_settings" in message for _, message in problems)
    assert "Ignoring priority in root.smedge_submit_settings: bad value 'high'" in dict(problems)["priority"]
