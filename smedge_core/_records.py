"""The INI record form of job files, shared by ``Submit -FromFile`` and the ``List`` outputs.

One section per record, named by its ID; one ``Key = Value`` line per value. A value whose first and
last characters are both double quotes loses one pair on reading, so the writer adds a pair to such a
value and to one with leading or trailing white space. Keys keep their case. Lines end at ``\n`` (a
``\r`` before it is dropped), so a value may hold any character but those two.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Mapping, Optional, Tuple

from .errors import JobValueError

_QUOTE = '"'


def _quote(value: str) -> str:
    if value != value.strip() or (len(value) >= 2 and value[0] == _QUOTE and value[-1] == _QUOTE):
        return _QUOTE + value + _QUOTE
    return value


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == _QUOTE and value[-1] == _QUOTE:
        return value[1:-1]
    return value


def check_value(key: str, value: str) -> None:
    """Raise ValueError if ``value`` cannot be written on one record line of a UTF-8 file."""
    if "\n" in value or "\r" in value:
        raise JobValueError(f"{key}: value {value!r} holds a line break; job files take one line per value", key)
    if value.isascii():  # UTF-8 writes every ASCII text
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise JobValueError(f"{key}: value {value!r} holds a lone surrogate ({value[err.start]!r} at index "
                            f"{err.start}), which UTF-8 cannot write", key) from None


def dumps(records: Iterable[Tuple[str, Mapping[str, str]]]) -> str:
    """Render ``[(section, {key: str})]`` as record text."""
    lines: List[str] = []
    for section, values in records:
        if lines:
            lines.append("")
        lines.append(f"[{section}]")
        for key, value in values.items():
            if "\n" in value or "\r" in value or not value.isascii():
                check_value(key, value)
            lines.append(f"{key} = {_quote(value)}")
    return "\n".join(lines) + "\n" if lines else ""


def lines(text: str) -> List[str]:
    """Split output at ``\n`` only (dropping a ``\r`` before it), so values may hold other line
    separators such as U+2028."""
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]


def loads(text: str) -> List[Tuple[str, Dict[str, str]]]:
    """Parse record text into ``[(section, {key: str})]``; the inverse of :func:`dumps`."""
    records: List[Tuple[str, Dict[str, str]]] = []
    values: Optional[Dict[str, str]] = None
    usual: Dict[str, str] = {}  # the text before '=' of the usual lines met (in a section): its key
    raws = lines(text) if "\r" in text else text.split("\n")
    for number, raw in enumerate(raws, 1):
        head, sep, value = raw.partition("=")
        key = usual.get(head)
        if key is None and sep and values is not None:
            key = head.strip()
            if key and key[0] not in ";#[":
                usual[head] = key
            else:
                key = None
        if key is not None and sep and values is not None:  # the usual line: Key = Value
            value = value.strip()
            values[key] = value[1:-1] if value[-1:] == _QUOTE and len(value) >= 2 and value[0] == _QUOTE else value
            continue
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line[0] == "[" and line[-1] == "]":
            values = {}
            records.append((line[1:-1].strip(), values))
            continue
        if not sep or values is None:
            raise ValueError(f"record line {number}: expected '[ID]' or 'Key = Value', found {raw!r}")
        values[head.strip()] = _unquote(value.strip())
    return records
