"""What each Smedge validator of the publish checks, as findings of the shared validation, and its repair.

The rules split :func:`integrations.validate.validate` and the host's checks the way the validators
show them:

============== ========================================================================================
``scene``      the scene is saved, and saved since its last change (:func:`integrations.host.scene_check`)
``jobs``       every job passes ``conform_job`` and has a readable Range, PacketSize and Priority
``pools``      the pools the jobs name exist on the master
``waits``      the waits hold: no cycle, per-frame waits line up frame for frame and packet for packet,
               a job waiting per frame has a priority above its parents'
``host``       the host's own checks and the studio defaults' findings
============== ========================================================================================

:func:`repair` applies a rule's fixes to the instances (and the scene), and stores the job values it
changed with the scene (:mod:`.stored`), where the next collection reads them back. :func:`instance_findings`
gives an instance validator its job's findings, the graph validated once per pass. :func:`master_problem`
says whether the master answers. No pyblish here.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Callable, Dict, List, Optional, Tuple

import smedge_core

from .. import host as _host
from ..graph import JobGraph
from ..validate import ERROR, Finding, ValidationError, apply_fixes, validate
from .instances import HOST, graph_of, render_instances, write_back
from .stored import store_values

__all__ = ["RULES", "FindingsError", "findings", "instance_findings", "master_problem", "raise_errors", "repair"]

_log = logging.getLogger(__name__)

RULES = ("scene", "jobs", "pools", "waits", "host")
#: Context key: the last validation pass's findings of each rule, with the instance each job came from.
_PASS = "smedgeRuleFindings"


class FindingsError(ValidationError):
    """A validator's error findings, every one of them on the message's one line (Pyblish UIs show an
    error's first line in their details); ``findings`` holds them all."""

    def __init__(self, findings: List[Finding]) -> None:
        super().__init__(findings)
        errors = [str(f) for f in self.findings if f.severity == ERROR]
        self.args = ("{} error(s): {}".format(len(errors), "; ".join(errors)),)


def findings(context: Any, rule: str) -> List[Finding]:
    """The findings of ``rule`` (one of :data:`RULES`) for the context's graph."""
    graph, _owners = graph_of(context)
    return _findings(context, rule, graph)


def instance_findings(context: Any, instance: Any, rule: str) -> List[Finding]:
    """The findings of ``rule`` on ``instance``'s job; the first publishing instance also gets those on no
    instance's job (the scene's, the farm publish job's).

    Pyblish processes a plug-in's instances in the context's order, so the graph is validated when the
    first publishing instance asks (a new pass), then reused for the others of the pass; also when the
    instance was not publishing at the last pass, or the first one no longer is (a UI's tick box changed).
    """
    last = context.data.setdefault(_PASS, {}).get(rule)
    if last is None or instance is last[2] or id(instance) not in last[3] or not _publishes(last[2]):
        publishing = render_instances(context)
        graph, owners = graph_of(context)
        owned = set(id(owner) for owner in owners.values() if owner is not None)
        last = context.data[_PASS][rule] = (
            _findings(context, rule, graph), owners, publishing[0] if publishing else None, owned)
    found, owners, first = last[0], last[1], instance is last[2]
    return [f for f in found if owners.get(f.job_id) is instance or (first and owners.get(f.job_id) is None)]


def _publishes(instance: Any) -> bool:
    return instance is not None and instance.data.get("publish", True) is not False


def raise_errors(found: List[Finding], log: Optional[logging.Logger] = None) -> None:
    """Log each finding as a record of its own (errors as errors); raise :class:`FindingsError` when any is an
    error. Messages are formatted here: Pyblish UIs show a record's message without its arguments."""
    for finding in found:
        level = logging.ERROR if finding.severity == ERROR else logging.WARNING
        (log or _log).log(level, str(finding))
    if any(finding.severity == ERROR for finding in found):
        raise FindingsError(found)


def repair(context: Any, rule: str) -> Tuple[List[Finding], List[str]]:
    """Apply every fix the findings of ``rule`` carry, to the instances' data (and the scene for a save),
    and store the job values changed with the scene, so a new collection (a UI's Reset) has them. Return
    the findings repaired and the names of the jobs whose values were stored. RuntimeError when none of
    the findings has a fix."""
    graph, owners = graph_of(context)
    fixable = [finding for finding in _findings(context, rule, graph) if finding.fix is not None]
    if not fixable:
        raise RuntimeError(f"Nothing to repair automatically for the {rule} check; fix it by hand")
    apply_fixes(graph, fixable)
    changed = write_back(graph, owners)
    context.data.pop(_PASS, None)  # the next validation sees the repaired values
    host = context.data.get(HOST)
    stored = store_values(host, changed) if host is not None else []
    return fixable, stored


def master_problem() -> str:
    """``""`` when the Smedge master answers, else what is wrong and what to check."""
    if smedge_core.get_master_id() is not None:
        return ""
    settings = ", ".join(f"{name}={os.environ[name]}" for name in (
        "SMEDGE", "SMEDGE_MASTER", "SMEDGE_MASTER_PORT") if os.environ.get(name)) or "none set"
    return (f"The Smedge master does not answer (ConfigureMaster MasterID failed; environment: {settings}). Check that "
            "the master runs and that SMEDGE names the Smedge program folder and SMEDGE_MASTER its host")


def _findings(context: Any, rule: str, graph: JobGraph) -> List[Finding]:
    if rule not in _RULES:
        raise ValueError("Unknown rule {!r}; known: {}".format(rule, ", ".join(RULES)))
    return _RULES[rule](context, graph)


def _scene(context: Any, graph: JobGraph) -> List[Finding]:
    host = context.data.get(HOST)
    if host is None:
        _log.info("No host in the publish context (no Smedge collector ran): the scene is not checked")
        return []
    return list(_host.scene_check(host)(graph))


def _host_checks(context: Any, graph: JobGraph) -> List[Finding]:
    host = context.data.get(HOST)
    if host is None:
        return []
    found: List[Finding] = []
    for check in host.checks():
        found.extend(check(graph))
    return found + list(host.studio.findings)


def _shared(graph: JobGraph, rule: str) -> List[Finding]:
    """The shared validation's findings of one rule (``Finding.rule``)."""
    named = any(graph.value(job_id, "Pool") not in (None, "") for job_id in graph)
    pools = smedge_core.get_pools() if named else []
    return [finding for finding in validate(graph, pools=pools) if finding.rule == rule]


def _jobs(context: Any, graph: JobGraph) -> List[Finding]:
    return _shared(graph, "jobs")


def _pools(context: Any, graph: JobGraph) -> List[Finding]:
    return _shared(graph, "pools")


def _waits(context: Any, graph: JobGraph) -> List[Finding]:
    return _shared(graph, "waits")


_RULES: Dict[str, Callable[[Any, JobGraph], List[Finding]]] = {
    "scene": _scene, "jobs": _jobs, "pools": _pools, "waits": _waits, "host": _host_checks}
