"""What the local master ran, read back from its job history: for tests that check the order work ran in."""
import time
import uuid

import smedge_core
from smedge_core.frames import parse_range
from smedge_core.sandbox import states


def wait_complete(ids, timeout=60.0):
    """Poll until every job of ``ids`` is complete or ``timeout`` passes; ``{job ID: status}`` seen last."""
    deadline = time.monotonic() + timeout
    while True:
        jobs = smedge_core.get_jobs(smedge_core.ids_to_query(list(ids)))
        if all(job["Status"] == states.JOB_COMPLETE for job in jobs) or time.monotonic() > deadline:
            return {job["ID"]: job["Status"] for job in jobs}
        time.sleep(0.1)


def frame_times(job_id):
    """``{frame: (started, finished)}`` of a job's finished work, from its history."""
    job_id = uuid.UUID(str(job_id))
    started, out = {}, {}
    for element in smedge_core.get_job_history(job_id)[job_id]:
        if element.status == states.WORK_STARTED:
            started[element.work_id] = element.time
        elif element.status == states.WORK_FINISHED:
            for frame in parse_range(element.name.replace(" ", "")):
                out[frame] = (started[element.work_id], element.time)
    return out
