"""Work on the local engines: dependency rules checked from recorded history, failures, stopping work."""

import sys
import uuid

import pytest

import smedge_core as smedge
from smedge_core.sandbox import states
from sandbox_helpers import frame_spans, statuses, wait_for, wait_status

pytestmark = pytest.mark.usefixtures("local_master")


def sleeper(seconds):
    return f"{sys.executable} -c 'import time; time.sleep({seconds})'"


def test_per_frame_wait_with_different_packet_sizes():
    parent = {"ID": str(uuid.uuid4()), "Type": "Maya",
              "Scene": "/a.mb", "Range": "1-6", "PacketSize": 3, "Priority": 40, "UsageLimit": 1}
    child = {"Type": "Nuke", "Scene": "/c.nk", "Range": "1-6", "PacketSize": 1, "Priority": 45,
             "WaitForJobID": parent["ID"], "WaitForWholeJob": False}
    ids = smedge.submit_jobs([parent, child])
    assert wait_status(ids) == [states.JOB_COMPLETE] * 2
    parent_spans, child_spans = frame_spans(ids[0]), frame_spans(ids[1])
    for frame, (start, _) in child_spans.items():
        assert start > parent_spans[frame][1], frame
    # per frame, not whole job: frames 1-3 of the comp ran before the parent's last packet finished
    assert min(s for s, _ in child_spans.values()) < max(f for _, f in parent_spans.values())


def test_whole_job_wait():
    parent_id = smedge.submit_jobs({"Type": "Maya", "Scene": "/a.mb", "Range": "1-3", "Priority": 30})[0]
    child_id = smedge.submit_jobs({"Type": "Generic Script", "Command": "true", "Range": "1-3", "Priority": 90,
                                   "WaitForJobID": [parent_id]})[0]
    assert wait_status([parent_id, child_id]) == [states.JOB_COMPLETE] * 2
    last_parent_finish = max(f for _, f in frame_spans(parent_id).values())
    assert min(s for s, _ in frame_spans(child_id).values()) > last_parent_finish


def test_failures_retry_until_the_failure_limit_then_reset():
    job_id = smedge.submit_jobs({"Type": "Generic Script", "Command": "false", "FailureLimit": 2,
                                 "Priority": 80})[0]
    assert wait_status([job_id], states.JOB_FAILED) == [states.JOB_FAILED]
    job = smedge.get_jobs(job_id)[0]
    assert job["FailureCount"] == 2 and job["LastError"] == "exit code 1"
    history = smedge.get_job_history(job_id)[job_id]
    assert [h.status for h in history] == [1, 3, 1, 3]
    smedge.update_jobs(job_id, "Command", "true")
    smedge.reset_job_failures(job_id)
    assert wait_status([job_id]) == [states.JOB_COMPLETE]
    assert smedge.get_jobs(job_id)[0]["FailureCount"] == 0


def test_failure_limit_stops_dispatch_on_every_engine():
    engines = len(smedge.get_engines(regex=".*"))
    failing = f"{sys.executable} -c 'import sys, time; time.sleep(0.3); sys.exit(1)'"
    job_id = smedge.submit_jobs({"Type": "Generic Script", "Command": failing, "FailureLimit": 2,
                                 "Range": "1-20", "Priority": 80})[0]
    assert wait_status([job_id], states.JOB_FAILED) == [states.JOB_FAILED]
    # only work already running when the limit was reached may still fail
    assert 2 <= smedge.get_jobs(job_id)[0]["FailureCount"] <= 2 + engines - 1


def test_error_detection_fails_work_that_exits_0():
    command = f"{sys.executable} -c \"print('ERROR: no licence')\""
    job_id = smedge.submit_jobs({"Type": "Generic Script", "Command": command, "FailureLimit": 1,
                                 "ErrorStarts": ["ERROR:"], "Priority": 80})[0]
    assert wait_status([job_id], states.JOB_FAILED) == [states.JOB_FAILED]
    assert smedge.get_jobs(job_id)[0]["LastError"] == "error detected: ERROR: no licence"


def _running(job_id):
    history = smedge.get_job_history(job_id)[job_id]
    return history and history[-1].status == states.WORK_STARTED


def test_pause_with_stop_work_then_resume():
    job_id = smedge.submit_jobs({"Type": "Generic Script", "Command": sleeper(30), "Priority": 99})[0]
    assert wait_for(lambda: _running(job_id))
    smedge.pause_jobs(job_id, stop_work=True)
    assert wait_for(lambda: smedge.get_job_history(job_id)[job_id][-1].status == states.WORK_STOPPED, 10)
    assert statuses([job_id]) == [states.JOB_PAUSED]
    smedge.update_jobs(job_id, "Command", "true")
    smedge.resume_jobs(job_id)
    assert wait_status([job_id]) == [states.JOB_COMPLETE]


def test_preempt_requeues_and_delete_with_stop_work_ends_it():
    job_id = smedge.submit_jobs({"Type": "Generic Script", "Command": sleeper(30), "Priority": 99})[0]
    assert wait_for(lambda: _running(job_id))
    smedge.preempt(job_id)
    # stopped, requeued and started again (the job is not paused)
    assert wait_for(lambda: [h.status for h in smedge.get_job_history(job_id)[job_id]][:3] == [1, 4, 1], 10)
    smedge.delete_jobs(job_id, stop_work=True)
    assert smedge.get_jobs(job_id) == []
    assert wait_for(lambda: all(e["CurrentWork"] == "" for e in smedge.get_engines()), 10)


def test_usurp_stops_lower_priority_work():
    low = smedge.submit_jobs([{"Type": "Generic Script", "Command": sleeper(30), "Priority": 70,
                               "Name": "low"} for _ in range(2)])
    assert wait_for(lambda: all(_running(job_id) for job_id in low))
    high = smedge.submit_jobs({"Type": "Generic Script", "Command": "true", "Priority": 71, "Status": -1})[0]
    smedge.resume_jobs(high)
    smedge.usurp(high)
    assert wait_status([high]) == [states.JOB_COMPLETE]
    assert all(states.WORK_STOPPED in [h.status for h in smedge.get_job_history(j)[j]] for j in low)
    smedge.delete_jobs(low, stop_work=True)


def test_disable_engines_with_stop_work():
    try:
        smedge.disable_engines(stop_work=True)
        job_id = smedge.submit_jobs({"Type": "Generic Script", "Command": "true"})[0]
        assert "no engine is online and enabled" in smedge.get_job_dispatch_log(job_id)[job_id]
        assert all(e["Enabled"] == "0" for e in smedge.get_engines())
    finally:
        smedge.enable_engines()
    assert wait_status([job_id]) == [states.JOB_COMPLETE]


def test_update_range_requeues_the_new_frames():
    job_id = smedge.submit_jobs({"Type": "Generic Script", "Command": "true", "Range": "1-2"}, paused=True)[0]
    smedge.update_jobs(job_id, "Range", "1-4")
    smedge.update_jobs(job_id, "Status", 0)
    assert wait_status([job_id]) == [states.JOB_COMPLETE]
    assert sorted(frame_spans(job_id)) == [1, 2, 3, 4]


def test_engine_failures_and_dispatch_log():
    engines = smedge.get_engines()
    smedge.reset_engine_failures()
    assert all(e["FailureCount"] == "0" for e in smedge.get_engines())
    logs = smedge.get_engine_dispatch_log(regex=".*")
    assert set(logs) == {uuid.UUID(e["ID"]) for e in engines}
    assert all("now:" in text for text in logs.values())
