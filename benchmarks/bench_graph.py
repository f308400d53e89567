"""Benchmark: JobGraph in four shapes against a plain-dict floor, with growth, all in one run.

Shapes of N jobs: ``chain`` (each job waits on the one before), ``fan-in`` (N - 1 render layers, one comp
waiting on all of them, as the reference's example scaled up), ``fan-out`` (one job, N - 1 jobs waiting on
it) and ``diamonds`` (N / 4 diamonds: a top, two middles waiting on it, a bottom waiting on both). The timed
work is what a submission does with a graph: build it (``add_job`` for every job, ``add_dependency`` for
every edge), ``order()``, ``parents()`` and ``children()`` of every job, and ``jobs()``. The floor, timed in
the same round on the same jobs: the jobs deep-copied into a dict keyed by ID with a set of parents each,
then every job deep-copied out again (what any graph that hands out copies must do at least).

CPU time (``time.process_time``), the median of ``--rounds`` rounds; ratios are taken within a round.
As ``timeit`` does, the cyclic garbage collector is run before and paused during each timed call: its full
passes scan every live object, which makes any allocating work (the floor too) grow a little faster than
linear, and would hide whether the graph's own work is linear (``--gc`` keeps it running).
Goals (issue 23): fan-in within 1.5x a chain of the same size; doubling N at most 2.2x the time, any shape.

    python benchmarks/bench_graph.py [--jobs 10000] [--rounds 5]
"""
import argparse
import copy
import gc
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from integrations.graph import JobGraph

SHAPES = ("chain", "fan-in", "fan-out", "diamonds")


def edges(shape, ids):
    """``[(child, parent)]`` of a shape over ``ids``."""
    if shape == "chain":
        return list(zip(ids[1:], ids[:-1]))
    if shape == "fan-in":
        return [(ids[-1], parent) for parent in ids[:-1]]
    if shape == "fan-out":
        return [(child, ids[0]) for child in ids[1:]]
    out = []
    for top in range(0, len(ids) - 3, 4):
        a, b, c, d = ids[top:top + 4]
        out += [(b, a), (c, a), (d, b), (d, c)]
    return out


def sample(count):
    return [{"ID": uuid.uuid4(), "Name": f"job {i}", "Type": "Maya", "Scene": "/shots/sc010.mb",
             "Range": "1001-1100", "PacketSize": 10, "Extra": ["-rl", f"layer{i}"]} for i in range(count)]


def graph_work(jobs, pairs):
    graph = JobGraph()
    for job in jobs:
        graph.add_job(job)
    for child, parent in pairs:
        graph.add_dependency(child, parent)
    graph.order()
    for job_id in graph:
        graph.parents(job_id)
        graph.children(job_id)
    return graph.jobs()


def floor_work(jobs, pairs):
    nodes = {job["ID"]: copy.deepcopy(job) for job in jobs}
    parents = {job_id: set() for job_id in nodes}
    for child, parent in pairs:
        parents[child].add(parent)
    return [copy.deepcopy(job) for job in nodes.values()]


def cpu(function, *args, collector=False):
    gc.collect()
    if not collector:
        gc.disable()
    try:
        start = time.process_time()
        function(*args)
        return time.process_time() - start
    finally:
        gc.enable()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=10000, help="N (2N is timed too, for the growth)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--gc", action="store_true", help="keep the garbage collector running while timing")
    args = parser.parse_args(argv)
    sizes = (args.jobs, args.jobs * 2)
    cases = {}
    for size in sizes:
        jobs = sample(size)
        ids = [job["ID"] for job in jobs]
        for shape in SHAPES:
            cases[shape, size] = (jobs, edges(shape, ids))
    samples = {key: [] for key in cases}  # (shape, size): [(graph seconds, floor seconds)]
    for _ in range(args.rounds):
        for key, (jobs, pairs) in cases.items():
            samples[key].append((cpu(graph_work, jobs, pairs, collector=args.gc),
                                 cpu(floor_work, jobs, pairs, collector=args.gc)))
    print("JobGraph: build, order, parents/children of every job, jobs(); CPU time, median of {} rounds, "
          "garbage collector {}; Python {}".format(args.rounds, "running" if args.gc else "paused",
                                                    sys.version.split()[0]))
    print("{:9s} {:>8s} {:>9s} {:>9s} {:>9s} {:>14s} {:>11s}".format(
        "shape", "jobs", "graph s", "floor s", "x floor", "2N / N time", "floor 2N/N"))
    met = True
    for shape in SHAPES:
        for size in sizes:
            graph_s = statistics.median(g for g, _ in samples[shape, size])
            floor_s = statistics.median(f for _, f in samples[shape, size])
            ratio = statistics.median(g / f for g, f in samples[shape, size])
            growth = floor_growth = ""
            if size == sizes[1]:
                pairs = list(zip(samples[shape, sizes[0]], samples[shape, size]))
                doubling = statistics.median(big[0] / small[0] for small, big in pairs)
                met = met and doubling <= 2.2
                growth = f"{doubling:.2f} (<= 2.2)"
                floor_growth = f"{statistics.median(big[1] / small[1] for small, big in pairs):.2f}"
            print(f"{shape:9s} {size:8,d} {graph_s:9.3f} {floor_s:9.3f} {ratio:9.2f} {growth:>14s} {floor_growth:>11s}")
    fan_in = statistics.median(f[0] / c[0] for f, c in zip(samples["fan-in", sizes[0]], samples["chain", sizes[0]]))
    met = met and fan_in <= 1.5
    print(f"fan-in / chain at {sizes[0]:,} jobs: {fan_in:.2f} (goal <= 1.5)")
    print("goals {}".format("met" if met else "MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
