"""Status codes of the local master (ours: the reference only gives 0 new and -1 paused).

Job ``Status``: -1 paused, 0 queued, 1 active (work running), 2 complete, 3 failed (FailureLimit reached).
Work status, also the ``Status`` of history elements: 0 queued, 1 started, 2 finished, 3 failed,
4 stopped (preempted, usurped, paused or deleted with StopWork, engine disabled, master restarted).
"""

JOB_PAUSED, JOB_QUEUED, JOB_ACTIVE, JOB_COMPLETE, JOB_FAILED = -1, 0, 1, 2, 3
WORK_QUEUED, WORK_STARTED, WORK_FINISHED, WORK_FAILED, WORK_STOPPED = 0, 1, 2, 3, 4
JOB_NAMES = {JOB_PAUSED: "paused", JOB_QUEUED: "queued", JOB_ACTIVE: "active", JOB_COMPLETE: "complete",
             JOB_FAILED: "failed"}
