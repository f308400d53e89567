"""Test doubles of a Smedge farm, answering tool calls as the contract says, and the reference's example.

``answer`` is the contract's default answer to one parsed call (used by the fake tool executables and by
:class:`FakeFarm`); :class:`FakeFarm` replaces ``smedge_core._process.runner`` (the core's one process
seam), so every call goes through the real core and only the process is simulated.
"""

import time
import uuid
from pathlib import Path

from smedge_core import _contract, _records
from smedge_core.sandbox.products import PRODUCTS

TOOLS = ("Submit", "Job", "Engine", "PoolManager", "ConfigureMaster")
LAYER_IDS = [uuid.UUID("178b043e-4a28-4235-acbc-642c7480c360"), uuid.UUID("12f1146d-a16e-4a02-ba69-577b22a94757")]
COMP_ID = uuid.UUID("b5f40f8b-795a-43ef-bf12-aca6b6d7289f")
POOLS = [(uuid.UUID("0b5a6c4e-8f4e-4a53-9a43-6f5a0b1f7c01"), "cpu"),
         (uuid.UUID("5d0e3f8a-2c1b-4e7d-8a9f-1b2c3d4e5f60"), "gpu")]


def seed_jobs(layer_ids=LAYER_IDS, comp_id=None):
    """The reference's layered example: two Maya render layers, a Nuke comp waiting per frame on both."""
    maya_job = {"Type": "Maya", "Scene": "/path/to/the/scene.mb", "Range": "1001-1250", "Priority": 50}
    jobs = [dict(maya_job, Name="Render - " + layer, ID=job_id, Extra="-rl " + layer)
            for layer, job_id in zip(["layer1", "layer2"], layer_ids)]
    comp = {"ID": comp_id} if comp_id else {}
    comp.update({"Name": "Comp layers", "Type": "Nuke", "Scene": "/path/to/the/comp_script.nk",
                 "Range": "1001-1250", "Priority": 55, "WaitForJobID": list(layer_ids), "WaitForWholeJob": 0})
    return [*jobs, comp]


def job_file_path(call):
    return dict((k.lower(), v) for k, v in call.options)["fromfile"]


def answer(tool, call, pools=POOLS):
    """stdout of a successful call: Job ID lines for Submit's file, products, pools; else nothing."""
    if tool == "Submit":
        records = _records.loads(Path(job_file_path(call)).read_text(encoding="utf-8"))
        return _contract.write_job_ids([(r.get("Name", ""), section) for section, r in records])
    if tool == "ConfigureMaster" and call.verb.lower() == "productinfo":
        return _contract.write_json(PRODUCTS)
    if tool == "PoolManager" and call.verb.lower() == "list":
        return _contract.write_pools(pools)
    return ""


class FakeFarm:
    """An in-process runner: ``calls`` lists (tool, verb) pairs, ``job_files`` the submitted files' bytes.

    ``submit_delay`` makes Submit take that many seconds, as a slow master would; ``submit_exit`` makes it
    fail with that exit code.
    """

    def __init__(self):
        self.calls = []
        self.job_files = []
        self.pools = list(POOLS)
        self.submit_delay = 0.0
        self.submit_exit = 0

    def __call__(self, argv, connect_seconds, operation_seconds):
        tool = Path(argv[0]).name
        call = _contract.parse(tool, argv[1:])
        self.calls.append((tool, call.verb))
        if tool == "Submit":
            time.sleep(self.submit_delay)
            if self.submit_exit:
                return self.submit_exit, b"", b"the master refused the jobs"
            self.job_files.append(Path(job_file_path(call)).read_bytes())
        return 0, answer(tool, call, self.pools).encode("utf-8"), b""

    def count(self, tool, verb=""):
        return sum(1 for call in self.calls if call == (tool, verb))

    def submitted(self):
        """The jobs of every submitted job file, as text dicts in file order."""
        return [dict(record, ID=section) for data in self.job_files
                for section, record in _records.loads(data.decode("utf-8"))]
