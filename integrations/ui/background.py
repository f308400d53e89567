"""Submit or export for a host without its dialog and without freezing it (Submit again, Export, a ROP's
button).

:func:`submit` collects and runs the host's checks on the calling thread (the host's main thread, the
only one that may touch the scene), then sends on Qt's thread pool (``workers.start``); the outcome, a
``session.Result`` or the exception, comes back on the calling thread to ``notify``, by default a
message box over the host's main window.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional, Union

from qtpy import QtCore, QtWidgets

from ..host import Host, prepare
from ..session import Result
from ..validate import ValidationError
from .widgets import keep_open
from .workers import Task, start

__all__ = ["Notify", "describe", "submit"]

_log = logging.getLogger(__name__)

#: Told how a background submit or export ended: its Result, or the exception that stopped it.
Notify = Callable[[Union[Result, Exception]], None]


def submit(host: Host, export_to: Optional[str] = None, notify: Optional[Notify] = None,
           **options: Any) -> Optional[Task]:
    """Start a headless submit (or, with ``export_to``, export) of ``host``; return its Task, or None when
    it could not start (the exception goes to ``notify``). ``options`` are those of
    ``integrations.host.prepare`` (``paused``, ``fix``, ``stored`` and the host's build options)."""
    notify = notify or _message_box(host)
    try:
        prepared = prepare(host, **options)
    except Exception as err:  # shown, never raised into the host's event loop
        _log.warning("Could not prepare the submission", exc_info=True)
        notify(err)
        return None
    receiver = QtCore.QObject()  # the Reply keeps it: outcomes reach notify on this thread
    return start(receiver, prepared.send, export_to, done=notify, failed=notify)


def describe(outcome: Union[Result, Exception]) -> str:
    """The text of an outcome: what was sent, or why nothing was (first line), then the details."""
    if isinstance(outcome, Result):
        return outcome.summary()
    if isinstance(outcome, ValidationError):
        return f"Nothing was sent:\n{outcome}"
    return f"{type(outcome).__name__}: {outcome}"


def _message_box(host: Host) -> Notify:
    def show(outcome: Union[Result, Exception]) -> None:
        icon = QtWidgets.QMessageBox.Icon
        box = QtWidgets.QMessageBox(icon.Information if isinstance(outcome, Result) else icon.Warning,
                                    "Smedge", describe(outcome), parent=host.main_window())
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()  # not exec(): a modal loop inside the host's own would block it
        keep_open(box)
    return show
