"""Checks of a scene's file inputs (textures, caches, references, Reads, Alembic/USD files), for every host.

:func:`input_findings` takes ``(node, path)`` or ``(node, path, frames)`` items, paths as the host
expanded them (``$HIP``, ``$JOB``, the project folder) with their sequence tokens left in. A path that
does not exist is an error naming the node and the path; a sequence (``####``, ``%04d``, ``$F4``,
``<f>``, ``<UDIM>``, ``<UVTILE>``, ``%(UDIM)d``, ``_u<U>_v<V>``, ``%V``) is checked against one listing of
its folder: with ``frames``, each frame must have a file, else at least one file must match. A path under
none of the studio's ``shared_roots`` and none of the master's path translation roots is a warning:
render engines on other machines cannot reach it (nothing declared: no warning). Each folder is listed
once and each plain file stat'ed once, so 5,000 inputs take milliseconds (``benchmarks/bench_inputs.py``).
"""
from __future__ import annotations

import bisect
import functools
import os
import re
from typing import Callable, Dict, Iterable, List, Optional, Pattern, Sequence, Set, Tuple

import smedge_core

from smedge_core.frames import format_range, parse_range

from .naming import FRAME_TOKEN, token_padding
from .graph import JobGraph
from .validate import ERROR, WARNING, Finding

__all__ = ["input_check", "input_findings", "reachable_roots"]

#: Tokens a texture or cache name holds in place of a tile or view: any text of their shape matches.
_TILE_TOKENS = re.compile(r"<UDIM>|%\(UDIM\)d|<UVTILE>|<U>|<V>|<tile>|%[Vv]", re.IGNORECASE)
_TILE_SHAPES = {"<udim>": r"\d{4}", "%(udim)d": r"\d{4}", "<uvtile>": r"u\d+_v\d+", "<u>": r"\d+",
                "<v>": r"\d+", "<tile>": r"_u\d+_v\d+", "%v": r"[^/\\]+"}


def _normal(path: str) -> str:
    """For comparing roots: forward slashes, no trailing one, lower case on a drive or UNC path."""
    path = path.replace("\\", "/").rstrip("/")
    return path.lower() if re.match(r"^[A-Za-z]:(/|$)|^//", path) else path


def reachable_roots(shared_roots: Iterable[str] = (), translations: Iterable[Sequence[str]] = ()) -> List[str]:
    """The folders render engines reach: the studio's ``shared_roots`` and every root of the master's path
    translations (``smedge_core.get_path_translations()``: windows, linux, mac), normalised."""
    roots = [root for root in shared_roots if root and root.strip()]
    roots += [root for group in translations for root in group if root and root.strip()]
    return sorted({_normal(root.strip()) for root in roots})


def _under(path: str, roots: List[str]) -> bool:
    where = _normal(path)
    return any(where == root or where.startswith(root + "/") for root in roots)


def _is_absolute(path: str) -> bool:
    return path.startswith(("/", "\\")) or bool(re.match(r"^[A-Za-z]:[/\\]", path))


_FOLDS_CASE = os.path.normcase("A") == "a"


class _Listings:
    """Each folder listed once: its names as a set, and sorted (folded on a case-blind system) for prefixes."""

    def __init__(self) -> None:
        self._names: Dict[str, Optional[Set[str]]] = {}
        self._sorted: Dict[str, List[Tuple[str, str]]] = {}

    def names(self, folder: str) -> Optional[Set[str]]:
        if folder not in self._names:
            try:
                self._names[folder] = set(os.listdir(folder or "."))
            except OSError:
                self._names[folder] = None
            self._sorted[folder] = sorted((_fold(n), n) for n in self._names[folder] or ())
        return self._names[folder]

    def starting(self, folder: str, prefix: str) -> List[str]:
        """The names in ``folder`` that start with ``prefix``."""
        self.names(folder)
        listing, prefix = self._sorted[folder], _fold(prefix)
        start = bisect.bisect_left(listing, (prefix, ""))
        end = start
        while end < len(listing) and listing[end][0].startswith(prefix):
            end += 1
        return [name for _, name in listing[start:end]]


def _fold(name: str) -> str:
    return name.lower() if _FOLDS_CASE else name


_ANY_TOKEN = re.compile("|".join((FRAME_TOKEN.pattern, _TILE_TOKENS.pattern)), re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _name_regex(name: str, frame: Optional[int]) -> Pattern[str]:
    """A file name pattern as a regex: tile tokens by their shape, the frame by ``frame`` or any digits.
    Cached: many inputs share the part after their literal start (``<UDIM>.tx``)."""
    parts = []
    position = 0
    for match in _ANY_TOKEN.finditer(name):
        parts.append(re.escape(name[position:match.start()]))
        token = match.group(0).lower()
        if token in _TILE_SHAPES:
            parts.append(_TILE_SHAPES[token])
        elif frame is None:
            parts.append(r"-?\d+")
        else:
            parts.append(re.escape(_frame_format(match.group(0)).format(frame)))
        position = match.end()
    parts.append(re.escape(name[position:]))
    return re.compile("".join(parts) + r"\Z", re.IGNORECASE if _FOLDS_CASE else 0)


def _frame_format(name: str) -> str:
    """``name`` as a str.format template of the frame: ``plate.####.exr`` -> ``plate.{0:04d}.exr``."""
    parts, position = [], 0
    for match in FRAME_TOKEN.finditer(name):
        parts.append(name[position:match.start()].replace("{", "{{").replace("}", "}}"))
        parts.append(f"{{0:0{token_padding(match)}d}}" if token_padding(match) else "{0}")
        position = match.end()
    return "".join(parts) + name[position:].replace("{", "{{").replace("}", "}}")


def _missing(path: str, frames: Optional[Sequence[int]], listings: _Listings) -> Optional[str]:
    """Why ``path`` (with ``frames``) is missing, or None when it is all there."""
    folder, name = os.path.split(path)
    is_sequence = bool(FRAME_TOKEN.search(name) or _TILE_TOKENS.search(name))
    if not is_sequence:
        return None if os.path.exists(path) else "does not exist"
    names = listings.names(folder)
    if names is None:
        return f"is in a folder that does not exist ({folder})"
    if frames and FRAME_TOKEN.search(name):
        plain = _frame_format(name) if not _TILE_TOKENS.search(name) else None
        absent = []
        for frame in frames:
            if plain is not None:
                wanted = plain.format(frame)
                found = wanted in names or os.path.exists(os.path.join(folder, wanted))
            else:
                found = _matches(folder, name, frame, listings)
            if not found:
                absent.append(frame)
        return f"has no file for frames {format_range(absent)}" if absent else None
    return None if _matches(folder, name, None, listings) else "matches no file"


def _matches(folder: str, name: str, frame: Optional[int], listings: _Listings) -> bool:
    """Whether a file in ``folder`` matches the pattern ``name``; only names with its literal start are tried."""
    token = _ANY_TOKEN.search(name)
    start = token.start() if token else len(name)
    regex = _name_regex(name[start:], frame)
    return any(regex.match(n, start) for n in listings.starting(folder, name[:start]))


def input_findings(inputs: Iterable[Sequence[object]], shared_roots: Iterable[str] = (),
                   translations: Iterable[Sequence[str]] = ()) -> List[Finding]:
    """Findings for the scene's inputs: ``(node, path)`` or ``(node, path, frames)`` items (``frames`` an
    iterable of int, a FrameRange or Smedge range text). A missing input is an error, one on a path render
    engines cannot reach (see :func:`reachable_roots`; a relative path is not judged) a warning; both name
    the node and the path.
    A path seen twice is checked once. TypeError/ValueError name a malformed item."""
    roots = reachable_roots(shared_roots, translations)
    listings = _Listings()
    findings = []
    checked: Dict[Tuple[str, Optional[Tuple[int, ...]]], Optional[str]] = {}
    for item in inputs:
        node, path, frames = _item(item)
        key = (path, frames)
        if key not in checked:
            checked[key] = _missing(path, frames, listings)
        if checked[key] is not None:
            findings.append(Finding(ERROR, node, None, "Input", f"{path} {checked[key]}", rule="inputs"))
        if roots and _is_absolute(path) and not _under(path, roots):
            findings.append(Finding(WARNING, node, None, "Input", "{} is on a local disk, under none of the "
                                    "shared roots ({}): render engines on other machines cannot reach it".format(
                                        path, ", ".join(roots)), rule="inputs"))
    return findings


def input_check(read: Callable[[], Iterable[Sequence[object]]], shared_roots: Iterable[str] = (),
                translations: Optional[Iterable[Sequence[str]]] = None) -> Callable[[JobGraph], List[Finding]]:
    """A host check (graph -> findings) of the inputs ``read()`` gives when it runs: what a host's
    ``checks()`` returns. ``translations`` None: the master's, fetched once, at the first run (its
    SmedgeComponentError propagates, as validation's own master calls do)."""
    roots = list(shared_roots)
    fetched: List[List[Sequence[str]]] = [] if translations is None else [list(translations)]

    def check(graph: JobGraph) -> List[Finding]:
        if not fetched:
            fetched.append(list(smedge_core.get_path_translations()))
        return input_findings(read(), roots, fetched[0])
    return check


def _item(item: Sequence[object]) -> Tuple[str, str, Optional[Tuple[int, ...]]]:
    if isinstance(item, (str, bytes)) or not isinstance(item, (list, tuple)) or len(item) not in (2, 3):
        raise TypeError(f"An input must be (node, path) or (node, path, frames), not {item!r}")
    node, path = item[0], item[1]
    if not isinstance(node, str) or not isinstance(path, str) or not path.strip():
        raise ValueError(f"Input of node {node!r}: path must be a non-empty str, not {path!r}")
    frames = item[2] if len(item) == 3 else None
    if frames is None:
        return node, path, None
    if isinstance(frames, str):
        try:
            frames = parse_range(frames)
        except ValueError as err:
            raise ValueError(f"Input {path!r} of node {node!r}: {err}") from err
    if isinstance(frames, bytes) or not isinstance(frames, Iterable) or not all(
            isinstance(f, int) and not isinstance(f, bool) for f in frames):
        raise ValueError(f"Input {path!r} of node {node!r}: frames must be range text or whole numbers, "
                         f"not {frames!r}")
    return node, path, tuple(frames)
