"""Benchmark: collect the Writes of a script with 75, 150 and 300 Writes in nested Groups; show linear growth.

The script is built through the fake nuke's API (tests/fakes/hosts): Groups three deep, each Write fed
by a Read of the previous Write's output (a precomp chain) through a Grade, so every Write has upstream
work and a per-frame dependency. Timed: ``collect.script()`` (the only code that calls nuke) and
``jobs.build`` over its records, the median of ``--repeat`` runs. The fake stands in for Nuke,
whose own calls will cost more; the figure shows how our walk grows, not how fast Nuke answers.

With ``--inputs N`` (default 5000) it also times the input check of a script of N Reads, each reading a
4-frame sequence on disk (in a temporary folder, 100 Reads a folder): ``collect.script()`` and the shared
check (``checks.input_items`` then ``integrations.inputs.input_findings``, every frame of every Read).

    python benchmarks/bench_nuke.py [--repeat 5] [--writes 75 150 300] [--inputs 5000]
"""
import argparse
import functools
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for path in (ROOT, os.path.join(ROOT, "nuke"), os.path.join(ROOT, "tests", "fakes", "hosts")):
    sys.path.insert(0, path)

import nuke  # noqa: E402  the fake
from integrations.studio import StudioDefaults  # noqa: E402
from integrations.inputs import input_findings  # noqa: E402
from smedge_nuke import checks, collect, jobs  # noqa: E402

#: The build options, as ``integrations.host.collect`` fills them in.
OPTIONS = {"selected": False, "one_job": False, "split": False, "review": False}


def build_script(count, groups_per_level=5):
    """``count`` Writes spread over Groups nested three deep, each reading the previous Write's files."""
    nuke.scriptClear()
    nuke.root()["name"].setValue("/shows/bench/comp/bench.nk")
    containers = []
    for outer_index in range(groups_per_level):
        outer = nuke.nodes.Group(name=f"Outer{outer_index}")
        with outer:
            middle = nuke.nodes.Group(name="Middle")
            with middle:
                inner = nuke.nodes.Group(name="Inner")
        containers += [outer, middle, inner]
    previous = None
    for index in range(count):
        with containers[index % len(containers)]:
            read = nuke.nodes.Read(file=previous or "/plates/plate.####.exr", first=1001, last=1100)
            grade = nuke.nodes.Grade(inputs=[read])
            previous = f"/shows/bench/renders/w{index:03d}/w{index:03d}.####.exr"
            nuke.nodes.Write(file=previous, inputs=[grade])


def input_script(count, folder):
    """``count`` Reads of 4-frame sequences that exist under ``folder``, 100 Reads a subfolder."""
    nuke.scriptClear()
    nuke.root()["name"].setValue(os.path.join(folder, "inputs.nk"))
    for index in range(count):
        sub = os.path.join(folder, f"f{index // 100:03d}")
        if index % 100 == 0:
            os.mkdir(sub)
        for frame in range(1001, 1005):
            open(os.path.join(sub, f"r{index:05d}.{frame}.exr"), "wb").close()
        nuke.nodes.Read(file=os.path.join(sub, f"r{index:05d}.####.exr"), first=1001, last=1004)


def timed(function, repeat):
    times = []
    gc.collect()
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--writes", type=int, nargs="+", default=[75, 150, 300])
    parser.add_argument("--inputs", type=int, default=5000)
    options = parser.parse_args(argv)
    print("{:>7} {:>12} {:>12} {:>12} {:>14}".format("Writes", "collect s", "jobs s", "total s", "ms per Write"))
    for count in options.writes:
        build_script(count)
        collect_time, script = timed(collect.script, options.repeat)
        jobs_time, graph = timed(functools.partial(jobs.build, script, OPTIONS, StudioDefaults("nuke")), options.repeat)
        assert len(graph) == count and sum(bool(graph.parents(i)) for i in graph) == count - 1
        total = collect_time + jobs_time
        print(f"{count:>7} {collect_time:>12.4f} {jobs_time:>12.4f} {total:>12.4f} {1000 * total / count:>14.3f}")
    if options.inputs:
        folder = tempfile.mkdtemp(prefix="bench_nuke_inputs_")
        try:
            input_script(options.inputs, folder)
            collect_time, script = timed(collect.script, options.repeat)
            check_time, found = timed(lambda: input_findings(checks.input_items(script), [folder]), options.repeat)
            assert len(script.inputs) == options.inputs and found == [], found[:3]
            print(f"\n{options.inputs} Reads of 4 frames: collect {collect_time:.4f} s, input check {check_time:.4f} s")
        finally:
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
