"""The one way to read JSON that people write (studio defaults, settings stored in a scene or beside it).

A bad document is a :class:`BadJSON` (a ValueError) naming where it came from: broken JSON, nesting deeper than
:data:`MAX_DEPTH` (which would otherwise be a RecursionError, in the parser or in whatever walks the
data) or, for a file, one that cannot be read. :func:`shown` cuts a value for a message.
"""
from __future__ import annotations

import json
from typing import Any

__all__ = ["MAX_DEPTH", "BadJSON", "load", "loads", "shown"]

#: The deepest nesting of objects and lists accepted.
MAX_DEPTH = 64


class BadJSON(ValueError):
    """A JSON document that cannot be used: ``source`` says where it came from, ``reason`` why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


def loads(text: str, source: str) -> Any:
    """The data of the JSON ``text``; :class:`BadJSON` naming ``source`` (a file, a scene's setting) if bad."""
    try:
        data = json.loads(text)
    except RecursionError:
        data, depth = None, MAX_DEPTH + 1
    except ValueError as err:
        raise BadJSON(source, f"not valid JSON ({err})") from None
    else:
        depth = _depth(data)
    if depth > MAX_DEPTH:
        raise BadJSON(source, f"nested more than {MAX_DEPTH} levels deep")
    return data


def load(path: str) -> Any:
    """The data of the JSON file ``path`` (UTF-8); :class:`BadJSON` naming the file if unreadable or bad."""
    try:
        with open(path, "rb") as stream:
            text = stream.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise BadJSON(path, f"cannot be read ({err})") from None
    return loads(text, path)


def _depth(data: Any) -> int:
    """How deeply objects and lists nest in ``data`` (walked without recursion)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, (dict, list)):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:
                stack.extend((item, level + 1) for item in (value.values() if isinstance(value, dict) else value))
    return deepest


def shown(value: Any, size: int = 200) -> str:
    """``repr(value)`` cut to about ``size`` characters, for messages."""
    try:
        text = repr(value)
    except RecursionError:
        text = "<nested too deeply>"
    return text if len(text) <= size else f"{text[:size]}... ({len(text):,} characters)"
