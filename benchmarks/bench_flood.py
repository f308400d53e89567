"""Benchmark: flood a local master and measure how long one well-behaved client waits for its answers.

A master is started in a temporary folder. One client (the probe) asks ``ConfigureMaster MasterID`` over
the wire protocol every 20 ms, as a tool would, while the master is flooded in phases:

* ``quiet``: nothing else (the baseline);
* ``submitters``: N threads submitting 50-job files (paused) as fast as they are answered;
* ``idle sockets``: M connections opened, a request begun on each and never finished;
* ``huge ranges``: a client submitting ``Range 1-999999999999`` again and again (refused, exit code 2),
  and 100,000-frame jobs submitted (accepted) in between;
* ``everything``: all of the above at once;
* ``big requests``: K clients each sending a request of one S MB value again and again (refused: past
  ``serve --max-value``, or past ``--max-buffered`` while others are held).

It prints the probe's answer times and the master's peak memory (resident set, Linux) per phase, the
worst answer time, whether every peak stayed within the bound the README states (the master's memory
after start-up, plus ``--max-buffered``, plus one 1 MB read per connection and 64 MB for the Python
objects and allocator slack of the flood), and the time to submit a 100,000-frame job over the wire
and through ``smedge_core.submit_jobs`` (a tool process included).

    python benchmarks/bench_flood.py [--submitters 8] [--idle 2000] [--seconds 5] [--engines 2]
                                     [--big-clients 3] [--big-mb 200] [--max-buffered-mb 512]
"""
import argparse
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import smedge_core
from smedge_core import _records
from smedge_core.sandbox import protocol
from smedge_core.sandbox.client import _receive
from smedge_core.sandbox.server import raise_open_file_limit
from smedge_core.sandbox.testing import MasterProcess

HUGE = "1-999999999999"
#: Bytes one ``recv`` of the master reads (``server._CHUNK``), and the allowance for the flood's own objects.
READ = 1 << 20
SLACK = 64 << 20


def peak_memory(pid):
    """The peak resident set of process ``pid`` in bytes since the last :func:`reset_peak` (Linux)."""
    with open(f"/proc/{pid}/status") as stream:
        for line in stream:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def reset_peak(pid):
    with open(f"/proc/{pid}/clear_refs", "w") as stream:
        stream.write("5")


def resident(pid):
    with open(f"/proc/{pid}/status") as stream:
        return next(int(line.split()[1]) * 1024 for line in stream if line.startswith("VmRSS:"))


def request(address, tool, args, files=None, timeout=120.0):
    """One request over the wire protocol: ``(exit code, seconds)``."""
    started = time.monotonic()
    with socket.create_connection(address, timeout=timeout) as sock:
        sock.sendall(protocol.encode({"protocol": protocol.VERSION, "tool": tool, "args": args, "files": files or {}}))
        answer = _receive(sock)
    return protocol.decode(answer)["code"], time.monotonic() - started


def paused_jobs(count, label="flood"):
    """``count`` paused Maya jobs as job-file records ``[(ID, {name: text})]``, named after ``label``."""
    records = []
    for index in range(count):
        job_id = str(uuid.uuid4())
        records.append((job_id, {"ID": job_id, "Type": "Maya", "Name": f"{label} {index}",
                                 "Scene": f"/shows/{label}/{index}.mb", "Range": "1-100", "Status": "-1"}))
    return records


class Flood:
    """The hostile clients, each a thread until ``stop``."""

    def __init__(self, address):
        self.address = address
        self.stop = threading.Event()
        self.threads = []
        self.sockets = []
        self.counts = {"submitted": 0, "refused": 0, "reset": 0, "errors": 0}
        self.big_submits = []
        self.big_line = None

    def _loop(self, body):
        while not self.stop.is_set():
            try:
                body()
            except OSError:
                self.counts["errors"] += 1
                time.sleep(0.05)

    def _submit_batch(self):
        path = f"/flood/{uuid.uuid4()}.sj"
        code, _ = request(self.address, "Submit", ["-FromFile", path], {path: _records.dumps(paused_jobs(50))})
        self.counts["submitted" if code == 0 else "errors"] += 1

    def _huge(self):
        code, _ = request(self.address, "Submit", ["Maya", "-Scene", "/a", "-Range", HUGE, "-Paused"])
        self.counts["refused" if code == 2 else "errors"] += 1
        if self.counts["refused"] % 50 == 0:
            code, seconds = request(self.address, "Submit", ["Maya", "-Scene", "/a", "-Range", "1-100000", "-Paused"])
            self.big_submits.append(seconds)

    def _big(self):
        with socket.create_connection(self.address, timeout=120) as sock:
            try:
                sock.sendall(self.big_line)
                answer = _receive(sock)
            except OSError:  # refused and closed while still sending: the reply may be lost with it
                answer = None
        code = protocol.decode(answer)["code"] if answer else None
        self.counts["refused" if code == 2 else "reset" if code is None else "errors"] += 1

    def start(self, submitters=0, idle=0, huge=False, big=0, big_mb=0):
        if big:
            self.big_line = protocol.encode({"protocol": protocol.VERSION, "tool": "Submit", "files": {}, "args": [
                "Maya", "-Scene", "/a", "-Paused", "-Note", "n" * (big_mb << 20)]})
        bodies = [self._submit_batch] * submitters + ([self._huge] if huge else []) + [self._big] * big
        for body in bodies:
            thread = threading.Thread(target=self._loop, args=(body,), daemon=True)
            thread.start()
            self.threads.append(thread)
        for _ in range(idle):
            try:
                sock = socket.create_connection(self.address, timeout=10)
                sock.sendall(b'{"tool": "Job", "args": [')  # begun, never finished
                self.sockets.append(sock)
            except OSError:
                self.counts["errors"] += 1

    def end(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(60)
        for sock in self.sockets:
            sock.close()


def probe(address, seconds):
    """The well-behaved client: answer times of ``ConfigureMaster MasterID`` for ``seconds``."""
    times = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        code, took = request(address, "ConfigureMaster", ["MasterID"])
        if code != 0:
            raise RuntimeError("the probe was refused")
        times.append(took)
        time.sleep(0.02)
    return times


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submitters", type=int, default=8)
    parser.add_argument("--idle", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=5.0, help="length of each phase")
    parser.add_argument("--engines", type=int, default=2)
    parser.add_argument("--big-clients", type=int, default=3)
    parser.add_argument("--big-mb", type=int, default=200)
    parser.add_argument("--max-buffered-mb", type=int, default=512)
    options = parser.parse_args(argv)
    raise_open_file_limit()
    max_buffered = options.max_buffered_mb << 20
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as folder:
        master = MasterProcess(Path(folder) / "master", engines=options.engines,
                               options=["--max-buffered", str(max_buffered)]).start()
        address = (master.host, master.port)
        try:
            os.environ.update(master.env)
            phases = [("quiet", {}), ("submitters", {"submitters": options.submitters}),
                      ("idle sockets", {"idle": options.idle}), ("huge ranges", {"huge": True}),
                      ("everything", {"submitters": options.submitters, "idle": options.idle, "huge": True}),
                      ("big requests", {"big": options.big_clients, "big_mb": options.big_mb})]
            print(f"probe: ConfigureMaster MasterID every 20 ms over the wire; {options.seconds} s a phase; "
                  f"{sys.version.split()[0]}; serve --max-buffered {options.max_buffered_mb} MB")
            print("{:<14} {:>8} {:>10} {:>10} {:>10} {:>8} {:>8}   flood".format(
                "phase", "answers", "median ms", "p99 ms", "worst ms", "peak MB", "bound MB"))
            worst = 0.0
            big = []
            within = True
            for name, flood_options in phases:
                flood = Flood(address)
                base = resident(master.pid)
                reset_peak(master.pid)
                flood.start(**flood_options)
                try:
                    times = probe(address, options.seconds)
                finally:
                    flood.end()
                peak = peak_memory(master.pid)
                connections = 1 + flood_options.get("submitters", 0) + flood_options.get("big", 0) + \
                    int(flood_options.get("huge", False))
                bound = base + max_buffered + connections * READ + SLACK
                within = within and peak <= bound
                big += flood.big_submits
                worst = max(worst, max(times))
                ranked = sorted(times)
                print("{:<14} {:>8} {:>10.1f} {:>10.1f} {:>10.1f} {:>8.0f} {:>8.0f}   {}".format(
                    name, len(times), statistics.median(times) * 1000, ranked[int(len(ranked) * 0.99) - 1] * 1000,
                    ranked[-1] * 1000, peak / 2 ** 20, bound / 2 ** 20,
                    ", ".join(f"{v} {k}" for k, v in flood.counts.items() if v)))
            print(f"worst answer time under flood: {worst * 1000:.1f} ms")
            print("peak memory within the bound (memory at the phase's start + --max-buffered + 1 MB a sending "
                  "connection + 64 MB) in every phase: {}".format("yes" if within else "NO"))
            if big:
                print(f"100,000-frame job submitted over the wire during the flood: "
                      f"worst {max(big) * 1000:.1f} ms of {len(big)}")
            code, seconds = request(address, "Submit", ["Maya", "-Scene", "/a", "-Range", "1-100000", "-Paused"])
            print(f"100,000-frame job submitted over the wire, quiet master: {seconds * 1000:.1f} ms "
                  f"(exit code {code})")
            job = {"Name": "big", "Type": "Maya", "Scene": "/a", "Range": "1-100000"}
            smedge_core.get_product_info()
            started = time.monotonic()
            smedge_core.submit_jobs([job], paused=True)
            print("100,000-frame job through smedge_core.submit_jobs (a Submit process included): "
                  f"{(time.monotonic() - started) * 1000:.1f} ms")
            started = time.monotonic()
            try:
                smedge_core.submit_jobs([dict(job, Range=HUGE)], paused=True)
            except ValueError as err:
                print(f"huge Range refused by submit_jobs in {(time.monotonic() - started) * 1000:.2f} ms: {err}")
        finally:
            master.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
