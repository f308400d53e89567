"""Background work: :func:`start` runs one function on Qt's thread pool and hands its outcome back.

The one launch the dialog and the headless UI submit (``background``) use. The function runs on a pool
thread and gets a ``progress(text)`` keyword when a progress handler is given. Results, errors and
progress arrive on the owner's thread as queued signals, through a :class:`Reply` that drops them when
the owner is gone, so handlers may touch widgets.

A task holds the GIL while it runs Python: each call Qt makes into Python on the UI thread waits for it,
up to the interpreter's switch interval (5 ms by default, a process-wide setting left to the host). So the
UI calls into Python rarely while tasks run: the job table's cells are stored in Qt, not computed by a
Python ``data()`` per cell painted (``models.JobTableModel``; ``benchmarks/bench_dialog.py --why``).
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional, Set

from qtpy import QtCore

__all__ = ["Reply", "Task", "start"]

_log = logging.getLogger(__name__)
#: Tasks still running: they outlive an owner closed or deleted meanwhile (their Reply then drops the
#: outcome), so the host never waits on the UI thread for a submission to end.
_RUNNING: Set[Task] = set()


def start(owner: QtCore.QObject, function: Callable[..., Any], *args: Any, done: Callable[[Any], Any],
          failed: Callable[[Exception], Any], progress: Optional[Callable[[str], Any]] = None) -> Task:
    """Run ``function(*args)`` (with ``progress=`` when a handler is given) on Qt's global thread pool;
    ``done(result)`` or ``failed(exception)`` then runs on ``owner``'s thread while ``owner`` lives."""
    task = Task(function, *args, progress=progress is not None)
    task.reply = Reply(owner, done, failed, progress)
    task.reply.connect(task)
    task.signals.ended.connect(_ended)
    _RUNNING.add(task)
    QtCore.QThreadPool.globalInstance().start(task)
    return task


def _ended(task: Task) -> None:
    _RUNNING.discard(task)
    task.release()


class TaskSignals(QtCore.QObject):
    """``done(result)``, ``failed(exception)``, ``progress(text)``, then ``ended(task)``."""

    done = QtCore.Signal(object)
    failed = QtCore.Signal(object)
    progress = QtCore.Signal(str)
    ended = QtCore.Signal(object)


class Task(QtCore.QRunnable):
    """``function(*args)`` on a thread pool; ``signals`` carries its outcome.

    The pool deletes the runnable after ``run`` (auto-delete; a runnable the pool keeps would keep its
    Python side, and with it the arguments and the dialog, for good). Its ``signals`` and ``reply`` are
    parented to the application and deleted on the UI thread by :meth:`release` once the outcome is
    handed over, whichever thread lets go of the Task last.
    """

    #: The Reply that hands the outcome to its owner; set by whoever starts the task (see ``Reply``).
    reply: Reply

    def __init__(self, function: Callable[..., Any], *args: Any, progress: bool = False) -> None:
        super().__init__()
        self.function: Optional[Callable[..., Any]] = function
        self.args = args
        self.signals = TaskSignals(QtCore.QCoreApplication.instance())
        self.keywords = {"progress": self.signals.progress.emit} if progress else {}

    def run(self) -> None:
        assert self.function is not None, "a Task runs once"
        try:
            result = self.function(*self.args, **self.keywords)
        except Exception as err:  # reported to the dialog, which shows it
            _log.debug("Background task %s failed", getattr(self.function, "__name__", self.function), exc_info=True)
            self.signals.failed.emit(err)
        else:
            self.signals.done.emit(result)
        self.signals.ended.emit(self)

    def release(self) -> None:
        """Let go of what the finished task held (on the UI thread, after its outcome was handed over)."""
        self.function, self.args, self.keywords = None, (), {}
        self.reply.forget()
        self.reply.deleteLater()
        self.signals.deleteLater()


class Reply(QtCore.QObject):
    """Hands a task's outcome to an owner's handlers on the UI thread, as long as the owner lives.

    Create it on the UI thread and keep it with the task: the owner (a widget) may be closed and
    deleted while the task runs; its outcome is then dropped instead of reaching a deleted widget.
    Parented to the application: the task's ``release`` deletes it.
    """

    def __init__(self, owner: QtCore.QObject, done: Callable[[Any], Any], failed: Callable[[Exception], Any],
                 progress: Optional[Callable[[str], Any]] = None) -> None:
        super().__init__(QtCore.QCoreApplication.instance())
        self._owner: Optional[QtCore.QObject] = owner
        self._done: Optional[Callable[[Any], Any]] = done
        self._failed: Optional[Callable[[Exception], Any]] = failed
        self._progress = progress

    def forget(self) -> None:
        """Drop the owner and its handlers (the task ended)."""
        self._owner = self._done = self._failed = self._progress = None

    def connect(self, task: Task) -> None:  # type: ignore[override]  # shadows QObject.connect (unused on a Reply)
        task.signals.done.connect(self.done)
        task.signals.failed.connect(self.failed)
        if self._progress is not None:
            task.signals.progress.connect(self.progress)

    @QtCore.Slot(object)
    def done(self, result: object) -> None:
        self._hand(self._done, result)

    @QtCore.Slot(object)
    def failed(self, err: Exception) -> None:
        self._hand(self._failed, err)

    @QtCore.Slot(str)
    def progress(self, text: str) -> None:
        self._hand(self._progress, text)

    def _hand(self, handler: Optional[Callable[[Any], Any]], value: Any) -> None:
        if self._owner is None:  # forgotten: the task ended
            return
        try:
            self._owner.objectName()
        except RuntimeError:  # "Internal C++ object already deleted": the owner went while the task ran
            _log.debug("Dropped the outcome of a task whose dialog is gone")
            return
        if handler is not None:
            handler(value)
