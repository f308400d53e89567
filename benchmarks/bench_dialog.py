"""Benchmark: the Submit dialog with N jobs, offscreen: how long it takes to show, and the longest the UI thread
is held while the dialog opens, validates and submits them.

The jobs are N Maya render layers and a Nuke comp that waits on all of them frame by frame (the
reference's example, scaled up). The farm is an in-process stand-in for the core's process runner, so no
master runs. A 15 ms timer ticks throughout each round; the worst gap between ticks (against the 15 ms a
free loop gives) is how long the UI thread was held. Each round, per size: construct and show the dialog
(timed until it has painted once: what an artist waits for after pressing Submit...), wait for its rows
and its first validation, then Submit and wait for the job IDs. A slow Submit (2 s) on 3 jobs ends it.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_dialog.py [--sizes 100 1000 10000] [--repeat 3]
"""
import argparse
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qtpy import QtCore, QtWidgets  # noqa: E402

from fakes.farm import FakeFarm  # noqa: E402
from in_process import in_process  # noqa: E402
from integrations.ui.dialog import SubmitDialog  # noqa: E402


def jobs(layers):
    """N Maya layers and a comp waiting per frame on all of them."""
    out = [{"Name": f"sh010 - layer{i:04d}", "Type": "Maya", "Scene": "/proj/sh010.mb",
            "Range": "1001-1100", "Extra": f"-rl layer{i:04d}", "Priority": 50} for i in range(layers)]
    return out


def graph(layers):
    from integrations.graph import JobGraph

    result = JobGraph()
    ids = [result.add_job(job) for job in jobs(layers)]
    comp = result.add_job({"Name": "sh010 - comp", "Type": "Nuke", "Scene": "/proj/sh010.nk",
                           "Range": "1001-1100", "Priority": 60})
    for layer in ids:
        result.add_dependency(comp, layer, per_frame=True)
    return result


class Ticks:
    """A 15 ms timer's ticks: ``worst()`` is the longest gap between two (or since ``start``)."""

    def __init__(self):
        self.times = []
        self.timer = QtCore.QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))

    def start(self):
        self.times = [time.monotonic()]
        self.timer.start()

    def worst(self):
        self.timer.stop()
        ends = [*self.times, time.monotonic()]
        return max(b - a for a, b in zip(ends, ends[1:]))


def round_of(app, layers):
    """(seconds to show, seconds until rows and findings are in, seconds to submit, worst gap) for one dialog."""
    built = graph(layers)
    ticks = Ticks()
    ticks.start()
    start = time.perf_counter()
    dialog = SubmitDialog(built)
    dialog.show()
    app.processEvents()
    dialog.repaint()
    shown = time.perf_counter() - start
    wait_for(app, lambda: dialog.pools is not None and not dialog._stale and dialog.model.filled())
    ready = time.perf_counter() - start
    done = []
    dialog.submitted.connect(done.append)
    dialog.failed.connect(done.append)
    start = time.perf_counter()
    dialog.submit()
    wait_for(app, lambda: done)
    took = time.perf_counter() - start
    gap = ticks.worst()
    if not isinstance(done[0], dict) or len(done[0]) != layers + 1:
        raise RuntimeError(f"the submit did not return {layers + 1} IDs: {str(done[0])[:300]}")
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return shown, ready, took, gap


def wait_for(app, condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)


def floor(app, seconds=2.0):
    """The worst gaps of the same ticking loop with nothing to do, and beside one thread of pure Python
    (what any background work costs the UI thread here: the GIL, and this machine's load)."""
    ticks = Ticks()
    ticks.start()
    wait_for(app, lambda: time.monotonic() - ticks.times[0] > seconds)
    idle = ticks.worst()
    stop = []

    def spin():
        total = 0
        while not stop:
            total += sum(range(1000))

    worker = threading.Thread(target=spin)
    ticks.start()
    worker.start()
    wait_for(app, lambda: time.monotonic() - ticks.times[0] > seconds)
    stop.append(True)
    worker.join()
    return idle, ticks.worst()


def worst_gap_during_submit(app, farm):
    farm.submit_delay = 2.0
    dialog = SubmitDialog(graph(3))
    dialog.show()
    wait_for(app, lambda: dialog.pools is not None and not dialog._stale)
    ticks = Ticks()
    done = []
    dialog.submitted.connect(done.append)
    dialog.failed.connect(done.append)
    ticks.start()
    start = time.monotonic()
    dialog.submit()
    wait_for(app, lambda: done)
    end = time.monotonic()
    gap = ticks.worst()
    dialog.close()
    farm.submit_delay = 0.0
    return gap, end - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    farm = FakeFarm()
    with in_process(farm):
        run(args, farm)


def run(args, farm):
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from qtpy import API_NAME

    print(f"binding: {API_NAME}; a 15 ms timer ticks throughout; goal: worst gap under 100 ms")
    round_of(app, 10)  # warm up: Qt's first widgets, fonts, product info
    for number in range(1, args.repeat + 1):
        idle, busy = floor(app)
        print(f"round {number}: floor: worst gap {idle * 1000:.0f} ms idle, {busy * 1000:.0f} ms beside a "
              "thread of pure Python")
        for size in args.sizes:
            shown, ready, took, gap = round_of(app, size)
            print(f"round {number}: {size:>6} layers + 1 comp: shown in {shown:.3f} s, rows and findings in "
                  f"{ready:.2f} s, submitted in {took:.2f} s; worst UI gap {gap * 1000:.0f} ms")
    gap, took = worst_gap_during_submit(app, farm)
    print(f"a {took:.1f} s submit of 3 jobs: worst UI gap {gap * 1000:.0f} ms")


if __name__ == "__main__":
    main()
