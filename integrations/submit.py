"""Submit a whole job graph to Smedge in one ``submit_jobs`` call (one Submit process)."""
from __future__ import annotations

import logging
from typing import Dict
from uuid import UUID

import smedge_core

from .graph import JobGraph
from .validate import check as _check

__all__ = ["submit_graph"]

_log = logging.getLogger(__name__)


def submit_graph(graph: JobGraph, paused: bool = False, check: bool = True, fix: bool = False) -> Dict[UUID, UUID]:
    """Submit every job of ``graph``, parents first; return ``{node ID: job ID}`` in submission order.

    The graph is written out before anything is sent, so a cycle or a wait on an unknown job raises
    GraphError without running a Smedge tool. With ``check`` it is validated first (see
    ``validate.check``): ValidationError when any finding is an error. ``fix`` applies the findings'
    fixes to ``graph`` before that (raising a per-frame job's priority, for instance).
    """
    order = graph.order()  # GraphError before anything else
    if check:
        _check(graph, fix=fix)
        if fix:  # a fix may change the graph
            order = graph.order()
    ids = smedge_core.submit_jobs([graph.conformed(job_id) for job_id in order], paused=paused)
    _log.info("Submitted %d jobs: %s", len(ids), ", ".join(str(i) for i in ids))
    return dict(zip(order, ids))
