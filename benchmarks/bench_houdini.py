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

Then ``jobs.rendered_frames`` (the frames each ROP renders, combined as spans) against the same
computation with Python sets of frames (the way it was before issue 23, kept here only as the yardstick),
on the same walked networks, with every ROP rendering ``--frames`` frames: the ratio sets/spans is the gain.

Last, the scene's file inputs (issue 24): ``--inputs`` File SOPs, each its own path (half single files,
half ``$F4`` sequences, a tenth missing) read by ``collect.file_inputs`` and checked by the shared
``integrations.inputs.input_findings``, at half and at the full count: the doubling ratio shows the growth.

    python benchmarks/bench_houdini.py [--sizes 125 250 500] [--repeat 5] [--frames 240] [--inputs 5000]
"""
import argparse
import functools
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "houdini", "scripts", "python"), os.path.join(ROOT, "tests", "fakes", "hosts")]

import hou  # noqa: E402  (the fake)
from integrations.studio import StudioDefaults  # noqa: E402
from integrations.host import collect  # noqa: E402
from smedge_core.frames import FrameRange  # noqa: E402
from integrations.inputs import input_findings  # noqa: E402
from smedge_houdini.collect import file_inputs, walk  # noqa: E402
from smedge_houdini.host import HoudiniHost  # noqa: E402
from smedge_houdini.jobs import frame_range, rendered_frames  # noqa: E402
from timing import best  # noqa: E402


def rendered_frames_by_sets(network):
    """The yardstick: ``jobs.rendered_frames`` as it was, every range expanded into a set of frames."""
    children = {record.path: [] for record in network.records}
    for record in network.records:
        for parent in record.inputs:
            children[parent].append(record.path)
    out = {}
    for record in reversed(network.records):
        own = frame_range(record)
        asked = set()
        for child in children[record.path]:
            asked.update(out[child] or ())
        if record.path in network.roots or not children[record.path]:
            frames = set(own or ()) if record.trange == 2 else set(own or ()) | asked
        elif record.trange == 2:
            frames = set(own or ()) & asked
        else:
            frames = asked or set(own or ())
        out[record.path] = FrameRange(frames) if frames else own
    return out


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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[125, 250, 500])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--frames", type=int, default=240)
    parser.add_argument("--inputs", type=int, default=5000)
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
            walked = best(functools.partial(walk, rops), args.repeat)[0]
            built = best(functools.partial(collect, host), args.repeat)[0]
            print(f"{shape.__name__:<9} {nodes:>5} {jobs:>6} {walked:>10.4f} {walked / nodes * 1e6:>12.1f} "
                  f"{built:>14.4f} {built / nodes * 1e6:>16.1f}")
    print()
    print("{:<9} {:>5} {:>7} {:>11} {:>10} {:>11} {:>13}".format(
        "shape", "ROPs", "frames", "spans (s)", "sets (s)", "sets/spans", "spans/+graph"))
    for shape in (shots, diamonds, chain):
        for size in args.sizes:
            hou.hipFile.clear(suppress_save_prompt=True)
            hou.playbar.setFrameRange(1001, 1000 + args.frames)
            rops = shape(hou.node("/out"), size)
            network = walk(rops)
            assert rendered_frames(network) == rendered_frames_by_sets(network)
            spans = best(functools.partial(rendered_frames, network), args.repeat)[0]
            sets = best(functools.partial(rendered_frames_by_sets, network), args.repeat)[0]
            host = HoudiniHost(rops, studio=StudioDefaults("houdini"))
            built = best(functools.partial(collect, host), args.repeat)[0]
            print(f"{shape.__name__:<9} {len(network.records):>5} {args.frames:>7} {spans:>11.4f} {sets:>10.4f} "
                  f"{sets / spans:>11.1f} {spans / built:>13.2f}")

    print()
    with tempfile.TemporaryDirectory() as folder:
        inputs_bench(folder, args.inputs, args.repeat)


def inputs_bench(folder, count, repeat):
    """Time reading and checking ``count // 2`` and ``count`` File SOP inputs (see the module docstring)."""
    for index in range(count):
        if index % 10 == 9:
            continue  # missing
        if index % 2:
            open(os.path.join(folder, f"rock{index}.bgeo.sc"), "w").close()
        else:
            for frame in (1001, 1002):
                open(os.path.join(folder, f"seq{index}.{frame:04d}.bgeo.sc"), "w").close()
    print("{:>7} {:>10} {:>10} {:>9} {:>8}".format("inputs", "read (s)", "check (s)", "findings", "x2 ratio"))
    before = None
    for size in (count // 2, count):
        hou.hipFile.clear(suppress_save_prompt=True)
        geo = hou.node("/obj").createNode("geo")
        for index in range(size):
            name = f"rock{index}.bgeo.sc" if index % 2 else f"seq{index}.$F4.bgeo.sc"
            geo.createNode("file").parm("file").set(os.path.join(folder, name))
        read = best(functools.partial(file_inputs, []), repeat)[0]
        items = file_inputs([])
        check = best(functools.partial(input_findings, items, [folder]), repeat)[0]
        total = read + check
        ratio = f"{total / before:.2f}" if before else "-"
        before = total
        print(f"{size:>7} {read:>10.4f} {check:>10.4f} {len(input_findings(items, [folder])):>9} {ratio:>8}")


if __name__ == "__main__":
    main()
