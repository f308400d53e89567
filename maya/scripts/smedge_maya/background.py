"""The menu's headless Submit again and Export without freezing Maya.

The scene is read and the host checks run on Maya's main thread (``maya.cmds`` is main-thread only);
the shared validation (which may ask the master for its pools) and the Smedge commands run on Qt's
global thread pool; the outcome comes back on the main thread, in the viewport (``inViewMessage``) or,
for an error, in a ``confirmDialog``. Scripts keep the synchronous ``smedge_maya.submit``.
"""
from __future__ import annotations

import logging
import os
from typing import Any, List, Optional, Set

from maya import cmds

__all__ = ["start"]

_log = logging.getLogger(__name__)
_RUNNING = set()  # type: Set[Any]  # the tasks under way, kept alive until they end
_OWNER = []  # type: List[Any]  # one QObject on the main thread that receives every outcome


def start(stored: bool = False, export_to: Optional[str] = None) -> Any:
    """Collect and check now, then validate and submit (or export to ``export_to``) in the background;
    returns the started ``integrations.ui.workers.Task``. Raises here what collection raises."""
    from qtpy import QtCore

    from integrations.host import all_checks, collect
    from integrations.ui.session import Submission
    from integrations.ui.workers import Reply, Task

    from .host import MayaHost

    host = MayaHost()
    graph = collect(host)
    found = []  # type: List[Any]
    paused = False
    if stored:
        session = Submission(graph, host.settings_store().load())
        graph = session.build()
        found = list(session.settings_findings)
        paused = bool(session.common["paused"])
    found += [f for check in all_checks(host) for f in check(graph)]
    if not _OWNER:
        _OWNER.append(QtCore.QObject())
    task = Task(_send, graph, found, paused, export_to, host.job_name())
    task.reply = Reply(_OWNER[0], _done, _failed)
    task.reply.connect(task)
    task.signals.ended.connect(_RUNNING.discard)
    _RUNNING.add(task)
    QtCore.QThreadPool.globalInstance().start(task)
    return task


def _send(graph: Any, host_findings: List[Any], paused: bool, export_to: Optional[str], name: str) -> str:
    """On a pool thread: the shared validation with the host's findings, then submit or export."""
    from integrations.validate import ERROR, WARNING, ValidationError, validate

    found = validate(graph, checks=[lambda _graph: host_findings])
    if any(f.severity == ERROR for f in found):
        raise ValidationError(found)
    for finding in found:
        if finding.severity == WARNING:
            _log.warning("%s", finding)
    if export_to is not None:
        from integrations.export import export_graph

        job_file = os.path.join(export_to, name + ".sj")
        export_graph(graph, job_file, os.path.join(export_to, name + ".json"), paused=paused, check=False)
        return "Smedge job file written: {}".format(job_file)
    from integrations.submit import submit_graph

    ids = submit_graph(graph, paused=paused, check=False)
    return "Submitted {} Smedge jobs{}".format(len(ids), " (paused)" if paused else "")


def _done(message: str) -> None:
    _log.info("%s", message)
    cmds.inViewMessage(assistMessage=message, position="topCenter", fade=True)


def _failed(err: Exception) -> None:
    _log.error("Smedge: %s", err)
    cmds.confirmDialog(title="Smedge", message=str(err), button=["OK"])
