"""Large values, lost connections and the small refusals of issue 22, against the local master."""

import os
import socket
import subprocess
import threading
import time
import uuid

import pytest

import smedge_core as smedge
from smedge_core.errors import SubmissionError, UsageError
from smedge_core.sandbox import protocol
from smedge_core.sandbox.testing import MasterProcess
from smedge_core.sandbox.tools import write_tools


def _job(**values):
    job = {"Type": "Maya", "Name": "a job", "Scene": "/s.mb", "Range": "1-2"}
    job.update(values)
    return job


def _request(master, message, timeout=30):
    with socket.create_connection((master.host, master.port), timeout=timeout) as sock:
        sock.sendall(message)
        chunks = []
        for chunk in iter(lambda: sock.recv(1 << 16), b""):
            chunks.append(chunk)
    return protocol.decode(b"".join(chunks))


def test_values_too_long_for_a_command_line_reach_the_master(local_master):
    note = "ś" * 400000  # over Linux's 128 KiB for one argument
    [job_id] = smedge.submit_jobs([_job()], paused=True)
    smedge.update_jobs(job_id, "Note", note)
    assert smedge.get_jobs(job_id)[0]["Note"] == note
    assert [j["ID"] for j in smedge.get_jobs(["Note", "=", note])] == [job_id]


def test_a_value_past_max_value_is_refused_with_a_short_message(tmp_path, monkeypatch):
    master = MasterProcess(tmp_path / "data", engines=1, options=["--max-value", "1000"]).start()
    try:
        for name, value in master.env.items():
            monkeypatch.setenv(name, value)
        smedge.get_product_info.cache_clear()
        with pytest.raises(SubmissionError) as caught:
            smedge.submit_jobs([_job(Note="x" * 1001)])
        assert "Note: 1,001 characters, more than the 1,000 this master takes in one value (serve --max-value)" in \
            str(caught.value)
        [job_id] = smedge.submit_jobs([_job(Note="x" * 1000)], paused=True)
        with pytest.raises(UsageError, match="serve --max-value"):
            smedge.update_jobs(job_id, "Note", "y" * 5000000)
        with pytest.raises(UsageError, match="serve --max-value"):
            smedge.set_engines({"Note": "z" * 1001})
        assert smedge.get_jobs(job_id)[0]["Note"] == "x" * 1000
    finally:
        master.stop()
        smedge.get_product_info.cache_clear()


def test_a_huge_bad_value_is_shown_shortened(local_master):
    [job_id] = smedge.submit_jobs([_job()], paused=True)
    for args in (["Update", str(job_id), "-Range", "1-x," * 100000], ["Update", str(job_id), "-Priority", "p" * 500000],
                 ["List", "-Query", "[" * 300000]):
        reply = _request(local_master, protocol.encode({"protocol": 1, "tool": "Job", "args": args, "files": {}}))
        assert reply["code"] == 2
        assert len(reply["stderr"]) < 1100, reply["stderr"][:3000]


@pytest.fixture
def cutting_server():
    """A server that reads a request and then drops the connection: ``(port, mode)`` where mode is
    ``"close"`` (no answer) or ``"reset"`` (connection reset)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    mode = ["close"]

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            data = b""
            while not data.endswith(b"\n"):
                chunk = conn.recv(1 << 16)
                if not chunk:
                    break
                data += chunk
            if mode[0] == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], mode
    listener.close()


@pytest.mark.parametrize("how", ["close", "reset"])
def test_a_connection_lost_mid_request_is_exit_3_naming_the_job_file(tmp_path, monkeypatch, cutting_server, how,
                                                                    local_master):
    port, mode = cutting_server
    mode[0] = how
    smedge.get_product_info()  # from the real master, so the Submit itself is what the cut server drops
    monkeypatch.setenv("SMEDGE", str(write_tools(tmp_path / "bin")))
    monkeypatch.setenv("SMEDGE_MASTER", f"127.0.0.1:{port}")
    with pytest.raises(SubmissionError) as caught:
        smedge.submit_jobs([_job()])
    text = str(caught.value)
    assert caught.value.returncode == 3
    assert "the master may have taken the jobs: check with `Job List` before submitting again" in text
    assert f"the job file is kept at {caught.value.job_file}" in text and os.path.isfile(caught.value.job_file)
    assert "Traceback" not in text and "Traceback" not in caught.value.stderr


def test_job_verbs_without_a_job_are_usage_errors(local_master):
    done = subprocess.run([os.path.join(local_master.env["SMEDGE"], "Job"), "Update", "-Priority", "5"],
                          capture_output=True, env=dict(os.environ, **local_master.env), timeout=60)
    assert (done.returncode, done.stderr.decode().strip()) == (2, "Job Update: give the IDs of the jobs")


def test_a_job_cannot_wait_on_itself(local_master):
    job_id = uuid.uuid4()
    with pytest.raises(SubmissionError, match=f"WaitForJobID: job {job_id} cannot wait on itself"):
        smedge.submit_jobs([_job(ID=job_id, WaitForJobID=str(job_id))])
    [other] = smedge.submit_jobs([_job()], paused=True)
    with pytest.raises(smedge.SmedgeComponentError, match="cannot wait on itself"):
        smedge.update_jobs(other, "WaitForJobID", str(other).upper())


@pytest.mark.parametrize("files", [{"a.sj": 5}, ["a.sj"], "a.sj"])
def test_wire_files_that_are_not_text_are_bad_requests(local_master, files):
    reply = _request(local_master, protocol.encode({"protocol": 1, "tool": "Submit", "args": ["-FromFile", "a.sj"],
                                                    "files": files}))
    assert reply == {"code": 2, "stdout": "", "stderr": "bad request: 'files' must map file paths to their text\n"}


def test_a_slow_sender_is_closed_at_the_request_timeout(tmp_path):
    master = MasterProcess(tmp_path / "data", engines=1, options=["--request-timeout", "1.5",
                                                                  "--idle-timeout", "10"]).start()
    try:
        with socket.create_connection((master.host, master.port), timeout=10) as sock:
            started = time.monotonic()
            closed = None
            while time.monotonic() - started < 8:
                try:
                    sock.sendall(b" ")
                    sock.settimeout(0.3)
                    if sock.recv(1) == b"":
                        closed = time.monotonic() - started
                        break
                except socket.timeout:
                    continue
                except OSError:
                    closed = time.monotonic() - started
                    break
        assert closed is not None and 1.4 < closed < 4
    finally:
        master.stop()
