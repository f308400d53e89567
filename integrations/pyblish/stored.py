"""Per-job values kept with the scene, so a Repair survives Reset: the ``jobs`` entry of the host's sticky
submit settings (job name -> ``{parameter: value}``, ``enabled`` for a job turned off), the same per-job
values the submit dialog stores and honours.

Only the host's settings store is used (``host.settings_store()``, then its ``load()`` and ``save(dict)``);
every other entry of the stored dict is written back as it was loaded. No pyblish here.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Set

from smedge_core.values import find_key

from ..graph import JobGraph

__all__ = ["JOBS", "apply_stored", "store_values", "stored_values"]

_log = logging.getLogger(__name__)

#: The key of the per-job values in the stored settings dict.
JOBS = "jobs"
_MANAGED = ("id", "waitforjobid", "waitforwholejob")


def stored_values(host: Any) -> Dict[str, Dict[str, Any]]:
    """The per-job values stored with ``host``'s scene: ``{job name: {parameter: value}}``; what is not of
    that shape is left out, with a warning naming it."""
    data = host.settings_store().load()
    jobs = data.get(JOBS) if isinstance(data, dict) else None
    if jobs is None:
        return {}
    if not isinstance(jobs, dict):
        _log.warning("Ignoring the stored per-job values: expected a dict, found %r", jobs)
        return {}
    values = {}
    for name, job in jobs.items():
        if isinstance(name, str) and isinstance(job, dict):
            values[name] = dict(job)
        else:
            _log.warning("Ignoring the stored values of job %r: expected a dict, found %r", name, job)
    return values


def apply_stored(graph: JobGraph, stored: Dict[str, Dict[str, Any]]) -> Set[Any]:
    """Set each job's stored values on ``graph`` (by job name); return the IDs of the jobs stored as turned
    off (``enabled`` False). A value the graph manages (``ID``, ``WaitForJobID``) is left out, with a warning."""
    off = set()
    for job_id in graph:
        name = graph.name(job_id)
        for key, value in stored.get(name, {}).items():
            if key.lower() == "enabled":
                if value is False:
                    off.add(job_id)
            elif key.lower() in _MANAGED:
                _log.warning("Ignoring the stored %s of job %r: the graph sets it", key, name)
            else:
                graph.set_value(job_id, key, value)
    return off


def store_values(host: Any, changed: Dict[str, Dict[str, Any]]) -> List[str]:
    """Store ``changed`` (``{job name: {parameter: value}}``) with ``host``'s scene, over the values stored
    for those jobs before; return the names of the jobs stored. Errors of the store (a locked node, a
    folder that cannot be written) are raised as they come."""
    changed = {name: values for name, values in changed.items() if values}
    if not changed:
        return []
    store = host.settings_store()
    data = store.load()
    data = dict(data) if isinstance(data, dict) else {}
    jobs = data.get(JOBS)
    jobs = dict(jobs) if isinstance(jobs, dict) else {}
    for name, values in changed.items():
        job = dict(jobs.get(name) or {}) if isinstance(jobs.get(name), dict) else {}
        for key, value in values.items():
            job.pop(find_key(job, key) or key, None)  # one spelling of each parameter
            job[key] = value
        jobs[name] = job
    data[JOBS] = jobs
    store.save(data)
    return sorted(changed)
