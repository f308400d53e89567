"""The master's data folder: one master at a time (a lock), what it holds, and a consistent backup.

A data folder holds ``master.sqlite`` (the state), ``master.sqlite-wal`` and ``master.sqlite-shm``
(SQLite's write-ahead log and its index: a committed change lives in the WAL until SQLite copies it into
``master.sqlite``, so the three files are one unit: copy them together, or use :func:`backup`),
``master.lock`` (:class:`DataLock`), ``logs/`` (work and event output), ``bin/`` (the tools) and
``shared/`` (files engines share).
"""

import logging
import os
import sqlite3
from pathlib import Path

_log = logging.getLogger(__name__)
DATABASE = "master.sqlite"
LOCK = "master.lock"


class StartError(Exception):
    """The master cannot start: one line naming the folder or file and the cause."""


def cause(err):
    """The reason of an OSError or sqlite3 error, without its traceback or errno prefix."""
    return getattr(err, "strerror", None) or str(err) or type(err).__name__


def _open_lock(path):
    """``path`` opened for a :class:`DataLock` to hold until :meth:`DataLock.release` (``a+`` does not
    truncate what another master wrote)."""
    return open(str(path), "a+b")


def _try_lock(stream):
    if os.name == "nt":
        import msvcrt
        msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


class DataLock:
    """An exclusive lock on a data folder, held by this process's open ``master.lock``: the system drops
    it when the process ends, however it ends, so a ``kill -9`` needs no cleanup. While held the file
    says ``<pid> <host>:<port>``; a clean :meth:`release` empties it, so a file found non-empty on
    start-up (:attr:`unclean`) tells of a master that did not stop cleanly."""

    def __init__(self, folder):
        self.path = Path(folder) / LOCK
        try:
            self._stream = _open_lock(self.path)
        except OSError as err:
            raise StartError(f"data folder {folder}: cannot open {LOCK}: {cause(err)}") from None
        try:
            _try_lock(self._stream)
        except OSError:
            self._stream.seek(0)
            holder = self._stream.read(200).decode("utf-8", "replace").split()
            self._stream.close()
            pid = holder[0] if holder else "unknown"
            where = holder[1] if len(holder) > 1 else "a port not known yet"
            raise StartError(f"data folder {folder} is in use by another master (PID {pid}, listening on {where}); "
                             "stop it or give another --data") from None
        self._stream.seek(0)
        self.unclean = bool(self._stream.read().strip())
        self.write(f"{os.getpid()} starting")

    def write(self, text):
        self._stream.seek(0)
        self._stream.truncate()
        self._stream.write(text.encode("utf-8") + b"\n")
        self._stream.flush()
        os.fsync(self._stream.fileno())

    def release(self):
        """Mark a clean stop and let the folder go."""
        try:
            self._stream.seek(0)
            self._stream.truncate()
            self._stream.flush()
        finally:
            self._stream.close()


def check_wal(folder, unclean):
    """Warn (and return the warning) when the master before stopped uncleanly and its write-ahead log is
    gone: the changes it held, committed but not yet copied into the database, are lost."""
    database = Path(folder) / DATABASE
    if not unclean or not database.exists() or Path(str(database) + "-wal").exists():
        return None
    message = (f"the master using {folder} did not stop cleanly and its write-ahead log {DATABASE}-wal is missing: "
               f"changes committed since SQLite last copied them into {DATABASE} are lost (restore a backup made with "
               "'python -m smedge_core.sandbox backup' to get them back)")
    _log.warning("%s", message)
    return message


def backup(data, out):
    """Copy the state of the data folder ``data`` into the single file ``out`` with SQLite's backup API:
    a consistent copy, even of a master that is running. ``out`` is written whole, then renamed."""
    database = Path(data) / DATABASE
    if not database.is_file():
        raise StartError(f"data folder {data}: no {DATABASE} to back up")
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    source = sqlite3.connect(str(database))
    try:
        target = sqlite3.connect(str(partial))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    os.replace(str(partial), str(out))
    return out
