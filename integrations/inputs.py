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

import os
import re
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from smedge_core.frames import format_range

from .naming import FRAME_TOKEN
from .validate import ERROR, WARNING, Finding

__all__ = ["input_findings", "reachable_roots"]

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


class _Listings(object):
    """Each folder listed once."""

    def __init__(self) -> None:
        self._names: Dict[str, Optional[Set[str]]] = {}

    def names(self, folder: str) -> Optional[Set[str]]:
        if folder not in self._names:
            try:
                self._names[folder] = set(os.listdir(folder or "."))
            except OSError:
                self._names[folder] = None
        return self._names[folder]


def _name_regex(name: str, frame: Optional[int]) -> "re.Pattern[str]":
    """A file name pattern as a regex: tile tokens by their shape, the frame by ``frame`` or any digits."""
    parts = []
    position = 0
    for match in re.finditer("|".join((FRAME_TOKEN.pattern, _TILE_TOKENS.pattern)), name, re.IGNORECASE):
        parts.append(re.escape(name[position:match.start()]))
        token = match.group(0).lower()
        if token in _TILE_SHAPES:
            parts.append(_TILE_SHAPES[token])
        elif frame is None:
            parts.append(r"-?\d+")
        else:
            parts.append(re.escape(FRAME_TOKEN.sub(lambda m: _frame_text(m, frame), match.group(0))))
        position = match.end()
    parts.append(re.escape(name[position:]))
    flags = re.IGNORECASE if os.path.normcase("A") == "a" else 0
    return re.compile("".join(parts) + r"\Z", flags)


def _frame_text(match: "re.Match[str]", frame: int) -> str:
    hashes = match.group("hashes")
    digits = hashes and str(len(hashes)) or next((g for g in match.group("printf", "braced", "houdini", "rman")
                                                  if g), "")
    width = int(digits) if digits.strip("0") else 0
    return "{:0{}d}".format(frame, width) if width else str(frame)


def _missing(path: str, frames: Optional[Sequence[int]], listings: _Listings) -> Optional[str]:
    """Why ``path`` (with ``frames``) is missing, or None when it is all there."""
    folder, name = os.path.split(path)
    is_sequence = bool(FRAME_TOKEN.search(name) or _TILE_TOKENS.search(name))
    if not is_sequence:
        return None if os.path.exists(path) else "does not exist"
    names = listings.names(folder)
    if names is None:
        return "is in a folder that does not exist ({})".format(folder)
    if frames and FRAME_TOKEN.search(name):
        plain = not _TILE_TOKENS.search(name)
        absent = []
        for frame in frames:
            if plain:
                wanted = FRAME_TOKEN.sub(lambda m: _frame_text(m, frame), name)  # noqa: B023 (used at once)
                found = wanted in names or os.path.exists(os.path.join(folder, wanted))
            else:
                regex = _name_regex(name, frame)
                found = any(regex.match(n) for n in names)
            if not found:
                absent.append(frame)
        return "has no file for frames {}".format(format_range(absent)) if absent else None
    regex = _name_regex(name, None)
    return None if any(regex.match(n) for n in names) else "matches no file"


def input_findings(inputs: Iterable[Sequence[object]], shared_roots: Iterable[str] = (),
                   translations: Iterable[Sequence[str]] = ()) -> List[Finding]:
    """Findings for the scene's inputs: ``(node, path)`` or ``(node, path, frames)`` items (``frames`` an
    iterable of int). A missing input is an error, one on a path render engines cannot reach (see
    :func:`reachable_roots`; a relative path is not judged) a warning; both name the node and the path.
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
            findings.append(Finding(ERROR, node, None, "Input", "{} {}".format(path, checked[key]), rule="inputs"))
        if roots and _is_absolute(path) and not _under(path, roots):
            findings.append(Finding(WARNING, node, None, "Input", "{} is on a local disk, under none of the "
                                    "shared roots ({}): render engines on other machines cannot reach it".format(
                                        path, ", ".join(roots)), rule="inputs"))
    return findings


def _item(item: Sequence[object]) -> Tuple[str, str, Optional[Tuple[int, ...]]]:
    if isinstance(item, (str, bytes)) or not isinstance(item, (list, tuple)) or len(item) not in (2, 3):
        raise TypeError("An input must be (node, path) or (node, path, frames), not {!r}".format(item))
    node, path = item[0], item[1]
    if not isinstance(node, str) or not isinstance(path, str) or not path.strip():
        raise ValueError("Input of node {!r}: path must be a non-empty str, not {!r}".format(node, path))
    frames = item[2] if len(item) == 3 else None
    if frames is None:
        return node, path, None
    if isinstance(frames, (str, bytes)) or not all(isinstance(f, int) and not isinstance(f, bool)
                                                   for f in frames):  # type: ignore[attr-defined]
        raise ValueError("Input {!r} of node {!r}: frames must be whole numbers, not {!r}".format(
            path, node, frames))
    return node, path, tuple(frames)  # type: ignore[arg-type]
