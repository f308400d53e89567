"""Job files: the exact text ``submit_jobs`` sends to ``Submit -FromFile``, for submitting or exporting.

``render`` does all of ``submit_jobs`` but the sending, so a dry run writes the same bytes a submission
would, and a TD can submit the file later with ``Submit -FromFile FILE``. A :class:`Conformed` job (from
:func:`conform`) is sent as it is while the product info it was conformed with holds: a caller that
validated its jobs (``integrations.graph.JobGraph.conformed``) does not pay for ``conform_job`` twice.
"""

from __future__ import annotations

import uuid
from typing import Dict, List, Sequence, Tuple, Union

from . import _products, _records
from ._products import conform_job, get_product_info
from ._types import JobType, find_value
from .errors import JobValueError

PAUSED_STATUS = "-1"


class Conformed(Dict[str, str]):
    """A job's values as :func:`conform_job` gave them, with the product info they were checked against.

    Made by :func:`conform`; whoever keeps one makes a new one when the job changes. Changing it in place
    is not checked again (the master still checks what it receives).
    """

    def __init__(self, values: Dict[str, str], products: object) -> None:
        super().__init__(values)
        self.products = products

    def current(self) -> bool:
        """Whether the product info it was conformed with is still the process's."""
        return self.products is _products._plans()

    def copy(self) -> Conformed:
        return Conformed(self, self.products)


def conform(job: JobType) -> Conformed:
    """:func:`conform_job` of ``job``, marked so :func:`prepare` does not conform it again."""
    products = _products._plans()
    return Conformed(conform_job(job), products)


def _job_id(index: int, job: JobType) -> uuid.UUID:
    value = find_value(job, "ID")
    if value in (None, ""):
        return uuid.uuid4()
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise JobValueError(f"jobs[{index}] ID: {value!r} is not a valid UUID", "ID") from None


def prepare(jobs: Union[JobType, Sequence[JobType]], paused: bool = False) -> List[Tuple[uuid.UUID, Dict[str, str]]]:
    """Check and conform ``jobs`` (a job dict or a list of them): ``[(UUID, {name: text})]`` in input order.

    Jobs without an ID get a new one; the caller's dicts are not changed. ValueError names the job's
    position and the field for a non-dict, an invalid or duplicate ID, a job without a Type, or any
    value its product rejects. ``paused`` writes ``Status = -1`` in every job.
    """
    if isinstance(jobs, dict):
        jobs = [jobs]
    elif not isinstance(jobs, (list, tuple)):
        raise ValueError(f"jobs must be a job dict or a list of job dicts, not {jobs!r}")
    if jobs:
        get_product_info()  # fetched (once per process) here, so its errors are not taken for a job's
    prepared: List[Tuple[uuid.UUID, Dict[str, str]]] = []
    seen: Dict[uuid.UUID, int] = {}
    for index, job in enumerate(jobs):
        if not isinstance(job, dict):
            raise ValueError(f"jobs[{index}] must be a job dict, not {job!r}")
        job_id = _job_id(index, job)
        if job_id in seen:
            raise JobValueError(f"jobs[{index}] ID: {job_id} is already the ID of jobs[{seen[job_id]}]", "ID")
        seen[job_id] = index
        try:
            values = job if isinstance(job, Conformed) and job.current() else conform_job(job)
        except ValueError as err:
            raise JobValueError(f"jobs[{index}]: {err}", getattr(err, "field", "")) from err
        record = {"ID": str(job_id)}
        status = None
        for key, value in values.items():
            lower = key.lower()
            if lower == "status":
                status = key
            if lower != "id":
                record[key] = value
        if paused:
            record[status or "Status"] = PAUSED_STATUS
        prepared.append((job_id, record))
    return prepared




def render(jobs: Union[JobType, Sequence[JobType]], paused: bool = False) -> Tuple[List[uuid.UUID], str]:
    """``(ids, text)``: the job IDs in input order and the job-file text that ``submit_jobs`` sends."""
    prepared = prepare(jobs, paused)
    return [job_id for job_id, _ in prepared], _records.dumps([(record["ID"], record) for _, record in prepared])


def read(text: str) -> List[Dict[str, str]]:
    """The jobs of a job file as ``[{name: text}]`` (text values, as on the master)."""
    return [record for _, record in _records.loads(text)]
