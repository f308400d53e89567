"""Benchmark: the Submit dialog with N jobs, offscreen: how long it takes to show, and the longest the UI thread
is held while the dialog opens, validates and submits them.

The jobs are N Maya render layers and a Nuke comp that waits on all of them frame by frame (the
reference's example, scaled up). The farm is an in-process stand-in for the core's process runner, so no
master runs. A 15 ms timer ticks throughout each round; the worst gap between ticks (against the 15 ms a
free loop gives) is how long the UI thread was held. Each round, per size: construct and show the dialog
(timed until it has painted once: what an artist waits for after pressing Submit...), wait for its rows
and its first validation, then Submit and wait for the job IDs. A slow Submit (2 s) on 3 jobs ends it.

``--why MS`` finds what held the UI thread: a watchdog thread samples every thread's Python stack every
2 ms, and after each round prints, for every gap over MS milliseconds, the UI thread's stacks seen in it
(innermost call first, most frequent first), the other threads', the garbage collector's passes over 5 ms,
and the longest stretch no sample could be taken (the GIL held by one thread in C code, or the collector).
Sampling takes the GIL too, so figures with ``--why`` run higher.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_dialog.py [--sizes 100 1000 10000] [--repeat 3] [--why 40]
"""
import argparse
import collections
import gc
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
    """A 15 ms timer's ticks: ``worst()`` is the longest gap between two (or since ``start``); with a
    :class:`Watchdog`, ``worst()`` also prints what held the UI thread in each long gap."""

    def __init__(self, watchdog=None):
        self.times = []
        self.watchdog = watchdog
        self.timer = QtCore.QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))

    def start(self):
        self.times = [time.monotonic()]
        self.timer.start()

    def worst(self):
        self.timer.stop()
        ends = [*self.times, time.monotonic()]
        if self.watchdog is not None:
            self.watchdog.explain(ends)
        return max(b - a for a, b in zip(ends, ends[1:]))


class Watchdog(threading.Thread):
    """Samples every thread's Python stack every ``every`` seconds, and times the garbage collector's
    passes; :meth:`explain` prints what happened in each gap between ticks longer than ``threshold`` s."""

    def __init__(self, threshold, every=0.002, depth=8):
        super().__init__(daemon=True)
        self.threshold, self.every, self.depth = threshold, every, depth
        self.main = threading.main_thread().ident
        self.samples = collections.deque(maxlen=100000)  # (time, UI stack, other threads' stacks)
        self.collections = collections.deque(maxlen=10000)  # (start, end, generation, objects collected)
        self._collecting = None
        gc.callbacks.append(self._gc)

    def _gc(self, phase, info):
        if phase == "start":
            self._collecting = time.monotonic()
        elif self._collecting is not None:
            self.collections.append((self._collecting, time.monotonic(), info["generation"], info["collected"]))

    def run(self):
        while True:
            time.sleep(self.every)
            frames = sys._current_frames()
            now = time.monotonic()
            main = self.stack(frames.pop(self.main, None))
            others = tuple(self.stack(frame) for ident, frame in frames.items() if ident != self.ident)
            self.samples.append((now, main, others))

    def stack(self, frame):
        """Innermost call first, up to ``depth`` calls, stopping at the benchmark's own."""
        out = []
        while frame is not None and len(out) < self.depth:
            code = frame.f_code
            where = Path(code.co_filename)
            where = where.relative_to(ROOT) if ROOT in where.parents else Path(where.parent.name, where.name)
            out.append(f"{code.co_name} ({where}:{frame.f_lineno})")
            if where.name == Path(__file__).name:
                break
            frame = frame.f_back
        return " < ".join(out)

    def explain(self, ends):
        for start, end in zip(ends, ends[1:]):
            if end - start < self.threshold:
                continue
            seen = [s for s in self.samples if start <= s[0] <= end]
            times = [start] + [s[0] for s in seen] + [end]
            blind, after = max((b - a, b) for a, b in zip(times, times[1:]))
            print(f"  gap of {(end - start) * 1000:.0f} ms: {len(seen)} samples; none for {blind * 1000:.0f} ms")
            for stack, count in collections.Counter(s[1] for s in seen).most_common(3):
                print(f"    UI {count}x: {stack}")
            for stack, count in collections.Counter(o for s in seen for o in s[2] if o).most_common(2):
                print(f"    other {count}x: {stack}")
            for first, last, generation, collected in self.collections:
                if first < end and last > start and last - first > 0.005:
                    print(f"    gc of generation {generation}: {(last - first) * 1000:.0f} ms, {collected} collected")
            if blind > 0.02:  # who held the GIL: the other threads' stacks just after the blind stretch
                for sample in seen:
                    if sample[0] >= after:
                        print("    after the blind stretch, other: " + " | ".join(o for o in sample[2] if o))
                        break


def round_of(app, layers, watchdog=None):
    """(seconds to show, seconds until rows and findings are in, seconds to submit, worst gap) for one dialog."""
    built = graph(layers)
    ticks = Ticks(watchdog)
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
    settle(app)
    return shown, ready, took, gap


def settle(app):
    """Run what a host's event loop would run between rounds: pending events, then the deletions that
    ``processEvents`` alone leaves for the loop (``deleteLater``)."""
    app.processEvents()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


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
    dialog.deleteLater()
    settle(app)
    farm.submit_delay = 0.0
    return gap, end - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--why", type=float, metavar="MS",
                        help="print what held the UI thread in each gap longer than MS milliseconds")
    args = parser.parse_args(argv)
    farm = FakeFarm()
    with in_process(farm):
        run(args, farm)


def run(args, farm):
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from qtpy import API_NAME

    print(f"binding: {API_NAME}; a 15 ms timer ticks throughout; goal: worst gap under 100 ms")
    watchdog = None
    if args.why is not None:
        watchdog = Watchdog(args.why / 1000)
        watchdog.start()
    round_of(app, 10)  # warm up: Qt's first widgets, fonts, product info
    for number in range(1, args.repeat + 1):
        idle, busy = floor(app)
        print(f"round {number}: floor: worst gap {idle * 1000:.0f} ms idle, {busy * 1000:.0f} ms beside a "
              "thread of pure Python")
        for size in args.sizes:
            shown, ready, took, gap = round_of(app, size, watchdog)
            print(f"round {number}: {size:>6} layers + 1 comp: shown in {shown:.3f} s, rows and findings in "
                  f"{ready:.2f} s, submitted in {took:.2f} s; worst UI gap {gap * 1000:.0f} ms")
    gap, took = worst_gap_during_submit(app, farm)
    print(f"a {took:.1f} s submit of 3 jobs: worst UI gap {gap * 1000:.0f} ms")


if __name__ == "__main__":
    main()
