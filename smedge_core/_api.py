"""The reference's methods for jobs, engines, pools and the master: thin calls into ``_process``."""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, TypeVar, Union
from uuid import UUID

from . import _contract, _kept, _process, jobfile
from ._products import _plans, _refuse_bytes, find_parameter, pythonize_job, to_text
from ._query import ids_to_query, value_text
from ._rtime import extract_datetime
from ._types import (AnyPoolType, EngineType, HistoryElement, JobHistoryType, JobType, NameOrID, NameOrIDList,
                     PathTranslation, Pool, RegexList, TranslationListType)
from .errors import MasterUnreachableError, SmedgeComponentError, SubmissionError

_T = TypeVar("_T")
_V = TypeVar("_V")


def _as_list(value: Any) -> List[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _some(items: List[_T], what: str) -> List[_T]:
    """``items``, or ValueError when there are none (a tool call with nothing to act on)."""
    if not items:
        raise ValueError(f"no {what} given")
    return items


def _job_ids(jobs: NameOrIDList) -> List[str]:
    """A job ID or list of them as UUID strings; ValueError names a bad one."""
    ids = []
    for item in _as_list(jobs):
        try:
            ids.append(str(item if isinstance(item, UUID) else UUID(str(item))))
        except ValueError:
            raise ValueError(f"job ID {item!r} is not a valid UUID") from None
    return _some(ids, "job IDs")


def _engine_selection(engines: Optional[NameOrIDList],
                      regex: Optional[RegexList]) -> Tuple[List[str], List[Tuple[str, str]]]:
    """Targets and ``-Regex`` options for the engine verbs; nothing selects the local engine."""
    targets = [str(e) for e in _as_list(engines)] if engines is not None else []
    patterns = _as_list(regex) if regex is not None else []
    for pattern in patterns:
        if not isinstance(pattern, str):
            raise TypeError(f"regex must be a str or a list of str, found {pattern!r}")
    return targets, [("Regex", p) for p in patterns]


def _by_id(mapping: Mapping[str, _V]) -> Dict[UUID, _V]:
    return {UUID(key): value for key, value in mapping.items()}


# --- jobs ------------------------------------------------------------------------------------

def submit_jobs(jobs: Union[JobType, List[JobType]], paused: bool = False) -> List[UUID]:
    """Submit one or more jobs in one Submit call; return their IDs in input order.

    The job file is written under ``~/.smedge-submit/jobs`` and removed on success; on failure it is kept
    there, named after the first job's scene and the time, and :class:`~smedge_core.errors.SubmissionError`
    names its path (``job_file``). Files a killed client left are removed first. Raises ValueError for
    invalid jobs (see ``jobfile.prepare``) or a bad ``SMEDGE_*`` setting, before any file is written.
    """
    ids, text = jobfile.render(jobs, paused)
    _process.check_environment()
    _kept.clean_orphans()
    path = _kept.write(text)
    try:
        returned = _process.read("Submit", "", options=[("FromFile", path)], switches=["Paused"] if paused else [])
        if returned != ids:
            raise SmedgeComponentError(f"Submit answered with job IDs {[str(i) for i in returned]} "
                                       f"for the jobs {[str(i) for i in ids]}", tool="Submit")
    except SmedgeComponentError as err:
        if isinstance(err, MasterUnreachableError) or err.returncode is None:
            # no answer in time, or an answer that does not match: the master may have taken the jobs
            advice = "the master may have taken the jobs: check them (Job List) before submitting the file again"
        else:
            advice = "submit it again with Submit -FromFile once the cause is fixed"
        path = _kept.keep(path, _as_list(jobs))
        raise SubmissionError(f"{err}; the job file is kept at {path} ({advice})", path, err) from err
    except BaseException:  # interrupted: nothing to keep
        os.remove(path)
        raise
    os.remove(path)
    return returned


def get_jobs(query: Optional[Union[str, UUID, List[Any]]] = None, get_all_parameters: bool = True) -> List[JobType]:
    """Get the jobs matching ``query`` (None: all jobs; a job ID; or a query list).

    With ``get_all_parameters`` each job is pythonized with its product's defaults; without it, only
    the values stored on the master, as text.
    """
    options: List[Tuple[str, str]] = []
    if isinstance(query, (UUID, str)):
        try:
            query = ids_to_query(query)
        except TypeError:
            raise ValueError(f"query {query!r} is neither a job ID nor a query list") from None
    if query is not None:
        options.append(("Query", _contract.query_text(query)))
    jobs = []
    for job_id, values in _process.read("Job", "List", options=options):
        job = {"ID": job_id}
        job.update(values)
        jobs.append(pythonize_job(job) if get_all_parameters else job)
    return jobs


def _encode_update(parameter: str, value: Any) -> str:
    _refuse_bytes(parameter, value)
    if parameter.lower() == "range":  # checked here too: frames.MAX_FRAMES bounds what a job may hold
        definition = next((d for d in (find_parameter(plan.product.parameters, parameter)
                                        for plan in _plans().values()) if d is not None), None)
        if definition is not None:
            return to_text(definition, value)
    if not isinstance(value, (list, tuple, dict)):
        return value_text(value)
    for plan in _plans().values():
        definition = find_parameter(plan.product.parameters, parameter)
        if definition is not None:
            return to_text(definition, value)
    raise ValueError(f"{parameter}: no product defines this parameter, so the list {value!r} cannot be written")


def update_jobs(jobs: NameOrIDList, parameter: str, value: Any) -> None:
    """Set one parameter to ``value`` on one or more jobs, in one call."""
    if not isinstance(parameter, str) or not parameter or parameter.startswith("-"):
        raise ValueError(f"parameter must be a parameter name, not {parameter!r}")
    _process.call("Job", "Update", _job_ids(jobs), [(parameter, _encode_update(parameter, value))])


def pause_jobs(jobs: NameOrIDList, stop_work: bool = False) -> None:
    """Pause jobs; ``stop_work`` also stops their running work."""
    _process.call("Job", "Pause", _job_ids(jobs), switches=["StopWork"] if stop_work else [])


def resume_jobs(jobs: NameOrIDList) -> None:
    """Resume paused jobs."""
    _process.call("Job", "Resume", _job_ids(jobs))


def delete_jobs(jobs: NameOrIDList, stop_work: bool = False) -> None:
    """Delete jobs (returns once the master has the request); ``stop_work`` aborts running work."""
    _process.call("Job", "Delete", _job_ids(jobs), switches=["StopWork"] if stop_work else [])


def preempt(jobs: NameOrIDList) -> None:
    """Stop all running work of the jobs without pausing them."""
    _process.call("Job", "Preempt", _job_ids(jobs))


def usurp(jobs: NameOrIDList, minimum_priority: Optional[int] = None) -> None:
    """Stop running work of lower priority than the jobs (or than ``minimum_priority``)."""
    options = []
    if minimum_priority is not None:
        if isinstance(minimum_priority, bool) or not isinstance(minimum_priority, int):
            raise ValueError(f"minimum_priority must be an int, not {minimum_priority!r}")
        options.append(("MinimumPriority", str(minimum_priority)))
    _process.call("Job", "Usurp", _job_ids(jobs), options)


def reset_job_failures(jobs: NameOrIDList) -> None:
    """Reset the failure counts of jobs."""
    _process.call("Job", "ResetFailures", _job_ids(jobs))


def get_job_history(jobs: NameOrIDList) -> Dict[UUID, JobHistoryType]:
    """The history of each job: ``{job UUID: [HistoryElement]}``."""
    history = _process.read("Job", "History", _job_ids(jobs))
    return {job_id: [HistoryElement(name, UUID(work_id), extract_datetime(str(time)), int(status),
                                    UUID(engine_id) if engine_id else None, note)
                     for name, work_id, time, status, engine_id, note in items]
            for job_id, items in history.items()}


def get_job_dispatch_log(jobs: NameOrIDList) -> Dict[UUID, str]:
    """The master's dispatch report for each job: ``{job UUID: str}``."""
    return _by_id(_process.read("Job", "DispatchLog", _job_ids(jobs)))


# --- engines ---------------------------------------------------------------------------------

def get_engines(engines: Optional[NameOrIDList] = None, regex: Optional[RegexList] = None) -> List[EngineType]:
    """Engine settings as dicts: str values, and per-product overrides keyed by the product UUID str."""
    targets, options = _engine_selection(engines, regex)
    return [dict({"ID": engine_id}, **_contract.read_engine_values(values))
            for engine_id, values in _process.read("Engine", "List", targets, options)]


def set_engines(settings: EngineType, engines: Optional[NameOrIDList] = None,
                regex: Optional[RegexList] = None) -> None:
    """Apply settings to engines: ``{name: value}``, or ``{product UUID: {name: value}}`` per product.

    A list value (``Pools``, say) is written comma-separated; Pools and UUIDs are written as their IDs.
    """
    if not isinstance(settings, dict):
        raise TypeError(f"settings must be a dict, not {settings!r}")
    pairs: List[Tuple[str, str]] = []
    for key, value in settings.items():
        if isinstance(value, dict):
            try:
                product = str(key if isinstance(key, UUID) else UUID(str(key)))
            except ValueError:
                raise ValueError(f"settings: {key!r} holds a dict, so it must be a product UUID") from None
            pairs += [(_contract.product_setting(product, name), value_text(v)) for name, v in value.items()]
        elif isinstance(value, (list, tuple)):
            items = [value_text(item) for item in value]
            if any("," in item for item in items):
                raise ValueError(f"settings: an item of {key} {value!r} holds a comma, the list separator")
            pairs.append((str(key), ",".join(items)))
        else:
            pairs.append((str(key), value_text(value)))
    targets, options = _engine_selection(engines, regex)
    _process.call("Engine", "Set", targets, options + pairs)


def enable_engines(engines: Optional[NameOrIDList] = None, regex: Optional[RegexList] = None) -> None:
    """Let engines run work."""
    _process.call("Engine", "Enable", *_engine_selection(engines, regex))


def disable_engines(engines: Optional[NameOrIDList] = None, regex: Optional[RegexList] = None,
                    stop_work: bool = False) -> None:
    """Stop engines taking work; ``stop_work`` also aborts what they run."""
    targets, options = _engine_selection(engines, regex)
    _process.call("Engine", "Disable", targets, options, ["StopWork"] if stop_work else [])


def enable_product(product: NameOrID, engines: Optional[NameOrIDList] = None,
                   regex: Optional[RegexList] = None) -> None:
    """Let engines run work of ``product`` (name, alias or ID)."""
    targets, options = _engine_selection(engines, regex)
    _process.call("Engine", "EnableProduct", targets, [("Product", str(product)), *options])


def disable_product(product: NameOrID, engines: Optional[NameOrIDList] = None,
                    regex: Optional[RegexList] = None) -> None:
    """Stop engines running work of ``product`` (name, alias or ID)."""
    targets, options = _engine_selection(engines, regex)
    _process.call("Engine", "DisableProduct", targets, [("Product", str(product)), *options])


def reset_engine_failures(engines: Optional[NameOrIDList] = None, regex: Optional[RegexList] = None) -> None:
    """Reset engine failure counts."""
    _process.call("Engine", "ResetFailures", *_engine_selection(engines, regex))


def get_engine_dispatch_log(engines: Optional[NameOrIDList] = None,
                            regex: Optional[RegexList] = None) -> Dict[UUID, str]:
    """The master's dispatch report for each engine: ``{engine UUID: str}``."""
    return _by_id(_process.read("Engine", "DispatchLog", *_engine_selection(engines, regex)))


def download_file(engine: NameOrID, file: NameOrID) -> str:
    """The whole content of a file an engine shares (by path or shared-file ID)."""
    return _process.read("Engine", "DownloadFile", [str(engine)], [("File", str(file))])


# --- pools -----------------------------------------------------------------------------------

def _pools(pairs: Iterable[Tuple[Optional[Union[str, UUID]], str]]) -> List[Pool]:
    return [Pool(pool_id, name) for pool_id, name in pairs]


def _check_pool_name(name: object, what: str = "a pool name") -> None:
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{what} must be a non-empty str, not {name!r}")
    problem = _contract.field_error(what, name)
    if problem:
        raise ValueError(problem)


def _pool_target(pool: object) -> str:
    if isinstance(pool, Pool):
        return str(pool)
    if isinstance(pool, (str, UUID)):
        return str(pool)
    raise TypeError(f"a pool is a str, UUID or Pool, not {pool!r}")


def get_pools() -> List[Pool]:
    """Every pool, as Pool objects."""
    return _pools(_process.read("PoolManager", "List"))


def create_pools(names: Union[str, List[str]]) -> List[Pool]:
    """Create pools by name; return the new Pools."""
    names = _some(_as_list(names), "pool names")
    for name in names:
        _check_pool_name(name)
    return _pools(_process.read("PoolManager", "Create", names))


def delete_pools(pools: Union[AnyPoolType, List[AnyPoolType]]) -> None:
    """Delete pools given by Pool, name or ID."""
    _process.call("PoolManager", "Delete", _some([_pool_target(p) for p in _as_list(pools)], "pools"))


def rename_pool(pool: AnyPoolType, new_name: str) -> Pool:
    """Rename a pool; return it with its new name."""
    _check_pool_name(new_name, "new_name")
    return _pools(_process.read("PoolManager", "Rename", [_pool_target(pool), new_name]))[0]


# --- master ----------------------------------------------------------------------------------

def get_master_id() -> Optional[UUID]:
    """The master's ID, or None if it cannot be had (never raises)."""
    try:
        return _process.read("ConfigureMaster", "MasterID")
    except Exception:  # the reference promises no exception at all
        return None


def get_path_translations() -> List[PathTranslation]:
    """The path translations, as PathTranslation tuples (roots may be empty)."""
    return [PathTranslation(*row) for row in _process.read("ConfigureMaster", "PathTranslations")]


def _translation_groups(translations: TranslationListType) -> List[Any]:
    if isinstance(translations, (list, tuple)) and translations and \
            all(isinstance(item, (list, tuple)) for item in translations):
        groups = list(translations)
    else:
        groups = [translations]
    for group in groups:
        if not isinstance(group, (list, tuple)) or len(group) != 3 or \
                not all(isinstance(root, str) for root in group):
            raise TypeError(f"a path translation is three str roots (windows, linux, mac), not {group!r}")
        problem = next(filter(None, (_contract.field_error("root", root) for root in group)), None)
        if problem:
            raise TypeError(problem)
    return groups


def add_path_translations(translations: TranslationListType) -> None:
    """Add one translation group (windows, linux, mac roots) or a list of them."""
    targets = [root for group in _translation_groups(translations) for root in group]
    _process.call("ConfigureMaster", "AddPathTranslations", targets)


def remove_path_translations(roots: Union[str, List[str]]) -> None:
    """Remove every translation group that holds any of ``roots``."""
    roots = [roots] if isinstance(roots, str) else roots
    if not isinstance(roots, (list, tuple)) or not all(isinstance(r, str) for r in roots):
        raise TypeError(f"roots must be a str or a list of str, not {roots!r}")
    _process.call("ConfigureMaster", "RemovePathTranslations", _some(list(roots), "roots"))


def super_exit() -> None:
    """Shut down Smedge on the entire network. Use with caution!"""
    _process.call("ConfigureMaster", "SuperExit")

