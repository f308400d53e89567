"""The data folder (issue 22): one master per folder, start-up failures as one line, a lost WAL noticed,
a consistent backup, bad job rows quarantined."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid

import pytest

import smedge_core as smedge
from smedge_core.sandbox.engines import PACKAGE_ROOT
from smedge_core.sandbox.testing import MasterProcess, free_port


def serve(data, *options, timeout=30):
    """``serve`` that is expected to stop by itself: the finished process."""
    env = dict(os.environ, PYTHONPATH=PACKAGE_ROOT)
    argv = [sys.executable, "-m", "smedge_core.sandbox", "serve", "--data", str(data), "--port", str(free_port()),
            "--engines", "1", "--parent-pid", str(os.getpid()), *list(options)]
    return subprocess.run(argv, capture_output=True, env=env, timeout=timeout)


def sandbox(*args):
    env = dict(os.environ, PYTHONPATH=PACKAGE_ROOT)
    return subprocess.run([sys.executable, "-m", "smedge_core.sandbox", *list(args)], capture_output=True,
                          env=env, timeout=60)


@pytest.fixture
def point(monkeypatch):
    """Point the environment at a master."""
    def at(master):
        for name, value in master.env.items():
            monkeypatch.setenv(name, value)
        smedge.get_product_info.cache_clear()
        return master
    yield at
    smedge.get_product_info.cache_clear()


def _jobs(count, name="job"):
    return [{"Type": "Maya", "Name": f"{name} {i}", "Scene": "/s.mb", "Range": "1-3"} for i in range(count)]


def test_a_second_master_on_the_same_folder_is_refused_naming_the_first(tmp_path):
    first = MasterProcess(tmp_path / "data", engines=1).start()
    try:
        done = serve(tmp_path / "data")
        lines = done.stderr.decode().strip().splitlines()
        assert done.returncode == 2
        assert lines[-1] == ("serve: cannot start: data folder {} is in use by another master (PID {}, listening on "
                             "127.0.0.1:{}); stop it or give another --data".format(tmp_path / "data", first.pid,
                                                                                  first.port))
        assert "Traceback" not in done.stderr.decode()
    finally:
        first.kill()  # kill -9: the lock goes with the process, no cleanup needed
    second = MasterProcess(tmp_path / "data", engines=1).start()
    second.stop()


def test_a_master_killed_with_9_leaves_nothing_that_stops_the_next(tmp_path, point):
    master = point(MasterProcess(tmp_path / "data", engines=1).start())
    ids = smedge.submit_jobs(_jobs(3), paused=True)
    master.kill()
    master = point(MasterProcess(tmp_path / "data", engines=1).start())
    try:
        assert sorted(j["ID"] for j in smedge.get_jobs()) == sorted(ids)
    finally:
        master.stop()


@pytest.mark.parametrize("damage, words", [
    (lambda data: data.write_text("a file, not a folder"), "data folder {data}: "),
    (lambda data: (data.mkdir(), (data / "master.sqlite").write_bytes(b"not a database" * 100)),
     "{data}/master.sqlite: file is not a database"),
])
def test_start_up_failures_are_one_line_and_exit_2(tmp_path, damage, words):
    data = tmp_path / "data"
    damage(data)
    done = serve(data)
    assert done.returncode == 2
    line = done.stderr.decode().strip().splitlines()[-1]
    assert line.startswith("serve: cannot start: " + words.format(data=data))
    assert "Traceback" not in done.stderr.decode()


def test_a_port_in_use_is_named(tmp_path):
    other = MasterProcess(tmp_path / "other", engines=1).start()
    try:
        env = dict(os.environ, PYTHONPATH=PACKAGE_ROOT)
        done = subprocess.run([sys.executable, "-m", "smedge_core.sandbox", "serve", "--data", str(tmp_path / "data"),
                               "--port", str(other.port), "--engines", "1"], capture_output=True, env=env, timeout=30)
    finally:
        other.stop()
    assert done.returncode == 2
    assert done.stderr.decode().strip().splitlines()[-1].startswith(
        f"serve: cannot start: cannot listen on 127.0.0.1:{other.port}: ")


def test_a_wal_lost_after_a_crash_is_noticed_and_a_backup_brings_the_jobs_back(tmp_path, point):
    data = tmp_path / "data"
    master = point(MasterProcess(data, engines=1).start())
    ids = smedge.submit_jobs(_jobs(30), paused=True)
    done = sandbox("backup", "--data", str(data), str(tmp_path / "copy.sqlite"))  # while it runs
    assert done.returncode == 0, done.stderr
    master.kill()
    assert (data / "master.sqlite-wal").exists()
    os.remove(str(data / "master.sqlite-wal"))  # the WAL lost (a copy of master.sqlite alone, say)
    master = point(MasterProcess(data, engines=1).start())
    try:
        assert "write-ahead log master.sqlite-wal is missing" in (data / "master.out").read_text()
    finally:
        master.stop()
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(str(tmp_path / "copy.sqlite"), str(restored / "master.sqlite"))
    master = point(MasterProcess(restored, engines=1).start())
    try:
        assert sorted(j["ID"] for j in smedge.get_jobs()) == sorted(ids)
    finally:
        master.stop()
    assert "write-ahead log" not in (restored / "master.out").read_text()  # a clean stop before: no warning


def test_backup_of_a_folder_with_no_database_is_one_line(tmp_path):
    done = sandbox("backup", "--data", str(tmp_path), str(tmp_path / "out.sqlite"))
    assert (done.returncode, done.stderr.decode().strip()) == (
        2, f"backup: data folder {tmp_path}: no master.sqlite to back up")


def test_bad_job_rows_are_quarantined_and_the_rest_served(tmp_path, point):
    data = tmp_path / "data"
    master = point(MasterProcess(data, engines=1).start())
    ids = smedge.submit_jobs(_jobs(5), paused=True)
    master.stop()
    bad = {str(uuid.uuid4()): text for text in (
        json.dumps({"Type": "nope", "Name": "unknown type"}), json.dumps({"Name": "no type"}), "{broken",
        json.dumps(["a", "list"]), "[" * 5000 + "]" * 5000)}
    with sqlite3.connect(str(data / "master.sqlite")) as db:
        for seq, (job_id, text) in enumerate(bad.items(), 100):
            db.execute("INSERT INTO jobs (id, seq, params) VALUES (?, ?, ?)", (job_id, seq, text))
    db.close()
    master = point(MasterProcess(data, engines=1).start())
    try:
        assert sorted(j["ID"] for j in smedge.get_jobs()) == sorted(ids)
        log = (data / "master.out").read_text()
        for job_id in bad:
            assert f"job {job_id} is quarantined" in log
        assert "Type: product 'nope' not found" in log
    finally:
        master.stop()
    with sqlite3.connect(str(data / "master.sqlite")) as db:
        kept = dict(db.execute("SELECT id, params FROM quarantine").fetchall())
    db.close()
    assert kept == bad


def test_a_broken_engine_row_is_one_line_naming_the_database(tmp_path):
    data = tmp_path / "data"
    MasterProcess(data, engines=1).start().stop()
    with sqlite3.connect(str(data / "master.sqlite")) as db:
        db.execute("UPDATE engines SET settings = '{broken'")
    db.close()
    done = serve(data)
    assert done.returncode == 2
    assert done.stderr.decode().strip().splitlines()[-1].startswith(
        "serve: cannot start: {}: Expecting property name".format(data / "master.sqlite"))
