"""Sticky submit settings, kept per scene through a small interface the host implements.

A store has ``load() -> dict`` and ``save(dict)``. The host picks where the dict lives (a Maya node
attribute, a Nuke root knob, a Houdini parm); :class:`JsonFileSettings` keeps it in a JSON file next to
the scene, :class:`MemorySettings` in memory. :func:`normalize` checks a loaded dict: a bad value is
dropped with a warning naming the field and value, so a damaged file never blocks a submission.

The dict: ``pool`` (name or None), ``priority`` and ``packet_size`` (int or None: keep each job's),
``paused`` (bool), ``note`` (str), ``jobs`` (job name -> per-job overrides, see ``session.OVERRIDES``),
``options`` (the host's build options the artist chose: name -> bool or str).
"""
from __future__ import annotations

import json
import logging
import os
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, Union

if TYPE_CHECKING:  # a Protocol for type checkers (typing.Protocol is 3.8+), a plain base class at run time
    from typing_extensions import Protocol as _Protocol
else:
    _Protocol = object

__all__ = ["JsonFileSettings", "MemorySettings", "SettingsStore", "defaults", "normalize"]

_log = logging.getLogger(__name__)

#: Key and version written into every stored dict.
VERSION = 1


def defaults() -> Dict[str, Any]:
    """A new dict of the settings with nothing chosen."""
    return {"version": VERSION, "pool": None, "priority": None, "packet_size": None, "paused": False,
            "note": "", "jobs": {}, "options": {}}


_CHECKS: Dict[str, Callable[[Any], bool]] = {
    "pool": lambda v: v is None or isinstance(v, str),
    "priority": lambda v: v is None or (_is_int(v) and v >= 0),
    "packet_size": lambda v: v is None or (_is_int(v) and v >= 1),
    "paused": lambda v: isinstance(v, bool),
    "note": lambda v: isinstance(v, str),
    "jobs": lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(o, dict) for k, o in v.items()),
    "options": lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(o, (bool, str))
                                                     for k, o in v.items()),
}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def normalize(data: object, where: str = "settings",
              problems: Optional[List[Tuple[str, str]]] = None) -> Dict[str, Any]:
    """``data`` checked against :func:`defaults`: unknown keys and bad values dropped, with a warning.

    Each problem is also appended to ``problems`` (when given) as ``(key, message)``.
    """
    result = defaults()
    found: List[Tuple[str, str]] = []
    if not isinstance(data, dict):
        found.append(("", "Ignoring {}: expected a dict, found {!r}".format(where, data)))
        data = {}
    for key, value in data.items():
        if key == "version":
            continue
        check = _CHECKS.get(key)
        if check is None:
            found.append((str(key), "Ignoring unknown key {!r} in {}".format(key, where)))
        elif not check(value):
            found.append((key, "Ignoring {} in {}: bad value {!r}".format(key, where, value)))
        else:
            result[key] = value
    for key, message in found:
        _log.warning("%s", message)
    if problems is not None:
        problems.extend(found)
    return result


class SettingsStore(_Protocol):
    """Where a scene keeps its submit settings; a host subclasses this or passes any object with these two methods."""

    def load(self) -> Dict[str, Any]:
        """The stored dict, or an empty dict when nothing is stored."""
        raise NotImplementedError

    def save(self, data: Dict[str, Any]) -> None:
        """Store the dict (JSON-compatible values only)."""
        raise NotImplementedError


class MemorySettings(SettingsStore):
    """Settings kept in memory (for a scene never saved, and for tests)."""

    def __init__(self, data: Optional[Dict[str, Any]] = None) -> None:
        self.data: Dict[str, Any] = json.loads(json.dumps(data or {}))

    def load(self) -> Dict[str, Any]:
        return json.loads(json.dumps(self.data))

    def save(self, data: Dict[str, Any]) -> None:
        self.data = json.loads(json.dumps(data))


class JsonFileSettings(SettingsStore):
    """Settings in ``<scene file>.smedge.json`` next to the scene (``path`` names the file itself)."""

    SUFFIX = ".smedge.json"

    def __init__(self, scene: Union[str, os.PathLike]) -> None:
        if not isinstance(scene, (str, os.PathLike)) or not str(scene):
            raise ValueError("scene must be the path of the scene file, not {!r}".format(scene))
        self.path = str(scene) + self.SUFFIX

    def load(self) -> Any:  # what JSON the file holds: normalize() checks it
        try:
            with open(self.path, encoding="utf-8") as stream:
                return json.load(stream)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as err:
            _log.warning("Ignoring the submit settings in %s: %s", self.path, err)
            return {}

    def save(self, data: Dict[str, Any]) -> None:
        text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        partial = self.path + ".part"
        with open(partial, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(partial, self.path)
        _log.debug("Saved submit settings to %s", self.path)
