"""Benchmark: open the biggest real scenes of tests/data/scenes in the fake hosts, as the tests do.

The files: the 1.3 MB and 2.4 MB Maya ASCII files (Maya2glTF's ExtremeNormalBakingTest.ma and
25_spheres_pbs.ma), the 0.77 MB mgear biped guide (1,226 connectAttr) and the biggest Nuke script
(colour-nuke's colour_rendition_chart.nk, 190 KB, 118 Groups and a clone). Timed: ``cmds.file(path,
open=True, force=True)`` and ``nuke.scriptOpen(path)``, best of ``--repeat`` runs. The target (issue 17):
each big .ma under 3 s on this machine.

    python benchmarks/bench_load.py [--repeat 3]
"""
import argparse
import os
import sys
from timing import best

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "fakes", "hosts"))
CORPUS = os.path.join(ROOT, "tests", "data", "scenes", "corpus")
MAYA = ["gltf-extreme-normal-baking/scene/ExtremeNormalBakingTest.ma", "gltf-25-spheres/scene/25_spheres_pbs.ma",
        "mgear-biped-guide/scene/biped_guide.ma"]
NUKE = ["colour-colour_rendition_chart/scene/colour_rendition_chart.nk"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from maya import cmds
    import nuke

    for name in MAYA:
        path = os.path.join(CORPUS, "maya", name)
        seconds = best(lambda path=path: cmds.file(path, open=True, force=True), args.repeat)[0]
        print(f"maya  {os.path.getsize(path):>9,} bytes  {seconds:6.3f} s  {os.path.basename(path)}")
    for name in NUKE:
        path = os.path.join(CORPUS, "nuke", name)

        def load(path=path):
            nuke.scriptClear()
            nuke.scriptOpen(path)

        seconds = best(load, args.repeat)[0]
        print(f"nuke  {os.path.getsize(path):>9,} bytes  {seconds:6.3f} s  {os.path.basename(path)}")


if __name__ == "__main__":
    main()
