"""Small checks on plain values that every layer shares: one case-insensitive key lookup, one whole number."""

from typing import Any, Mapping, Optional, TypeVar, cast

__all__ = ["find_key", "whole_number"]


_K = TypeVar("_K")


def find_key(mapping: Mapping[_K, Any], name: str) -> Optional[_K]:
    """The key of ``mapping`` that matches ``name`` regardless of case (an exact match first), or None."""
    if name in mapping:
        return cast(_K, name)  # equal to a key of the mapping
    lowered = name.lower()
    return cast(Optional[_K], next((key for key in mapping if isinstance(key, str) and key.lower() == lowered), None))


def whole_number(value: Any, what: str, low: int, high: Optional[int] = None) -> int:
    """``value`` (an int, or a str of ASCII digits) as an int from ``low`` to ``high``.

    ValueError naming ``what`` and the value otherwise; bools and floats are refused, as Smedge's integer
    parameters do not take them.
    """
    text = str(value).strip()
    number = int(text) if not isinstance(value, (bool, float)) and text.isascii() and text.isdigit() else None
    if number is None or number < low or (high is not None and number > high):
        bound = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise ValueError(f"{what} must be a whole number {bound}, not {value!r}")
    return number
