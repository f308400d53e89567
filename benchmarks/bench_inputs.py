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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from integrations.graph import JobGraph
from integrations.inputs import input_findings
from integrations.outputs import collisions, set_outputs
from timing import best

FRAMES = list(range(1001, 1101))


def make_inputs(root, count):
    """Files for ``count`` inputs under ``root``/shared, and the inputs (node, path[, frames])."""
    inputs = []
    for i in range(count):
        folder = os.path.join(root, "shared", f"f{i % 100:03d}")
        os.makedirs(folder, exist_ok=True)
        kind = i % 3
        if kind == 0:
            path = os.path.join(folder, f"tex{i}.png")
            names = [os.path.basename(path)]
            item = (f"file{i}", path)
        elif kind == 1:
            path = os.path.join(folder, f"skin{i}.<UDIM>.tx")
            names = [f"skin{i}.{tile}.tx" for tile in (1001, 1002, 1011)]
            item = (f"file{i}", path)
        else:
            path = os.path.join(folder, f"plate{i}.####.exr")
            names = [f"plate{i}.{frame:04d}.exr" for frame in FRAMES]
            item = (f"read{i}", path, FRAMES)
        if i % 100 != 7:  # 1% missing
            for name in names:
                open(os.path.join(folder, name), "wb").close()
        if i % 100 == 3:  # 1% on a local disk
            item = (item[0], os.path.join(root, "local", os.path.basename(path)), *item[2:])
        inputs.append(item)
    return inputs


def make_graph(jobs):
    graph = JobGraph()
    for i in range(jobs):
        job_id = graph.add_job({"Name": f"layer{i}", "Type": "Maya", "Scene": "/s.ma", "Range": "1001-1100"})
        set_outputs(graph, job_id, [f"/r/layer{i if i else 1}/{aov}.%04d.exr"
                                    for aov in ("beauty", "diffuse", "spec", "sss", "z")])
    return graph


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
        seconds, findings = best(lambda: input_findings(inputs, shared_roots=shared), args.repeat)
        errors = sum(f.severity == "error" for f in findings)
        per_frame = len(FRAMES) * (len(inputs) // 3)
        print(f"inputs: {len(inputs)} ({per_frame} files checked per frame) in {seconds:.3f} s: {errors} errors, "
              f"{len(findings) - errors} warnings")
    finally:
        shutil.rmtree(root)
    graph = make_graph(args.jobs)
    seconds, found = best(lambda: collisions(graph), args.repeat)
    print(f"outputs: {args.jobs} jobs x 5 AOVs in {seconds:.3f} s: {len(found)} collisions")


if __name__ == "__main__":
    main()
