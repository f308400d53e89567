"""A graph of Smedge jobs and their dependencies, written out in the order Smedge should receive them.

Nodes are Smedge job dicts (parameter names as keys, matched without regard to case, as Smedge does),
each with a stable UUID: the job's ``ID``, kept when given (str or UUID), assigned with uuid4 when not.
Edges are dependencies: a child waits either for the whole of its parents or frame by frame. Smedge keeps
one ``WaitForWholeJob`` flag per job, so all parents of one child are waited on the same way.

The graph holds deep copies; the dicts it returns are new, so callers' dicts are never changed.
Parents and children are kept in dicts keyed by ID, so every operation is linear in jobs plus edges
whatever the shape (chains, fan-in, fan-out, diamonds); :meth:`JobGraph.conformed` keeps each job's
``conform_job`` result until the job changes, so validating and then submitting conforms it once.
"""
from __future__ import annotations

import copy
import heapq
import logging
import uuid
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Mapping, Optional

from smedge_core import jobfile
from smedge_core.frames import parse_range
from smedge_core.values import find_key, whole_number

if TYPE_CHECKING:
    from smedge_core import JobType, NameOrID
    from smedge_core.frames import FrameRange

__all__ = ["DEFAULT_PACKET_SIZE", "DEFAULT_PRIORITY", "CycleError", "GraphError", "JobGraph"]

_log = logging.getLogger(__name__)

#: Smedge's priority for a job that sets none.
DEFAULT_PRIORITY = 50
#: Packet size assumed for a job that sets none (the product's default is not known here).
DEFAULT_PACKET_SIZE = 1

_MANAGED = ("ID", "WaitForJobID", "WaitForWholeJob")


class GraphError(ValueError):
    """The graph cannot be written out: it waits on jobs it does not hold, or has a cycle."""


class CycleError(GraphError):
    """A dependency cycle; ``cycle`` lists the job IDs, the first repeated at the end."""

    def __init__(self, message: str, cycle: List[uuid.UUID]) -> None:
        super().__init__(message)
        self.cycle = cycle


def _to_uuid(value: object, what: str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value.strip())
        except ValueError:
            raise ValueError(f"{what} must be a UUID, not {value!r}") from None
    raise TypeError(f"{what} must be a UUID or str, not {value!r}")


def _wait_ids(value: object, what: str) -> List[uuid.UUID]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    elif isinstance(value, uuid.UUID):
        value = [value]
    elif not isinstance(value, (list, tuple)):
        raise TypeError(f"{what} must be a UUID, str or list, not {value!r}")
    return list(dict.fromkeys(_to_uuid(item, what) for item in value))


def _whole_flag(value: object, what: str) -> bool:
    text = str(value).strip().lower()
    if text in ("0", "false"):
        return False
    if text in ("1", "true"):
        return True
    raise ValueError(f"{what} must be 0 (per frame) or 1 (whole job), not {value!r}")


class JobGraph:
    """Smedge jobs and the dependencies between them.

    ``JobGraph(jobs)`` adds each job dict in turn; a ``WaitForJobID`` already in a dict becomes edges
    (per frame when its ``WaitForWholeJob`` is 0, whole-job otherwise), resolved when the graph is written
    out, so parents may be added after their children; a ``WaitForWholeJob`` without waits is dropped.
    """

    def __init__(self, jobs: Iterable[JobType] = ()) -> None:
        self._jobs: Dict[uuid.UUID, JobType] = {}  # id -> job dict without the managed keys; insertion ordered
        self._keys: Dict[uuid.UUID, Dict[str, str]] = {}  # id -> {lower-case name: the job's key}
        self._position: Dict[uuid.UUID, int] = {}  # id -> its place in insertion order
        self._parents: Dict[uuid.UUID, Dict[uuid.UUID, None]] = {}  # id -> {parent id: None}, in the order added
        self._children: Dict[uuid.UUID, Dict[uuid.UUID, None]] = {}  # parent id -> {child id: None}
        self._per_frame: Dict[uuid.UUID, bool] = {}  # id -> bool, for jobs with parents
        self._conformed: Dict[uuid.UUID, jobfile.Conformed] = {}  # id -> conform_job's result; dropped on change
        self._edits = 0  # changes of jobs so far: a result conformed while one happened is not kept
        for job in jobs:
            self.add_job(job)

    # -- building -------------------------------------------------------------------------------
    def add_job(self, job: JobType) -> uuid.UUID:
        """Add a copy of the job dict and return its ID (a UUID)."""
        if not isinstance(job, dict):
            raise TypeError(f"A job must be a dict of Smedge parameters, not {job!r}")
        seen: Dict[str, str] = {}
        key: Optional[str]
        for key in job:
            if not isinstance(key, str):
                raise TypeError(f"Job parameter names must be str, not {key!r}")
            if key.lower() in seen:
                raise ValueError(f"Job sets both {seen[key.lower()]!r} and {key!r}; Smedge names ignore case")
            seen[key.lower()] = key
        # the managed values are read, not kept: the graph keeps its own IDs and edges
        values = {name: job[seen[name.lower()]] for name in _MANAGED if name.lower() in seen}
        for name in _MANAGED:
            seen.pop(name.lower(), None)
        data = {key: _copy(job[key]) for key in seen.values()}
        label = repr(_name_of(data, "(unnamed)"))
        job_id = values.get("ID")
        job_id = uuid.uuid4() if job_id in (None, "") else _to_uuid(job_id, "ID of job " + label)
        if job_id in self._jobs:
            raise ValueError(f"ID {job_id} of job {label} is already used by job {self._label(job_id)!r}")
        parents = _wait_ids(values.get("WaitForJobID"), "WaitForJobID of job " + label)
        if job_id in parents:
            raise ValueError(f"Job {label} waits on itself (WaitForJobID {job_id})")
        self._position[job_id] = len(self._jobs)
        self._jobs[job_id] = data
        self._keys[job_id] = seen
        if parents:
            whole = values.get("WaitForWholeJob")
            self._parents[job_id] = dict.fromkeys(parents)
            for parent in parents:
                self._children.setdefault(parent, {})[job_id] = None
            self._per_frame[job_id] = whole is not None and not _whole_flag(
                whole, "WaitForWholeJob of job " + label)
        _log.debug("Added job %s %s", job_id, label)
        return job_id

    def add_dependency(self, child: NameOrID, parent: NameOrID, per_frame: bool = False) -> None:
        """Make ``child`` wait on ``parent``: frame by frame when ``per_frame``, else for the whole job.

        Both must be in the graph. A child waits on all its parents the same way (Smedge has one
        ``WaitForWholeJob`` flag per job); mixing raises ValueError.
        """
        child_id = self._known(child, "Child job")
        parent_id = self._known(parent, "Parent job")
        if child_id == parent_id:
            raise ValueError(f"Job {self.name(child_id)!r} cannot wait on itself")
        per_frame = bool(per_frame)
        parents = self._parents.setdefault(child_id, {})
        if parents and self._per_frame[child_id] != per_frame:
            raise ValueError(
                "Job {!r} already waits {} on {}; Smedge has one WaitForWholeJob flag per job, so it "
                "cannot also wait {} on {!r}. Wait on all its parents the same way, or split the job.".format(
                    self.name(child_id), _how(not per_frame), ", ".join(repr(self._label(p)) for p in parents),
                    _how(per_frame), self.name(parent_id)))
        self._per_frame[child_id] = per_frame
        parents[parent_id] = None
        self._children.setdefault(parent_id, {})[child_id] = None
        self._changed(child_id)

    def set_value(self, job_id: NameOrID, name: str, value: Any) -> None:
        """Set one parameter of a job, in place of any spelling of the name in another case."""
        job_id = self._known(job_id, "Job")
        if name.lower() in (managed.lower() for managed in _MANAGED):
            raise ValueError(f"{name} is managed by the graph; use add_job/add_dependency")
        data = self._jobs[job_id]
        key = self._keys[job_id].get(name.lower())
        value = _copy(value)
        if key is None or key == name:
            data[name] = value
        else:
            self._jobs[job_id] = {(name if k == key else k): (value if k == key else v) for k, v in data.items()}
        self._keys[job_id][name.lower()] = name
        self._changed(job_id)

    # -- reading --------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._jobs)

    def __iter__(self) -> Iterator[uuid.UUID]:
        return iter(list(self._jobs))

    def __contains__(self, job_id: object) -> bool:
        try:
            return _to_uuid(job_id, "Job ID") in self._jobs
        except (TypeError, ValueError):
            return False

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobGraph):
            return NotImplemented
        return (list(self._jobs.items()) == list(other._jobs.items()) and self._per_frame == other._per_frame
                and {k: list(v) for k, v in self._parents.items()} == {k: list(v) for k, v in other._parents.items()})

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<JobGraph of {len(self)} jobs>"

    def value(self, job_id: NameOrID, name: str, default: Any = None) -> Any:
        """A parameter of a job, looked up regardless of case (a copy)."""
        job_id = self._known(job_id, "Job")
        key = self._keys[job_id].get(name.lower())
        return default if key is None else _copy(self._jobs[job_id][key])

    def name(self, job_id: NameOrID) -> str:
        """The job's Name, or its ID as text when it has none."""
        return self._label(self._known(job_id, "Job"))

    def parents(self, job_id: NameOrID) -> List[uuid.UUID]:
        """IDs of the jobs this job waits on, in the order they were added (unknown IDs included)."""
        return list(self._parents.get(self._known(job_id, "Job"), ()))

    def children(self, job_id: NameOrID) -> List[uuid.UUID]:
        """IDs of the jobs that wait on this job, in graph order."""
        return sorted(self._children.get(self._known(job_id, "Job"), ()), key=self._position.__getitem__)

    def waits_per_frame(self, job_id: NameOrID) -> Optional[bool]:
        """True when the job waits frame by frame, False for whole-job waits, None without parents."""
        job_id = self._known(job_id, "Job")
        return self._per_frame[job_id] if self._parents.get(job_id) else None

    def frames(self, job_id: NameOrID) -> Optional[FrameRange]:
        """The job's Range as a FrameRange, or None when it sets none; ValueError naming the job if bad."""
        text = self.value(job_id, "Range")
        if text is None or text == "":
            return None
        try:
            return parse_range(text)
        except (TypeError, ValueError) as err:
            raise ValueError(f"Range of job {self.name(job_id)!r}: {err}") from err

    def packet_size(self, job_id: NameOrID) -> int:
        """The job's PacketSize as an int (DEFAULT_PACKET_SIZE when unset); ValueError when bad."""
        return self._number(job_id, "PacketSize", DEFAULT_PACKET_SIZE, 1)

    def priority(self, job_id: NameOrID) -> int:
        """The job's Priority as an int (DEFAULT_PRIORITY when unset); ValueError when bad."""
        return self._number(job_id, "Priority", DEFAULT_PRIORITY, 0)

    def order(self) -> List[uuid.UUID]:
        """Job IDs with every parent before its children, otherwise in insertion order.

        Raises GraphError when a job waits on an ID not in the graph, CycleError on a cycle.
        """
        unknown = [f"{self.name(child)!r} waits on {parent}"
                   for child, parents in self._parents.items() for parent in parents
                   if parent not in self._jobs]
        if unknown:
            raise GraphError("Jobs wait on jobs that are not in the graph: " + "; ".join(unknown))
        index = self._position
        ids = list(self._jobs)
        pending = {job_id: len(self._parents.get(job_id, ())) for job_id in ids}
        ready = [index[job_id] for job_id in ids if not pending[job_id]]
        heapq.heapify(ready)
        order = []
        while ready:
            job_id = ids[heapq.heappop(ready)]
            order.append(job_id)
            for child in self._children.get(job_id, ()):
                pending[child] -= 1
                if not pending[child]:
                    heapq.heappush(ready, index[child])
        if len(order) < len(ids):
            raise self._cycle_error(pending)
        return order

    def jobs(self) -> List[JobType]:
        """New job dicts in submission order, with ID, WaitForJobID and WaitForWholeJob set.

        WaitForJobID is a list of UUIDs; WaitForWholeJob is 0 (per frame) or 1 (whole job); both are
        set only on jobs that wait. Raises GraphError (or CycleError) first when the graph is not valid.
        """
        return [self.job(job_id) for job_id in self.order()]

    def job(self, job_id: NameOrID) -> JobType:
        """A new dict for one job, as :meth:`jobs` writes it."""
        return self._written(self._known(job_id, "Job"), deep=True)

    def conformed(self, job_id: NameOrID) -> jobfile.Conformed:
        """The job as ``smedge_core.conform_job`` gives it (text values, ID and waits included), a new dict.

        Computed once and kept until the job changes (:meth:`set_value`, :meth:`add_dependency`) or the
        product info is fetched again, so validate-then-submit conforms each job once. ValueError as
        ``conform_job`` raises it (not kept: asked again, the job is conformed again).
        """
        job_id = self._known(job_id, "Job")
        found = self._conformed.get(job_id)
        if found is None or not found.current():
            edits = self._edits
            found = jobfile.conform(self._written(job_id, deep=False))  # conform_job makes new values
            if edits == self._edits:  # no job changed meanwhile (on another thread): it is current
                self._conformed[job_id] = found
        return found.copy()

    def _written(self, job_id: uuid.UUID, deep: bool) -> JobType:
        """A new dict of the job with its managed keys; its values deep copies when ``deep``, else shared."""
        out: JobType = {"ID": job_id}
        out.update(_copied(self._jobs[job_id]) if deep else self._jobs[job_id])
        parents = self._parents.get(job_id)
        if parents:
            out["WaitForJobID"] = list(parents)
            out["WaitForWholeJob"] = 0 if self._per_frame[job_id] else 1
        return out

    # -- helpers --------------------------------------------------------------------------------
    def _changed(self, job_id: uuid.UUID) -> None:
        """Forget what was conformed of a job just changed."""
        self._edits += 1
        self._conformed.pop(job_id, None)

    def _known(self, job_id: object, what: str) -> uuid.UUID:
        job_id = _to_uuid(job_id, what + " ID")
        if job_id not in self._jobs:
            raise ValueError(f"{what} {job_id} is not in the graph")
        return job_id

    def _label(self, job_id: uuid.UUID) -> str:
        """Name of a job for messages; the ID as text for a job without a name or not in the graph."""
        return _name_of(self._jobs.get(job_id, {}), str(job_id))

    def _number(self, job_id: NameOrID, name: str, default: int, minimum: int) -> int:
        value = self.value(job_id, name)
        if value is None or value == "":
            return default
        if type(value) is int and value >= minimum:  # the usual case: no message to build
            return value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return whole_number(value, f"{name} of job {self.name(job_id)!r}", minimum)

    def _cycle_error(self, pending: Dict[uuid.UUID, int]) -> CycleError:
        start = next(job_id for job_id in self._jobs if pending[job_id])
        path = [start]
        seen = {start: 0}
        while True:
            step = next(p for p in self._parents[path[-1]] if pending[p])
            if step in seen:
                cycle = [*path[seen[step]:], step]
                break
            seen[step] = len(path)
            path.append(step)
        names = " -> ".join(repr(self.name(job_id)) for job_id in cycle)
        return CycleError("Dependency cycle (each job waits on the next): " + names, cycle)


_IMMUTABLE = (str, int, float, bool, type(None), uuid.UUID)


def _copy(value: Any) -> Any:
    """A deep copy of a value; the value itself when it cannot change (text, numbers, UUIDs)."""
    if type(value) in _IMMUTABLE:
        return value
    if type(value) is list and all(type(item) in _IMMUTABLE for item in value):  # a list of paths, say
        return list(value)
    return copy.deepcopy(value)


def _copied(data: Mapping[str, Any]) -> JobType:
    """A deep copy of a job dict, sharing the values that cannot change."""
    return {key: _copy(value) for key, value in data.items()}


def _name_of(data: Mapping[str, Any], default: str) -> str:
    key = find_key(data, "Name")
    return default if key is None or data[key] in (None, "") else str(data[key])


def _how(per_frame: bool) -> str:
    return "per frame" if per_frame else "for the whole job"
