"""Benchmarks of smedge_core that matter inside a DCC host.

1. Import time of ``smedge_core`` as a ratio to a bare interpreter start (goal <= 1.3x), and that the
   import loads no third-party module.
2. ``pythonize_job`` over 10,000 jobs as a ratio to a bare ``json.loads`` of the same jobs (goal <= 5x).

Run: ``python benchmarks/bench_core.py``. Prints figures; exits 1 if a goal is missed.
"""

import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 30
PROBE = ("import sys; before = set(sys.modules); import smedge_core; "
         "print('\\n'.join(sorted(set(sys.modules) - before)))")


def start_time(code):
    """Median wall time of ``python -S``-free interpreter starts running ``code``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_import():
    bare = start_time("pass")
    with_core = start_time("import smedge_core")
    loaded = subprocess.run([sys.executable, "-c", PROBE], check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                            stdout=subprocess.PIPE, universal_newlines=True).stdout.split()
    stdlib = set(sys.stdlib_module_names) if hasattr(sys, "stdlib_module_names") else None
    foreign = [m for m in loaded if not m.startswith("smedge_core") and stdlib is not None
               and m.split(".")[0] not in stdlib]
    ratio = with_core / bare
    print("import smedge_core: {:.1f} ms vs bare start {:.1f} ms: ratio {:.2f} (goal <= 1.30)".format(
        with_core * 1000, bare * 1000, ratio))
    print("  modules the import loads: {}".format(", ".join(loaded) or "none"))
    print("  third-party modules among them: {}".format(
        ", ".join(foreign) if foreign else "none" if stdlib is not None else "(not checked before 3.10)"))
    return ratio <= 1.3 and not foreign


def sample_jobs(count):
    from smedge_core.sandbox.products import MAYA_ID
    return [{"ID": str(uuid.uuid4()), "Type": MAYA_ID, "Name": "Render - layer{}".format(i % 7),
             "Scene": "/proj/shots/sh{:03d}/scene.mb".format(i % 300), "Range": "1001-1250", "Priority": "50",
             "PacketSize": "5", "Extra": "-rl layer{}".format(i % 7), "Pool": "", "Creator": "artist",
             "WaitForJobID": "{},{}".format(uuid.uuid4(), uuid.uuid4()), "WaitForWholeJob": "0",
             "ImageFormat": "/renders/a.%04d.exr;/renders/b.%04d.exr", "Created": "1795972001832005",
             "Status": "0"} for i in range(count)]


def bench_pythonize():
    import smedge_core
    from smedge_core import _process
    from smedge_core.sandbox.products import PRODUCTS
    _process.tool_path = Path  # no tool runs: the runner below answers ProductInfo
    _process.runner = lambda argv, *timeouts: (0, json.dumps(PRODUCTS).encode(), b"")
    smedge_core.get_product_info("Maya")
    text = json.dumps(sample_jobs(10000))
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        jobs = json.loads(text)
        loads = time.perf_counter() - start
        start = time.perf_counter()
        for job in jobs:
            smedge_core.pythonize_job(job)
        rounds.append((time.perf_counter() - start, loads))
    pythonize, loads = min(rounds)
    ratio = pythonize / loads
    print("pythonize_job x 10,000: {:.1f} ms vs json.loads {:.1f} ms: ratio {:.2f} (goal <= 5.00)".format(
        pythonize * 1000, loads * 1000, ratio))
    return ratio <= 5


if __name__ == "__main__":
    ok = bench_import()
    ok = bench_pythonize() and ok
    sys.exit(0 if ok else 1)
