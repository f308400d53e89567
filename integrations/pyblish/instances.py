"""A host's jobs as Pyblish instances of family ``smedge.render``, and the job graph back from them.

Each instance is one Smedge job; its data is plain (str, int, float, bool, lists and dicts of them) so a
studio's plug-ins can read and change it between collection and integration:

==================== ========================================================================================
``smedgeJob``        the job's Smedge parameters (``Name``, ``Type``, ``Range``, ``Priority``, ``Pool``, ...)
``smedgeJobId``      the job's ID (str): the job is submitted under it; after integration, the ID Smedge gave
``smedgeWaitFor``    what the job waits on: names (or ``smedgeJobId``) of other ``smedge.render`` instances
``smedgeWaitPerFrame`` True: it waits frame by frame; False: for the whole of those jobs
==================== ========================================================================================

The context keeps the host (``smedgeHost``), the host's build options (``smedgeOptions``, optional),
the farm publish job's settings (``smedgePublishJob``, optional, see :mod:`.publish_job`) and after
integration the job IDs (``smedgeJobIds``: instance name -> job ID; ``smedgePublishJobId``).
:func:`graph_of` rebuilds the graph from the instances each time, so whatever a plug-in changed is what
is validated and submitted. Nothing here imports pyblish: a context is anything with ``data``, iteration
over its instances and ``create_instance(name, **data)``.
"""
from __future__ import annotations

import pathlib
import uuid
from typing import Any, Dict, List, Set, Tuple

import smedge_core

from . import FAMILY
from .. import host as _host
from .. import review
from ..graph import JobGraph
from ..session import send
from .publish_job import publish_job
from .stored import apply_stored, stored_values

__all__ = ["HOST", "JOB", "JOB_ID", "JOB_IDS", "OPTIONS", "PER_FRAME", "PUBLISH_JOB", "PUBLISH_JOB_ID",
           "WAIT_FOR", "collect_host", "graph_of", "render_instances", "submit", "write_back"]

JOB = "smedgeJob"
JOB_ID = "smedgeJobId"
WAIT_FOR = "smedgeWaitFor"
PER_FRAME = "smedgeWaitPerFrame"
HOST = "smedgeHost"
OPTIONS = "smedgeOptions"
PUBLISH_JOB = "smedgePublishJob"
JOB_IDS = "smedgeJobIds"
PUBLISH_JOB_ID = "smedgePublishJobId"
_MANAGED = ("id", "waitforjobid", "waitforwholejob")

#: A graph with, for each job ID, the instance it came from (None for the farm publish job).
Owners = Dict[uuid.UUID, Any]


def collect_host(context: Any, host: _host.Host, **options: Any) -> List[Any]:
    """Add one ``smedge.render`` instance per job that ``host`` collects (:func:`integrations.host.collect`
    with ``options``), with the per-job values stored with the scene (:mod:`.stored`: what a Repair or the
    dialog kept; a job stored as turned off gets ``publish`` False); keep the host in the context; return
    the new instances."""
    graph = _host.collect(host, **options)
    off = apply_stored(graph, stored_values(host))
    context.data[HOST] = host
    taken = set(instance.name for instance in context)
    names: Dict[uuid.UUID, str] = {}
    for job_id in graph:
        names[job_id] = _unique(graph.name(job_id), taken)
    made = []
    for job_id in graph:
        waits = [names.get(parent, str(parent)) for parent in graph.parents(job_id)]
        made.append(context.create_instance(
            names[job_id], family=FAMILY, label=names[job_id], **{
                JOB: _settings(graph.job(job_id)), JOB_ID: str(job_id), WAIT_FOR: waits,
                PER_FRAME: bool(graph.waits_per_frame(job_id))}))
        if job_id in off:
            made[-1].data["publish"] = False
    return made


def render_instances(context: Any) -> List[Any]:
    """The context's ``smedge.render`` instances that publish (a UI's tick box off leaves one out)."""
    return [instance for instance in context
            if (instance.data.get("family") == FAMILY or FAMILY in (instance.data.get("families") or ()))
            and instance.data.get("publish", True) is not False]


def graph_of(context: Any) -> Tuple[JobGraph, Owners]:
    """The job graph of the context's publishing ``smedge.render`` instances (and the farm publish job
    when the context asks for one), with the instance each job came from.

    An instance without ``smedgeJobId`` gets one here. Raises ValueError naming the instance and the key
    when its data cannot make a job.
    """
    instances = render_instances(context)
    graph = JobGraph()
    owners: Owners = {}
    by_key: Dict[str, uuid.UUID] = {}
    repeated: Set[str] = set()
    for instance in instances:
        job_id = graph.add_job(_job_of(instance))
        instance.data[JOB_ID] = str(job_id)
        owners[job_id] = instance
        if instance.name in by_key:
            repeated.add(instance.name)
        by_key[instance.name] = by_key[str(job_id)] = job_id
    for job_id, instance in owners.items():
        for wait in _waits_of(instance):
            if wait in repeated:
                raise ValueError(f"Instance {instance.name!r}: {WAIT_FOR} {wait!r} is the name of more than one "
                                 f"instance; name its {JOB_ID} instead")
            parent = by_key.get(wait) if isinstance(wait, str) else None
            parent = parent or by_key.get(_as_id(wait))
            if parent is None:
                raise ValueError("Instance {!r}: {} {!r} names no publishing {} instance (known: {})".format(
                    instance.name, WAIT_FOR, wait, FAMILY, ", ".join(repr(i.name) for i in instances)))
            graph.add_dependency(job_id, parent, per_frame=bool(instance.data.get(PER_FRAME, False)))
    host = context.data.get(HOST)
    studio = getattr(host, "studio", None)
    for job_id, instance in list(owners.items()):
        request = instance.data.get(review.PYBLISH_KEY) if instance is not None else None
        try:
            encode = review.add_review(graph, job_id, request, studio) if request else None
        except ValueError as err:
            raise ValueError(f"Instance {instance.name!r}: {review.PYBLISH_KEY}: {err}") from err
        if encode is not None:
            owners[encode] = None
    settings = context.data.get(PUBLISH_JOB)
    if settings and owners:
        job_id = graph.add_job(publish_job(settings, host.job_name() if host is not None else "smedge_jobs"))
        for parent in list(owners):
            graph.add_dependency(job_id, parent, per_frame=False)
        owners[job_id] = None
    return graph, owners


def write_back(graph: JobGraph, owners: Owners) -> Dict[str, Dict[str, Any]]:
    """Copy each job's parameters from ``graph`` (after fixes) into its instance's ``smedgeJob``; return
    what changed: ``{job name: {parameter: new value}}``."""
    changed: Dict[str, Dict[str, Any]] = {}
    for job_id, instance in owners.items():
        if instance is not None:
            before, after = instance.data.get(JOB) or {}, _settings(graph.job(job_id))
            values = dict((key, value) for key, value in after.items() if before.get(key) != value)
            if values:
                changed[graph.name(job_id)] = values
            instance.data[JOB] = after
    return changed


def submit(context: Any, paused: bool = False) -> Dict[str, uuid.UUID]:
    """Submit the context's graph in one Submit call through the shared path (``integrations.session.send``,
    whose validation finds what the validators found); store each job ID on its instance and all of them
    on the context; return ``{instance name: job ID}``."""
    graph, owners = graph_of(context)
    if not owners:
        return {}
    ids = send(graph, paused=paused).ids
    submitted: Dict[str, uuid.UUID] = {}
    for node_id, job_id in ids.items():
        instance = owners[node_id]
        if instance is None:
            context.data[PUBLISH_JOB_ID] = str(job_id)
        else:
            instance.data[JOB_ID] = str(job_id)
            submitted[instance.name] = job_id
    context.data[JOB_IDS] = dict((name, str(job_id)) for name, job_id in submitted.items())
    return submitted


def _job_of(instance: Any) -> Dict[str, Any]:
    job = instance.data.get(JOB)
    if not isinstance(job, dict):
        raise ValueError(f"Instance {instance.name!r}: {JOB} must be a dict of Smedge job parameters, not {job!r}")
    managed = [key for key in job if str(key).lower() in _MANAGED]
    if managed:
        raise ValueError("Instance {!r}: {} sets {}; the job's ID is {} and what it waits on is {} and {}".format(
            instance.name, JOB, ", ".join(managed), JOB_ID, WAIT_FOR, PER_FRAME))
    job_id = instance.data.get(JOB_ID)
    return dict(job, ID=job_id) if job_id not in (None, "") else dict(job)


def _waits_of(instance: Any) -> List[Any]:
    waits = instance.data.get(WAIT_FOR) or []
    if not isinstance(waits, (list, tuple)) or not all(isinstance(w, (str, uuid.UUID)) for w in waits):
        raise ValueError(f"Instance {instance.name!r}: {WAIT_FOR} must be a list of instance names or job IDs, "
                         f"not {waits!r}")
    return list(waits)


def _as_id(value: Any) -> str:
    """``value`` as a job ID's canonical text, ``""`` when it is none."""
    try:
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value).strip()))
    except ValueError:
        return ""


def _unique(name: str, taken: Set[str]) -> str:
    candidate, count = name, 1
    while candidate in taken:
        count += 1
        candidate = f"{name} ({count})"
    taken.add(candidate)
    return candidate


def _settings(job: Dict[str, Any]) -> Dict[str, Any]:
    """A graph job's parameters as plain data, without the keys the graph manages."""
    return dict((key, _plain(value)) for key, value in job.items() if key.lower() not in _MANAGED)


def _plain(value: Any) -> Any:
    if isinstance(value, (uuid.UUID, pathlib.PurePath)):
        return str(value)
    if isinstance(value, smedge_core.Pool):
        return value.name
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return dict((str(key), _plain(item)) for key, item in value.items())
    return value
