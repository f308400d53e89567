"""The local master's state and dispatch rules: jobs, their work units, engines and pools.

All state lives in memory and is written through to the :class:`~.store.Store` inside the same
transaction as the change, under :attr:`Farm.lock`. Dispatch takes work by priority (higher first),
then submission order, honouring pool, status, product enablement, UsageLimit and dependencies:
``WaitForJobID`` whole-job (every parent's work finished) or, with ``WaitForWholeJob = 0``, per frame
(a work unit starts once the same frames of every parent job have finished).
"""

import logging
import random
import re
import threading
import time
import uuid

from .._products import find_parameter
from .._types import Product
from ..frames import FrameRange, format_range, parse_range
from . import engines, states
from .store import WHOLE_SYSTEM
from .substitution import lowered

_log = logging.getLogger(__name__)
_FALSE = ("0", "false", "no", "off")
#: Job parameters the master keeps itself; a submitted value is dropped.
MANAGED = ("Status", "LastError", "FailureCount", "Started", "Finished")
#: The stop reason of work the master's own shutdown interrupts.
SHUTDOWN = "master shut down"


def canonical_id(text):
    """The canonical str of a UUID text, or the stripped text when it is not one."""
    try:
        return str(uuid.UUID(str(text).strip()))
    except ValueError:
        return str(text).strip()


class FarmError(Exception):
    """A refused request: ``code`` is the tool's exit code (1 refused, 2 usage, 4 not found)."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class Work(object):
    """One packet of frames of a job."""

    def __init__(self, work_id, job_id, seq, frame_list, status=states.WORK_QUEUED, engine_id="", failures=0):
        self.id, self.job_id, self.seq, self.frames = work_id, job_id, seq, frame_list
        self.status, self.engine_id, self.failures = status, engine_id, failures
        self.name = format_range(frame_list)
        self.process = None
        self.stop_reason = None


class Job(object):
    """A job: its parameters as text (canonical names), its product and its work units."""

    def __init__(self, job_id, seq, params, product):
        self.id, self.seq, self.params, self.product = job_id, seq, params, product
        self.work = []

    def key(self, name):
        """The stored key for ``name`` (case-insensitive), else the product's spelling, else ``name``."""
        lower = name.lower()
        for key in self.params:
            if key.lower() == lower:
                return key
        parameter = find_parameter(self.product.parameters, name)
        return parameter.name if parameter else name

    def value(self, name):
        """The text value of ``name``: stored, else the product default, else empty."""
        key = self.key(name)
        if key in self.params:
            return self.params[key]
        parameter = find_parameter(self.product.parameters, name)
        return parameter.default if parameter else ""

    def number(self, name):
        try:
            return int(float(self.value(name) or 0))
        except ValueError:
            return 0

    def flag(self, name):
        return self.value(name).strip().lower() not in _FALSE + ("",)

    def status(self):
        return self.number("Status")

    def parents(self):
        return [canonical_id(p) for p in self.value("WaitForJobID").split(",") if p.strip()]

    def variables(self):
        """The substitution variables of the job: every parameter with defaults, ``ID``, ``Product``."""
        values = {p.name: p.default for p in self.product.parameters}
        values.update(self.params)
        values.update({"ID": self.id, "Product": self.product.name})
        return lowered(values)

    def stored(self):
        """The stored values that differ from the product defaults (what ``Job List`` prints)."""
        out = {}
        for key, value in self.params.items():
            parameter = find_parameter(self.product.parameters, key)
            if key == "Type" or parameter is None or value != parameter.default:
                out[key] = value
        return out

    def finished_frames(self):
        return {f for w in self.work if w.status == states.WORK_FINISHED for f in w.frames}


class Engine(object):
    """A local engine: settings (str values), per-product overrides, and the work it runs."""

    def __init__(self, engine_id, seq, settings, products, online):
        self.id, self.seq, self.settings, self.products, self.online = engine_id, seq, settings, products, online
        self.work = None

    @property
    def name(self):
        return self.settings.get("Name", "")

    def setting(self, name, default=""):
        for key, value in self.settings.items():
            if key.lower() == name.lower():
                return value
        return default

    def enabled(self):
        return self.setting("Enabled", "1").strip().lower() not in _FALSE

    def product_setting(self, product_id, name, default=""):
        for key, value in self.products.get(product_id, {}).items():
            if key.lower() == name.lower():
                return value
        return default

    def record(self):
        """The settings ``Engine List`` prints (the per-product overrides are ``products``)."""
        out = dict(self.settings)
        out["Status"] = "Offline" if not self.online else "Busy" if self.work else "Idle"
        out["CurrentWork"] = self.work.id if self.work else ""
        return out


class Farm(object):
    """Jobs, engines and pools of the local master, and the dispatcher that runs their work."""

    def __init__(self, store, product_dicts, data, engine_count):
        self.store, self.product_dicts, self.data = store, product_dicts, data
        self.products = [Product.from_dict(d) for d in product_dicts]
        self.lock = threading.RLock()
        self.wake = threading.Event()
        self.env = {}
        self._last_time = 0
        self.jobs = {}
        self.engines = []
        self.master_id = store.master_id()
        with self.lock, store.transaction():
            self.pools()
            self._load_jobs()
            self._last_seq = max([j.seq for j in self.jobs.values()] + [0])
            self._load_engines(engine_count)

    # --- time, logs, lookups -----------------------------------------------------------------

    def now(self):
        """The current RLib time (microseconds since 1970 UTC) as str, strictly increasing."""
        self._last_time = max(int(time.time() * 1000000), self._last_time + 1)
        return str(self._last_time)

    def log(self, owner, text):
        self.store.log(owner, self.now(), text)

    def product(self, name):
        """The product with this name, alias or ID; FarmError 4 names the unknown one."""
        key = str(name).strip().lower()
        for product in self.products:
            if key in [product.name.lower(), str(product.type)] + [a.lower() for a in product.aliases]:
                return product
        raise FarmError(4, "Type: product {!r} not found; known: {}".format(
            name, ", ".join(p.name for p in self.products)))

    def job(self, job_id):
        job = self.jobs.get(canonical_id(job_id))
        if job is None:
            raise FarmError(4, "job {} not found".format(job_id))
        return job

    def pools(self):
        return self.store.pools()

    def pool(self, name_or_id):
        """``(id, name)`` of a pool given by name (case-insensitive) or ID; FarmError 4 if unknown."""
        key = str(name_or_id).strip().lower()
        for pool_id, name in self.pools():
            if key in (pool_id, name.lower()):
                return pool_id, name
        raise FarmError(4, "pool {!r} not found; available: {}".format(
            name_or_id, ", ".join(repr(n) for _, n in self.pools())))

    # --- loading -----------------------------------------------------------------------------

    def _load_jobs(self):
        for job_id, seq, params in self.store.load_jobs():
            self.jobs[job_id] = Job(job_id, seq, params, self.product(params["Type"]))
        for row in self.store.load_work():
            work = Work(*row)
            job = self.jobs.get(work.job_id)
            if job is None:
                continue
            job.work.append(work)
            if work.status == states.WORK_STARTED:  # it ran when the master stopped
                self._history(job, work, states.WORK_STOPPED, "master restarted; requeued")
                work.status, work.engine_id = states.WORK_QUEUED, ""
                self.store.save_work(work)
        for job in self.jobs.values():
            self.refresh(job)

    def _load_engines(self, count):
        rows = self.store.load_engines()
        for seq in range(len(rows) + 1, count + 1):
            settings = {"Name": "RENDER_{:04d}".format(seq), "Enabled": "1", "Pools": "", "FailureCount": "0"}
            rows.append((str(uuid.uuid4()), settings, {}))
            self.store.save_engine(rows[-1][0], seq, settings, {})
        self.engines = [Engine(engine_id, seq, settings, products, seq <= count)
                        for seq, (engine_id, settings, products) in enumerate(rows, 1)]

    def save_engine(self, engine):
        self.store.save_engine(engine.id, engine.seq, engine.settings, engine.products)

    # --- jobs --------------------------------------------------------------------------------

    def add_job(self, job_id, params, product):
        """Store a checked job and make its work units (the caller holds a transaction)."""
        self._last_seq += 1
        job = Job(job_id, self._last_seq, params, product)
        if job.number("Created") == 0:
            params[job.key("Created")] = self.now()
        self.jobs[job_id] = job
        self.rebuild_work(job)
        self.store.save_job(job.id, job.seq, job.params)
        self.log(job.id, "submitted with {} work units".format(len(job.work)))
        return job

    def set_value(self, job, name, text):
        key = job.key(name)
        if text == "" and key in job.params:
            del job.params[key]
        elif text != "":
            job.params[key] = text

    def save_job(self, job):
        self.store.save_job(job.id, job.seq, job.params)

    def rebuild_work(self, job):
        """Queue work for the frames of Range not finished or running, in PacketSize packets."""
        kept = [w for w in job.work if w.status in (states.WORK_STARTED, states.WORK_FINISHED)]
        for work in job.work:
            if work not in kept:
                self.store.delete_work(work.id)
        covered = {f for w in kept for f in w.frames}
        todo = [f for f in parse_range(job.value("Range")) if f not in covered]
        seq = max([w.seq for w in kept] + [0])
        job.work = kept
        packets = FrameRange(todo).packets(max(1, job.number("PacketSize")))
        for index, packet in enumerate(packets, seq + 1):
            work = Work(str(uuid.uuid4()), job.id, index, list(packet.frames))
            job.work.append(work)
            self.store.save_work(work)

    def delete_job(self, job, stop_work):
        for work in job.work:
            if work.status == states.WORK_STARTED and stop_work:
                self.stop(work, "job deleted")
        del self.jobs[job.id]
        self.store.delete_job(job.id)

    def refresh(self, job, events=False):
        """Recompute a job's Status from its work (the caller commits); with ``events`` (a run just
        ended) run JobFinishedEvt when the job has ended."""
        before = job.status()
        running = any(w.status == states.WORK_STARTED for w in job.work)
        if before == states.JOB_PAUSED:
            return
        limit = job.number("FailureLimit")
        if all(w.status == states.WORK_FINISHED for w in job.work):
            after = states.JOB_COMPLETE
        elif running:
            after = states.JOB_ACTIVE
        elif limit > 0 and job.number("FailureCount") >= limit:
            after = states.JOB_FAILED
        else:
            after = states.JOB_QUEUED
        if after == before:
            return
        self.set_value(job, "Status", "" if after == states.JOB_QUEUED else str(after))
        if after in (states.JOB_COMPLETE, states.JOB_FAILED):
            self.set_value(job, "Finished", self.now())
            self.log(job.id, "job {}".format(states.JOB_NAMES[after]))
            if events:
                self.event(job.id, "JobFinishedEvt", job.value("JobFinishedEvt"), job.variables())
        self.save_job(job)

    def resume(self, job):
        if job.status() == states.JOB_PAUSED:
            self.set_value(job, "Status", "")
            self.refresh(job)
            self.save_job(job)

    def pause(self, job, stop_work):
        self.set_value(job, "Status", str(states.JOB_PAUSED))
        self.save_job(job)
        if stop_work:
            self.stop_jobs([job], "job paused")

    def stop_jobs(self, jobs, reason):
        for job in jobs:
            for work in job.work:
                if work.status == states.WORK_STARTED:
                    self.stop(work, reason)

    def stop(self, work, reason):
        """Abort a running work unit; the runner records it as stopped and requeues it."""
        work.stop_reason = reason
        if work.process is not None:
            engines.kill(work.process)

    def reset_failures(self, job):
        self.set_value(job, "FailureCount", "")
        self.set_value(job, "LastError", "")
        if job.status() == states.JOB_FAILED:
            self.set_value(job, "Status", "")
        self.refresh(job)
        self.save_job(job)

    # --- history and events ------------------------------------------------------------------

    def _history(self, job, work, status, note, when=None):
        self.store.add_history(job.id, work.name, work.id, when or self.now(), status, work.engine_id, note)

    def event(self, owner, name, template, variables):
        """Run an event command (if set) as its own process; the dispatch log says what ran."""
        if template.strip():
            self.log(owner, engines.run_event(self, name, template, variables))

    # --- dispatch ----------------------------------------------------------------------------

    def run_dispatcher(self, stopping):
        """Assign work to idle engines until ``stopping`` is set."""
        while not stopping.is_set():
            with self.lock:
                try:
                    self.dispatch()
                except Exception:  # keep dispatching; the log has the traceback
                    _log.exception("dispatch failed")
            self.wake.wait(0.2)
            self.wake.clear()

    def dispatch(self):
        idle = [e for e in self.engines if e.online and e.enabled() and e.work is None]
        if not idle:
            return
        ready = sorted((j for j in self.jobs.values() if j.status() in (states.JOB_QUEUED, states.JOB_ACTIVE)),
                       key=lambda j: (-j.number("Priority"), j.seq))
        for engine in idle:
            for job in ready:
                work = self.next_work(job, engine)
                if work is not None:
                    with self.store.transaction():
                        self.start(job, work, engine)
                    break

    def blockers(self, job, engine=None):
        """Why no work of ``job`` can start now, as readable lines (empty: some work can start)."""
        if job.status() not in (states.JOB_QUEUED, states.JOB_ACTIVE):
            return ["job is {}".format(states.JOB_NAMES.get(job.status(), job.status()))]
        reasons = []
        pool_name = job.value("Pool").strip()
        if pool_name:
            try:
                pool = self.pool(pool_name)
            except FarmError as err:
                return [str(err)]
            if engine is not None and pool[1] != WHOLE_SYSTEM:
                members = [p.strip().lower() for p in engine.setting("Pools").split(",")]
                if pool[0] not in members and pool[1].lower() not in members:
                    reasons.append("{} is not in pool {!r}".format(engine.name, pool[1]))
        if engine is not None and engine.product_setting(str(job.product.type), "Enabled", "1").lower() in _FALSE:
            reasons.append("{} has product {} disabled".format(engine.name, job.product.name))
        limit = job.number("UsageLimit")
        if limit and sum(w.status == states.WORK_STARTED for w in job.work) >= limit:
            reasons.append("UsageLimit {} reached".format(limit))
        failures = job.number("FailureLimit")
        if failures > 0 and job.number("FailureCount") >= failures:
            reasons.append("FailureLimit {} reached".format(failures))
        if job.flag("WaitForWholeJob"):
            for parent_id in job.parents():
                parent = self.jobs.get(parent_id)
                if parent is not None and parent.status() != states.JOB_COMPLETE:
                    reasons.append("waiting for the whole of job {}".format(parent_id))
        if not any(w.status == states.WORK_QUEUED for w in job.work):
            reasons.append("no queued work")
        return reasons

    def why_waiting(self, job):
        """The reasons no engine takes work of ``job`` now (empty when one could)."""
        reasons = self.blockers(job)
        if reasons:
            return reasons
        engines = [e for e in self.engines if e.online and e.enabled()]
        per_engine = [self.blockers(job, e) for e in engines]
        if not engines:
            return ["no engine is online and enabled"]
        if all(per_engine):
            return [line for i, lines in enumerate(per_engine) for line in lines
                    if line not in [x for earlier in per_engine[:i] for x in earlier]]
        return []

    def _frames_ready(self, job, work):
        if job.flag("WaitForWholeJob"):
            return True
        for parent_id in job.parents():
            parent = self.jobs.get(parent_id)
            if parent is None:
                continue
            covered = {f for w in parent.work for f in w.frames}
            finished = parent.finished_frames()
            if any(f in covered and f not in finished for f in work.frames):
                return False
        return True

    def next_work(self, job, engine):
        if self.blockers(job, engine):
            return None
        queued = [w for w in job.work if w.status == states.WORK_QUEUED and self._frames_ready(job, w)]
        if not queued:
            return None
        mode = job.value("DistributeMode").strip().lower()
        if mode in ("1", "reverse"):
            return queued[-1]
        if mode in ("2", "random"):
            return random.choice(queued)
        return queued[0]

    def start(self, job, work, engine):
        work.status, work.engine_id, work.stop_reason = states.WORK_STARTED, engine.id, None
        engine.work = work
        self.store.save_work(work)
        self._history(job, work, states.WORK_STARTED, "started on {}".format(engine.name))
        self.log(job.id, "sent {} to {}".format(work.name, engine.name))
        self.log(engine.id, "took {} of job {} ({})".format(work.name, job.id, job.value("Name")))
        if job.number("Started") == 0:
            self.set_value(job, "Started", self.now())
            self.event(job.id, "JobStartedEvt", job.value("JobStartedEvt"), job.variables())
        self.refresh(job)
        self.save_job(job)
        engines.start_work(self, job, work, engine)

    def work_variables(self, job, work, engine, note=None):
        """Variables of a work unit: the job's, the SubRange, and for engine events (``note`` given) the
        work's own ``ID``, ``Parent`` (job ID) and ``Note``."""
        values = job.variables()
        values.update(lowered({"Engine": engine.name, "EngineID": engine.id, "SubRange.Start": work.frames[0],
                               "SubRange.End": work.frames[-1], "SubRange": work.name}))
        if note is not None:
            values.update(lowered({"ID": work.id, "Parent": job.id, "Note": note}))
        return values

    def finish(self, work, engine, status, note):
        """Record the end of a run (called by the runner thread); requeue stopped or failed work."""
        with self.lock, self.store.transaction():
            engine.work = None
            work.process = None
            job = self.jobs.get(work.job_id)
            if job is None or work not in job.work:
                self.log(engine.id, "finished {} of a deleted job".format(work.name))
                self.wake.set()
                return
            self._history(job, work, status, note)
            if status == states.WORK_FINISHED:
                work.status = states.WORK_FINISHED
            else:
                work.status, work.engine_id = states.WORK_QUEUED, ""
            if status == states.WORK_FAILED:
                work.failures += 1
                self.set_value(job, "FailureCount", str(job.number("FailureCount") + 1))
                self.set_value(job, "LastError", note)
                engine.settings["FailureCount"] = str(int(engine.setting("FailureCount", "0") or 0) + 1)
                self.save_engine(engine)
            self.store.save_work(work)
            self.log(engine.id, "{} of job {}: {}".format(work.name, job.id, note))
            self.save_job(job)
            self.refresh(job, events=True)
            if work.stop_reason != SHUTDOWN:  # a master stopping is no failure of the work
                event = "WorkFinishedSuccessfulEvt" if status == states.WORK_FINISHED else \
                    "WorkFinishedUnsuccessfulEvt"
                self.event(engine.id, event, engine.setting(event), self.work_variables(job, work, engine, note))
        self.wake.set()

    def engine_matches(self, targets, patterns):
        """Engines named or ID'd in ``targets`` or whose name fully matches a pattern; all when neither."""
        if not targets and not patterns:
            return [e for e in self.engines if e.online]
        found = []
        for target in targets:
            match = [e for e in self.engines if target.lower() in (e.id, e.name.lower())]
            if not match:
                raise FarmError(4, "engine {!r} not found; known: {}".format(
                    target, ", ".join(e.name for e in self.engines)))
            found += match
        for pattern in patterns:
            try:
                regex = re.compile(pattern, re.IGNORECASE)
            except re.error as err:
                raise FarmError(2, "Regex {!r} is not a valid regular expression: {}".format(pattern, err))
            found += [e for e in self.engines if regex.fullmatch(e.name)]
        return [e for i, e in enumerate(found) if e not in found[:i]]
