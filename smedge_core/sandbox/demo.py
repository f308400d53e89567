"""The demo: the reference's two Maya render layers and a Nuke comp waiting on them per frame.

Starts a master in a temporary folder, submits through the public API, shows progress, prints a
timeline from the recorded job history, and checks that each comp frame started only after that frame
of both layers had finished.
"""

import os
import shutil
import sys
import tempfile
import time
from uuid import uuid4

from . import states
from .testing import MasterProcess

TIMEOUT = 50.0


def reference_jobs(first, last):
    """The reference's example jobs over ``first-last``."""
    frame_range = f"{first}-{last}"
    maya_job = {"Type": "Maya", "Scene": "/path/to/the/scene.mb", "Range": frame_range, "Priority": 50}
    render_jobs = []
    for layer in ["layer1", "layer2"]:
        layer_job = maya_job.copy()
        layer_job["Name"] = f"Render - {layer}"
        layer_job["ID"] = uuid4()
        layer_job["Extra"] = f"-rl {layer}"
        render_jobs.append(layer_job)
    nuke_job = {"Name": "Comp layers", "Type": "Nuke", "Scene": "/path/to/the/comp_script.nk",
                "Range": frame_range, "Priority": 55, "WaitForJobID": [job["ID"] for job in render_jobs],
                "WaitForWholeJob": 0}
    return [*render_jobs, nuke_job]


def spans(history):
    """``{work name: (start, finish, engine id)}`` of the finished runs in one job's history."""
    started, out = {}, {}
    for element in history:
        if element.status == states.WORK_STARTED:
            started[element.work_id] = element.time
        elif element.status == states.WORK_FINISHED:
            out[element.name] = (started[element.work_id], element.time, element.engine_id)
    return out


def check_per_frame(child, parents):
    """Frames of ``child`` (spans) that started before the same frame of a parent finished."""
    return sorted(frame for frame, (start, _, _) in child.items()
                  if any(frame not in parent or start <= parent[frame][1] for parent in parents))


def _progress(smedge, ids, names, total):
    history = smedge.get_job_history(ids)
    done = [len(spans(history[job_id])) for job_id in ids]
    bars = "  ".join("{} [{:<10}] {:>2}/{}".format(name, "#" * (10 * d // total), d, total)
                     for name, d in zip(names, done))
    return bars, all(d == total for d in done)


def _timeline(history, ids, names, zero):
    engines = {}
    rows = []
    for job_id, name in zip(ids, names):
        for frame, (start, finish, engine) in sorted(spans(history[job_id]).items()):
            label = engines.setdefault(engine, f"E{len(engines) + 1}")
            began, ended = (start - zero).total_seconds(), (finish - zero).total_seconds()
            rows.append((start, f"{frame:>6}  {name:<16} {began:>6.2f}s -> {ended:>6.2f}s  on {label}"))
    return [row for _, row in sorted(rows)]


def run(frames=10, out=sys.stdout):
    """Run the demo; return 0 when every comp frame waited for both layers, else 1."""
    import smedge_core as smedge
    folder = tempfile.mkdtemp(prefix="smedge-demo-")
    master = MasterProcess(os.path.join(folder, "master"), engines=max(2, os.cpu_count() or 2))
    saved = {name: os.environ.get(name) for name in master.env}
    began = time.monotonic()
    try:
        master.start()
        os.environ.update(master.env)
        smedge.get_product_info.cache_clear()
        print(f"Local master on {master.host}:{master.port} (pid {master.pid}, {master.engines} engines, "
              f"data {master.data})", file=out)
        jobs = reference_jobs(1001, 1000 + frames)
        names = [job["Name"] for job in jobs]
        ids = smedge.submit_jobs(jobs)
        submitted = time.monotonic()
        for name, job_id in zip(names, ids):
            print(f"Submitted {name:<16} {job_id}", file=out)
        finished = False
        while not finished and time.monotonic() - submitted < TIMEOUT:
            time.sleep(0.25)
            bars, finished = _progress(smedge, ids, ["layer1", "layer2", "comp"], frames)
            print(("\r" if out.isatty() else "") + bars, end="" if out.isatty() else "\n", file=out, flush=True)
        print(file=out)
        history = smedge.get_job_history(ids)
        zero = min(element.time for job_id in ids for element in history[job_id])
        print("Timeline (seconds from the first start):", file=out)
        for line in _timeline(history, ids, names, zero):
            print("  " + line, file=out)
        layers = [spans(history[job_id]) for job_id in ids[:2]]
        comp = spans(history[ids[2]])
        early = check_per_frame(comp, layers)
        ok = finished and len(comp) == frames and not early
        print("check: {} of {} comp frames started after that frame of both layers finished{}: {}".format(
            frames - len(early) if len(comp) == frames else len(comp), frames,
            "" if not early else " (too early: {})".format(", ".join(early)), "OK" if ok else "FAILED"), file=out)
        print(f"Done in {time.monotonic() - began:.1f} s", file=out)
        return 0 if ok else 1
    finally:
        master.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        smedge.get_product_info.cache_clear()
        shutil.rmtree(folder, ignore_errors=True)
