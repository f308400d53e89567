"""The job query grammar: checking a Python query, its text for ``Job List -Query``, and matching.

A query is a condition ``[name, operator, value]``, a list of queries that must all match, or a list
whose first item is ``"any"`` or ``"?"`` followed by queries of which at least one must match. Names may
use the substitution system's member chains (``Scene.Path.File``). Comparisons ignore case; ``<``, ``>``
and friends compare numbers as numbers; ``before``/``after`` compare times (RLib numbers or formatted).
``_contract.query_text`` gives the text the Job tool takes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, List, Optional, Sequence, TypeVar
from uuid import UUID

from ._rtime import datetime_to_rtime, extract_datetime

if TYPE_CHECKING:  # for annotations only
    from ._types import NameOrIDList

    _Comparable = TypeVar("_Comparable", float, str)  # what _order compares: numbers, or text

ANY = ("any", "?")
#: How deep queries may nest (lists in lists); deeper ones are refused with a ValueError.
MAX_DEPTH = 100
OPERATORS = ("=", "!=", "<", "<=", ">", ">=", ":", "!:", "*", "!*", "contains", "before", "after")


def value_text(value: Any) -> str:
    """A Python value as the str Smedge compares (UUID, datetime, bool, number, Pool, path)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return datetime_to_rtime(value)
    return str(value)


def check(query: Sequence[Any], _depth: int = 0) -> List[Any]:
    """Return ``query`` in canonical form (lists of str); ValueError says which part is wrong."""
    if _depth >= MAX_DEPTH:
        raise ValueError(f"a query may nest at most {MAX_DEPTH} lists deep")
    if not isinstance(query, (list, tuple)) or not query:
        raise ValueError(f"a query must be a non-empty list, not {query!r}")
    head = query[0]
    if isinstance(head, str) and head.lower() in ANY:
        if len(query) < 2:
            raise ValueError(f"{head!r} needs at least one query after it")
        return [head.lower()] + [check(part, _depth + 1) for part in query[1:]]
    if isinstance(head, str):
        if len(query) != 3:
            raise ValueError(f"a condition is [name, operator, value], not {query!r}")
        name, operator, value = query
        if not isinstance(operator, str) or operator.lower() not in OPERATORS:
            raise ValueError("unknown query operator {!r} in {!r}; known: {}".format(
                operator, query, " ".join(OPERATORS)))
        if operator in ("*", "!*"):
            import re  # only regex conditions need it
            try:
                re.compile(value_text(value))
            except re.error as err:
                raise ValueError(f"bad regular expression {value!r} in {query!r}: {err}") from None
        return [name, operator.lower(), value_text(value)]
    return [check(part, _depth + 1) for part in query]


def ids_to_query(job_ids: NameOrIDList) -> List[Any]:
    """Convert a job ID or a list of job IDs into a query matching any of them.

    Raises ValueError for an empty list and TypeError for an item that is not a job UUID.
    """
    if isinstance(job_ids, (str, UUID)):
        ids = [job_ids]
    elif isinstance(job_ids, (list, tuple)):
        ids = list(job_ids)
    else:
        raise TypeError(f"job_ids must be a job ID or a list of them, not {job_ids!r}")
    if not ids:
        raise ValueError("ids_to_query needs at least one job ID, got an empty list")
    query: List[Any] = ["any"]
    for item in ids:
        try:
            query.append(["ID", "=", str(item if isinstance(item, UUID) else UUID(item))])
        except (TypeError, ValueError, AttributeError):
            raise TypeError(f"job ID {item!r} is not a valid job UUID") from None
    return query


def _number(text: str) -> Optional[float]:
    try:
        return float(text)
    except ValueError:
        return None


def _compare(left: str, operator: str, right: str) -> bool:
    if operator in (":", "contains"):
        return right.lower() in left.lower()
    if operator == "!:":
        return right.lower() not in left.lower()
    if operator in ("*", "!*"):
        import re  # only the tool side matches queries
        found = re.search(right, left, re.IGNORECASE) is not None
        return found if operator == "*" else not found
    if operator in ("before", "after"):
        since, until = extract_datetime(left), extract_datetime(right)
        if since is None or until is None:
            return False
        return since < until if operator == "before" else since > until
    a, b = _number(left), _number(right)
    if a is None or b is None:
        return _order(left.lower(), operator, right.lower())
    return _order(a, operator, b)


def _order(a: _Comparable, operator: str, b: _Comparable) -> bool:
    return {"=": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[operator]


def matches(query: Sequence[Any], lookup: Callable[[str], str]) -> bool:
    """Whether a checked query matches; ``lookup(name)`` gives the str value of a name."""
    if query[0] in ANY:
        return any(matches(part, lookup) for part in query[1:])
    if isinstance(query[0], str):
        name, operator, value = query
        return _compare(lookup(name), operator, value)
    return all(matches(part, lookup) for part in query)
