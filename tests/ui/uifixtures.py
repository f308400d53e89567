"""Helpers for the dialog tests: the seed's layered example and an in-process fake farm.

The fake replaces ``smedge_core._process.runner`` (the core's one process seam), so every call goes
through the real core; ``submit_delay`` makes the Submit call take that many seconds, as a slow master
would, and ``submit_exit`` makes it fail with that exit code.
"""
import time
import uuid
from pathlib import Path

import pytest

from smedge_core import _contract, _records
from smedge_core.sandbox.products import PRODUCTS

TOOLS = ("Submit", "Job", "Engine", "PoolManager", "ConfigureMaster")
LAYER_IDS = [uuid.UUID("178b043e-4a28-4235-acbc-642c7480c360"), uuid.UUID("12f1146d-a16e-4a02-ba69-577b22a94757")]


def qt_or_skip():
    """Skip the calling test module unless pytest-qt and a qtpy binding are importable."""
    pytest.importorskip("qtpy")
    pytest.importorskip("qtpy.QtWidgets")
    pytest.importorskip("pytestqt")


class FakeFarm(object):
    """Answers tool calls in-process; ``job_files`` holds the bytes of every submitted job file."""

    def __init__(self):
        self.calls = []
        self.job_files = []
        self.submit_delay = 0.0
        self.submit_exit = 0
        self.pools = [(uuid.UUID("0b5a6c4e-8f4e-4a53-9a43-6f5a0b1f7c01"), "cpu"),
                      (uuid.UUID("5d0e3f8a-2c1b-4e7d-8a9f-1b2c3d4e5f60"), "gpu")]

    def __call__(self, argv, connect_seconds, operation_seconds):
        tool = Path(argv[0]).name
        call = _contract.parse(tool, argv[1:])
        self.calls.append((tool, call.verb))
        if tool == "Submit":
            time.sleep(self.submit_delay)
            if self.submit_exit:
                return self.submit_exit, b"", b"the master refused the jobs"
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

    def submitted(self):
        """The jobs of every submitted job file, as text dicts in file order."""
        return [dict(record, ID=section) for data in self.job_files
                for section, record in _records.loads(data.decode("utf-8"))]


def seed_jobs(layer_ids=LAYER_IDS):
    """The reference's layered example: two Maya render layers, a Nuke comp waiting per frame on both."""
    maya_job = {"Type": "Maya", "Scene": "/path/to/the/scene.mb", "Range": "1001-1250", "Priority": 50}
    jobs = [dict(maya_job, Name="Render - " + layer, ID=job_id, Extra="-rl " + layer)
            for layer, job_id in zip(["layer1", "layer2"], layer_ids)]
    jobs.append({"Name": "Comp layers", "Type": "Nuke", "Scene": "/path/to/the/comp_script.nk",
                 "Range": "1001-1250", "Priority": 55, "WaitForJobID": list(layer_ids), "WaitForWholeJob": 0})
    return jobs
