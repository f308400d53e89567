"""Fixtures for the integrations tests: an in-process fake farm behind the core's process runner.

The fake replaces ``smedge_core._process.runner`` (the seam the core offers for this), so every call goes
through the real core (argv building, job files, output readers) and only the process is simulated. It
answers as the contract says: ProductInfo with the local master's products, PoolManager List with its
pools, Submit -FromFile with a ``Job ID:`` line per job of the file (which it keeps, byte for byte).
"""
import uuid
from pathlib import Path

import pytest

import smedge_core
from smedge_core import _contract, _process, _records
from smedge_core.sandbox.products import PRODUCTS

TOOLS = ("Submit", "Job", "Engine", "PoolManager", "ConfigureMaster")


class FakeFarm(object):
    """Answers tool calls in-process; ``calls`` lists (tool, verb) pairs, ``job_files`` the files' bytes."""

    def __init__(self):
        self.calls = []
        self.job_files = []
        self.pools = [(uuid.UUID("0b5a6c4e-8f4e-4a53-9a43-6f5a0b1f7c01"), "cpu"),
                      (uuid.UUID("5d0e3f8a-2c1b-4e7d-8a9f-1b2c3d4e5f60"), "gpu")]

    def __call__(self, argv, connect_seconds, operation_seconds):
        tool = Path(argv[0]).name
        call = _contract.parse(tool, argv[1:])
        self.calls.append((tool, call.verb))
        if tool == "Submit":
            path = dict((k.lower(), v) for k, v in call.options)["fromfile"]
            data = Path(path).read_bytes()
            self.job_files.append(data)
            records = _records.loads(data.decode("utf-8"))
            out = _contract.write_job_ids([(r.get("Name", ""), section) for section, r in records])
        elif tool == "ConfigureMaster" and call.verb.lower() == "productinfo":
            out = _contract.write_json(PRODUCTS)
        elif tool == "PoolManager" and call.verb.lower() == "list":
            out = _contract.write_pools(self.pools)
        else:
            out = ""
        return 0, out.encode("utf-8"), b""

    def count(self, tool, verb=""):
        return sum(1 for call in self.calls if call == (tool, verb))

    def submitted(self):
        """The jobs of every submitted job file, as text dicts in file order."""
        return [dict(record, ID=section) for data in self.job_files
                for section, record in _records.loads(data.decode("utf-8"))]


@pytest.fixture
def farm(tmp_path, monkeypatch):
    folder = tmp_path / "smedge"
    folder.mkdir()
    for tool in TOOLS:
        (folder / tool).write_text("", encoding="utf-8")
    for name in ("SMEDGE_MASTER", "SMEDGE_MASTER_PORT", "SMEDGE_LOG_LEVEL", "SMEDGE_CONNECT_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMEDGE", str(folder))
    fake = FakeFarm()
    monkeypatch.setattr(_process, "runner", fake)
    smedge_core.get_product_info.cache_clear()
    yield fake
    smedge_core.get_product_info.cache_clear()


@pytest.fixture
def no_cli(monkeypatch):
    """Fail the test if anything reaches a Smedge tool or submit_jobs."""
    def refuse(*args, **kwargs):
        pytest.fail("a Smedge tool was called: {!r}".format(args))
    monkeypatch.setattr(_process, "runner", refuse)
    monkeypatch.setattr(smedge_core, "submit_jobs", refuse)


LAYER_IDS = [uuid.UUID("178b043e-4a28-4235-acbc-642c7480c360"), uuid.UUID("12f1146d-a16e-4a02-ba69-577b22a94757")]


@pytest.fixture
def seed_graph():
    """The reference's example through the graph: two Maya layers, a Nuke comp waiting per frame on both.

    Returns ``(graph, layer IDs, comp ID)``; the comp's priority (55) is above the layers' (50).
    """
    from integrations.graph import JobGraph

    maya_job = {"Type": "Maya", "Scene": "/path/to/the/scene.mb", "Range": "1001-1250", "Priority": 50}
    graph = JobGraph()
    layers = []
    for layer, job_id in zip(["layer1", "layer2"], LAYER_IDS):
        job = dict(maya_job, Name="Render - " + layer, ID=job_id, Extra="-rl " + layer)
        layers.append(graph.add_job(job))
    comp = graph.add_job({"Name": "Comp layers", "Type": "Nuke", "Scene": "/path/to/the/comp_script.nk",
                          "Range": "1001-1250", "Priority": 55})
    for layer in layers:
        graph.add_dependency(comp, layer, per_frame=True)
    return graph, layers, comp
