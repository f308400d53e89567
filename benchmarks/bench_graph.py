"""Benchmark: build and validate render-layer jobs with per-frame comp dependencies; show linear growth.

Two shapes: "per-layer", where each of N render layers (Maya, 1,000 frames, packets of 10) gets a Nuke
comp (packets of 5) that waits on it frame by frame (2N jobs, N per-frame edges); and "shared", the
reference's example scaled up: one comp waiting frame by frame on all N layers. The timed work is building the
JobGraph and ``validate`` on it, including the real ``smedge_core.conform_job`` for every job. Product
info comes from the local master's product definitions through an in-process stand-in for the core's
process runner, so no master needs to run; it is fetched once per run, as in a real session.

    python benchmarks/bench_graph.py [--layers 200] [--frames 1000] [--repeat 3]
"""
import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import smedge_core  # noqa: E402
from smedge_core import _contract  # noqa: E402
from smedge_core.sandbox.products import PRODUCTS  # noqa: E402
from in_process import in_process  # noqa: E402

from integrations.graph import JobGraph  # noqa: E402
from integrations.validate import validate  # noqa: E402


def product_info_runner(argv, connect_seconds, operation_seconds):
    """Answer ConfigureMaster ProductInfo in-process; anything else is a mistake here."""
    if Path(argv[0]).name != "ConfigureMaster" or argv[1:2] != ["ProductInfo"]:
        raise AssertionError("unexpected tool call: {}".format(argv))
    return 0, _contract.write_json(PRODUCTS).encode("utf-8"), b""


def build(shape, layers, frames):
    graph = JobGraph()
    frame_range = "1001-{}".format(1000 + frames)

    def comp(name):
        return graph.add_job({"Name": name, "Type": "Nuke", "Scene": "/shots/sc010.nk", "Range": frame_range,
                              "PacketSize": 5, "Priority": 55})

    shared = comp("Comp - all layers") if shape == "shared" else None
    for i in range(layers):
        layer = graph.add_job({"Name": "Render - layer{}".format(i), "Type": "Maya", "Scene": "/shots/sc010.mb",
                               "Range": frame_range, "PacketSize": 10, "Priority": 50,
                               "Extra": "-rl layer{}".format(i)})
        graph.add_dependency(shared or comp("Comp - layer{}".format(i)), layer, per_frame=True)
    return graph


def run(shape, layers, frames, repeat):
    """Best time over ``repeat`` runs of build + validate, and the findings of the last run."""
    best = None
    for _ in range(repeat):
        smedge_core.get_product_info.cache_clear()
        start = time.perf_counter()
        graph = build(shape, layers, frames)
        findings = validate(graph)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, findings, graph


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=200)
    parser.add_argument("--frames", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with in_process(product_info_runner):
        print("conform_job: real (smedge_core), product info from smedge_core.sandbox.products, in-process")
        print("Python {}".format(sys.version.split()[0]))
        worst = 0.0
        n = args.layers
        for shape in ("per-layer", "shared"):
            times = {}
            for layers in (n // 2, n, n * 2):
                seconds, findings, graph = run(shape, layers, args.frames, args.repeat)
                times[layers] = seconds
                print("{:9s} {:4d} layers x {} frames: {:4d} jobs, {} findings, build + validate {:.3f} s".format(
                    shape, layers, args.frames, len(graph), len(findings), seconds))
            print("{:9s} time({}) / time({}) = {:.2f}; time({}) / time({}) = {:.2f} (linear: 2.00)".format(
                shape, n, n // 2, times[n] / times[n // 2], n * 2, n, times[n * 2] / times[n]))
            worst = max(worst, times[n])
    verdict = "under" if worst < 1.0 else "OVER"
    print("{} layers x {} frames: at most {:.3f} s, {} the 1 s target".format(n, args.frames, worst, verdict))
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
