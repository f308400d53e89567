"""The local master's cap on request bytes held at once over all connections (``serve --max-buffered``).

The server runs in this process with a stand-in master (so the bytes it holds can be read, and a worker
can be held answering); one test goes through a real ``serve`` process for the option itself.
"""

import contextlib
import socket
import threading

import pytest

from smedge_core.sandbox import protocol
from smedge_core.sandbox.server import Server
from smedge_core.sandbox.testing import MasterProcess, free_port
from sandbox_helpers import wait_for

CAP = 1000000


class _Master:
    """Answers every request with "ok" once ``gate`` is set."""

    exit_requested = False

    def __init__(self):
        self.gate = threading.Event()
        self.gate.set()
        self.answering = threading.Event()

    def handle(self, tool, args, files):
        self.answering.set()
        self.gate.wait(30)
        return 0, "ok", ""


@pytest.fixture
def server():
    master = _Master()
    server = Server(master, "127.0.0.1", free_port(), threading.Event(), max_buffered=CAP)
    server.start()
    yield server
    master.gate.set()
    server.close()


def _begin(size):
    """The start of a valid request whose file holds ``size`` bytes; ``_END`` completes it."""
    return b'{"protocol": 1, "tool": "Job", "args": [], "files": {"f": "' + b"a" * size


_END = b'"}}\n'


def _connect(server):
    return socket.create_connection(server.address, timeout=30)


def _reply(sock):
    """The reply on ``sock`` (None when the master reset the connection instead)."""
    chunks = []
    try:
        while True:
            chunk = sock.recv(1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    except ConnectionResetError:
        return None
    return protocol.decode(b"".join(chunks))


def test_the_largest_request_still_being_sent_is_refused_past_the_cap(server):
    with _connect(server) as big, _connect(server) as small:
        big.sendall(_begin(750000))
        assert wait_for(lambda: server.held >= 750000, 20, 0.01)
        small.sendall(_begin(300000))  # over the cap together: the larger one goes, whichever was first
        reply = _reply(big)
        assert reply["code"] == 2 and "--max-buffered" in reply["stderr"], reply
        assert wait_for(lambda: server.held >= 300000, 20, 0.01)
        assert server.held <= CAP
        small.sendall(_END)
        assert _reply(small) == {"code": 0, "stdout": "ok", "stderr": ""}
    assert wait_for(lambda: server.held == 0, 20, 0.01), server.held


def test_requests_being_answered_count_until_answered(server):
    server.master.gate.clear()  # the worker holds the first request until the gate opens
    with _connect(server) as first, _connect(server) as second:
        first.sendall(_begin(300000) + _END)
        assert server.master.answering.wait(20)
        assert server.held >= 3 * 300000  # its line, its text and its values
        second.sendall(_begin(200000))  # alone under the cap, but not with the one being answered
        reply = _reply(second)
        assert reply is None or "--max-buffered" in reply["stderr"], reply
        assert server.held >= 3 * 300000
        server.master.gate.set()
        assert _reply(first)["stdout"] == "ok"
    assert wait_for(lambda: server.held == 0, 20, 0.01), server.held


def test_a_complete_request_that_does_not_fit_beside_those_answered_waits_its_turn(server):
    server.master.gate.clear()
    with _connect(server) as first, _connect(server) as second, _connect(server) as alone:
        first.sendall(_begin(200000) + _END)
        assert server.master.answering.wait(20)
        second.sendall(_begin(200000) + _END)  # complete, but 3 x 200,000 more does not fit now
        reply = _reply(second)
        assert reply["code"] == 2 and "send this one again later" in reply["stderr"], reply
        server.master.gate.set()
        assert _reply(first)["stdout"] == "ok"
        alone.sendall(_begin(400000) + _END)  # alone, 3 x 400,000 is more than the cap at all
        reply = _reply(alone)
        assert reply["code"] == 2 and "more than the 1,000,000 this master holds" in reply["stderr"], reply
    assert wait_for(lambda: server.held == 0, 20, 0.01), server.held


def test_small_requests_are_answered_under_the_cap(server):
    for _ in range(20):
        with _connect(server) as sock:
            sock.sendall(_begin(100000) + _END)
            assert _reply(sock)["code"] == 0
    assert wait_for(lambda: server.held == 0, 20, 0.01), server.held


def test_serve_takes_max_buffered(tmp_path):
    master = MasterProcess(tmp_path / "master", engines=1, options=["--max-buffered", str(CAP)]).start()
    try:
        with socket.create_connection((master.host, master.port), timeout=30) as sock:
            with contextlib.suppress(OSError):  # reset once refused: the reply may be lost with it
                sock.sendall(_begin(CAP + 10) + _END)
            reply = _reply(sock)
        assert reply is None or (reply["code"] == 2 and "--max-buffered" in reply["stderr"]), reply
        with socket.create_connection((master.host, master.port), timeout=30) as sock:
            sock.sendall(protocol.encode({"protocol": 1, "tool": "ConfigureMaster", "args": ["MasterID"],
                                          "files": {}}))
            assert _reply(sock)["code"] == 0
    finally:
        master.stop()
