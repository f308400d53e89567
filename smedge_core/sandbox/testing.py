"""Start and stop a local master as a separate process: for the demo and the ``local_master`` fixture."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from .engines import PACKAGE_ROOT
from .server import tool_env


def free_port(host="127.0.0.1"):
    """A TCP port on ``host`` that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class MasterProcess:
    """A ``python -m smedge_core.sandbox serve`` process: ``.port``, ``.data``, ``.env``, ``.pid``.

    It watches the process that started it (``serve --parent-pid``), so it ends when that one ends,
    however it ends (a test run killed or aborted included). ``options`` are more ``serve`` options,
    e.g. ``["--max-frames", "1000"]``.
    """

    def __init__(self, data, port=None, engines=2, host="127.0.0.1", options=()):
        self.data = Path(data)
        self.host = host
        self.port = port or free_port(host)
        self.engines = engines
        self.options = list(options)
        self.env = tool_env(self.data, host, self.port)
        self.process = None

    @property
    def pid(self):
        return self.process.pid if self.process else None

    def start(self, timeout=20.0):
        """Start the master and wait until it answers; RuntimeError with its output if it does not."""
        self.data.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([PACKAGE_ROOT] + [p for p in [env.get("PYTHONPATH")] if p])
        argv = [sys.executable, "-m", "smedge_core.sandbox", "serve", "--host", self.host, "--port", str(self.port),
                "--data", str(self.data), "--engines", str(self.engines), "--parent-pid", str(os.getpid()),
                *self.options]
        with open(str(self.data / "master.out"), "ab") as log:
            self.process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                            env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                socket.create_connection((self.host, self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("the local master did not start on {}:{}; its output:\n{}".format(
            self.host, self.port, (self.data / "master.out").read_text(encoding="utf-8", errors="replace")))

    def kill(self):
        """kill -9 the master (by PID), as a crash would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()

    def stop(self, timeout=10.0):
        """Terminate the master (by PID), wait, and kill it if it does not stop in time."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def session_master(tmp_path_factory):
    """The body of the ``local_master`` pytest fixture (session scope; see ``tests/conftest.py``).

    Starts a master on a free loopback port in a temp folder; while it runs, SMEDGE, SMEDGE_MASTER and
    SMEDGE_MASTER_PORT point at it and smedge_core's product cache is cleared. Stopped by PID at the end.
    """
    import pytest
    import smedge_core
    master = MasterProcess(tmp_path_factory.mktemp("smedge-master"), engines=2).start()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in master.env.items():
            patch.setenv(name, value)
        patch.delenv("SMEDGE_CONNECT_TIMEOUT", raising=False)
        smedge_core.get_product_info.cache_clear()
        try:
            yield master
        finally:
            master.stop()
            smedge_core.get_product_info.cache_clear()
