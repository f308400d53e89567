"""Where ``submit_jobs`` writes its job file while Submit runs, and where it keeps one that was not taken.

Both are under the user's smedge-submit folder, which the system does not clean: ``~/.smedge-submit/jobs``
(:func:`folder`). While Submit runs the file is ``submitting/<pid>-<random>.sj`` there; a file of a
process that no longer runs (a client killed mid-submit) is removed by the next ``submit_jobs`` of any
process. A refused submission's file is kept as ``<scene>-<YYYYmmdd-HHMMSS>.sj``, named after the first
job's ``Scene`` (``jobs`` without one) and the local time.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from typing import Any, List

_log = logging.getLogger(__name__)
_SUBMITTING = "submitting"
_PENDING = re.compile(r"(\d+)-[^.]+\.sj$")


def folder() -> str:
    """``~/.smedge-submit/jobs``: kept job files (and, in ``submitting/``, those being submitted)."""
    return os.path.join(os.path.expanduser("~"), ".smedge-submit", "jobs")


def write(text: str) -> str:
    """Write ``text`` to a new job file of this process in ``submitting/``; its path."""
    import tempfile  # here, not at import: only submitting needs it

    pending = os.path.join(folder(), _SUBMITTING)
    os.makedirs(pending, exist_ok=True)
    handle, path = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=".sj", dir=pending)
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    return path


def keep(path: str, jobs: List[Any]) -> str:
    """Move the job file at ``path`` to the kept folder under the first job's scene name and the time."""
    scene = next((str(job.get("Scene") or "") for job in jobs if isinstance(job, dict)), "")
    name = re.sub(r"[^\w.-]+", "_", os.path.splitext(os.path.basename(scene.replace("\\", "/")))[0]) or "jobs"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = os.path.join(folder(), f"{name}-{stamp}.sj")
    count = 1
    while os.path.exists(target):
        count += 1
        target = os.path.join(folder(), f"{name}-{stamp}-{count}.sj")
    os.replace(path, target)
    return target


def clean_orphans() -> List[str]:
    """Remove the job files that processes no longer running left in ``submitting/``; their paths."""
    pending = os.path.join(folder(), _SUBMITTING)
    removed = []
    for name in (os.listdir(pending) if os.path.isdir(pending) else []):
        match = _PENDING.match(name)
        if match and not _running(int(match.group(1))):
            try:
                os.remove(os.path.join(pending, name))
            except OSError:  # another client removed it first
                continue
            removed.append(os.path.join(pending, name))
    if removed:
        _log.info("Removed %d job files of submissions that did not finish: %s", len(removed), ", ".join(removed))
    return removed


def _running(pid: int) -> bool:
    """Whether a process ``pid`` runs (a PID reused since keeps its file until that process ends)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C_EVENT there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if handle:
            kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
