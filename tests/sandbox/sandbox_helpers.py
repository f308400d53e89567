"""Helpers of the sandbox tests: polling, and work spans read from recorded job history."""

import time
import uuid

import smedge_core as smedge
from smedge_core.frames import parse_range
from smedge_core.sandbox import states


def wait_for(predicate, timeout=20.0, step=0.1):
    """Poll ``predicate`` until it returns a true value (returned) or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(step)


def statuses(ids):
    return [job["Status"] for job in smedge.get_jobs(smedge.ids_to_query(ids))]


def wait_status(ids, status=states.JOB_COMPLETE, timeout=30.0):
    """Wait until every job has ``status``; return the statuses seen last."""
    wait_for(lambda: all(s == status for s in statuses(ids)), timeout)
    return statuses(ids)


def frame_spans(job_id):
    """``{frame: (start, finish)}`` of the finished runs of a job, from its history."""
    history = smedge.get_job_history(job_id)[uuid.UUID(str(job_id))]
    started, out = {}, {}
    for element in history:
        if element.status == states.WORK_STARTED:
            started[element.work_id] = element.time
        elif element.status == states.WORK_FINISHED:
            for frame in parse_range(element.name):
                out[frame] = (started[element.work_id], element.time)
    return out
