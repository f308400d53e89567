"""Benchmark: validate, export, submit_graph and a master holding many jobs, each against its floor in one run.

The graph is render layers with per-frame comps (N / 2 Maya layers of 100 frames in packets of 10, each with
a Nuke comp in packets of 5 waiting on it frame by frame). A local master runs as its own process; product
info comes from it, fetched once before anything is timed. Rows, each a ratio to a floor timed in the same
round (the median over ``--rounds`` rounds of the ratio; times are medians too):

* ``validate``: ``validate(graph)`` / an SQLite insert of N rows in one transaction (WAL, synchronous=FULL,
  as the master's store), the rows being the jobs as JSON.
* ``validate + export``: ``export_graph(graph, .sj, .json)`` (validation included) / ``json.dumps`` of the
  same jobs as the export writes them (``indent=2``). Goal: at most 10x at 10,000 jobs.
* ``submit_graph``: ``submit_graph(graph, paused=True)`` (validation, the Submit tool, the master storing
  the jobs) / the SQLite floor. Goal: at most 25x at 10,000 jobs.
* ``get_jobs(one ID)`` from a master holding N paused jobs / ``get_master_id()`` (the tool's own start and
  a trivial answer), ``--calls`` calls of each per round (``/proc`` counts CPU in 10 ms ticks). Goal: at
  most 2x at 100,000 jobs.
* ``master idle``: the master's CPU over ``--idle`` seconds with N paused jobs, as a share of one core.
  Goal: below 2% at 100,000 jobs.

Work that crosses processes is measured as CPU time of every process involved (this one, the tool processes
it waited for, the master from ``/proc``), so the figures do not depend on what else the machine runs;
in-process work as ``time.process_time``. Linux only (``/proc``).

    python benchmarks/bench_scale.py [--sizes 1000,10000] [--held 1000,10000,100000] [--rounds 5]
"""
import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import smedge_core
from smedge_core import _records
from smedge_core.sandbox.testing import MasterProcess
from bench_flood import paused_jobs, request

from integrations.export import export_graph, graph_to_json
from integrations.graph import JobGraph
from integrations.submit import submit_graph
from integrations.validate import validate

TICKS = os.sysconf("SC_CLK_TCK")


def build(count):
    """Render layers with per-frame comps: ``count`` jobs."""
    graph = JobGraph()
    for i in range(count // 2):
        layer = graph.add_job({"Name": f"Render - layer{i}", "Type": "Maya", "Scene": "/shots/sc010.mb",
                               "Range": "1001-1100", "PacketSize": 10, "Priority": 50, "Extra": f"-rl layer{i}"})
        comp = graph.add_job({"Name": f"Comp - layer{i}", "Type": "Nuke", "Scene": "/shots/sc010.nk",
                              "Range": "1001-1100", "PacketSize": 5, "Priority": 55})
        graph.add_dependency(comp, layer, per_frame=True)
    return graph


def process_cpu(pid):
    """CPU seconds process ``pid`` has used (user + system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def total_cpu(master_pid):
    """CPU seconds of this process, the children it waited for, and the master."""
    own = os.times()
    return own.user + own.system + own.children_user + own.children_system + process_cpu(master_pid)


def timed(function, master_pid=None):
    """CPU seconds ``function()`` took: this process's, or every process's when ``master_pid`` is given."""
    clock = (lambda: total_cpu(master_pid)) if master_pid else time.process_time
    start = clock()
    function()
    return clock() - start


def sqlite_floor(rows, folder):
    """Insert ``rows`` (id, text) into a new SQLite file in one transaction, as the master's store writes."""
    path = Path(folder, f"floor-{uuid.uuid4()}.sqlite")
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE jobs (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, params TEXT NOT NULL)")
    db.execute("BEGIN IMMEDIATE")
    for seq, (job_id, text) in enumerate(rows, 1):
        db.execute("INSERT INTO jobs VALUES (?, ?, ?)", (job_id, seq, text))
    db.execute("COMMIT")
    db.close()


def fill(master, count, batch=5000):
    """Submit ``count`` paused jobs over the wire, ``batch`` per request; their IDs."""
    ids = []
    while count > 0:
        records = paused_jobs(min(batch, count), "held")
        path = f"/bench/{uuid.uuid4()}.sj"
        code, _ = request((master.host, master.port), "Submit", ["-FromFile", path], {path: _records.dumps(records)})
        if code != 0:
            raise RuntimeError(f"the master refused a batch of held jobs (exit code {code})")
        ids += [job_id for job_id, _ in records]
        count -= len(records)
    return ids


def ratio_row(name, size, samples, goal=None):
    """Print one row: median times and the median of the per-round ratios; whether the goal is met."""
    ratio = statistics.median(work / floor for work, floor in samples)
    print("{:22s} {:>9,d} {:>10.3f} {:>10.3f} {:>9.2f} {:>12s}".format(
        name, size, statistics.median(w for w, _ in samples), statistics.median(f for _, f in samples), ratio,
        f"<= {goal:g}" if goal else ""))
    return goal is None or ratio <= goal


def growth(name, times):
    sizes = sorted(times)
    steps = ", ".join(f"{times[b] / times[a]:.1f}x for {b / a:g}x jobs" for a, b in zip(sizes, sizes[1:]))
    print(f"  {name} grows {steps}")


def in_graph_rows(folder, sizes, rounds, master_pid, goal_size):
    met = True
    print("{:22s} {:>9s} {:>10s} {:>10s} {:>9s} {:>12s}".format("operation", "jobs", "time s", "floor s",
                                                                "x floor", "goal"))
    grown = {"validate": {}, "validate + export": {}, "submit_graph": {}}
    for size in sizes:
        rows = {name: [] for name in grown}
        for _ in range(rounds):
            text = json.loads(graph_to_json(build(size)))["jobs"]
            sql_rows = [(job["ID"]["value"], json.dumps(job)) for job in text]
            sql = timed(lambda sql_rows=sql_rows: sqlite_floor(sql_rows, folder))
            dump = timed(lambda text=text: json.dumps({"jobs": text}, indent=2, ensure_ascii=False))
            graph = build(size)
            rows["validate"].append((timed(lambda graph=graph: validate(graph)), sql))
            graph = build(size)
            base = Path(folder, "export")
            rows["validate + export"].append((timed(lambda graph=graph, base=base: export_graph(
                graph, base.with_suffix(".sj"), base.with_suffix(".json"))), dump))
            graph = build(size)
            rows["submit_graph"].append((timed(lambda graph=graph: submit_graph(graph, paused=True), master_pid), sql))
        for name, samples in rows.items():
            goal = {"validate + export": 10, "submit_graph": 25}.get(name) if size == goal_size else None
            met = ratio_row(name, size, samples, goal) and met
            grown[name][size] = statistics.median(w for w, _ in samples)
    for name, times in grown.items():
        if len(times) > 1:
            growth(name, times)
    return met


def held_rows(folder, held, rounds, idle_seconds, engines, calls):
    met = True
    master = MasterProcess(Path(folder, "held-master"), engines=engines).start()
    try:
        os.environ.update(master.env)
        smedge_core.get_master_id()
        ids = []
        print("{:22s} {:>9s} {:>10s} {:>10s} {:>9s} {:>12s}".format("master holding N", "jobs", "time s", "floor s",
                                                                    "x floor", "goal"))
        idle = {}
        lookups = {}
        for size in held:
            ids += fill(master, size - len(ids))
            time.sleep(1.0)  # let the master settle after the submissions
            samples = []
            for index in range(rounds):
                wanted = [ids[(index * calls + k) * len(ids) // (rounds * calls)] for k in range(calls)]
                floor = timed(lambda wanted=wanted: [smedge_core.get_master_id() for _ in wanted], master.pid)
                found = []
                work = timed(lambda found=found, wanted=wanted: [found.extend(smedge_core.get_jobs(job_id))
                                                                 for job_id in wanted], master.pid)
                if [str(job["ID"]) for job in found] != wanted:
                    raise RuntimeError(f"get_jobs gave {len(found)} jobs for {len(wanted)} IDs")
                samples.append((work / calls, floor / calls))
            met = ratio_row("get_jobs(one ID)", size, samples, 2 if size == max(held) else None) and met
            lookups[size] = statistics.median(w for w, _ in samples)
            before, started = process_cpu(master.pid), time.monotonic()
            time.sleep(idle_seconds)
            idle[size] = (process_cpu(master.pid) - before) / (time.monotonic() - started)
        for size, share in idle.items():
            goal = size == max(held)
            met = met and (not goal or share < 0.02)
            print("master idle, {:>7,d} paused jobs: {:5.1f}% of a core{}".format(
                size, share * 100, " (goal < 2%)" if goal else ""))
        if len(lookups) > 1:
            growth("get_jobs(one ID)", lookups)
    finally:
        master.stop()
    return met


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="graph sizes for validate, export, submit_graph")
    parser.add_argument("--held", default="1000,10000,100000", help="jobs the master holds for get_jobs and idle")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds the master's idle CPU is measured")
    parser.add_argument("--engines", type=int, default=2)
    parser.add_argument("--calls", type=int, default=5, help="get_jobs and get_master_id calls timed together")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    held = [int(s) for s in args.held.split(",") if s]
    print(f"CPU time, medians of {args.rounds} rounds (ratios taken within a round); Python {sys.version.split()[0]}")
    met = True
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        if sizes:
            master = MasterProcess(Path(folder, "master"), engines=args.engines).start()
            try:
                os.environ.update(master.env)
                smedge_core.get_product_info.cache_clear()
                smedge_core.get_product_info()
                met = in_graph_rows(folder, sizes, args.rounds, master.pid, 10000 if 10000 in sizes else None) and met
            finally:
                master.stop()
        if held:
            met = held_rows(folder, held, args.rounds, args.idle, args.engines, args.calls) and met
    print("goals {}".format("met" if met else "MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
