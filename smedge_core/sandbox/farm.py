"""The local master's state and dispatch rules: jobs, their work units, engines and pools.

All state lives in memory and is written through to the :class:`~.store.Store` inside the same
transaction as the change, under :attr:`Farm.lock`. Dispatch takes work by priority (higher first),
then submission order, honouring pool, status, product enablement, UsageLimit and dependencies:
``WaitForJobID`` whole-job (every parent's work finished) or, with ``WaitForWholeJob = 0``, per frame
(a work unit starts once the same frames of every parent job have finished).

Work units are made when dispatched, not when a job is submitted: a job keeps the frames no work unit
holds yet as spans (``Job.pending``: start, end, step and the packet size to cut them by), so a job of
100,000 frames costs a few objects until its work runs, and dependencies are checked on spans too.

Parameters are found through an index per product (:class:`ProductIndex`); the farm keeps the jobs that
may run (queued or active) apart, so the dispatcher, woken only by a change, never looks at paused,
complete or failed jobs.
"""

import bisect
import contextlib
import copy
import itertools
import logging
import random
import re
import sqlite3
import threading
import time
import uuid

from .. import frames
from .._products import _STRING, _Plan, _pair, _separator
from .._types import Product, find_value
from ..frames import FrameRange, Packet
from ..values import find_key
from . import engines, identity, states
from .store import WHOLE_SYSTEM
from .substitution import lowered

_log = logging.getLogger(__name__)
_FALSE = ("0", "false", "no", "off")
#: Job parameters the master keeps itself; a submitted value is dropped.
MANAGED = ("Status", "LastError", "FailureCount", "Started", "Finished")
#: The stop reason of work the master's own shutdown interrupts.
SHUTDOWN = "master shut down"


_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
#: A canonical UUID text (what ``str(uuid.UUID(text))`` gives back unchanged).
CANONICAL_ID = re.compile(_UUID)


def canonical_id(text):
    """The canonical str of a UUID text, or the stripped text when it is not one."""
    if isinstance(text, str) and CANONICAL_ID.fullmatch(text):  # the usual case: already canonical
        return text
    try:
        return str(uuid.UUID(str(text).strip()))
    except ValueError:
        return str(text).strip()


class FarmError(Exception):
    """A refused request: ``code`` is the tool's exit code (1 refused, 2 usage, 4 not found)."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class Work:
    """One work unit: a packet of frames of a job (``frames`` is its ``range`` of frames)."""

    def __init__(self, work_id, job_id, seq, packet, status=states.WORK_QUEUED, engine_id="", failures=0):
        self.id, self.job_id, self.seq, self.packet = work_id, job_id, seq, Packet(*packet)
        self.status, self.engine_id, self.failures = status, engine_id, failures
        self.started_at = None  # time.monotonic() when it last started, for $(ElapsedRealTime)
        self.cpu_seconds = None  # CPU seconds of its last run, where known, for $(ElapsedProcessTime)
        self.frames = self.packet.frames
        self.name = packet_name(self.packet)
        self.process = None
        self.stop_reason = None


def packet_name(packet):
    """A packet as canonical range text (two frames a step apart are two frames, ``1,3``)."""
    start, end, step = packet
    if step > 1 and end == start + step:
        return f"{start},{end}"
    return str(Packet(start, end, step))


# --- spans of frames: pending segments, packets, dependencies ----------------------------------

def _segments(frame_range, job):
    """The pending segments ``[start, end, step, size]`` of ``frame_range``'s runs, cut by the job's
    PacketSize."""
    size = max(1, job.number("PacketSize"))
    return [[start, end, step, size] for start, end, step in frame_range.runs]


def packet_count(segment):
    """How many packets a pending segment ``[start, end, step, size]`` cuts into."""
    start, end, step, size = segment
    return -(-((end - start) // step + 1) // size)


def _packet(segment, index):
    start, end, step, size = segment
    first = start + index * size * step
    return Packet(first, min(end, first + (size - 1) * step), step)


def _egcd(a, b):
    """``(g, x, y)`` with ``a * x + b * y == g == gcd(a, b)``."""
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def spans_meet(one, other):
    """Whether two spans ``(start, end, step)`` share a frame (solved, not listed)."""
    a, a_end, s = one[:3]
    b, b_end, t = other[:3]
    low, high = max(a, b), min(a_end, b_end)
    if low > high:
        return False
    if s == 1 and t == 1:
        return True
    g, x, _ = _egcd(s, t)
    if (b - a) % g:
        return False
    lcm = s // g * t
    frame = a + s * (x * ((b - a) // g) % (t // g))  # a frame of both lattices
    frame += -(-(low - frame) // lcm) * lcm  # the first one from low on
    return frame <= high


class _Blocked:
    """Spans of frames not finished yet, of one parent job, for quick overlap tests."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.reach = []  # the highest end among spans[:i + 1]
        for span in self.spans:
            self.reach.append(max(span[1], self.reach[-1]) if self.reach else span[1])

    def hit(self, packet):
        """A span that shares a frame with ``packet``, else None."""
        index = bisect.bisect_left(self.reach, packet[0])
        while index < len(self.spans) and self.spans[index][0] <= packet[1]:
            if spans_meet(packet, self.spans[index]):
                return self.spans[index]
            index += 1
        return None


def _blocker(packet, blocked):
    for parent in blocked:
        span = parent.hit(packet)
        if span is not None:
            return span
    return None


def _first_free(segment, blocked, index, reverse):
    """The index of the first packet of ``segment`` from ``index`` on (down, with ``reverse``) whose
    frames no blocked span holds, else None. A span blocking every frame of the segment in its extent
    is skipped in one step."""
    start, _end, step, size = segment
    count = packet_count(segment)
    while 0 <= index < count:
        span = _blocker(_packet(segment, index), blocked)
        if span is None:
            return index
        covers = span[2] == 1 or (step % span[2] == 0 and (start - span[0]) % span[2] == 0)
        if reverse:
            below = -(-(span[0] - start) // step) - 1  # the last frame before the span, as an index
            index = (min(index - 1, below // size) if below >= 0 else -1) if covers else index - 1
        else:
            above = (span[1] - start) // step + 1  # the first frame after the span, as an index
            index = max(index + 1, above // size if covers else index + 1)
    return None


class ProductIndex:
    """What the master looks up in a product's parameters, computed once per product: each parameter and
    its spelling by lower-case name, the defaults, as substitution variables too, the required names, and
    those whose every text is valid (:attr:`any_text`: single String or Path values, not checked).

    :attr:`checks` gives, for each parameter name as the product spells it, ``(name, parameter to check or
    None, shape)``: ``shape`` is a compiled regex of texts known valid without a round trip (canonical
    UUIDs, joined by the separator in a list, for ID parameters), else None."""

    def __init__(self, product):
        self.product, self.type = product, str(product.type)
        self.parameters = {p.name.lower(): p for p in product.parameters}
        self.names = {key: p.name for key, p in self.parameters.items()}
        self.defaults = {p.name: p.default for p in product.parameters}
        self.variables = lowered(self.defaults)
        plan = _Plan(product)
        self.required = plan.required
        self.any_text = {key for key, p in self.parameters.items() if _pair(p) is _STRING and not p.has_flag("List")}
        self._trips = {id(p): (plan.readers[key][1], plan.writers[key][1]) for key, p in self.parameters.items()}
        self.checks = {p.name: self.check(p.name) for p in product.parameters}

    def check(self, key):
        """``(name, parameter to check or None, shape or None)`` of a submitted key (case-insensitive)."""
        lower = key.lower()
        parameter = self.parameters.get(lower)
        if parameter is None or lower in self.any_text:
            return self.names.get(lower, key), None, None
        shape = None
        if parameter.type.lower() == "id" and not parameter.has_flag("List"):
            shape = CANONICAL_ID
        elif parameter.type.lower() == "id":
            shape = re.compile(f"{_UUID}(?:{re.escape(_separator(parameter))}{_UUID})*")
        return parameter.name, parameter, shape

    def round_trip(self, parameter, text):
        """The text of one of the product's parameters read and written again (ValueError naming the
        parameter when it is bad)."""
        read, write = self._trips[id(parameter)]
        return write(read(text) if read else text)


class Job:
    """A job: its parameters as text (canonical names), its product and its work units."""

    def __init__(self, job_id, seq, params, product, index=None):
        self.id, self.seq, self.params, self.product = job_id, seq, params, product
        self.index = index or ProductIndex(product)
        self.works = {}  # work ID: Work, every work unit made so far, in the order made
        self.open = {}  # work ID: Work, those not finished (queued again, or running)
        self.pending = []  # [start, end, step, packet size]: frames no work unit holds yet (the list is
        # replaced, never changed in place: new jobs of one Range and PacketSize share one)
        self.work_seq = 0  # the highest seq of its work units

    def unfinished(self):
        """Spans ``(start, end, step)`` of the frames whose work has not finished."""
        return [tuple(segment[:3]) for segment in self.pending] + [w.packet for w in self.open.values()]

    def packets_pending(self):
        return sum(packet_count(segment) for segment in self.pending)

    def key(self, name):
        """The product's spelling of ``name`` (case-insensitive; jobs store the parameters it defines so),
        else the stored key, else ``name``."""
        if name in self.params:
            return name
        known = self.index.names.get(name.lower())
        return known if known is not None else find_key(self.params, name) or name

    def value(self, name):
        """The text value of ``name``: stored, else the product default, else empty."""
        found = self.params.get(name)
        if found is not None:  # stored under this spelling
            return found
        key = self.key(name)
        if key in self.params:
            return self.params[key]
        return self.index.defaults.get(key, "")

    def number(self, name):
        try:
            return int(float(self.value(name) or 0))
        except ValueError:
            return 0

    def flag(self, name):
        return self.value(name).strip().lower() not in (*_FALSE, "")

    def status(self):
        return self.number("Status")

    def parents(self):
        return [canonical_id(p) for p in self.value("WaitForJobID").split(",") if p.strip()]

    def variables(self):
        """The substitution variables of the job: every parameter with defaults, ``ID``, ``Product``."""
        values = dict(self.index.variables)
        values.update(lowered(self.params))
        values.update(lowered({"ID": self.id, "Product": self.product.name}))
        return values

    def stored(self):
        """The stored values that differ from the product defaults (what ``Job List`` prints)."""
        defaults = self.index.defaults
        return {key: value for key, value in self.params.items()
                if key == "Type" or key not in defaults or value != defaults[key]}


class Engine:
    """A local engine: settings (str values), per-product overrides, and the work it runs."""

    def __init__(self, engine_id, seq, settings, products, online):
        self.id, self.seq, self.settings, self.products, self.online = engine_id, seq, settings, products, online
        self.work = None

    @property
    def name(self):
        return self.settings.get("Name", "")

    def setting(self, name, default=""):
        return find_value(self.settings, name, default)

    def enabled(self):
        return self.setting("Enabled", "1").strip().lower() not in _FALSE

    def product_setting(self, product_id, name, default=""):
        return find_value(self.products.get(product_id, {}), name, default)

    def record(self):
        """The settings ``Engine List`` prints (the per-product overrides are ``products``)."""
        out = dict(self.settings)
        out["Status"] = "Offline" if not self.online else "Busy" if self.work else "Idle"
        out["CurrentWork"] = self.work.id if self.work else ""
        return out


class Farm:
    """Jobs, engines and pools of the local master, and the dispatcher that runs their work."""

    def __init__(self, store, product_dicts, data, engine_count, max_frames=None):
        self.store, self.product_dicts, self.data = store, product_dicts, data
        self.max_frames = max_frames or frames.MAX_FRAMES  # serve --max-frames
        self.products = [Product.from_dict(d) for d in product_dicts]
        self.indexes = {product.type: ProductIndex(product) for product in self.products}
        self._by_key = {}  # lower-case name, alias or ID: ProductIndex (of the first product that has it)
        for product in self.products:
            for key in [product.name, str(product.type), *product.aliases]:
                self._by_key.setdefault(key.lower(), self.indexes[product.type])
        self.runnable = {}  # job ID: Job, the jobs whose Status is queued or active
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
        return self.product_index(name).product

    def product_index(self, name):
        """The :class:`ProductIndex` of the product with this name, alias or ID; FarmError 4 names the
        unknown one."""
        index = self._by_key.get(str(name).strip().lower())
        if index is not None:
            return index
        raise FarmError(4, "Type: product {!r} not found; known: {}".format(
            name, ", ".join(p.name for p in self.products)))

    def job(self, job_id):
        job = self.jobs.get(canonical_id(job_id))
        if job is None:
            raise FarmError(4, f"job {job_id} not found")
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
            try:
                product = self.product(find_value(params, "Type", ""))
            except FarmError as err:  # one bad row does not keep the others from being served
                self.store.quarantine(job_id, str(err))
                continue
            self.jobs[job_id] = Job(job_id, seq, params, product, self.indexes[product.type])
        pending = dict(self.store.load_pending())
        for job_id, segments in pending.items():
            if job_id in self.jobs:
                self.jobs[job_id].pending = segments
        processes = self.store.processes()
        for row in self.store.load_work():
            work = Work(*row)
            job = self.jobs.get(work.job_id)
            if job is None:
                continue
            job.works[work.id] = work
            job.work_seq = max(job.work_seq, work.seq)
            if work.status != states.WORK_FINISHED:
                job.open[work.id] = work
            if work.status == states.WORK_STARTED:  # it ran when the master stopped: its copy may still run
                if work.id in processes:
                    self._stop_leftover(job, work, *processes[work.id])
                self._history(job, work, states.WORK_STOPPED, "master restarted; requeued")
                work.status, work.engine_id = states.WORK_QUEUED, ""
                self.store.save_work(work)
        for work_id in processes:
            self.store.delete_process(work_id)
        queued = {}
        for job in list(self.jobs.values()):
            if job.id not in pending and not job.works:  # as submitted: all of its Range is pending
                try:
                    self._queue_all(job, queued)
                except ValueError as err:
                    self.store.quarantine(job.id, f"its Range cannot be read: {err}")
                    del self.jobs[job.id]
                    continue
            self.refresh(job)
            self._track(job)

    def _stop_leftover(self, job, work, pid, token):
        """Stop the process group of a work unit left running by a master that was killed, and wait
        until it is gone, so the work is never run twice at once; a process that cannot be verified as
        the recorded one is not killed but logged."""
        action, outcome = engines.stop_leftover(pid, token)
        if action == identity.KILL:
            self.log(job.id, f"{work.name} of the previous run was still running (pid {pid}): {outcome}")
            _log.warning("work %s of job %s was still running from before the restart (pid %s): %s",
                         work.name, job.id, pid, outcome)
        elif action == identity.LEAVE:
            self.log(job.id, f"{work.name} of the previous run may still be running (pid {pid}): {outcome}")
            _log.warning("work %s of job %s may still be running from before the restart (pid %s): %s",
                         work.name, job.id, pid, outcome)

    def _load_engines(self, count):
        rows = self.store.load_engines()
        for seq in range(len(rows) + 1, count + 1):
            settings = {"Name": f"RENDER_{seq:04d}", "Enabled": "1", "Pools": "", "FailureCount": "0"}
            rows.append((str(uuid.uuid4()), settings, {}))
            self.store.save_engine(rows[-1][0], seq, settings, {})
        self.engines = [Engine(engine_id, seq, settings, products, seq <= count)
                        for seq, (engine_id, settings, products) in enumerate(rows, 1)]

    def save_engine(self, engine):
        self.store.save_engine(engine.id, engine.seq, engine.settings, engine.products)

    @contextlib.contextmanager
    def changing(self, jobs=(), engines=()):
        """A store transaction whose changes in memory (to ``jobs`` and ``engines``, jobs added, and those
        of ``jobs`` deleted) are undone when it fails, so a change is seen only once committed (the caller
        holds the lock). Cheap to enter: a job's finished work units cannot change in it, nor are work
        units taken from ``Job.works`` other than by replacing it (:meth:`rebuild_work`)."""
        last_seq = self._last_seq
        saved = [(job, dict(job.params), job.works, len(job.works), dict(job.open), list(job.pending),
                  job.work_seq, [(w, w.status, w.engine_id, w.failures) for w in job.open.values()]) for job in jobs]
        saved_engines = [(e, dict(e.settings), copy.deepcopy(e.products), e.work) for e in engines]
        try:
            with self.store.transaction():
                yield
        except BaseException:
            if self._last_seq != last_seq:  # jobs were added
                for job_id in [j.id for j in self.jobs.values() if j.seq > last_seq]:
                    del self.jobs[job_id]
                    self.runnable.pop(job_id, None)
                self._last_seq = last_seq
            for job, params, works, count, open_works, pending, work_seq, work_states in saved:
                self.jobs[job.id] = job
                job.params.clear()
                job.params.update(params)
                for work_id in list(itertools.islice(works, count, None)):  # made in the failed transaction
                    del works[work_id]
                job.works, job.open, job.pending, job.work_seq = works, open_works, pending, work_seq
                for work, status, engine_id, failures in work_states:
                    work.status, work.engine_id, work.failures = status, engine_id, failures
                self._track(job)
            for engine, settings, products, work in saved_engines:
                engine.settings.clear()
                engine.settings.update(settings)
                engine.products.clear()
                engine.products.update(products)
                engine.work = work
            raise

    # --- jobs --------------------------------------------------------------------------------

    def add_job(self, job_id, params, product):
        """Store a checked job and queue its frames (the caller holds a transaction)."""
        return self.add_jobs([(job_id, params, product)])[0]

    def add_jobs(self, checked):
        """Store checked jobs ``[(id, params, product)]`` and queue their frames, their rows written
        together (the caller holds a transaction); the jobs."""
        jobs, rows, queued = [], [], {}
        for job_id, params, product in checked:
            self._last_seq += 1
            job = Job(job_id, self._last_seq, params, product, self.indexes[product.type])
            now = self.now()  # its Created time, unless given, and that of its first log line
            if job.number("Created") == 0:
                params[job.key("Created")] = now
            self.jobs[job_id] = job
            self._track(job)
            count = self._queue_all(job, queued)
            jobs.append(job)
            rows.append((job_id, job.seq, params, now, f"submitted with {count} work units"))
        self.store.add_jobs(rows)
        return jobs

    @staticmethod
    def _queue_all(job, queued):
        """Queue all of the Range of a job no work unit was made for yet, not stored (a job without a
        ``pending`` row has all of it pending); the number of packets. ``queued`` keeps the segments of
        each (Range, PacketSize) text met in one request or load."""
        key = (job.value("Range"), job.value("PacketSize"))
        found = queued.get(key)
        if found is None:
            segments = _segments(frames.parse_range(key[0]), job)
            found = queued[key] = segments, sum(packet_count(segment) for segment in segments)
        job.pending = found[0]
        return found[1]

    def set_value(self, job, name, text):
        key = job.key(name)
        if text == "" and key in job.params:
            del job.params[key]
        elif text != "":
            job.params[key] = text
        if key == "Status":
            self._track(job)

    def _track(self, job):
        """Keep :attr:`runnable` up to date with the job's Status."""
        if job.status() in (states.JOB_QUEUED, states.JOB_ACTIVE) and job.id in self.jobs:
            self.runnable[job.id] = job
        else:
            self.runnable.pop(job.id, None)

    def save_job(self, job):
        self.store.save_job(job.id, job.params)

    def rebuild_work(self, job):
        """Queue and store the frames of Range no work unit runs or finished, to be cut into PacketSize
        packets."""
        kept = {i: w for i, w in job.works.items() if w.status in (states.WORK_STARTED, states.WORK_FINISHED)}
        for work_id in job.works:
            if work_id not in kept:
                self.store.delete_work(work_id)
        intervals = []
        for work in kept.values():
            start, end, step = work.packet
            intervals += [(start, end)] if step == 1 else [(f, f) for f in work.frames]
        todo = frames.parse_range(job.value("Range"))
        if intervals:
            todo = todo - FrameRange._from_intervals(intervals)
        job.works = kept
        job.open = {i: w for i, w in kept.items() if w.status == states.WORK_STARTED}
        job.pending = _segments(todo, job)
        self.store.save_pending(job.id, job.pending)

    def make_work(self, job, segment_index, packet_index):
        """Make the work unit of one packet of a pending segment (the caller holds a transaction)."""
        segment = job.pending[segment_index]
        packet = _packet(segment, packet_index)
        start, end, step, size = segment
        pieces = []
        if packet.start > start:
            pieces.append([start, packet.start - step, step, size])
        if packet.end < end:
            pieces.append([packet.end + step, end, step, size])
        job.pending = job.pending[:segment_index] + pieces + job.pending[segment_index + 1:]
        job.work_seq += 1
        work = Work(str(uuid.uuid4()), job.id, job.work_seq, packet)
        job.works[work.id] = work
        job.open[work.id] = work
        self.store.save_work(work)
        self.store.save_pending(job.id, job.pending)
        return work

    def delete_job(self, job, stop_work):
        for work in list(job.open.values()):
            if work.status == states.WORK_STARTED and stop_work:
                self.stop(work, "job deleted")
        del self.jobs[job.id]
        self.runnable.pop(job.id, None)
        self.store.delete_job(job.id)

    def refresh(self, job, events=False):
        """Recompute a job's Status from its work (the caller commits); with ``events`` (a run just
        ended) run JobFinishedEvt when the job has ended."""
        before = job.status()
        running = any(w.status == states.WORK_STARTED for w in job.open.values())
        if before == states.JOB_PAUSED:
            return
        limit = job.number("FailureLimit")
        if not job.open and not job.pending:
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
            self.log(job.id, f"job {states.JOB_NAMES[after]}")
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
            for work in list(job.open.values()):
                if work.status == states.WORK_STARTED:
                    self.stop(work, reason)

    def record_process(self, work, pid, token):
        """Record a work process before it may run (the caller holds the lock); False if it cannot be."""
        try:
            with self.store.transaction():
                self.store.save_process(work.id, pid, token)
        except Exception:  # e.g. the store closed as the master stops: the work does not run
            _log.exception("could not record the process of work %s", work.name)
            return False
        return True

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
        """Assign work to idle engines until ``stopping`` is set; between rounds it sleeps until
        :attr:`wake` is set (by a request, the end of a run, or the master closing)."""
        while not stopping.is_set():
            self.wake.clear()  # before the round: a change made during it wakes the next one
            retry = None
            with self.lock:
                try:
                    self.dispatch()
                except Exception:  # keep dispatching (again in a second); the log has the traceback
                    _log.exception("dispatch failed")
                    retry = 1.0
            self.wake.wait(retry)

    def dispatch(self):
        idle = [e for e in self.engines if e.online and e.enabled() and e.work is None]
        if not idle:
            return
        ready = sorted(self.runnable.values(), key=lambda j: (-j.number("Priority"), j.seq))
        for engine in idle:
            for job in ready:
                choice = self.next_work(job, engine)
                if choice is not None:
                    with self.changing([job], [engine]):
                        work = self.take(job, choice)
                        self.start(job, work, engine)
                    try:
                        engines.start_work(self, job, work, engine)
                    except Exception as err:  # no thread to run it (out of threads): the engine is free again
                        _log.exception("work %s could not be started", work.name)
                        self.finish(work, engine, states.WORK_FAILED, f"the engine could not start it: {err!r}")
                    break

    def blockers(self, job, engine=None):
        """Why no work of ``job`` can start now, as readable lines (empty: some work can start)."""
        if job.status() not in (states.JOB_QUEUED, states.JOB_ACTIVE):
            return [f"job is {states.JOB_NAMES.get(job.status(), job.status())}"]
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
                    reasons.append(f"{engine.name} is not in pool {pool[1]!r}")
        if engine is not None and engine.product_setting(str(job.product.type), "Enabled", "1").lower() in _FALSE:
            reasons.append(f"{engine.name} has product {job.product.name} disabled")
        limit = job.number("UsageLimit")
        if limit and sum(w.status == states.WORK_STARTED for w in job.open.values()) >= limit:
            reasons.append(f"UsageLimit {limit} reached")
        failures = job.number("FailureLimit")
        if failures > 0 and job.number("FailureCount") >= failures:
            reasons.append(f"FailureLimit {failures} reached")
        if job.flag("WaitForWholeJob"):
            for parent_id in job.parents():
                parent = self.jobs.get(parent_id)
                if parent is not None and parent.status() != states.JOB_COMPLETE:
                    reasons.append(f"waiting for the whole of job {parent_id}")
        if not job.pending and not any(w.status == states.WORK_QUEUED for w in job.open.values()):
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

    def _blocked(self, job):
        """The unfinished frames of the parents a job waits on frame by frame (empty: none)."""
        if job.flag("WaitForWholeJob"):
            return []
        parents = [self.jobs.get(parent_id) for parent_id in job.parents()]
        return [_Blocked(parent.unfinished()) for parent in parents if parent is not None and parent is not job]

    def next_work(self, job, engine):
        """What ``engine`` should run next of ``job``: a Work (queued again after a stop or failure), or
        ``(segment index, packet index)`` of a pending packet (:meth:`take` makes its work unit), or None.
        Forward takes the lowest frames ready, Reverse the highest, Random a random packet (the first
        ready one from there on)."""
        if self.blockers(job, engine):
            return None
        blocked = self._blocked(job)
        queued = sorted((w for w in job.open.values() if w.status == states.WORK_QUEUED and
                         _blocker(w.packet, blocked) is None), key=lambda w: w.packet)
        mode = job.value("DistributeMode").strip().lower()
        if mode in ("2", "random"):
            total = len(queued) + job.packets_pending()
            pick = random.randrange(total) if total else 0
            if pick < len(queued):
                return queued[pick]
            return self._free_packet(job, blocked, False, pick - len(queued)) or (queued[0] if queued else None)
        reverse = mode in ("1", "reverse")
        found = self._free_packet(job, blocked, reverse)
        ready = (queued[-1] if reverse else queued[0]) if queued else None
        if ready is not None and (found is None or
                                  (ready.packet > _packet(job.pending[found[0]], found[1])) == reverse):
            return ready
        return found

    def take(self, job, choice):
        """The Work of a :meth:`next_work` choice, made if it is a pending packet (the caller holds a
        transaction)."""
        return choice if isinstance(choice, Work) else self.make_work(job, *choice)

    def _free_packet(self, job, blocked, reverse, skip=0):
        """``(segment index, packet index)`` of the first pending packet no blocked span holds, in frame
        order (from the end with ``reverse``); with ``skip`` the search starts that many packets in and
        wraps round. None when every pending packet waits."""
        order = list(range(len(job.pending)))
        if reverse:
            order.reverse()
        begin = offset = 0
        for position, i in enumerate(order):
            count = packet_count(job.pending[i])
            if skip < count:
                begin, offset = position, skip
                break
            skip -= count
        attempts = [(order[begin], offset)] if order else []
        attempts += [(i, 0) for i in order[begin + 1:] + order[:begin]]
        if offset:
            attempts.append((order[begin], 0))
        for i, offset in attempts:
            segment = job.pending[i]
            index = _first_free(segment, blocked, packet_count(segment) - 1 - offset if reverse else offset, reverse)
            if index is not None:
                return i, index
        return None

    def start(self, job, work, engine):
        work.status, work.engine_id, work.stop_reason = states.WORK_STARTED, engine.id, None
        work.started_at, work.cpu_seconds = time.monotonic(), None
        engine.work = work
        self.store.save_work(work)
        self._history(job, work, states.WORK_STARTED, f"started on {engine.name}")
        self.log(job.id, f"sent {work.name} to {engine.name}")
        self.log(engine.id, "took {} of job {} ({})".format(work.name, job.id, job.value("Name")))
        if job.number("Started") == 0:
            self.set_value(job, "Started", self.now())
            self.event(job.id, "JobStartedEvt", job.value("JobStartedEvt"), job.variables())
        self.refresh(job)
        self.save_job(job)

    def work_variables(self, job, work, engine, note=None):
        """Variables of a work unit: the job's, the SubRange, and for engine events (``note`` given) the
        work's own ``ID``, ``Parent`` (job ID) and ``Note``."""
        values = job.variables()
        values.update(lowered({"Engine": engine.name, "EngineID": engine.id, "SubRange.Start": work.frames[0],
                               "SubRange.End": work.frames[-1], "SubRange": work.name}))
        if note is not None:
            values.update(lowered({"ID": work.id, "Parent": job.id, "Note": note}))
        if work.started_at is not None:  # seconds since the work started, as the manual's variable
            values.update(lowered({"ElapsedRealTime": f"{time.monotonic() - work.started_at:.3f}"}))
        if work.cpu_seconds is not None:
            values.update(lowered({"ElapsedProcessTime": f"{work.cpu_seconds:.3f}"}))
        return values

    def finish(self, work, engine, status, note):
        """Record the end of a run (called by the runner thread); requeue stopped or failed work. When
        the store cannot record it (a full disk), the engine is idle all the same and the work queued
        again in memory, as a restart would find it."""
        with self.lock:
            job = self.jobs.get(work.job_id)
            if job is not None and job.works.get(work.id) is not work:
                job = None
            try:
                with self.changing([job] if job else [], [engine]):
                    self._finish(job, work, engine, status, note)
            except (sqlite3.Error, OSError) as err:
                _log.error("could not record the end of work %s (%s): %s", work.name, note, err)
                if job is not None:
                    work.status, work.engine_id = states.WORK_QUEUED, ""
            engine.work = None
            work.process = None
        self.wake.set()

    def _finish(self, job, work, engine, status, note):
        engine.work = None
        self.store.delete_process(work.id)
        if job is None:
            self.log(engine.id, f"finished {work.name} of a deleted job")
            return
        self._history(job, work, status, note)
        if status == states.WORK_FINISHED:
            work.status = states.WORK_FINISHED
            job.open.pop(work.id, None)
        else:
            work.status, work.engine_id = states.WORK_QUEUED, ""
        if status == states.WORK_FAILED:
            work.failures += 1
            self.set_value(job, "FailureCount", str(job.number("FailureCount") + 1))
            self.set_value(job, "LastError", note)
            engine.settings["FailureCount"] = str(int(engine.setting("FailureCount", "0") or 0) + 1)
            self.save_engine(engine)
        self.store.save_work(work)
        self.log(engine.id, f"{work.name} of job {job.id}: {note}")
        self.save_job(job)
        self.refresh(job, events=True)
        if work.stop_reason != SHUTDOWN:  # a master stopping is no failure of the work
            event = "WorkFinishedSuccessfulEvt" if status == states.WORK_FINISHED else \
                "WorkFinishedUnsuccessfulEvt"
            self.event(engine.id, event, engine.setting(event), self.work_variables(job, work, engine, note))

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
                raise FarmError(2, f"Regex {pattern!r} is not a valid regular expression: {err}") from None
            found += [e for e in self.engines if regex.fullmatch(e.name)]
        return [e for i, e in enumerate(found) if e not in found[:i]]
