"""RLib time values: Smedge's integer time and its formatted form.

The integer's epoch and unit are not public. This project uses microseconds since 1970-01-01 UTC, so
every datetime converts exactly both ways; ``0`` means "no time". A naive datetime is local time (as
``datetime.now()`` gives); results are naive local datetimes, so an aware datetime comes back as the same
moment in local time, and a local time that does not exist (skipped by a daylight-saving change) comes
back as the time it stands for.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_FORMATS = ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def datetime_to_rtime(from_datetime: Optional[datetime]) -> str:
    """Convert a datetime to an RLib time number, returned as a str; ``None`` gives ``"0"``."""
    if from_datetime is None:
        return "0"
    if not isinstance(from_datetime, datetime):
        raise TypeError(f"from_datetime must be a datetime or None, not {from_datetime!r}")
    delta = from_datetime.astimezone(timezone.utc) - _EPOCH
    return str((delta.days * 86400 + delta.seconds) * 1000000 + delta.microseconds)


def extract_datetime(from_string: str) -> Optional[datetime]:
    """Convert an RLib time number or a ``YYYY-mm-dd HH:MM:SS.ms`` string to a naive local datetime.

    Returns None when the text is neither (or is the number 0).
    """
    text = str(from_string).strip()
    digits = text[1:] if text.startswith("-") else text
    if digits.isascii() and digits.isdigit():
        number = int(text)
        if number == 0:
            return None
        try:
            seconds, micros = divmod(number, 1000000)
            return datetime.fromtimestamp(seconds).replace(microsecond=micros)
        except (OverflowError, ValueError, OSError):
            return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
