"""Benchmark: walk Houdini ROP networks of 125, 250 and 500 ROPs (the fake hou) and show linear growth.

Three shapes, each built through hou's API (``createNode``, ``setInput``, ``parm().set``):
- "shots": branches of five ROPs (geometry cache -> simulation -> Mantra, with a Fetch and a Merge of
  an Alembic export) into one Merge, the Smedge ROP's usual input;
- "diamonds": layers of four ROPs each waiting on all four of the layer above (a ROP reached many times);
- "chain": every ROP waiting on the one before (deeper than Python's recursion limit at 5,000).
The timed work is ``smedge_houdini.collect.walk`` (the only code that reads Houdini) and, separately, the
walk plus building the job graph (``integrations.host.collect``: the walk, ``jobs.build``, the studio
defaults and the shared priority rule). Times are the best of ``--repeat`` runs;
the per-ROP column should stay flat (linear growth) and 500 ROPs well under 1 s.

    python benchmarks/bench_houdini.py [--sizes 125 250 500] [--repeat 5]
"""
import argparse
import functools
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "houdini", "scripts", "python"), os.path.join(ROOT, "tests", "fakes", "hosts")]

import hou  # noqa: E402  (the fake)
from integrations.studio import StudioDefaults  # noqa: E402
from integrations.host import collect  # noqa: E402
from smedge_houdini.collect import walk  # noqa: E402
from smedge_houdini.host import HoudiniHost  # noqa: E402


def rop(out, type_name, inputs=()):
    node = out.createNode(type_name)
    node.parm("trange").set("normal")
    for index, item in enumerate(inputs):
        node.setInput(index, item)
    return node


def shots(out, count):
    merge = out.createNode("merge")
    for branch in range(count // 5):
        cache = rop(out, "geometry")
        sim = rop(out, "geometry", [cache])
        sim.parm("initsim").set(1)
        fetch = out.createNode("fetch")
        fetch.parm("source").set(sim.path())
        render = rop(out, "ifd", [fetch])
        abc = rop(out, "alembic", [cache])
        both = out.createNode("merge")
        both.setInput(0, render)
        both.setInput(1, abc)
        last = rop(out, "comp", [both])
        merge.setInput(branch, last)
    return [merge]


def diamonds(out, count):
    layer = []
    for _ in range(count // 4):
        layer = [rop(out, "ifd", layer) for _ in range(4)]
    return layer


def chain(out, count):
    previous = []
    for _ in range(count):
        previous = [rop(out, "geometry", previous)]
    return previous


def best(function, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[125, 250, 500])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    print("{:<9} {:>5} {:>6} {:>10} {:>12} {:>14} {:>16}".format(
        "shape", "ROPs", "jobs", "walk (s)", "walk/ROP (us)", "+graph (s)", "+graph/ROP (us)"))
    for shape in (shots, diamonds, chain):
        for size in args.sizes:
            hou.hipFile.clear(suppress_save_prompt=True)
            rops = shape(hou.node("/out"), size)
            nodes = len(hou.node("/out").children())
            jobs = len(walk(rops).records)
            host = HoudiniHost(rops, studio=StudioDefaults("houdini"))
            walked = best(functools.partial(walk, rops), args.repeat)
            built = best(functools.partial(collect, host), args.repeat)
            print(f"{shape.__name__:<9} {nodes:>5} {jobs:>6} {walked:>10.4f} {walked / nodes * 1e6:>12.1f} "
                  f"{built:>14.4f} {built / nodes * 1e6:>16.1f}")


if __name__ == "__main__":
    main()
