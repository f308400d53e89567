"""Benchmark: a Pyblish publish's collection and validation of N render layers, each with a per-frame comp,
against the same graph's validation in the dialog (``integrations.host.findings``).

The publish validates the graph rebuilt from the instances, split per validator (``jobs``, ``pools``,
``waits`` each run the shared validation), so it costs a few times the dialog's one pass; the per-job
validators are instance plug-ins, which Pyblish runs once per job (each validates the graph once per pass
and gives each job its own findings). This shows how much, and that it grows linearly. The Smedge tools are answered
in-process (product info from ``smedge_core.sandbox.products``, a master ID), so no master runs; the
integrator is left out (it submits).

    python benchmarks/bench_pyblish.py [--layers 200] [--frames 1000] [--repeat 3]
"""
import argparse
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyblish.api
import pyblish.util

import smedge_core
from smedge_core import _contract
from smedge_core.sandbox.products import PRODUCTS
from in_process import in_process
from timing import best

from integrations.graph import JobGraph
from integrations.host import Host, findings
from integrations.pyblish import PLUGIN_PATH
from integrations.pyblish import plugin as _plugin
from integrations.studio import StudioDefaults

MASTER_ID = uuid.UUID("4f9a0b6e-2c1d-4e8f-9a7b-3c5d6e7f8a9b")


def runner(argv, connect_seconds, operation_seconds):
    """Answer ConfigureMaster ProductInfo and MasterID in-process; anything else is a mistake here."""
    if Path(argv[0]).name == "ConfigureMaster" and argv[1:2] == ["ProductInfo"]:
        return 0, _contract.write_json(PRODUCTS).encode("utf-8"), b""
    if Path(argv[0]).name == "ConfigureMaster" and argv[1:2] == ["MasterID"]:
        return 0, (str(MASTER_ID) + "\n").encode("utf-8"), b""
    raise AssertionError(f"unexpected tool call: {argv}")


class BenchHost(Host):
    name, product = "maya", "Maya"

    def __init__(self, layers, frames, scene):
        super().__init__(StudioDefaults("maya"))
        self.layers, self.frames, self.scene = layers, f"1001-{1000 + frames}", scene

    def scene_path(self):
        return self.scene

    def is_modified(self):
        return False

    def build_graph(self, options):
        graph = JobGraph()
        for i in range(self.layers):
            layer = graph.add_job({"Name": f"Render - layer{i}", "Type": "Maya", "Scene": self.scene,
                                   "Range": self.frames, "PacketSize": 10, "Priority": 50,
                                   "Extra": f"-rl layer{i}"})
            comp = graph.add_job({"Name": f"Comp - layer{i}", "Type": "Nuke",
                                  "Scene": str(Path(self.scene).with_suffix(".nk")),
                                  "Range": self.frames, "PacketSize": 5, "Priority": 55})
            graph.add_dependency(comp, layer, per_frame=True)
        return graph


def plugins(host):
    class CollectBench(_plugin.HostCollector):
        def host(self, context):
            return host

    return [CollectBench] + [p for p in pyblish.api.discover(paths=[PLUGIN_PATH]) if p.__name__ != "IntegrateSmedge"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=200)
    parser.add_argument("--frames", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with in_process(runner), tempfile.TemporaryDirectory() as folder:
        scene = Path(folder, "sc010.mb")  # saved files: validation checks the scenes exist
        scene.touch()
        scene.with_suffix(".nk").touch()
        print(f"Python {sys.version.split()[0]}, pyblish-base {pyblish.__version__}")
        print("{:>7} {:>6} {:>10} {:>12} {:>7}".format("layers", "jobs", "dialog s", "publish s", "ratio"))
        for layers in (args.layers // 4, args.layers // 2, args.layers):
            host = BenchHost(layers, args.frames, str(scene))
            fresh = smedge_core.get_product_info.cache_clear  # each run fetches the products again
            dialog, found = best(lambda host=host: findings(host, host.build_graph({})), args.repeat, fresh)
            publish, context = best(lambda host=host: pyblish.util.publish(plugins=plugins(host)), args.repeat, fresh)
            failed = [str(r["error"]) for r in context.data["results"] if r["error"]]
            if found or failed:
                raise SystemExit(f"unexpected findings: {found} {failed}")
            print(f"{layers:>7} {2 * layers:>6} {dialog:>10.3f} {publish:>12.3f} {publish / dialog:>7.1f}")


if __name__ == "__main__":
    main()
