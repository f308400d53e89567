"""The local master under write failures (issue 22): a refused change leaves nothing behind, in memory or
on disk; a work thread survives an I/O error; every acknowledged job is there after a restart.

The master runs in this process (``LocalMaster``) so its store can be made to fail: at the store layer,
SQLite's own ``max_page_count`` (a database that may not grow: SQLite raises "database or disk is
full" itself) and a connection whose COMMIT fails after every change of the request was made; at the
log layer, a ``logs`` folder that cannot be made. The tools are the real ones, as separate processes.
"""

import os
import sqlite3
import subprocess
import uuid

import pytest

import smedge_core as smedge
from smedge_core.errors import SmedgeComponentError, SubmissionError
from smedge_core.sandbox import states
from smedge_core.sandbox.server import LocalMaster
from smedge_core.sandbox.testing import free_port
from sandbox_helpers import wait_for

FULL = "database or disk is full"


class FailingCommits:
    """A store connection whose COMMIT rolls back and fails, as on a full disk (SQLite gives up the
    transaction); everything else goes to the real connection."""

    def __init__(self, db):
        self.db = db

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            self.db.execute("ROLLBACK")
            raise sqlite3.OperationalError(FULL)
        return self.db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.db, name)


@pytest.fixture
def master(tmp_path, monkeypatch):
    """A master in this process: ``.failing()`` makes its commits fail, ``.healthy()`` undoes it,
    ``.restart()`` closes it and starts another on the same folder."""
    masters = []

    def start():
        local = LocalMaster(tmp_path / "data", port=free_port(), engines=1)
        local.start()
        masters.append(local)
        for name, value in local.farm.env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "5")
        smedge.get_product_info.cache_clear()
        return local

    class Handle:
        def __getattr__(self, name):
            return getattr(masters[-1], name)

        def failing(self):
            with masters[-1].farm.lock:
                masters[-1].store.db = FailingCommits(masters[-1].store.db)

        def healthy(self):
            with masters[-1].farm.lock:
                if isinstance(masters[-1].store.db, FailingCommits):
                    masters[-1].store.db = masters[-1].store.db.db

        def restart(self):
            masters[-1].close()
            start()

    start()
    yield Handle()
    masters[-1].close()
    smedge.get_product_info.cache_clear()


def _job(**values):
    job = {"Type": "Maya", "Name": "a job", "Scene": "/s.mb", "Range": "1-2"}
    job.update(values)
    return job


def _listed():
    """Every job as the master lists it (its stored values)."""
    return {str(j["ID"]): j for j in smedge.get_jobs(get_all_parameters=False)}


def _rows(master):
    with master.farm.lock:
        return sorted(tuple(r) for r in master.store.db.execute("SELECT id, params FROM jobs"))


def test_a_refused_submit_leaves_nothing_and_its_kept_file_submits_later(master):
    kept_ids = smedge.submit_jobs([_job(Name="kept")], paused=True)
    before, rows = _listed(), _rows(master)
    with master.farm.lock:  # SQLite itself refuses: the database may not grow
        pages = master.store.db.execute("PRAGMA page_count").fetchone()[0]
        master.store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(SubmissionError) as caught:
        smedge.submit_jobs([_job(Name="refused", Note="x" * 100000)] * 1 + [_job(Name="second")])
    assert FULL in str(caught.value)
    assert "submit it again with Submit -FromFile" in str(caught.value)
    assert (_listed(), _rows(master)) == (before, rows)
    with master.farm.lock:
        master.store.db.execute("PRAGMA max_page_count = 1073741823")
    done = subprocess.run([os.path.join(os.environ["SMEDGE"], "Submit"), "-FromFile", caught.value.job_file],
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert sorted(j["Name"] for j in _listed().values()) == ["kept", "refused", "second"]
    assert kept_ids[0] in [j["ID"] for j in smedge.get_jobs()]


@pytest.mark.parametrize("change", [
    lambda ids: smedge.delete_jobs(ids, stop_work=True),
    lambda ids: smedge.update_jobs(ids, "Range", "1-50"),
    lambda ids: smedge.update_jobs(ids, "Priority", 90),
    lambda ids: smedge.resume_jobs(ids),
    lambda ids: smedge.pause_jobs(ids[1:], stop_work=True),
], ids=["delete", "update range", "update priority", "resume", "pause"])
def test_a_change_whose_commit_fails_is_seen_nowhere(master, change):
    ids = smedge.submit_jobs([_job(Name="paused")], paused=True) + smedge.submit_jobs([_job(Name="held", Pool="none")])
    before, rows = _listed(), _rows(master)
    master.failing()
    with pytest.raises(SmedgeComponentError) as caught:
        change(ids)
    assert "the master could not save the change, so nothing was changed: " + FULL in str(caught.value)
    assert _listed() == before
    master.healthy()
    assert (_listed(), _rows(master)) == (before, rows)
    master.restart()
    assert _listed() == before  # and so it is on disk


def test_a_work_whose_end_cannot_be_recorded_leaves_the_engine_idle_and_runs_again(master):
    [job_id] = smedge.submit_jobs([_job(Range="1")])
    wait_for(lambda: master.farm.engines[0].work is not None, 20, 0.02)
    master.failing()  # the stand-in finishes while nothing can be committed
    assert wait_for(lambda: master.farm.engines[0].work is None, 20, 0.05)
    assert smedge.get_jobs(job_id)[0]["Status"] != states.JOB_COMPLETE  # the master keeps answering
    master.healthy()
    assert wait_for(lambda: smedge.get_jobs(job_id)[0]["Status"] == states.JOB_COMPLETE, 30)
    master.restart()
    assert smedge.get_jobs(job_id)[0]["Status"] == states.JOB_COMPLETE


def test_a_work_log_that_cannot_be_written_fails_the_work_with_the_reason(master):
    logs = master.data / "logs"
    if logs.exists():
        for child in logs.iterdir():
            child.unlink()
        logs.rmdir()
    logs.write_text("a file where the logs folder should be")
    [job_id] = smedge.submit_jobs([_job(Range="1", FailureLimit=1)])
    assert wait_for(lambda: smedge.get_jobs(job_id)[0]["Status"] == states.JOB_FAILED, 20)
    notes = [h.note for h in smedge.get_job_history(job_id)[job_id]]
    assert any(n.startswith("the engine could not write the work log: [Errno 17] File exists") for n in notes), notes
    assert wait_for(lambda: master.farm.engines[0].work is None, 10, 0.05)
    logs.unlink()
    [again] = smedge.submit_jobs([_job(Range="1")])  # the engine works again once the disk does
    assert wait_for(lambda: smedge.get_jobs(again)[0]["Status"] == states.JOB_COMPLETE, 30)


def test_every_acknowledged_job_is_there_after_failures_and_a_restart(master):
    acknowledged = []
    for round_ in range(6):
        if round_ % 2:
            master.failing()
        try:
            acknowledged += smedge.submit_jobs([_job(Name=f"round {round_}", ID=uuid.uuid4())], paused=True)
        except SubmissionError:
            assert round_ % 2
        master.healthy()
    assert len(acknowledged) == 3
    master.restart()
    assert sorted(j["ID"] for j in smedge.get_jobs()) == sorted(acknowledged)


def test_a_work_that_gets_no_thread_fails_and_frees_its_engine(master, monkeypatch):
    from smedge_core.sandbox import engines
    real, calls = engines.start_work, []

    def start_work(*args):
        calls.append(args)
        if len(calls) == 1:
            raise RuntimeError("can't start new thread")
        return real(*args)

    monkeypatch.setattr(engines, "start_work", start_work)
    [job_id] = smedge.submit_jobs([_job(Range="1")])
    assert wait_for(lambda: smedge.get_jobs(job_id)[0]["Status"] == states.JOB_COMPLETE, 30)
    notes = [h.note for h in smedge.get_job_history(job_id)[job_id]]
    assert "the engine could not start it: RuntimeError(\"can't start new thread\")" in notes, notes
