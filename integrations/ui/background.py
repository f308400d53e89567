"""Submit or export for a host without its dialog and without freezing it ("Submit again", a ROP's button).

:func:`submit` collects and runs the host's checks on the calling thread (the host's main thread, the
only one that may touch the scene), then validates and sends on Qt's thread pool; the outcome comes back
on the calling thread to ``notify(ok, text)``, by default a message box over the host's main window.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional, Set

from qtpy import QtCore, QtWidgets

from ..host import Host, prepare, send
from ..validate import ValidationError
from .session import format_ids
from .workers import Reply, Task

__all__ = ["submit"]

_log = logging.getLogger(__name__)
#: Tasks under way, with the QObject that receives their outcome (kept alive until they end).
_RUNNING = set()  # type: Set[Task]

Notify = Callable[[bool, str], None]


def submit(host: Host, export_to: Optional[str] = None, notify: Optional[Notify] = None,
           **options: Any) -> Optional[Task]:
    """Start a headless submit (or, with ``export_to``, export) of ``host``; return its Task, or None when
    it could not start (the reason goes to ``notify``). ``options`` are those of ``integrations.host.prepare``
    (``paused``, ``fix``, ``stored`` and the host's build options)."""
    notify = notify or _message_box(host)
    try:
        prepared = prepare(host, **options)
    except Exception as err:  # shown, never raised into the host's event loop
        _log.warning("Could not prepare the submission", exc_info=True)
        notify(False, "Could not collect the scene: {}".format(err))
        return None
    receiver = QtCore.QObject()  # the Reply keeps it: outcomes reach notify on this thread
    task = Task(send, prepared, export_to)
    task.reply = Reply(receiver, lambda result: notify(True, _done_text(prepared.graph, result, export_to)),
                       lambda err: notify(False, _failed_text(err)))
    task.reply.connect(task)
    task.signals.ended.connect(_RUNNING.discard)
    _RUNNING.add(task)
    QtCore.QThreadPool.globalInstance().start(task)
    return task


def _done_text(graph: Any, result: Any, export_to: Optional[str]) -> str:
    if export_to is not None:
        return "Exported; submit later with: Submit -FromFile {}\nJSON: {}".format(*result)
    return "Submitted {} jobs:\n{}".format(len(result), format_ids(graph, result))


def _failed_text(err: BaseException) -> str:
    if isinstance(err, ValidationError):
        return "Nothing was sent:\n{}".format(err)
    return "{}: {}".format(type(err).__name__, err)


def _message_box(host: Host) -> Notify:
    def show(ok: bool, text: str) -> None:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information if ok else QtWidgets.QMessageBox.Icon.Warning,
                                    "Smedge", text, parent=host.main_window())
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()  # not exec(): a modal loop inside the host's own would block it
    return show
