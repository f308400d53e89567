"""The tool side of the CLI contract: each verb of ``_contract.VERBS`` applied to the farm.

:func:`handle` takes what a tool sends (its name, argv and the content of any ``-FromFile``) and
returns ``(exit code, stdout, stderr)``, parsing with ``_contract.parse`` and printing with the
contract's writers, so both sides share one definition.
"""

import contextlib
import logging
import sqlite3
import uuid
from pathlib import Path

from .. import _contract, _records
from ..errors import _cut
from ..frames import parse_range
from .._query import matches
from .._rtime import extract_datetime
from .._types import find_value
from ..values import find_key
from . import states
from .farm import CANONICAL_ID, MANAGED, FarmError, canonical_id
from .store import WHOLE_SYSTEM
from .substitution import resolve

_log = logging.getLogger(__name__)


#: The most characters one job or engine value may hold (``serve --max-value``).
MAX_VALUE = 1 << 20
#: The most characters of an error message (a refused value is shown shortened).
MAX_MESSAGE = 1000


def _shorten(text, size=80):
    return text if len(text) <= size else text[:size - 3] + "..."


def _short_repr(text, size=200):
    """``repr`` of a value, cut to about ``size`` characters with its length said."""
    if len(text) <= size:
        return repr(text)
    return f"{text[:size]!r}... ({len(text):,} characters)"


_BOOL_TEXT = ("1", "0", "true", "false", "yes", "no", "on", "off", "")
_READ_ONLY_UPDATE = ("id", "type", "created")
#: Names a submitted job's values are not stored under (the master keeps these itself).
_NOT_STORED = frozenset((*MANAGED, "Type"))
#: Verbs that change nothing, so answering them does not wake the dispatcher.
_READS = {("job", "list"), ("job", "history"), ("job", "dispatchlog"), ("engine", "list"), ("engine", "dispatchlog"),
          ("engine", "downloadfile"), ("poolmanager", "list"), ("configuremaster", "masterid"),
          ("configuremaster", "productinfo"), ("configuremaster", "pathtranslations")}


def _candidates(query, jobs):
    """The jobs a checked query may match (``{id: Job}``): by ID where it asks ``ID = x``, else all."""
    if query[0] in ("any", "?"):
        parts = [_candidates(part, jobs) for part in query[1:]]
        if any(part is jobs for part in parts):
            return jobs
        return {job_id: job for part in parts for job_id, job in part.items()}
    if isinstance(query[0], str):
        name, operator, value = query
        if name.lower() == "id" and operator == "=":
            job = jobs.get(canonical_id(value))
            return {job.id: job} if job is not None else {}
        return jobs
    return min((_candidates(part, jobs) for part in query), key=len)


class _Variables:
    """A job's substitution variables (``Job.variables``) looked up one at a time, for queries."""

    def __init__(self, job):
        self.job = job

    def __contains__(self, key):
        return key in ("id", "product") or key in self.job.index.names or \
            any(name.lower() == key for name in self.job.params)

    def __getitem__(self, key):
        if key == "id":
            return self.job.id
        if key == "product":
            return self.job.product.name
        return self.job.value(key)


class _Where:
    """Where a job is in a request, ``jobs[i] ('name')``, as an error message says it (made only then)."""

    def __init__(self, position, values):
        self.position, self.values = position, values

    def __str__(self):
        return "jobs[{}] ({})".format(self.position, _short_repr(self.values.get("Name", ""), 100))


class Master:
    """Handles tool requests against a :class:`~.farm.Farm`; SuperExit sets :attr:`exit_requested`."""

    def __init__(self, farm, max_value=MAX_VALUE):
        self.farm = farm
        self.max_value = max_value
        self.exit_requested = False

    def handle(self, tool, args, files):
        """Run one tool request; return ``(code, stdout, stderr)``."""
        try:
            call = _contract.parse(tool, args)
        except ValueError as err:
            return 2, "", f"{tool}: {err}\n"
        lock = self.farm.lock
        if tool.lower() == "submit":  # checks its jobs before it takes the lock, to add them
            method = self._submit_file if not call.row.verb else self._submit_product
            lock = contextlib.nullcontext()
        else:
            method = getattr(self, f"_{tool.lower()}_{call.verb.lower()}", None)
        if method is None:
            return 2, "", f"{tool}: verb {call.verb!r} is in the contract but not served here\n"
        label = " ".join(filter(None, (tool, call.verb)))
        try:
            with lock:
                out = method(call, files) or ""
        except FarmError as err:
            return err.code, "", f"{label}: {_cut(str(err), MAX_MESSAGE)}\n"
        except ValueError as err:
            return 1, "", f"{label}: {_cut(str(err), MAX_MESSAGE)}\n"
        except (sqlite3.Error, OSError) as err:  # a full disk, say: the change was undone (Farm.changing)
            _log.error("%s could not be saved: %s", label, err)
            return 1, "", f"{label}: the master could not save the change, so nothing was changed: {err}\n"
        if (tool.lower(), call.verb.lower()) not in _READS:
            self.farm.wake.set()
        return 0, out, ""

    # --- Submit ------------------------------------------------------------------------------

    def _submit_file(self, call, files):
        path = dict(call.options).get("FromFile")
        if path is None:
            raise FarmError(2, "give -FromFile FILE or a product name")
        if path not in files:
            raise FarmError(2, f"the content of {path} was not sent")
        text = files[path]
        plain = text.isascii() and "\r" not in text  # then every value can be written on a record line
        return self._submit([values for _, values in _records.loads(text)], "paused" in call.switches, plain)

    def _submit_product(self, call, files):
        """``Submit Script -Type <product> -Name value ...`` (``Submit <product> ...`` read too; no -Type is
        Generic Script). An ``-ID`` of an existing job changes that job, as public scripts do."""
        values = {"Type": "Generic Script" if call.row.verb == "Script" else call.verb}
        for name, value in call.options:
            values[name] = value
        job_id = find_value(values, "ID", "").strip()
        if _contract.is_uuid(job_id):
            with self.farm.lock:
                job = self.farm.jobs.get(str(uuid.UUID(job_id)))
                if job is not None:
                    return self._resubmit(job, values, "paused" in call.switches)
        return self._submit([values], "paused" in call.switches)

    def _resubmit(self, job, values, paused):
        """Change ``job`` (the caller holds the farm's lock) to the values given, each checked before any
        changes; Job ID is printed as for a new job."""
        if self.farm.product(find_value(values, "Type")) is not job.product:
            raise FarmError(1, f"job {job.id} is a {job.product.name} job; its Type cannot change")
        changes = [(k, v) for k, v in values.items() if k.lower() not in ("id", "type")]
        if paused:
            changes.append(("Status", str(states.JOB_PAUSED)))
        for name, value in changes:
            self._check_update(job, name, value)
        with self.farm.store.transaction():
            for name, value in changes:
                self._update(job, name, value)
            self.farm.save_job(job)
        return _contract.write_job_ids([(job.value("Name"), job.id)])

    def _submit(self, records, paused, plain=False):
        """Check every job (without the farm's lock: a big Range is parsed while others are answered),
        then add them all in one transaction. ``plain``: every value is known to be ASCII without line
        breaks, so only its length is checked."""
        valid = set()  # (id of a Parameter, text) found valid in this request: each checked once
        ids, params, products = [], [], []  # kept apart, not as a tuple per job for the collector to follow
        for position, values in enumerate(records):
            job_id, job_params, product = self._check_job(position, values, paused, valid, plain)
            ids.append(job_id)
            params.append(job_params)
            products.append(product)
        if len(set(ids)) < len(ids):
            self._refuse_taken(ids, set())
        with self.farm.lock:
            if not self.farm.jobs.keys().isdisjoint(ids):
                self._refuse_taken(ids, self.farm.jobs)
            with self.farm.changing():
                jobs = self.farm.add_jobs(zip(ids, params, products))
            return _contract.write_job_ids([(job.value("Name"), job.id) for job in jobs])

    @staticmethod
    def _refuse_taken(ids, taken):
        """Refuse the first of ``ids`` in ``taken`` or given before in ``ids``."""
        seen = set(taken)
        for index, job_id in enumerate(ids):
            if job_id in seen:
                raise FarmError(1, f"jobs[{index}] ID: job {job_id} already exists")
            seen.add(job_id)

    def _check_job(self, position, values, paused, valid, plain):
        where = _Where(position, values)
        kind = find_value(values, "Type", "")
        if not kind:
            raise FarmError(1, f"{where}: no Type")
        index = self.farm.product_index(kind)
        product, checks, max_value = index.product, index.checks, self.max_value
        params = {"Type": index.type}
        for key, value in values.items():
            name, parameter, shape = checks.get(key) or index.check(key)
            if name in _NOT_STORED:
                continue
            if name in params:
                raise FarmError(1, f"{where}: {name} is given twice (names ignore case)")
            if not plain or len(value) > max_value:
                self._check_text(where, name, value)
            if parameter is not None and not (shape and shape.fullmatch(value)) and (id(parameter), value) not in valid:
                self._check_value(where, parameter, value, product)
                valid.add((id(parameter), value))
            params[name] = value
        job_id = params.pop("ID", "") or str(uuid.uuid4())
        if not CANONICAL_ID.fullmatch(job_id):
            try:
                job_id = str(uuid.UUID(job_id))
            except ValueError:
                raise FarmError(1, f"{where}: ID {_short_repr(job_id)} is not a valid UUID") from None
        if "WaitForJobID" in params:
            self._check_parents(where, job_id, params["WaitForJobID"])
        if not all(map(params.get, index.required)):
            raise FarmError(1, "{}: missing required parameters of {}: {}".format(
                where, product.name, ", ".join(name for name in index.required if not params.get(name))))
        if paused or find_value(values, "Status", "").strip() == str(states.JOB_PAUSED):
            params["Status"] = str(states.JOB_PAUSED)
        return job_id, params, product

    def _check_text(self, where, name, value):
        """Refuse a value longer than ``serve --max-value`` or one a job file cannot hold."""
        self._check_size(where, name, value)
        _records.check_value(name, value)

    def _check_size(self, where, name, value):
        if len(value) > self.max_value:
            raise FarmError(2, f"{where}: {name}: {len(value):,} characters, more than the {self.max_value:,} "
                               "this master takes in one value (serve --max-value)")

    @staticmethod
    def _check_parents(where, job_id, text):
        if text and job_id in [canonical_id(p) for p in text.split(",")]:
            raise FarmError(1, f"{where}: WaitForJobID: job {job_id} cannot wait on itself")

    def _check_value(self, where, parameter, text, product):
        """Raise FarmError naming the field and value when ``text`` is not a valid value of ``parameter``;
        a Range past ``serve --max-frames`` is refused with exit code 2."""
        kind = parameter.type.lower()
        try:
            if kind == "range":
                count = len(parse_range(text, self.farm.max_frames))
                if count > self.farm.max_frames:
                    raise FarmError(2, f"{where}: {parameter.name}: {_shorten(text)!r} holds {count:,} frames, "
                                       f"more than the {self.farm.max_frames:,} this master takes in one job "
                                       "(serve --max-frames)")
            elif kind == "bool" and text.strip().lower() not in _BOOL_TEXT:
                raise ValueError(f"{parameter.name}: {_short_repr(text)} is not a boolean (1/0)")
            elif text != "":
                self.farm.indexes[product.type].round_trip(parameter, text)
        except ValueError as err:
            message = str(err) if str(err).startswith(parameter.name + ":") else (
                f"{parameter.name}: {_short_repr(text)} is not a valid {parameter.type} ({_shorten(str(err), 300)})")
            raise FarmError(2, f"{where}: {message}") from None

    # --- Job ---------------------------------------------------------------------------------

    def _jobs(self, call):
        if not call.targets:
            raise FarmError(2, "give the IDs of the jobs")
        return [self.farm.job(target) for target in call.targets]

    def _job_list(self, call, files):
        text = dict(call.options).get("Query")
        try:
            query = _contract.read_query_text(text) if text else None
        except ValueError as err:
            raise FarmError(2, f"-Query {_shorten(text)!r}: {err}") from None
        if query is not None:
            query = self._canonical_types(query)
        records = []
        wanted = self.farm.jobs if query is None else _candidates(query, self.farm.jobs)
        for job in sorted(wanted.values(), key=lambda j: j.seq):
            if query is not None:
                variables = _Variables(job)
                if not matches(query, lambda name, variables=variables: resolve(name, variables)):
                    continue
            records.append((job.id, job.stored()))
        return _records.dumps(records)

    def _canonical_types(self, query):
        """Conditions on Type compare product IDs, so ``Type = Maya`` matches by name, alias or ID."""
        if query[0] in ("any", "?"):
            return [query[0]] + [self._canonical_types(q) for q in query[1:]]
        if not isinstance(query[0], str):
            return [self._canonical_types(q) for q in query]
        name, operator, value = query
        if name.lower() == "type" and operator in ("=", "!=", ":", "!:", "contains"):
            try:
                return [name, operator, str(self.farm.product(value).type)]
            except FarmError:
                return query
        return query

    def _job_update(self, call, files):
        jobs = self._jobs(call)
        if not call.options:
            raise FarmError(2, "give the parameter to change as -Name value")
        for job in jobs:  # every value is checked before any job changes
            for name, value in call.options:
                self._check_update(job, name, value)
        with self.farm.changing(jobs):
            for job in jobs:
                for name, value in call.options:
                    self._update(job, name, value)
                self.farm.save_job(job)

    def _check_update(self, job, name, value):
        if name.lower() in _READ_ONLY_UPDATE:
            raise FarmError(1, f"{name} of job {job.id} cannot be changed")
        where = f"job {job.id}"
        self._check_text(where, name, value)
        parameter = job.index.parameters.get(name.lower())
        if parameter is not None:
            self._check_value(where, parameter, value, job.product)
            if parameter.name == "WaitForJobID":
                self._check_parents(where, job.id, value)

    def _update(self, job, name, value):
        if name.lower() == "status":
            if value.strip() == str(states.JOB_PAUSED):
                self.farm.pause(job, False)
            else:
                self.farm.resume(job)
            return
        self.farm.set_value(job, name, value)
        if name.lower() in ("range", "packetsize"):
            self.farm.rebuild_work(job)
            self.farm.refresh(job)

    def _job_pause(self, call, files):
        jobs = self._jobs(call)
        with self.farm.changing(jobs):
            for job in jobs:
                self.farm.pause(job, False)
        if "stopwork" in call.switches:  # once the pause is committed
            self.farm.stop_jobs(jobs, "job paused")

    def _job_resume(self, call, files):
        jobs = self._jobs(call)
        with self.farm.changing(jobs):
            for job in jobs:
                self.farm.resume(job)

    def _job_delete(self, call, files):
        jobs = self._jobs(call)
        with self.farm.changing(jobs):
            for job in jobs:
                self.farm.delete_job(job, False)
        if "stopwork" in call.switches:  # once the deletion is committed
            self.farm.stop_jobs(jobs, "job deleted")

    def _job_preempt(self, call, files):
        self.farm.stop_jobs(self._jobs(call), "preempted")

    def _job_usurp(self, call, files):
        jobs = self._jobs(call)
        minimum = dict(call.options).get("MinimumPriority")
        try:
            floor = int(minimum) if minimum is not None else min(j.number("Priority") for j in jobs)
        except ValueError:
            raise FarmError(2, f"MinimumPriority: {minimum!r} is not an integer") from None
        ids = {j.id for j in jobs}
        others = [j for j in self.farm.jobs.values() if j.id not in ids and j.number("Priority") < floor]
        self.farm.stop_jobs(others, f"usurped by priority {floor}")

    def _job_resetfailures(self, call, files):
        jobs = self._jobs(call)
        with self.farm.changing(jobs):
            for job in jobs:
                self.farm.reset_failures(job)

    def _job_history(self, call, files):
        history = {job.id: [_contract.history_item(*row) for row in self.farm.store.history(job.id)]
                   for job in self._jobs(call)}
        return _contract.write_json(history)

    def _job_dispatchlog(self, call, files):
        return _contract.write_json({job.id: self._report(job.id, self.farm.why_waiting(job))
                                     for job in self._jobs(call)})

    def _report(self, owner, now_lines):
        lines = ["{} {}".format(extract_datetime(t).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], text)
                 for t, text in self.farm.store.log_text(owner)]
        return "\n".join([*lines, "now: " + ("; ".join(now_lines) or "ready")])

    # --- Engine ------------------------------------------------------------------------------

    def _engines(self, call):
        patterns = [value for name, value in call.options if name.lower() == "regex"]
        return self.farm.engine_matches(call.targets, patterns)

    def _engine_list(self, call, files):
        return _records.dumps([(e.id, _contract.engine_values(e.record(), e.products)) for e in self._engines(call)])

    def _set_engines(self, engines, changes):
        for key, value in changes:
            self._check_size("engine setting", key, value)
        with self.farm.changing(engines=engines):
            for engine in engines:
                for key, value in changes:
                    product_setting = _contract.split_product_setting(key)
                    if product_setting:
                        product_id, name = product_setting
                        engine.products.setdefault(product_id, {})[name] = value
                    elif key.lower() in ("id", "status", "currentwork"):
                        raise FarmError(1, f"engine setting {key} cannot be set")
                    else:
                        existing = find_key(engine.settings, key) or key
                        engine.settings[existing] = value
                self.farm.save_engine(engine)

    def _engine_enable(self, call, files):
        self._set_engines(self._engines(call), [("Enabled", "1")])

    def _engine_disable(self, call, files):
        engines = self._engines(call)
        self._set_engines(engines, [("Enabled", "0")])
        if "stopwork" in call.switches:
            for engine in engines:
                if engine.work is not None:
                    self.farm.stop(engine.work, f"engine {engine.name} disabled")

    def _engine_set(self, call, files):
        changes = [(n, v) for n, v in call.options if n.lower() != "regex"]
        if not changes:
            raise FarmError(2, "give settings as -Name value or -<product uuid>.Name value")
        self._set_engines(self._engines(call), changes)

    def _product_change(self, call, enabled):
        product = dict(call.options).get("Product")
        if not product:
            raise FarmError(2, "give the product as -Product name")
        product_id = str(self.farm.product(product).type)
        self._set_engines(self._engines(call), [(product_id + ".Enabled", enabled)])

    def _engine_enableproduct(self, call, files):
        self._product_change(call, "1")

    def _engine_disableproduct(self, call, files):
        self._product_change(call, "0")

    def _engine_resetfailures(self, call, files):
        self._set_engines(self._engines(call), [("FailureCount", "0")])

    def _engine_dispatchlog(self, call, files):
        return _contract.write_json({e.id: self._report(e.id, [] if e.work else ["idle" if e.enabled() else
                                                                               "disabled"])
                                     for e in self._engines(call)})

    def _engine_downloadfile(self, call, files):
        if len(call.targets) != 1:
            raise FarmError(2, "give one engine")
        self.farm.engine_matches(call.targets, [])
        name = dict(call.options).get("File", "")
        # what an engine here shares: its work logs (by work ID) and files under <data>/shared
        shared = Path(self.farm.data).resolve() / "shared"
        path = Path(self.farm.data) / "logs" / (name + ".log") if _contract.is_uuid(name) else Path(name).resolve()
        if not _contract.is_uuid(name) and shared not in path.parents:
            raise FarmError(4, f"file {name!r} is not shared by engine {call.targets[0]} "
                               f"(only work logs and files under {shared} are)")
        if not path.is_file():
            raise FarmError(4, f"file {name!r} not found on engine {call.targets[0]}")
        return path.read_bytes().decode("utf-8", "replace")

    def _engine_downloadlog(self, call, files):
        return self._work_log(call, 0)

    def _engine_followlog(self, call, files):
        return self._work_log(call, self._offset(call))

    def _engine_followfile(self, call, files):
        text = self._engine_downloadfile(call, files)
        return text.encode("utf-8")[self._offset(call):].decode("utf-8", "replace")

    def _work_log(self, call, offset):
        """The log of the work unit ``-Work`` names, from byte ``offset``."""
        if len(call.targets) != 1:
            raise FarmError(2, "give one engine")
        self.farm.engine_matches(call.targets, [])
        work_id = dict(call.options).get("Work", "")
        if not _contract.is_uuid(work_id):
            raise FarmError(2, f"-Work {work_id!r} is not a work ID")
        path = Path(self.farm.data) / "logs" / (str(uuid.UUID(work_id)) + ".log")
        if not path.is_file():
            raise FarmError(4, f"no log of work {work_id} on engine {call.targets[0]}")
        return path.read_bytes()[offset:].decode("utf-8", "replace")

    @staticmethod
    def _offset(call):
        text = dict(call.options).get("Offset", "0").strip()
        if not text.isdigit():
            raise FarmError(2, f"-Offset {text!r} is not a byte offset (0 or more)")
        return int(text)

    # --- PoolManager -------------------------------------------------------------------------

    def _poolmanager_list(self, call, files):
        names_only = [t.lower() for t in call.targets] == ["name"]
        if call.targets and not names_only:
            raise FarmError(2, "List takes no target or 'Name', not {}".format(" ".join(call.targets)))
        return _contract.write_pools(self.farm.pools(), names_only)

    def _poolmanager_create(self, call, files):
        if not call.targets:
            raise FarmError(2, "give the names of the pools to create")
        existing = {name.lower() for _, name in self.farm.pools()}
        for index, name in enumerate(call.targets):
            if _contract.field_error("pool name", name):
                raise FarmError(1, _contract.field_error("pool name", name))
            if not name.strip() or name.lower() in existing or name.lower() in \
                    [n.lower() for n in call.targets[:index]]:
                raise FarmError(1, f"pool name {name!r} is empty or already taken")
        with self.farm.store.transaction():
            return _contract.write_pools([self.farm.store.add_pool(name) for name in call.targets])

    def _poolmanager_delete(self, call, files):
        pools = [self.farm.pool(target) for target in call.targets]
        if any(name == WHOLE_SYSTEM for _, name in pools):
            raise FarmError(1, f"the {WHOLE_SYSTEM!r} pool cannot be deleted")
        with self.farm.store.transaction():
            for pool_id, _ in pools:
                self.farm.store.db.execute("DELETE FROM pools WHERE id = ?", (pool_id,))

    def _poolmanager_rename(self, call, files):
        if len(call.targets) != 2:
            raise FarmError(2, "Rename takes the pool and its new name")
        pool_id, name = self.farm.pool(call.targets[0])
        new = call.targets[1]
        if _contract.field_error("pool name", new):
            raise FarmError(1, _contract.field_error("pool name", new))
        if name == WHOLE_SYSTEM or not new.strip() or any(
                n.lower() == new.lower() and i != pool_id for i, n in self.farm.pools()):
            raise FarmError(1, f"pool {name!r} cannot be renamed to {new!r}")
        with self.farm.store.transaction():
            self.farm.store.db.execute("UPDATE pools SET name = ? WHERE id = ?", (new, pool_id))
        return _contract.write_pools([(pool_id, new)])

    # --- ConfigureMaster ---------------------------------------------------------------------

    def _configuremaster_masterid(self, call, files):
        return self.farm.master_id + "\n"

    def _configuremaster_productinfo(self, call, files):
        if call.targets:
            wanted = self.farm.product(call.targets[0]).type
            return _contract.write_json(next(p for p in self.farm.product_dicts if p["Type"] == str(wanted)))
        return _contract.write_json(self.farm.product_dicts)

    def _configuremaster_pathtranslations(self, call, files):
        return _contract.write_translations(self.farm.store.translations())

    def _configuremaster_addpathtranslations(self, call, files):
        roots = call.targets
        if not roots or len(roots) % 3:
            raise FarmError(2, f"give roots in groups of three (windows linux mac), found {len(roots)}")
        problem = next(filter(None, (_contract.field_error("root", root) for root in roots)), None)
        if problem:
            raise FarmError(1, problem)
        with self.farm.store.transaction():
            for index in range(0, len(roots), 3):
                self.farm.store.db.execute("INSERT INTO translations (windows, linux, mac) VALUES (?, ?, ?)",
                                           tuple(roots[index:index + 3]))

    def _configuremaster_removepathtranslations(self, call, files):
        roots = [r for r in call.targets if r]
        if not roots:
            raise FarmError(2, "give the roots to remove")
        with self.farm.store.transaction():
            for root in roots:
                self.farm.store.db.execute("DELETE FROM translations WHERE ? IN (windows, linux, mac)", (root,))

    def _configuremaster_superexit(self, call, files):
        self.exit_requested = True

