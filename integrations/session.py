"""The submit session, without Qt: what the artist chose, and the one path that sends a graph.

:class:`Submission` keeps the collected graph untouched and builds the graph to send on demand: jobs the
artist turned off are left out (and jobs waiting on them no longer wait on them), then each job takes
its own override, else the common setting, else the collected value. Fixes from validation findings
become per-job overrides, so they show in the table and persist with the sticky settings.

:func:`send` is the one submit/export path (the dialog, headless submit, the ROP buttons, Pyblish): the
shared validation, then one Submit call or the job file written; it returns a :class:`Result`.
"""
from __future__ import annotations

import copy
import logging
import os
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Set, Tuple, Union, cast

from smedge_core.frames import parse_range
from smedge_core.values import find_key, whole_number

from .graph import JobGraph
from .jsonload import shown
from .outputs import outputs
from .preview import format_tree
from .settings import Settings, normalize
from .validate import ERROR, WARNING, Finding, ValidationError, apply_fixes, unique, validate

if TYPE_CHECKING:
    from smedge_core import JobType, NameOrID

__all__ = ["COMMON", "OVERRIDES", "Check", "Result", "Submission", "format_ids", "job_count", "send"]

_log = logging.getLogger(__name__)

#: Common settings and the job parameter each one sets.
COMMON = {"pool": "Pool", "priority": "Priority", "packet_size": "PacketSize"}
#: The per-job overrides the job table edits (any other parameter name is accepted too).
OVERRIDES = ("enabled", "Range", "PacketSize", "Pool", "Priority")
_MANAGED = ("id", "waitforjobid", "waitforwholejob")
_COMMON_OF = {param.lower(): key for key, param in COMMON.items()}  # {lower-case parameter: common setting}
#: Parameters that say what a job runs: a stored override of one is a warning finding.
_RUNS = ("executable", "command")

#: A host check: takes the graph about to be sent, returns findings (with fixes where one exists).
Check = Callable[[JobGraph], Iterable[Finding]]


def check_value(name: str, value: Any, what: str) -> Any:
    """The value a job parameter or common setting may take, converted; ValueError naming it otherwise."""
    key = name.lower()
    if key == "priority":  # its product's highest priority is checked by validation (conform_job)
        return whole_number(value, what, 0)
    if key in ("packetsize", "packet_size"):
        return whole_number(value, what, 1)
    if key == "enabled" or key == "paused":
        if not isinstance(value, bool):
            raise ValueError(f"{what} must be True or False, not {value!r}")
        return value
    if key == "range":
        text = str(value).strip()
        try:
            parse_range(text)
        except ValueError as err:
            raise ValueError(f"{what}: {err}") from err
        return text
    if key in ("pool", "note"):
        if not isinstance(value, str):
            raise ValueError(f"{what} must be text, not {value!r}")
        return value.strip() if key == "pool" else value
    return value


class Submission:
    """A collected graph with the artist's choices; ``findings`` holds the last validation's findings.

    ``settings``: the stored choices (a :class:`Settings`, or a dict checked by ``settings.normalize``);
    ``problems``: what loading them had to ignore, ``(field, message)`` pairs (see ``settings.load``).
    """

    def __init__(self, graph: Union[JobGraph, Iterable[JobType]],
                 settings: Union[Settings, Dict[str, Any], None] = None,
                 problems: Iterable[Tuple[str, str]] = ()) -> None:
        self.source = graph if isinstance(graph, JobGraph) else JobGraph(graph)
        problems = list(problems)
        if not isinstance(settings, Settings):
            settings, found = normalize(settings or {}, "the stored submit settings")
            problems += found
        self.common = {key: getattr(settings, key) for key in ("pool", "priority", "packet_size", "paused", "note")}
        #: The host's build options as the artist last chose them (see ``integrations.host.Option``).
        self.options: Dict[str, Any] = dict(settings.options)
        #: The common farm controls (Smedge parameter -> value), set on the jobs whose product has them.
        self.farm: Dict[str, Any] = dict(settings.farm)
        #: Product (lower case) -> the farm controls it has (lower case), once the master's products are
        #: known (``integrations.products.farm_controls``); None: every job takes every common control.
        self.offered: Optional[Dict[str, Set[str]]] = None
        self.overrides: Dict[uuid.UUID, Dict[str, Any]] = {job_id: {} for job_id in self.source}
        self.findings: List[Finding] = []
        self._ids: Optional[List[uuid.UUID]] = None
        by_name = settings.jobs
        names = {job_id: self.source.name(job_id) for job_id in self.source} if by_name else {}
        collected = set(names.values())
        # overrides of jobs not collected this time (a layer turned off in the scene) are kept as they are
        self._uncollected = {name: values for name, values in by_name.items() if name not in collected}
        risky: List[Finding] = []
        for job_id, job_name in names.items():
            for name, value in by_name.get(job_name, {}).items():
                try:
                    self.set_override(job_id, name, value)
                except (TypeError, ValueError) as err:
                    _log.warning("Ignoring a stored override: %s", err)
                    problems.append((name, f"Ignoring a stored override: {err}"))
                    continue
                if name.lower() in _RUNS:  # what the farm runs: shown, so a stored value cannot hide
                    risky.append(Finding(WARNING, self.source.name(job_id), job_id, name,
                                         f"the stored settings set {name} to {shown(value)}: clear it in the "
                                         "table unless this job should run that"))
        #: Warnings about damaged stored settings (the damaged values are left out) and stored overrides
        #: of what the farm runs, for the findings list.
        self.settings_findings = [Finding(WARNING, "Stored settings", None, key, message)
                                  for key, message in problems] + risky

    # -- choices --------------------------------------------------------------------------------
    def ids(self) -> List[uuid.UUID]:
        """The collected job IDs, parents first when the graph allows it (worked out once: the collected
        graph never changes)."""
        if self._ids is None:
            try:
                self._ids = self.source.order()
            except ValueError:
                self._ids = list(self.source)
        return list(self._ids)

    def set_common(self, key: str, value: Any) -> None:
        """Set a common setting (``None`` keeps each job's own value for pool, priority, packet size)."""
        if key not in self.common:
            raise ValueError("Unknown common setting {!r}; known: {}".format(key, ", ".join(sorted(self.common))))
        if value is not None and value != "":
            value = check_value(key, value, "The common {}".format(key.replace("_", " ")))
        self.common[key] = value if value != "" or key == "note" else None

    def set_override(self, job_id: NameOrID, name: str, value: Any) -> None:
        """Override one parameter of one job (``None`` or ``""`` removes the override)."""
        job_id = self._known(job_id)
        overrides = self.overrides[job_id]
        key = cast(str, find_key(overrides, name) or next((o for o in OVERRIDES if o.lower() == name.lower()), name))
        if key.lower() in _MANAGED:
            raise ValueError(f"{name} of job {self.source.name(job_id)!r} is set by the graph, not by an override")
        if value is None or value == "":
            overrides.pop(key, None)
            return
        overrides[key] = check_value(key, value, f"{key} of job {self.source.name(job_id)!r}")

    def enabled(self, job_id: NameOrID) -> bool:
        """Whether the job is sent (jobs are on unless turned off)."""
        return self.overrides[self._known(job_id)].get("enabled", True)

    def value(self, job_id: NameOrID, name: str) -> Any:
        """The value the job will be sent with: its override, else the common setting, else its own."""
        job_id = self._known(job_id)
        overrides = self.overrides[job_id]
        key = find_key(overrides, name)
        if key is not None:
            return copy.deepcopy(overrides[key])
        common = _COMMON_OF.get(name.lower())
        if common is not None and self.common[common] is not None:
            return self.common[common]
        key = find_key(self.farm, name)
        if key is not None and self._offers(job_id, key):
            return self.farm[key]
        return self.source.value(job_id, name)

    def set_farm(self, name: str, value: Any) -> None:
        """Set a common farm control (a Smedge parameter; ``None`` or ``""`` keeps each job's own). Its
        value is checked against each job's product by validation (``conform_job``)."""
        key = find_key(self.farm, name) or name
        if value is None or value == "":
            self.farm.pop(key, None)
        else:
            self.farm[key] = value

    def _offers(self, job_id: uuid.UUID, name: str) -> bool:
        """Whether the job's product has the farm control ``name`` (True while the products are unknown)."""
        if self.offered is None:
            return True
        return name.lower() in self.offered.get(str(self.source.value(job_id, "Type") or "").lower(), ())

    def apply_fix(self, finding: Finding, graph: Optional[JobGraph] = None) -> None:
        """Apply a finding's fix to the built graph and keep what it changed as per-job overrides.

        ``graph``: that graph when already built from these choices (it is changed); built when None."""
        graph = self.build() if graph is None else graph
        before = {job_id: graph.job(job_id) for job_id in graph}
        finding.apply(graph)
        for job_id in graph:
            after = graph.job(job_id)
            for key, value in after.items():
                if key.lower() not in _MANAGED and before[job_id].get(key) != value:
                    self.set_override(job_id, key, value)
        _log.info("Applied fix: %s", finding.fix_description or finding.message)

    # -- results --------------------------------------------------------------------------------
    def build(self) -> JobGraph:
        """A new JobGraph of the enabled jobs with every choice applied.

        A job that waited on a job turned off waits on that job's own enabled parents instead (through
        any chain of jobs turned off), so turning off a middle job never lets its children start early.
        """
        graph = JobGraph()
        for job_id in self.source:
            if not self.enabled(job_id):
                continue
            job = self.source.job(job_id)
            waits = self._enabled_parents(job.pop("WaitForJobID", []))
            whole = job.pop("WaitForWholeJob", None)
            if waits:
                job["WaitForJobID"] = waits
                job["WaitForWholeJob"] = whole
            names = list(COMMON.values()) + list(self.farm) + [k for k in self.overrides[job_id] if k != "enabled"]
            for name in names:
                _put(job, name, self.value(job_id, name))
            if self.common["note"]:
                _put(job, "Note", self.common["note"])
            graph.add_job(job)
        return graph

    def _enabled_parents(self, parents: Iterable[uuid.UUID], seen: Optional[Set[uuid.UUID]] = None) -> List[uuid.UUID]:
        """``parents`` with each job turned off replaced by its own enabled parents (unknown IDs kept)."""
        seen = set() if seen is None else seen
        out: List[uuid.UUID] = []
        for parent in parents:
            if parent in seen:
                continue
            seen.add(parent)
            if parent not in self.source or self.enabled(parent):
                out.append(parent)
            else:
                out += [p for p in self._enabled_parents(self.source.parents(parent), seen) if p not in out]
        return out

    def _known(self, job_id: object) -> uuid.UUID:
        try:
            job_id = job_id if isinstance(job_id, uuid.UUID) else uuid.UUID(str(job_id))
        except ValueError:
            raise ValueError(f"Job ID must be a UUID, not {job_id!r}") from None
        if job_id not in self.overrides:
            raise ValueError(f"Job {job_id} is not in this submission")
        return job_id

    def rows(self, extra: Iterable[str] = ()) -> List[Dict[str, Any]]:
        """One dict per collected job, for the job table (values as they will be sent), with the
        parameters named in ``extra`` too."""
        return [self.row(job_id, extra) for job_id in self.ids()]

    def row(self, job_id: uuid.UUID, extra: Iterable[str] = ()) -> Dict[str, Any]:
        """The table row of one job (see :meth:`rows`)."""
        files = outputs(self.source, job_id)
        parents = self.source.parents(job_id)
        waits = ""
        if parents:
            how = "per frame" if self.source.waits_per_frame(job_id) else "whole job"
            names = [(self.source.name(p) if p in self.source else str(p)) +
                     ("" if p not in self.source or self.enabled(p) else " (off)") for p in parents]
            waits = "{}: {}".format(how, ", ".join(names))
        row = {
            "id": job_id, "enabled": self.enabled(job_id), "Name": self.source.name(job_id),
            "Type": self.source.value(job_id, "Type"), "Range": self.value(job_id, "Range"),
            "PacketSize": self.value(job_id, "PacketSize"), "Pool": self.value(job_id, "Pool"),
            "Priority": self.value(job_id, "Priority"), "Waits": waits,
            "Outputs": _first_of(files), "OutputFiles": files,
            "overridden": {k.lower() for k in self.overrides[job_id]},
        }
        row.update((name, self.value(job_id, name)) for name in extra)
        return row

    def snapshot(self) -> Submission:
        """A copy whose choices later edits do not change (the collected graph is shared: it never
        changes), for work on another thread."""
        copied = copy.copy(self)
        copied.common = dict(self.common)
        copied.farm = dict(self.farm)
        copied.overrides = {job_id: dict(values) for job_id, values in self.overrides.items()}
        copied.findings = list(self.findings)
        return copied

    def has_errors(self) -> bool:
        """Whether the last validation found errors."""
        return any(f.severity == ERROR for f in self.findings)

    def preview(self) -> str:
        """The text tree of the graph to send."""
        return format_tree(self.build())

    def to_settings(self) -> Settings:
        """The sticky settings of the current choices (overrides keyed by job name, so jobs that share a
        name share them), with the stored overrides of jobs not collected this time."""
        jobs = copy.deepcopy(self._uncollected)
        jobs.update((self.source.name(job_id), copy.deepcopy(overrides))
                    for job_id, overrides in self.overrides.items() if overrides)
        return Settings(jobs=jobs, options=dict(self.options), farm=dict(self.farm), **self.common)


def _put(job: JobType, name: str, value: Any) -> None:
    """Set (or, for None, remove) a parameter of a job dict in place, whatever the key's case."""
    key = find_key(job, name)
    if value is None:
        job.pop(key or name, None)  # no key of that name: nothing to remove
    else:
        job[key or name] = value


def format_ids(graph: JobGraph, ids: Dict[uuid.UUID, uuid.UUID]) -> str:
    """One ``name  job ID`` line per job (the ID last, names padded) for ``{node ID: job ID}``."""
    names = [graph.name(node) for node in ids]
    width = max([len(name) for name in names] or [0])
    return "".join(f"{name.ljust(width)}  {job_id}\n" for name, job_id in zip(names, ids.values()))


@dataclass
class Result:
    """What :func:`send` did: ``graph`` as sent, ``ids`` ``{node ID: job ID}`` when submitted, ``job_file``
    and ``json_file`` when exported, ``findings`` the warnings that did not stop it."""

    graph: JobGraph
    ids: Dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    job_file: Optional[str] = None
    json_file: Optional[str] = None
    findings: List[Finding] = field(default_factory=list)

    def summary(self) -> str:
        """One line saying what was done, then the job IDs or the files."""
        if self.job_file is not None:
            return (f"Exported {job_count(len(self.graph))}; submit later with: Submit -FromFile {self.job_file}\n"
                    f"JSON: {self.json_file}")
        return f"Submitted {job_count(len(self.ids))}:\n{format_ids(self.graph, self.ids)}"


def _first_of(files: List[str]) -> str:
    """A job's output files in a cell: the first one's name, and how many more (the tooltip has them all)."""
    if not files:
        return ""
    return os.path.basename(files[0]) + (f" (+{len(files) - 1} more)" if len(files) > 1 else "")


def job_count(count: int) -> str:
    """``1 job``, ``2 jobs``: a count of jobs for messages."""
    return "{:,} job{}".format(count, "" if count == 1 else "s")


def send(graph: JobGraph, paused: bool = False, export_to: Optional[str] = None, name: str = "smedge_jobs",
         found: Iterable[Finding] = (), fix: bool = False, progress: Optional[Callable[[str], Any]] = None) -> Result:
    """Validate ``graph`` (the shared validation, plus ``found``: what the host's side found), then submit
    it in one Submit call, or with ``export_to`` write ``name``.sj and ``name``.json into that folder.

    ``fix`` applies the shared findings' fixes first (raising a priority). ValidationError, before
    anything is sent, when an error remains; SubmissionError (with the job file kept) when Submit fails.
    Never calls the host, so it may run on any thread; ``progress(text)`` hears each step.
    """
    report = progress or _log.debug
    report(f"Validating {job_count(len(graph))}")
    shared = validate(graph)
    if fix and any(f.fix is not None for f in shared):
        _log.info("Applied %d fixes", apply_fixes(graph, shared))
        shared = validate(graph)
    findings = unique(shared + list(found))
    if any(f.severity == ERROR for f in findings):
        raise ValidationError(findings)
    warnings = [f for f in findings if f.severity == WARNING]
    for finding in warnings:
        _log.warning("%s", finding)
    if export_to is not None:
        from .export import export_graph

        report(f"Writing {export_to}")
        job_file, json_file = os.path.join(export_to, name + ".sj"), os.path.join(export_to, name + ".json")
        export_graph(graph, job_file, json_file, paused=paused, check=False)
        return Result(graph, job_file=job_file, json_file=json_file, findings=warnings)
    from .submit import submit_graph

    report(f"Submitting {job_count(len(graph))}")
    return Result(graph, ids=submit_graph(graph, paused=paused, check=False), findings=warnings)
