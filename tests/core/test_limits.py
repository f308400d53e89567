"""Hostile or careless input: the frame limit and errors that name the job and the field (issue 13).

Frames are counted from spans, never expanded; a Range past ``frames.MAX_FRAMES`` is refused by
``conform_job``, so by ``submit_jobs``, ``update_jobs`` and ``integrations.validate``, before any tool runs.
"""

import time

import pytest

import smedge_core as smedge
from smedge_core import _contract, _query, frames
from smedge_core.errors import JobValueError

HUGE = "1-999999999999"


def maya(**values):
    job = {"Name": "r", "Type": "Maya", "Scene": "/a.mb"}
    job.update(values)
    return job


def test_a_huge_range_is_refused_naming_range_the_count_and_the_limit(farm):
    started = time.monotonic()
    with pytest.raises(JobValueError) as caught:
        smedge.submit_jobs([maya(Range=HUGE)], paused=True)
    assert time.monotonic() - started < 5  # counted, not expanded (it is microseconds)
    assert caught.value.field == "Range"
    message = str(caught.value)
    assert message.startswith("jobs[0]: Range: ")
    assert "999,999,999,999 frames" in message and "1,000,000" in message and "MAX_FRAMES" in message
    assert farm.count("Submit") == 0


@pytest.mark.parametrize("text", ["1-1000001", "1-2000001x2", "1-600000,700000-1100000", "-500000-500000"])
def test_the_limit_counts_frames_of_every_form(farm, text):
    with pytest.raises(JobValueError, match="more than the limit of 1,000,000"):
        smedge.conform_job(maya(Range=text))


def test_a_job_at_the_limit_and_a_100000_frame_job_are_accepted_quickly(farm):
    started = time.monotonic()
    for text in ("1-100000", "1-1000000", "1-1999999x2", "1001-101000"):
        assert smedge.conform_job(maya(Range=text))["Range"] == text
    smedge.submit_jobs([maya(Range="1-100000")], paused=True)
    assert time.monotonic() - started < 5
    assert farm.count("Submit") == 1


def test_the_limit_is_a_setting_a_studio_may_change(farm, monkeypatch):
    monkeypatch.setattr(frames, "MAX_FRAMES", 100)
    assert smedge.conform_job(maya(Range="1-100"))["Range"] == "1-100"
    with pytest.raises(JobValueError, match="'1-101' holds 101 frames, more than the limit of 100"):
        smedge.conform_job(maya(Range="1-101"))
    monkeypatch.setattr(frames, "MAX_FRAMES", 10 ** 13)
    assert smedge.conform_job(maya(Range=HUGE))["Range"] == HUGE


def test_range_values_are_checked_in_every_form(farm):
    assert smedge.conform_job(maya(Range=7))["Range"] == "7"
    assert smedge.conform_job(maya(Range=frames.parse_range("1-3,9")))["Range"] == "1-3,9"
    with pytest.raises(JobValueError, match=r"Range: Invalid frame range '1-x'") as caught:
        smedge.conform_job(maya(Range="1-x"))
    assert caught.value.field == "Range"
    with pytest.raises(JobValueError, match=r"Range: .* is not a frame range"):
        smedge.conform_job(maya(Range=[1, 2]))
    with pytest.raises(JobValueError, match="at most 18 digits"):
        smedge.conform_job(maya(Range="1-" + "9" * 5000))


def test_update_jobs_refuses_a_huge_range_before_any_tool_runs(farm):
    job_id = "8ad51e37-127e-4894-aefb-8e8273c111cf"
    with pytest.raises(JobValueError, match="Range: '1-999999999999' holds"):
        smedge.update_jobs(job_id, "range", HUGE)
    assert farm.count("Job", "Update") == 0
    smedge.update_jobs(job_id, "Range", "1-100000")
    assert farm.count("Job", "Update") == 1


def test_validation_reports_the_limit_as_a_finding_on_range(farm):
    from integrations.graph import JobGraph
    from integrations.validate import ERROR, validate
    graph = JobGraph()
    job_id = graph.add_job(maya(Name="huge", Range=HUGE))
    graph.add_job(maya(Name="fine", Range="1-100000"))
    started = time.monotonic()
    findings = validate(graph)
    assert time.monotonic() - started < 5
    assert [(f.job_id, f.severity, f.field) for f in findings] == [(job_id, ERROR, "Range")]
    assert "more than the limit of 1,000,000" in findings[0].message


# --- errors that name the job and the field -------------------------------------------------------

@pytest.mark.parametrize("job, field, words", [
    (maya(Name="a\udc80b"), "Name", r"Name: .* lone surrogate \('\\udc80' at index 1\)"),
    (maya(Name=b"abc"), "Name", r"Name: b'abc' is bytes, not text"),
    (maya(Custom=bytearray(b"x")), "Custom", r"Custom: bytearray\(b'x'\) is bytes"),
    (maya(ImageFormat=["/a", b"/b"]), "ImageFormat", r"ImageFormat: b'/b' is bytes"),
    (maya(EnvironmentOverrides={"A": b"x"}), "EnvironmentOverrides", r"EnvironmentOverrides\['A'\]: b'x' is bytes"),
    (maya(EnvironmentOverrides="notjson"), "EnvironmentOverrides",
     r"EnvironmentOverrides: 'notjson' is not a dict of sub-parameters, nor NAME=value or JSON text of one "
     r"\('notjson' is not NAME=value\)"),
    (maya(EnvironmentOverrides="[1, 2]"), "EnvironmentOverrides",
     r"EnvironmentOverrides: '\[1, 2\]' is not a dict of sub-parameters"),
    (maya(EnvironmentOverrides={"PATH": "a|b"}), "EnvironmentOverrides",
     r"EnvironmentOverrides: 'PATH': 'a\|b' cannot be written as NAME=value items joined by '\|'"),
    (maya(EnvironmentOverrides={"A=B": "x"}), "EnvironmentOverrides", r"EnvironmentOverrides: 'A=B': 'x' cannot"),
    (maya(EnvironmentOverrides={"A\udc80": "x"}), "EnvironmentOverrides", "EnvironmentOverrides: .*lone surrogate"),
    ({"Type": "Maya", "Scene": "/a", "Na\udc80me": "x"}, "Na\udc80me", r"'Na\\udc80me' is not a parameter name"),
])
def test_bad_values_name_the_job_index_and_the_field(farm, job, field, words):
    with pytest.raises(JobValueError, match=r"^jobs\[1\]: " + words) as caught:
        smedge.submit_jobs([maya(Name="fine"), job])
    assert caught.value.field == field
    assert farm.count("Submit") == 0


def test_the_index_is_the_bad_jobs_own(farm):
    with pytest.raises(JobValueError, match=r"^jobs\[2\]: Name: "):
        smedge.submit_jobs([maya(), maya(), maya(Name="a\udc80b")])


def test_a_query_nested_too_deeply_is_a_value_error_not_a_recursion_error(farm):
    query = ["Name", "=", "x"]
    for _ in range(2000):
        query = [query]
    with pytest.raises(ValueError, match="a query may nest at most 100 lists deep"):
        smedge.get_jobs(query)
    with pytest.raises(ValueError, match="at most 100 lists deep"):
        _contract.read_query_text("[" * 100000 + "]" * 100000)
    shallow = ["Name", "=", "x"]
    for _ in range(_query.MAX_DEPTH - 1):
        shallow = [shallow]
    smedge.get_jobs(shallow)
    assert farm.count("Job", "List") == 1


def test_update_jobs_refuses_bytes_naming_the_parameter(farm):
    with pytest.raises(JobValueError, match="Note: b'x' is bytes") as caught:
        smedge.update_jobs("8ad51e37-127e-4894-aefb-8e8273c111cf", "Note", b"x")
    assert caught.value.field == "Note" and farm.count("Job", "Update") == 0


def test_a_studio_that_raises_max_frames_may_write_its_frames_as_overlapping_steps(monkeypatch):
    monkeypatch.setattr(frames, "MAX_EXPANDED_FRAMES", 10)
    monkeypatch.setattr(frames, "MAX_FRAMES", 10)
    with pytest.raises(ValueError, match="more than 10 frames"):
        frames.parse_range("1-40x2,2-40x2")
    monkeypatch.setattr(frames, "MAX_FRAMES", 100)
    assert frames.parse_range("1-40x2,2-40x2") == frames.parse_range("1-40")


def test_a_huge_list_of_lone_frames_is_refused_before_it_is_all_read(farm, monkeypatch):
    monkeypatch.setattr(frames, "MAX_FRAMES", 1000)
    text = ",".join(str(3 * i) for i in range(200000))
    with pytest.raises(ValueError, match=r"more than 1,000 items") as caught:
        smedge.conform_job({"Name": "r", "Type": "Maya", "Scene": "/a", "Range": text})
    assert caught.value.field == "Range"
    assert len(frames.parse_range(",".join(str(3 * i) for i in range(1000)), limit=1000)) == 1000


def test_raising_max_frames_raises_the_bound_on_stepped_frames_too(monkeypatch):
    monkeypatch.setattr(frames, "MAX_STEPPED_FRAMES", 100)
    monkeypatch.setattr(frames, "MAX_FRAMES", 100)
    with pytest.raises(ValueError, match="more than 100 frames"):
        frames.parse_range("1-400x2")
    assert len(frames.parse_range("1-400x2", limit=1000)) == 200  # the master's --max-frames
    monkeypatch.setattr(frames, "MAX_FRAMES", 1000)
    assert len(frames.parse_range("1-400x2")) == 200


def test_a_range_read_before_a_bound_is_lowered_is_refused_after(monkeypatch):
    assert len(frames.parse_range("1-400x2")) == 200  # read (and kept) under the default bounds
    monkeypatch.setattr(frames, "MAX_STEPPED_FRAMES", 100)
    monkeypatch.setattr(frames, "MAX_FRAMES", 100)
    with pytest.raises(ValueError, match="more than 100 frames"):
        frames.parse_range("1-400x2")


def test_a_huge_bad_value_gives_a_short_message_with_the_field_and_the_reason(farm):
    with pytest.raises(JobValueError) as caught:
        smedge.conform_job({"Type": "Maya", "Scene": "/a.mb", "Range": "1-x," * 1000000})
    message = str(caught.value)
    assert len(message) < 1100 and caught.value.field == "Range"
    assert message.startswith("Range: ") and message.endswith("at character 3")
    assert "characters left out" in message
    with pytest.raises(JobValueError) as caught:
        smedge.submit_jobs([{"Type": "Maya", "Scene": "/a.mb", "Note": "line\n" * 1000000}])
    assert len(str(caught.value)) < 1100 and "holds a line break" in str(caught.value)
