"""Previews of a job graph: a plain-text tree (for logs and the dialog) and Graphviz DOT text."""
from __future__ import annotations

from typing import Dict, FrozenSet, List, Tuple
from uuid import UUID

from .graph import GraphError, JobGraph

__all__ = ["format_tree", "to_dot"]


def _ids(graph: JobGraph) -> List[UUID]:
    try:
        return graph.order()
    except GraphError:
        return list(graph)


_SUMMARY = (("Type", "{}"), ("Range", "{}"), ("PacketSize", "packets of {}"), ("Priority", "priority {}"))


def _summary(graph: JobGraph, job_id: UUID) -> str:
    parts = []
    for name, label in _SUMMARY:
        value = graph.value(job_id, name)
        if value not in (None, ""):
            parts.append(label.format(value))
    return ", ".join(parts)


def _how(graph: JobGraph, job_id: UUID) -> str:
    return "per frame" if graph.waits_per_frame(job_id) else "whole job"


def format_tree(graph: JobGraph) -> str:
    """One line per job under the jobs it waits on; a job with several parents is drawn in full once."""
    ids = _ids(graph)
    children: Dict[UUID, List[UUID]] = {job_id: [] for job_id in ids}
    for job_id in ids:
        for parent in graph.parents(job_id):
            if parent in children:
                children[parent].append(job_id)
    roots = [job_id for job_id in ids if not any(p in children for p in graph.parents(job_id))]
    lines, shown = [], set()
    stack: List[Tuple[UUID, str, str, FrozenSet[UUID]]]
    stack = [(job_id, "", "", frozenset()) for job_id in reversed(roots + ids)]
    while stack:
        job_id, prefix, connector, path = stack.pop()
        if not connector and job_id in shown:
            continue
        line = prefix + connector + graph.name(job_id)
        summary = _summary(graph, job_id)
        if summary:
            line += f"  [{summary}]"
        if connector:
            line += f"  <- waits {_how(graph, job_id)}"
        if job_id in path:
            lines.append(line + "  (cycle)")
            continue
        if job_id in shown:
            lines.append(line + "  (see above)")
            continue
        shown.add(job_id)
        lines.append(line)
        below = prefix + ("" if not connector else "    " if connector == "`-- " else "|   ")
        kids = children[job_id]
        for i in reversed(range(len(kids))):
            stack.append((kids[i], below, "`-- " if i == len(kids) - 1 else "|-- ", path | {job_id}))
    return "\n".join(lines) + "\n" if lines else ""


def _quote(text: object) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(graph: JobGraph, title: str = "smedge_jobs") -> str:
    """Graphviz DOT text: a box per job, an arrow from each job to those waiting on it."""
    ids = _ids(graph)
    lines = [f"digraph {_quote(title)} {{", "    rankdir=LR;", "    node [shape=box];"]
    for job_id in ids:
        label = graph.name(job_id) + "\n" + _summary(graph, job_id)
        lines.append(f"    {_quote(job_id)} [label={_quote(label.strip())}];")
    for job_id in ids:
        for parent in graph.parents(job_id):
            if parent not in graph:
                lines.append("    {} [label={}, style=dashed];".format(
                    _quote(parent), _quote("not in graph\n" + str(parent))))
            style = "" if graph.waits_per_frame(job_id) else ", style=dashed"
            lines.append(f"    {_quote(parent)} -> {_quote(job_id)} [label={_quote(_how(graph, job_id))}{style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
