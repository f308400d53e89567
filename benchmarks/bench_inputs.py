"""Benchmark: the input checks over a scene's worth of inputs, and output collisions over many outputs.

Inputs: N inputs in a temporary folder tree (100 folders): a third plain textures, a third UDIM textures,
a third image sequences of 100 frames checked frame by frame; 1% missing and 1% outside the shared root.
Outputs: M jobs of 100 frames with 5 AOVs each (5M patterns), no collision but one, through
``integrations.outputs.collisions``. Best of ``--repeat`` runs; the folder listings are not cached between
runs (each run is a new ``input_findings`` call), though the operating system's file cache is warm.

    python benchmarks/bench_inputs.py [--inputs 5000] [--jobs 1000] [--repeat 3]
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from integrations.graph import JobGraph  # noqa: E402
from integrations.inputs import input_findings  # noqa: E402
from integrations.outputs import collisions, set_outputs  # noqa: E402

FRAMES = list(range(1001, 1101))


def make_inputs(root, count):
    """Files for ``count`` inputs under ``root``/shared, and the inputs (node, path[, frames])."""
    inputs = []
    for i in range(count):
        folder = os.path.join(root, "shared", "f{:03d}".format(i % 100))
        os.makedirs(folder, exist_ok=True)
        kind = i % 3
        if kind == 0:
            path = os.path.join(folder, "tex{}.png".format(i))
            names = [os.path.basename(path)]
            item = ("file{}".format(i), path)
        elif kind == 1:
            path = os.path.join(folder, "skin{}.<UDIM>.tx".format(i))
            names = ["skin{}.{}.tx".format(i, tile) for tile in (1001, 1002, 1011)]
            item = ("file{}".format(i), path)
        else:
            path = os.path.join(folder, "plate{}.####.exr".format(i))
            names = ["plate{}.{:04d}.exr".format(i, frame) for frame in FRAMES]
            item = ("read{}".format(i), path, FRAMES)
        if i % 100 != 7:  # 1% missing
            for name in names:
                open(os.path.join(folder, name), "wb").close()
        if i % 100 == 3:  # 1% on a local disk
            item = (item[0], os.path.join(root, "local", os.path.basename(path))) + tuple(item[2:])
        inputs.append(item)
    return inputs


def make_graph(jobs):
    graph = JobGraph()
    for i in range(jobs):
        job_id = graph.add_job({"Name": "layer{}".format(i), "Type": "Maya", "Scene": "/s.ma", "Range": "1001-1100"})
        set_outputs(graph, job_id, ["/r/layer{}/{}.%04d.exr".format(i if i else 1, aov)
                                    for aov in ("beauty", "diffuse", "spec", "sss", "z")])
    return graph


def best(repeat, work):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    root = tempfile.mkdtemp(prefix="bench_inputs_")
    try:
        inputs = make_inputs(root, args.inputs)
        shared = [os.path.join(root, "shared")]
        seconds, findings = best(args.repeat, lambda: input_findings(inputs, shared_roots=shared))
        errors = sum(f.severity == "error" for f in findings)
        print("inputs: {} ({} files checked per frame) in {:.3f} s: {} errors, {} warnings".format(
            len(inputs), len(FRAMES) * (len(inputs) // 3), seconds, errors, len(findings) - errors))
    finally:
        shutil.rmtree(root)
    graph = make_graph(args.jobs)
    seconds, found = best(args.repeat, lambda: collisions(graph))
    print("outputs: {} jobs x 5 AOVs in {:.3f} s: {} collisions".format(args.jobs, seconds, len(found)))


if __name__ == "__main__":
    main()
