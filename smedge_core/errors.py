"""Errors raised when a Smedge component fails, and the exit-code table that picks them.

:class:`SmedgeComponentError` is the one class the reference names; the subclasses let a caller tell
a missing install or an unreachable master from a refused request, and are all caught by it.
:class:`SubmissionError` is what a failed ``submit_jobs`` raises, naming the job file it kept.
:class:`JobValueError` is the ValueError ``conform_job`` and ``submit_jobs`` raise for a bad job value,
with the parameter it concerns.
"""

from __future__ import annotations

from typing import Dict, Iterable, Optional, Tuple, Type

#: The longest message of a :class:`JobValueError`: a longer one (a huge value repeated) keeps its start
#: (the field) and its end (the reason), and says how much was left out.
MAX_MESSAGE = 1000


def _cut(message: str, limit: int = MAX_MESSAGE) -> str:
    """``message`` at most about ``limit`` characters: its start and end, and how much was left out."""
    if len(message) <= limit:
        return message
    head, tail = limit * 2 // 3, limit // 3
    return f"{message[:head]} ...({len(message) - head - tail:,} characters left out)... {message[-tail:]}"


class JobValueError(ValueError):
    """A job holds a value (or a parameter name) Smedge would not take; ``field`` names the parameter
    (several, comma-separated, for missing required parameters; empty when no one field is at fault).
    A message that repeats a huge value is cut to about :data:`MAX_MESSAGE` characters."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(_cut(message))
        self.field = field


class SmedgeComponentError(RuntimeError):
    """A Smedge component (a CLI tool or the master behind it) failed.

    ``tool``, ``argv``, ``returncode`` and ``stderr`` say which call failed and how, where known.
    """

    def __init__(self, message: str, tool: Optional[str] = None, argv: Optional[Iterable[str]] = None,
                 returncode: Optional[int] = None, stderr: Optional[str] = None) -> None:
        super().__init__(message)
        self.tool = tool
        self.argv = list(argv) if argv is not None else None
        self.returncode = returncode
        self.stderr = stderr


class SubmissionError(SmedgeComponentError):
    """``submit_jobs`` failed after writing its job file, which is kept: ``job_file`` is its path (submit it
    later with ``Submit -FromFile``). ``__cause__`` is the error that stopped it, whose ``tool``, ``argv``,
    ``returncode`` and ``stderr`` this error repeats."""

    def __init__(self, message: str, job_file: str, cause: Optional[BaseException] = None) -> None:
        super().__init__(message, tool=getattr(cause, "tool", "Submit"), argv=getattr(cause, "argv", None),
                         returncode=getattr(cause, "returncode", None), stderr=getattr(cause, "stderr", None))
        self.job_file = job_file


class ToolNotFoundError(SmedgeComponentError):
    """A Smedge CLI tool is not where the program folder says it should be."""


class UsageError(SmedgeComponentError):
    """The tool rejected its arguments (exit code 2)."""


class MasterUnreachableError(SmedgeComponentError):
    """The tool could not reach the master in time (exit code 3, or no answer at all)."""


class NotFoundError(SmedgeComponentError):
    """The master knows no such job, engine, pool or product (exit code 4)."""


#: Exit codes of the Smedge tools as this project's contract defines them, with the error each raises.
EXIT_CODES: Dict[int, Tuple[str, Optional[Type[SmedgeComponentError]]]] = {
    0: ("success", None),
    1: ("the master refused the request", SmedgeComponentError),
    2: ("bad arguments", UsageError),
    3: ("master unreachable", MasterUnreachableError),
    4: ("no such item", NotFoundError),
}


def error_for(returncode: int) -> Type[SmedgeComponentError]:
    """The error class for a tool's non-zero exit code (unknown codes give the base class)."""
    return EXIT_CODES.get(returncode, ("", SmedgeComponentError))[1] or SmedgeComponentError
