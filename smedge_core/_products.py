"""Product info (fetched once per process) and the conversions it drives: conform_job and pythonize_job.

Each parameter type has a pair of functions, Python value -> job-file text and back, so that
``pythonize_job`` and ``conform_job`` are inverses. ``List`` parameters join their items with the
``Separator`` setting (default ``,``). ``Parameters`` values (sub-parameters, a dict) are written as
``NAME=value`` items joined by the parameter's ``Separator`` setting when it has one (EnvironmentOverrides:
``OCIO=/cfg/config.ocio``, the form public scripts send), else as JSON; either is read, as is a dict.
"""

from __future__ import annotations

import functools
import json
import math
import os
import threading
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Dict, List, NoReturn, Optional, Tuple, Union, cast

from . import _process, _records, frames
from ._query import value_text
from ._rtime import datetime_to_rtime, extract_datetime
from ._types import JobType, NameOrID, Parameter, ParameterList, Pool, Product, find_value
from .errors import JobValueError

if TYPE_CHECKING:  # for type checkers only, never run (typing_extensions: typing.Protocol is 3.8+)
    from typing import overload

    from typing_extensions import Protocol

    class _ProductInfo(Protocol):
        """The type of :func:`get_product_info`: all products for None, else one product or None; and
        ``cache_clear``."""

        @overload
        def __call__(self, product: None = None) -> List[Product]: ...
        @overload
        def __call__(self, product: Union[NameOrID, Product]) -> Optional[Product]: ...
        def cache_clear(self) -> None: ...

    _ToText = Callable[[Parameter, Any], str]  # a Python value of a parameter -> its job-file text
    _FromText = Callable[[Parameter, str], Any]  # job-file text -> the Python value
    _Reader = Callable[[str], Any]  # the text -> value function of one parameter

_lock = threading.Lock()
_index: Optional[Dict[str, _Plan]] = None  # {lower-case name, alias or ID: _Plan}
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")


def find_parameter(parameters: ParameterList, name: str) -> Optional[Parameter]:
    """Find a parameter by name regardless of case; None when absent."""
    lower = name.lower()
    for parameter in parameters:
        if parameter.name.lower() == lower:
            return parameter
    return None


# --- one value, both ways --------------------------------------------------------------------

def _fail(parameter: Parameter, value: Any, expected: str) -> NoReturn:
    raise JobValueError(f"{parameter.name}: {value!r} is not {expected}", parameter.name)


def _refuse_bytes(name: str, value: Any, field: Optional[str] = None) -> None:
    """JobValueError for bytes, which would otherwise be written as their repr (``b'abc'``)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise JobValueError(f"{name}: {value if not isinstance(value, memoryview) else bytes(value)!r} is bytes, "
                            "not text; decode it first (value.decode('utf-8'))", field or name)


def _int_text(parameter: Parameter, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, str, float)):
        _fail(parameter, value, "an integer")
    try:
        number = int(value) if not isinstance(value, float) or value.is_integer() else None
    except ValueError:
        number = None
    if number is None:
        _fail(parameter, value, "an integer")
    bounds = _bounds(parameter)
    low, high = find_value(parameter.settings, "Min", ""), find_value(parameter.settings, "Max", "")
    if bounds is None:
        raise JobValueError(f"{parameter.name}: {value!r} cannot be checked: the product's Min {low!r} or Max "
                            f"{high!r} is not a whole number", parameter.name)
    if not bounds[0] <= number <= bounds[1]:
        _fail(parameter, value, f"within {low}..{high}")
    return str(number)


def _float_text(parameter: Parameter, value: Any) -> str:
    if isinstance(value, bool):
        _fail(parameter, value, "a number")
    try:
        return repr(float(value))
    except (TypeError, ValueError):
        _fail(parameter, value, "a number")


def _bool_text(parameter: Parameter, value: Any) -> str:
    text = str(value).strip().lower()
    if value is True or text in _TRUE:
        return "1"
    if value is False or value is None or text in _FALSE:
        return "0"
    _fail(parameter, value, "a boolean (True/False, 1/0)")


def _choice_text(parameter: Parameter, value: Any) -> str:
    text = value_text(value)
    for internal, display in parameter.choices.items():
        if text.lower() in (internal.lower(), display.lower()):
            return internal
    _fail(parameter, value, "one of: " + ", ".join(
        f"{k!r} ({v})" for k, v in parameter.choices.items()))


def _id_text(parameter: Parameter, value: Any) -> str:
    if isinstance(value, Pool):
        value = value.id
    try:
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    except ValueError:
        _fail(parameter, value, "a UUID")


def _time_text(parameter: Parameter, value: Any) -> str:
    if value is None or value == "":
        return "0"
    if isinstance(value, datetime):
        return datetime_to_rtime(value)
    moment = extract_datetime(value)
    if moment is None and str(value).strip() != "0":
        _fail(parameter, value, "a datetime, an RLib time number or 'YYYY-mm-dd HH:MM:SS.ms'")
    return datetime_to_rtime(moment)


def _string_text(parameter: Parameter, value: Any) -> str:
    if isinstance(value, (list, tuple, dict, set)):
        _fail(parameter, value, "a single value (this parameter is not a list)")
    return value_text(value)


def _range_text(parameter: Parameter, value: Any) -> str:
    """Range text, checked: it must parse and hold at most ``frames.MAX_FRAMES`` frames (counted from its
    spans, never expanded)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, frames.FrameRange)):
        _fail(parameter, value, "a frame range (text such as '1-100', '1-100x2' or '1,5,9', or an int)")
    text = value_text(value)
    if text == "":
        return text
    try:
        count = len(frames.parse_range(value, limit=frames.MAX_FRAMES))
    except ValueError as err:
        raise JobValueError(f"{parameter.name}: {err}", parameter.name) from None
    limit = frames.MAX_FRAMES
    if count > limit:
        raise JobValueError(f"{parameter.name}: {_shorten(text)!r} holds {count:,} frames, "
                            f"more than the limit of {limit:,} frames a job may hold (smedge_core.frames.MAX_FRAMES)",
                            parameter.name)
    return text


def _shorten(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[:size - 3] + "..."


def _pairs_separator(parameter: Parameter) -> str:
    """The ``Separator`` setting of a ``Parameters`` parameter written as ``NAME=value`` items, else ``""``."""
    return find_value(parameter.settings, "Separator", "") or ""


def _read_pairs(parameter: Parameter, text: str) -> Dict[str, str]:
    """``NAME=value`` items joined by the separator as a dict; JSON object text as its dict."""
    if text.lstrip().startswith("{"):
        try:
            subs = json.loads(text)
        except ValueError:
            subs = None
        if isinstance(subs, dict):
            return subs
    out: Dict[str, str] = {}
    for item in text.split(_pairs_separator(parameter)):
        name, equals, value = item.partition("=")
        if item.strip() and (not equals or not name.strip()):
            raise ValueError(f"{item!r} is not NAME=value")
        if item.strip():
            out[name.strip()] = value
    return out


def _parameters_text(parameter: Parameter, value: Any) -> str:
    given = value
    separator = _pairs_separator(parameter)
    if isinstance(value, str):
        try:
            value = (_read_pairs(parameter, value) if separator else json.loads(value)) if value.strip() else {}
        except ValueError as err:
            raise JobValueError("{}: {!r} is not a dict of sub-parameters, nor {} text of one ({})".format(
                parameter.name, _shorten(given), "NAME=value or JSON" if separator else "JSON", err),
                parameter.name) from None
    if not isinstance(value, dict):
        _fail(parameter, given, "a dict of sub-parameters (or JSON text of one)")
    subs: Dict[str, str] = {}
    for key, item in value.items():
        sub = find_parameter(parameter.parameters, str(key))
        if sub is None:
            _refuse_bytes(f"{parameter.name}[{key!r}]", item, parameter.name)
        subs[sub.name if sub else str(key)] = to_text(sub, item) if sub else value_text(item)
    if not separator:
        return json.dumps(subs, ensure_ascii=False, sort_keys=True)
    for key, item in subs.items():
        if not key.strip() or "=" in key or separator in key + item:
            raise JobValueError(f"{parameter.name}: {key!r}: {item!r} cannot be written as NAME=value items joined by "
                                f"{separator!r} (a name holds no '=' and neither holds {separator!r})", parameter.name)
    return separator.join(f"{key}={item}" for key, item in subs.items())


def _parameters_value(parameter: Parameter, text: str) -> Dict[str, Any]:
    subs = (_read_pairs(parameter, text) if _pairs_separator(parameter) else json.loads(text)) if text else {}
    out = {}
    for key, item in subs.items():
        sub = find_parameter(parameter.parameters, key)
        out[key] = from_text(sub, item) if sub else item
    return out


def _int_value(parameter: Parameter, text: str) -> Optional[int]:
    return int(text) if text.strip() else None


def _float_value(parameter: Parameter, text: str) -> Optional[float]:
    return float(text) if text.strip() else None


def _bool_value(parameter: Parameter, text: str) -> bool:
    return text.strip().lower() in _TRUE


def _id_value(parameter: Parameter, text: str) -> Optional[uuid.UUID]:
    return uuid.UUID(text) if text.strip() else None


def _time_value(parameter: Parameter, text: str) -> Optional[datetime]:
    return extract_datetime(text)


def _same(parameter: Parameter, text: str) -> str:
    return text


_TYPES: Dict[str, Tuple[_ToText, _FromText]] = {  # type name: (to text, from text)
    "integer": (_int_text, _int_value),
    "float": (_float_text, _float_value),
    "bool": (_bool_text, _bool_value),
    "choice": (_choice_text, _same),
    "id": (_id_text, _id_value),
    "time": (_time_text, _time_value),
    "parameters": (_parameters_text, _parameters_value),
    "range": (_range_text, _same),
}
_STRING: Tuple[_ToText, _FromText] = (_string_text, _same)


def _pair(parameter: Parameter) -> Tuple[_ToText, _FromText]:
    return _TYPES.get(parameter.type.lower(), _STRING)


def _separator(parameter: Parameter) -> str:
    return find_value(parameter.settings, "Separator", "") or ","


def to_text(parameter: Parameter, value: Any) -> str:
    """A Python value of ``parameter`` as job-file text; ValueError names the parameter and value.

    None is "no value": the empty text (``0`` for booleans and times).
    """
    text_of = _pair(parameter)[0]
    if value is None and parameter.type.lower() not in ("bool", "time"):
        return ""
    _refuse_bytes(parameter.name, value)
    if not parameter.has_flag("List"):
        return text_of(parameter, value)
    items = list(value) if isinstance(value, (list, tuple)) else [] if value in (None, "") else [value]
    for item in items:
        _refuse_bytes(parameter.name, item)
    if parameter.type.lower() == "parameters":
        return json.dumps([json.loads(text_of(parameter, item)) for item in items], ensure_ascii=False)
    separator = _separator(parameter)
    texts = []
    for item in items:
        text = text_of(parameter, item)
        if separator in text:
            raise JobValueError(f"{parameter.name}: item {item!r} holds the list separator {separator!r}",
                                parameter.name)
        texts.append(text)
    return separator.join(texts)


def from_text(parameter: Parameter, text: str) -> Any:
    """The Python value of job-file ``text`` for ``parameter``: the inverse of :func:`to_text`."""
    value_of = _pair(parameter)[1]
    if not parameter.has_flag("List"):
        return value_of(parameter, text)
    if parameter.type.lower() == "parameters":
        return [value_of(parameter, json.dumps(item)) for item in (json.loads(text) if text else [])]
    return [value_of(parameter, item) for item in text.split(_separator(parameter))] if text else []


# --- products --------------------------------------------------------------------------------

class _Plan:
    """A product with what conversion needs precomputed once: a name-to-parameter index, writers, readers,
    default values and the required parameters."""

    def __init__(self, product: Product) -> None:
        self.product = product
        self.by_name = {p.name.lower(): p for p in product.parameters}
        self.writers = {key: (p.name, _writer(p)) for key, p in self.by_name.items()}
        self.readers = {key: (p.name, _reader(p)) for key, p in self.by_name.items()}
        #: Names of the Required parameters without a default, alphabetical.
        self.required = [p.name for p in product.required_parameters if p.default == ""]
        self.defaults = {p.name: from_text(p, p.default) for p in product.parameters}
        self.mutable = [name for name, value in self.defaults.items() if isinstance(value, (list, dict))]

    def pythonized_defaults(self) -> JobType:
        out = dict(self.defaults)
        for name in self.mutable:
            out[name] = type(out[name])(out[name])
        return out


def _writer(parameter: Parameter) -> Callable[[Any], str]:
    """:func:`to_text` of one parameter, with its type, flags and bounds looked up once; plain text for a
    text parameter and an int within bounds for an integer one are written without further checks."""
    if parameter.has_flag("List") or parameter.type.lower() in ("bool", "time"):
        return functools.partial(to_text, parameter)
    text_of, name = _pair(parameter)[0], parameter.name
    bounds = _bounds(parameter) if text_of is _int_text else None

    def write(value: Any) -> str:
        kind = type(value)
        if kind is str and text_of is _string_text:
            return value
        if kind is int and bounds is not None and bounds[0] <= value <= bounds[1]:
            return str(value)
        if value is None:
            return ""
        _refuse_bytes(name, value)
        return text_of(parameter, value)
    return write


def _bounds(parameter: Parameter) -> Optional[Tuple[float, float]]:
    """An integer parameter's ``Min`` and ``Max`` (unset: no bound); None when one is not a whole number."""
    bounds = []
    for setting, unset in (("Min", -math.inf), ("Max", math.inf)):
        limit = find_value(parameter.settings, setting)
        try:
            bounds.append(unset if limit in (None, "") else int(limit))
        except ValueError:
            return None
    return bounds[0], bounds[1]


def _reader(parameter: Parameter) -> Optional[_Reader]:
    """The text -> value function of a parameter, or None where the text is the value."""
    value_of = _pair(parameter)[1]
    if parameter.has_flag("List"):
        if parameter.type.lower() == "parameters":
            return functools.partial(from_text, parameter)
        separator = _separator(parameter)
        return lambda text: [value_of(parameter, item) for item in text.split(separator)] if text else []
    if value_of is _same:
        return None
    return functools.partial(value_of, parameter)


def _plans() -> Dict[str, _Plan]:
    global _index
    fetched = _index
    if fetched is not None:  # fetched already: no lock needed to read it
        return fetched
    with _lock:
        if _index is None:
            index: Dict[str, _Plan] = {}
            for raw in _process.read("ConfigureMaster", "ProductInfo"):
                plan = _Plan(Product.from_dict(raw))
                for key in [plan.product.name, str(plan.product.type), *plan.product.aliases]:
                    index.setdefault(key.lower(), plan)
            _index = index
        return _index


def _clear_cache() -> None:
    """Forget the product info, so the next call fetches it again."""
    global _index
    with _lock:
        _index = None


def is_fetched() -> bool:
    """Whether the product info is in this process already (so asking for it starts no tool)."""
    return _index is not None


def _plan_for(product: Union[NameOrID, Product]) -> Optional[_Plan]:
    key = str(product.type if isinstance(product, Product) else product).strip().lower()
    return _plans().get(key)


def _with_cache_clear(function: Callable[..., Any]) -> _ProductInfo:
    """``function`` given ``cache_clear`` (:func:`_clear_cache`); the same function, typed as one that has it."""
    vars(function)["cache_clear"] = _clear_cache  # a function's attributes live in its __dict__
    return cast("_ProductInfo", function)


@_with_cache_clear
def get_product_info(product: Optional[Union[NameOrID, Product]] = None) -> Optional[Union[Product, List[Product]]]:
    """Get one product by name, alias or ID (None if unknown), or a list of all products.

    The reference's text says "a dict of the product settings"; its signature and its Product class say a
    Product, which is what this returns (``Product.from_dict`` reads the dict the master sends).
    Fetched from the master once per process; ``get_product_info.cache_clear()`` forgets it.
    """
    if product is None:
        seen: List[Product] = []
        for plan in _plans().values():
            if plan.product not in seen:
                seen.append(plan.product)
        return seen
    found = _plan_for(product)
    return found.product if found else None


def _job_plan(job: JobType, caller: str) -> _Plan:
    if not isinstance(job, dict):
        raise ValueError(f"{caller} needs a job dict, not {job!r}")
    kind = find_value(job, "Type")
    if kind in (None, ""):
        raise JobValueError("job {!r} has no Type".format(find_value(job, "Name", job)), "Type")
    plan = _plan_for(kind)
    if plan is None:
        known = sorted({p.product.name for p in _plans().values()})
        raise JobValueError("Type: product {!r} not found; known: {}".format(value_text(kind), ", ".join(known)),
                            "Type")
    return plan


def _check_name(name: object) -> str:
    """Return a parameter name fit for a job file and a command line; ValueError names a bad one."""
    if not isinstance(name, str) or not name or name != name.strip() or name[0] in "-[;#" or \
            any(c in name for c in "=\r\n") or not _encodable(name):
        raise JobValueError(f"{name!r} is not a parameter name (a name is UTF-8 text with no '=', line break or "
                            "leading '-', '[', ';', '#' or space)", str(name))
    return name


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def conform_job(job: JobType) -> JobType:
    """Check a job against its product and turn every value into the text Smedge takes.

    Returns a new dict keyed by the product's spelling of each name, ``Type`` as the product ID.
    Raises ValueError for a non-dict, a missing or unknown Type, a bad value, a name given twice, or
    missing required parameters; the message names the job, the field and the value.
    """
    plan = _job_plan(job, "conform_job")
    out: Dict[str, str] = {"Type": str(plan.product.type)}
    seen = {"type"}
    writers = plan.writers
    for key, value in job.items():
        lower = key.lower() if isinstance(key, str) else None
        entry = writers.get(lower) if lower is not None else None
        if entry is None:  # a name the product knows (in any case) needs no check
            lower = _check_name(key).lower()
        if lower == "type":
            continue
        if lower in seen:
            raise JobValueError("job {!r} gives {} twice (names ignore case)".format(
                find_value(job, "Name", ""), key), key)
        seen.add(lower)
        name = entry[0] if entry is not None else key
        if type(value) is not str and hasattr(value, "__fspath__"):  # pathlib paths and other path-likes
            value = os.fspath(value)
        if entry is not None:
            text = entry[1](value)
        elif isinstance(value, (list, tuple, dict, set)):
            raise JobValueError(f"{name}: {value!r} is a collection, but product {plan.product.name} does not define "
                                f"{name} to say how to write it", name)
        else:
            _refuse_bytes(name, value)
            text = value_text(value)
        if "\n" in text or "\r" in text or not text.isascii():  # ASCII on one line needs no closer look
            _records.check_value(name, text)
        out[name] = text
    missing = [name for name in plan.required if out.get(name, "") == ""]
    if missing:
        raise JobValueError("job {!r} ({}) is missing required parameters: {}".format(
            find_value(job, "Name", ""), plan.product.name, ", ".join(missing)), ", ".join(missing))
    return out


def pythonize_job(job: JobType) -> JobType:
    """Expand a job's text values to Python values and add every default of its product.

    The inverse of :func:`conform_job`: lists become lists, IDs UUIDs, numbers and booleans numbers
    and booleans, times datetimes, sub-parameters dicts, ``Type`` the product ID. Values already in
    Python form are kept. Raises ValueError for a non-dict or a missing or unknown Type.
    """
    plan = _job_plan(job, "pythonize_job")
    out = plan.pythonized_defaults()
    readers = plan.readers
    for key, value in job.items():
        lower = key.lower()
        entry = readers.get(lower)
        if entry is None:
            out[key] = value
            continue
        if lower == "type":
            continue
        name, read = entry
        if not isinstance(value, str):
            value = to_text(plan.by_name[lower], value)
        out[name] = read(value) if read else value
    out["Type"] = plan.product.type
    return out
