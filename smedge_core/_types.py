"""The reference's classes and type aliases."""

from __future__ import annotations

import typing
import uuid
from collections import namedtuple
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from .values import find_key



def find_value(from_dict: typing.Mapping[typing.Any, typing.Any], name: str, default: typing.Any = None) -> typing.Any:
    """Find a value in a dict case insensitive or return ``default``."""
    key = find_key(from_dict, name)
    return default if key is None else from_dict[key]


@dataclass(frozen=True)
class HistoryElement:
    """One element of a job's history."""

    name: str
    work_id: UUID
    time: typing.Optional[datetime]  # None when the master's time cannot be read
    status: int
    engine_id: typing.Optional[UUID]  # None when no engine ran the work
    note: str


@dataclass(frozen=True)
class Parameter:
    """The definition of one product parameter.

    ``type`` is one of String, Path, Range, Integer, Float, Bool, Choice, ID, Time, Parameters; the
    ``List`` flag makes the value a list joined by ``settings["Separator"]`` (default ``,``).
    """

    type: str
    flags: typing.List[str]
    settings: typing.Dict[str, str]
    choices: typing.Dict[str, str] = field(default_factory=dict)
    parameters: typing.List[Parameter] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The ``Name`` setting."""
        return find_value(self.settings, "Name", "")

    @property
    def default(self) -> str:
        """The ``Default`` setting (``""`` when the parameter has none)."""
        return find_value(self.settings, "Default", "")

    def has_flag(self, flag: str) -> bool:
        """Whether ``flag`` is among the flags, regardless of case."""
        return flag.lower() in (f.lower() for f in self.flags)

    @classmethod
    def from_dict(cls, in_dict: typing.Mapping[str, typing.Any]) -> Parameter:
        """Build a Parameter from its JSON dict (keys Type, Flags, Settings, Choices, Parameters)."""
        return cls(
            type=str(find_value(in_dict, "Type", "String")),
            flags=[str(f) for f in find_value(in_dict, "Flags", None) or []],
            settings={str(k): str(v) for k, v in (find_value(in_dict, "Settings", None) or {}).items()},
            choices={str(k): str(v) for k, v in (find_value(in_dict, "Choices", None) or {}).items()},
            parameters=[cls.from_dict(p) for p in find_value(in_dict, "Parameters", None) or []],
        )


PathTranslation = namedtuple("PathTranslation", ["windows", "linux", "mac"])
PathTranslation.__doc__ = "One path translation: the root on each platform (a root may be empty)."


class Pool:
    """A pool's ID and name.

    Equal to another Pool, a UUID or a str: by ID where both sides have one, else by name (case
    insensitive). ``str()`` is the ID; ``repr()`` shows ID and name. Hashes by ID, so as a set member or
    dict key a Pool is found only by a Pool with the same ID (compare with ``==`` to match names).
    """

    def __init__(self, pool_id: typing.Optional[typing.Union[str, UUID]], pool_name: str) -> None:
        self.id = pool_id if pool_id is None or isinstance(pool_id, UUID) else UUID(str(pool_id))
        self.name = pool_name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Pool):
            if self.id is not None and other.id is not None:
                return self.id == other.id
            return (self.name or "").lower() == (other.name or "").lower()
        if isinstance(other, UUID):
            return self.id == other
        if isinstance(other, str):
            try:
                return self.id is not None and self.id == UUID(other)
            except ValueError:
                return (self.name or "").lower() == other.lower()
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self.id)

    def __str__(self) -> str:
        return str(self.id) if self.id is not None else self.name or ""

    def __repr__(self) -> str:
        return f"Pool({self.id!r}, {self.name!r})"


@dataclass(frozen=True)
class Product:
    """The definition of a Smedge product (a kind of work) and its parameters."""

    type: UUID
    smedge_class: str
    name: str
    queue: int
    aliases: typing.List[str]
    parameters: typing.List[Parameter]

    @property
    def required_parameters(self) -> typing.List[Parameter]:
        """The parameters flagged Required, alphabetical by name."""
        return sorted((p for p in self.parameters if p.has_flag("Required")), key=lambda p: p.name.lower())

    @classmethod
    def from_dict(cls, in_dict: typing.Mapping[str, typing.Any]) -> Product:
        """Build a Product from its JSON dict (keys Type, Class, Name, Queue, Aliases, Parameters)."""
        return cls(
            type=uuid.UUID(str(find_value(in_dict, "Type"))),
            smedge_class=str(find_value(in_dict, "Class", "")),
            name=str(find_value(in_dict, "Name", "")),
            queue=int(find_value(in_dict, "Queue", 0)),
            aliases=[str(a) for a in find_value(in_dict, "Aliases", None) or []],
            parameters=[Parameter.from_dict(p) for p in find_value(in_dict, "Parameters", None) or []],
        )


AnyPoolType = typing.Union[str, UUID, Pool]
EngineType = typing.Dict[str, typing.Any]
JobHistoryType = typing.List[HistoryElement]
JobType = typing.Dict[str, typing.Any]
NameOrID = typing.Union[str, UUID]
NameOrIDList = typing.Union[NameOrID, typing.List[NameOrID]]
ParameterList = typing.List[Parameter]
RegexList = typing.Union[str, typing.List[str]]
TranslationType = typing.Union[PathTranslation, list, tuple]
TranslationListType = typing.Union[TranslationType, typing.List[TranslationType]]
