"""Sticky submit settings: one typed record, the stores that keep it per scene, and the one loader.

:class:`Settings` holds the stored fields and their defaults. A store has ``load()`` (what it keeps, or
``{}``; ValueError when what it keeps is damaged) and ``save(dict)``; the host picks where it lives: a
Maya node attribute or a Nuke root knob (:class:`TextSettings`), a Houdini ROP's parms, a JSON file next
to the scene (:class:`JsonFileSettings`), memory (:class:`MemorySettings`). :func:`load` reads any store
into a :class:`Settings` and says what it had to ignore, so damaged settings never block a submission.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, Union

from . import jsonload

if TYPE_CHECKING:  # a Protocol for type checkers (typing.Protocol is 3.8+), a plain base class at run time
    from typing_extensions import Protocol as _Protocol
else:
    _Protocol = object

__all__ = ["VERSION", "JsonFileSettings", "MemorySettings", "Settings", "SettingsStore", "TextSettings", "load",
           "normalize"]

_log = logging.getLogger(__name__)

#: Written into every stored dict.
VERSION = 1


@dataclass
class Settings:
    """What a scene keeps of the artist's choices. ``pool``, ``priority``, ``packet_size``: None keeps each
    job's own; ``jobs``: job name -> per-job overrides (see ``session.OVERRIDES``); ``options``: the host's
    build options as last chosen (name -> bool or str); ``farm``: the common farm controls."""

    pool: Optional[str] = None
    priority: Optional[int] = None
    packet_size: Optional[int] = None
    paused: bool = False
    note: str = ""
    jobs: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    options: Dict[str, Union[bool, str]] = field(default_factory=dict)
    #: The common farm controls (``integrations.products.FARM_CONTROLS``): Smedge parameter -> value.
    farm: Dict[str, Union[bool, int, float, str]] = field(default_factory=dict)

    def to_data(self) -> Dict[str, Any]:
        """The JSON-compatible dict a store saves (with ``version``)."""
        return dict(asdict(self), version=VERSION)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


#: Each field's test of a stored value.
_CHECKS: Dict[str, Callable[[Any], bool]] = {
    "pool": lambda v: v is None or isinstance(v, str),
    "priority": lambda v: v is None or (_is_int(v) and v >= 0),
    "packet_size": lambda v: v is None or (_is_int(v) and v >= 1),
    "paused": lambda v: isinstance(v, bool),
    "note": lambda v: isinstance(v, str),
    "jobs": lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(o, dict) for k, o in v.items()),
    "options": lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(o, (bool, str))
                                                     for k, o in v.items()),
    "farm": lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(o, (bool, int, float, str))
                                                  for k, o in v.items()),
}
assert set(_CHECKS) == {f.name for f in fields(Settings)}


def normalize(data: object, where: str = "settings") -> Tuple[Settings, List[Tuple[str, str]]]:
    """``data`` (a loaded dict) as :class:`Settings`, and ``(field, message)`` for each unknown key and
    bad value left out (each also logged as a warning)."""
    values: Dict[str, Any] = {}
    found: List[Tuple[str, str]] = []
    if not isinstance(data, dict):
        found.append(("", f"Ignoring {where}: expected a dict, found {jsonload.shown(data)}"))
        data = {}
    for key, value in data.items():
        if key == "version":
            continue
        check = _CHECKS.get(key)
        if check is None:
            found.append((str(key), f"Ignoring unknown key {key!r} in {where}"))
        elif not check(value):
            found.append((key, f"Ignoring {key} in {where}: bad value {jsonload.shown(value)}"))
        else:
            values[key] = json.loads(json.dumps(value))  # a copy the caller may change
    for _key, message in found:
        _log.warning("%s", message)
    return Settings(**values), found


def load(store: SettingsStore) -> Tuple[Settings, List[Tuple[str, str]]]:
    """The settings ``store`` keeps, and what had to be ignored: all of it when the store says it is
    damaged (ValueError), else each bad field (see :func:`normalize`)."""
    where = getattr(store, "where", "the stored submit settings")
    try:
        data = store.load()
    except ValueError as err:
        message = f"Ignoring the damaged submit settings in {where}: {err}"
        _log.warning("%s", message)
        return Settings(), [("", message)]
    return normalize(data, where)


def _parse(text: str, where: str) -> Dict[str, Any]:
    """The stored JSON object (``jsonload.loads``); ValueError naming ``where``, and the top-level keys
    nested too deeply, when it is not one."""
    try:
        data = jsonload.loads(text, where)
    except jsonload.BadJSON as err:
        keys = _too_deep(text)
        reason = err.reason.replace("not valid JSON", "not JSON", 1)  # the words the hosts' messages use
        raise ValueError(reason + (f" (under {', '.join(keys)})" if keys else "")) from None
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, found {jsonload.shown(data, 80)}")
    return data


def _too_deep(text: str) -> List[str]:
    """The top-level keys of the JSON object ``text`` whose values nest too deeply (none when unknown)."""
    try:
        data = json.loads(text)
    except (RecursionError, ValueError):
        return []
    keys = []
    for key, value in (data.items() if isinstance(data, dict) else ()):
        try:
            jsonload.loads(json.dumps(value), key)
        except (RecursionError, jsonload.BadJSON):
            keys.append(repr(key))
    return keys


class SettingsStore(_Protocol):
    """Where a scene keeps its submit settings: any object with these two methods (and ``where``)."""

    #: Where the settings live, for messages ("root.smedge_submit_settings", a file path).
    where: str

    def load(self) -> Any:
        """The stored dict (``{}`` when nothing is stored); ValueError naming the problem when damaged."""
        raise NotImplementedError

    def save(self, data: Dict[str, Any]) -> None:
        """Store the dict (JSON-compatible values only)."""
        raise NotImplementedError


class MemorySettings(SettingsStore):
    """Settings kept in memory (for a scene never saved, and for tests)."""

    where = "memory"

    def __init__(self, data: Optional[Dict[str, Any]] = None) -> None:
        self.data: Dict[str, Any] = json.loads(json.dumps(data or {}))

    def load(self) -> Any:
        return json.loads(json.dumps(self.data))

    def save(self, data: Dict[str, Any]) -> None:
        self.data = json.loads(json.dumps(data))


class TextSettings(SettingsStore):
    """Settings kept as JSON text somewhere in the scene: a host implements :meth:`read` and :meth:`write`."""

    def read(self) -> str:
        """The stored text ("" when none)."""
        raise NotImplementedError

    def write(self, text: str) -> None:
        """Store ``text``; ValueError when it cannot be stored."""
        raise NotImplementedError

    def load(self) -> Any:
        text = self.read()
        return _parse(text, self.where) if text else {}

    def save(self, data: Dict[str, Any]) -> None:
        self.write(json.dumps(data, sort_keys=True))


class JsonFileSettings(SettingsStore):
    """Settings in ``<scene file>.smedge.json`` next to the scene (``path`` names the file itself)."""

    SUFFIX = ".smedge.json"

    def __init__(self, scene: Union[str, os.PathLike]) -> None:
        if not isinstance(scene, (str, os.PathLike)) or not str(scene):
            raise ValueError(f"scene must be the path of the scene file, not {scene!r}")
        self.path = self.where = str(scene) + self.SUFFIX

    def load(self) -> Any:
        try:
            with open(self.path, "rb") as stream:
                text = stream.read().decode("utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as err:
            raise ValueError(str(err)) from err
        return _parse(text, self.path)

    def save(self, data: Dict[str, Any]) -> None:
        text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        partial = self.path + ".part"
        with open(partial, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(partial, self.path)
        _log.debug("Saved submit settings to %s", self.path)
