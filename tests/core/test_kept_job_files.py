"""Issue 21, item 5: a refused submission's job file is kept in ~/.smedge-submit/jobs (which the system
does not clean), named after the scene and the time, and the error says where; job files that killed
clients left are removed by the next submit_jobs. The home folder is the session's own (tests/conftest.py)."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import smedge_core as smedge
from smedge_core.errors import SubmissionError


@pytest.fixture
def jobs_folder():
    return Path(os.path.expanduser("~")) / ".smedge-submit" / "jobs"


def test_a_refused_job_file_is_kept_named_after_the_scene_and_the_time(fake_smedge, jobs_folder):
    fake_smedge.reply("Submit", stderr="Master refused the job", exit=1)
    jobs = [{"Name": "beauty", "Type": "Maya", "Scene": "/proj/shots/sh010 v2.mb"},
            {"Name": "comp", "Type": "Nuke", "Scene": "/proj/comp/sh010.nk"}]
    kept = []
    for _ in range(2):  # two refusals: two files, nothing overwritten
        with pytest.raises(SubmissionError) as caught:
            smedge.submit_jobs(jobs)
        kept.append(Path(caught.value.job_file))
        assert f"the job file is kept at {kept[-1]} (submit it again" in str(caught.value)
    assert all(path.parent == jobs_folder and path.is_file() for path in kept)
    assert re.match(r"sh010_v2-\d{8}-\d{6}\.sj$", kept[0].name), kept[0].name
    assert kept[1] != kept[0] and "Name = beauty" in kept[1].read_text(encoding="utf-8")
    assert list((jobs_folder / "submitting").iterdir()) == []


def test_job_files_of_clients_that_no_longer_run_are_removed_at_the_next_submit(fake_smedge, jobs_folder):
    pending = jobs_folder / "submitting"
    pending.mkdir(parents=True, exist_ok=True)
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    orphan = pending / f"{ended.pid}-abc123.sj"  # a client killed while Submit ran
    running = pending / f"{os.getpid()}-def456.sj"  # one still submitting (this process)
    for path in (orphan, running):
        path.write_text("[job]\n", encoding="utf-8")
    smedge.submit_jobs({"Type": "Script", "Command": "echo"})
    assert sorted(pending.iterdir()) == [running]
    running.unlink()


def test_a_second_file_kept_in_the_same_second_gets_a_number(tmp_path, monkeypatch, jobs_folder):
    from smedge_core import _kept

    monkeypatch.setattr(_kept.time, "strftime", lambda pattern: "20260312-154501")
    jobs_folder.mkdir(parents=True, exist_ok=True)
    kept = []
    for text in ("first", "second"):
        path = tmp_path / (text + ".sj")
        path.write_text(text, encoding="utf-8")
        kept.append(Path(_kept.keep(str(path), [{"Scene": "C:\\proj\\sh010.mb"}])))
    assert [p.name for p in kept] == ["sh010-20260312-154501.sj", "sh010-20260312-154501-2.sj"]
    assert [p.read_text(encoding="utf-8") for p in kept] == ["first", "second"]
