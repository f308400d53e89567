"""Opt-in, by hand: the local master on a really full disk, a small tmpfs (needs root and mount).

    SMEDGE_FULL_DISK_CHECK=1 python -m pytest -q tests/sandbox/test_sandbox_full_disk.py

CI runs the same checks with failures injected at the store and log layers
(``test_sandbox_faults.py``); this one shows they hold on a real ``ENOSPC``.
"""

import errno
import os
import subprocess

import pytest

import smedge_core as smedge
from smedge_core.errors import SmedgeComponentError, SubmissionError
from smedge_core.sandbox import states
from smedge_core.sandbox.testing import MasterProcess
from sandbox_helpers import wait_for

pytestmark = pytest.mark.skipif(os.environ.get("SMEDGE_FULL_DISK_CHECK") != "1" or os.geteuid() != 0,
                                reason="opt-in: SMEDGE_FULL_DISK_CHECK=1, as root (mounts a tmpfs)")


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)], check=True)
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def _fill(folder):
    """Fill the file system of ``folder``; the filler's path."""
    path = folder / "filler"
    with open(str(path), "wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError as err:
            assert err.errno == errno.ENOSPC
    return path


def test_a_full_disk_refuses_cleanly_and_the_engine_recovers(small_disk, monkeypatch):
    def start():
        master = MasterProcess(small_disk / "data", engines=1).start()
        for name, value in master.env.items():
            monkeypatch.setenv(name, value)
        smedge.get_product_info.cache_clear()
        return master

    master = start()
    try:
        acknowledged = smedge.submit_jobs([{"Type": "Maya", "Name": "before", "Scene": "/s.mb", "Range": "1-3"}],
                                          paused=True)
        [running] = smedge.submit_jobs([{"Type": "Maya", "Name": "runs", "Scene": "/s.mb", "Range": "1-20",
                                         "PacketSize": 20}])
        assert wait_for(lambda: smedge.get_jobs(running)[0]["Status"] == states.JOB_ACTIVE, 20)
        filler = _fill(small_disk)
        before = {j["ID"]: j for j in smedge.get_jobs(get_all_parameters=False)}
        with pytest.raises(SubmissionError) as caught:
            smedge.submit_jobs([{"Type": "Maya", "Name": "refused", "Scene": "/s.mb", "Range": "1-3",
                                 "Note": "n" * 200000}])
        print("refused submit:", str(caught.value)[:300])
        with pytest.raises(SmedgeComponentError) as caught:
            smedge.delete_jobs(acknowledged)
        print("refused delete:", str(caught.value)[:300])
        assert {j["ID"]: j for j in smedge.get_jobs(get_all_parameters=False)} == before
        # the running work ends (its output cannot be written), its end may not be recordable: the engine idles
        assert wait_for(lambda: smedge.get_engines()[0]["Status"] == "Idle", 30)
        os.remove(str(filler))
        assert wait_for(lambda: smedge.get_jobs(running)[0]["Status"] == states.JOB_COMPLETE, 60)
        print("history:", [(h.status, h.note) for h in smedge.get_job_history(running)[running]])
        master.stop()
        master = start()
        ids = [j["ID"] for j in smedge.get_jobs()]
        assert set([*acknowledged, running]) <= set(ids) and len(ids) == 2
    finally:
        master.stop()
