"""Benchmark: how long the Submit dialog takes to show N jobs, offscreen, and how responsive a slow submit leaves it.

The jobs are N Maya render layers and a Nuke comp that waits on all of them frame by frame (the
reference's example, scaled up). Timed: constructing the dialog, showing it and processing events until
it has painted once (what an artist waits for after pressing Submit...). The farm is an in-process
stand-in for the core's process runner, so no master runs; a slow Submit (2 s) then shows the longest gap
between ticks of a 15 ms timer while it runs.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_dialog.py [--sizes 100 1000 5000] [--repeat 3]
"""
import argparse
import os
import statistics
import sys
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


def time_to_show(app, layers):
    built = graph(layers)
    start = time.perf_counter()
    dialog = SubmitDialog(built)
    dialog.show()
    app.processEvents()
    dialog.repaint()
    elapsed = time.perf_counter() - start
    wait_for(app, lambda: dialog.pools is not None)
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return elapsed


def wait_for(app, condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)


def worst_gap_during_submit(app, farm):
    farm.submit_delay = 2.0
    dialog = SubmitDialog(graph(3))
    dialog.show()
    wait_for(app, lambda: dialog.pools is not None and not dialog._stale)
    ticks = []
    timer = QtCore.QTimer()
    timer.setInterval(15)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    done = []
    dialog.submitted.connect(done.append)
    dialog.failed.connect(done.append)
    timer.start()
    start = time.monotonic()
    dialog.submit()
    wait_for(app, lambda: done)
    end = time.monotonic()
    timer.stop()
    during = [t for t in ticks if start <= t <= end]
    gaps = [b - a for a, b in zip([start, *during], [*during, end])]
    dialog.close()
    farm.submit_delay = 0.0
    return max(gaps), end - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    farm = FakeFarm()
    with in_process(farm):
        run(args, farm)


def run(args, farm):
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from qtpy import API_NAME

    print(f"binding: {API_NAME}")
    time_to_show(app, 10)  # warm up: Qt's first widgets, fonts, product info
    previous = None
    for size in args.sizes:
        times = [time_to_show(app, size) for _ in range(args.repeat)]
        best = min(times)
        growth = "" if previous is None else f"  x{best / previous[1]:.1f} for x{size / previous[0]:.1f} jobs"
        print(f"{size:>6} layers + 1 comp: shown in {best:.3f} s (best of {args.repeat}; "
              f"median {statistics.median(times):.3f} s){growth}")
        previous = (size, best)
    gap, took = worst_gap_during_submit(app, farm)
    print(f"a {took:.1f} s submit: worst gap between 15 ms timer ticks {gap * 1000:.0f} ms (goal: under 100 ms)")


if __name__ == "__main__":
    main()
