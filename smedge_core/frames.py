"""Smedge frame ranges: parse, format, iterate, split into packets, combine (shared by the local master
and the integrations).

Accepted text (the forms the reference lists): ``A`` (one frame), ``A-B`` (inclusive), ``A-BxN``
(every Nth frame from A up to B), and several of these joined by commas and/or spaces. Frames may be
negative: ``-10--5``, ``-5-5``. Public use adds two forms, read too: spaces around the dash
(``1001 - 1100``, as a real job file writes it; ``1 -5`` stays the two frames 1 and -5), and A > B,
counting down from A (``10-1x3`` is 10, 7, 4, 1; a range is a set of frames, so it equals ``1-10x3``).
Ranges are written ``A-B`` without spaces, the form most public scripts send.

A :class:`FrameRange` is a set of frames kept as canonical runs: maximal runs of consecutive frames, and
lone frames grouped into stepped runs when three or more are evenly spaced. ``str()`` writes that
canonical text, so two ranges holding the same frames print alike and compare equal.

Reading a range never expands it frame by frame when its items neither overlap nor touch (the usual
case, ``1-1000000000`` or ``1-2000000x2`` included): the canonical runs are built from the items' spans,
and ``len()`` counts frames from the runs. Only stepped items that overlap or touch another item are
expanded, up to :data:`MAX_EXPANDED_FRAMES` frames. :data:`MAX_FRAMES` is the most frames a job may
hold; ``conform_job`` (so validation and ``submit_jobs``) refuses a Range past it.

Packets: a job's frames are split run by run into chunks of ``PacketSize`` frames, a packet never
bridging a gap (each packet is one ``$(SubRange.Start)``-``$(SubRange.End)`` span). How Smedge chunks
a range with gaps is not documented; this is the project's choice.
"""
from __future__ import annotations

import bisect
import collections
import functools
from typing import TYPE_CHECKING, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from .values import whole_number

__all__ = ["FrameRange", "FrameRangeError", "Packet", "format_range", "parse_range"]

#: The most frames one job's Range may hold (so the most work units, a work unit being one frame at least).
#: ``conform_job``, and with it validation and ``submit_jobs``, refuses a Range past it, naming the count
#: and this limit. A studio may set it (``smedge_core.frames.MAX_FRAMES = 5000000``) before submitting;
#: the local master has its own (``serve --max-frames``).
MAX_FRAMES = 1000000
#: Upper bound on the frames of the stepped items (``A-BxN``, N > 1) of one range text (set operations on
#: stepped runs list their frames).
MAX_STEPPED_FRAMES = 10000000
#: Upper bound on the frames reading one text lists, when its stepped items overlap or touch other items
#: (MAX_FRAMES when a studio sets that higher).
MAX_EXPANDED_FRAMES = 1000000
#: The most digits a frame number may have (leading zeros aside).
MAX_DIGITS = 18
#: Texts up to this long are parsed once and the FrameRange kept (a submission's jobs share a few ranges;
#: a FrameRange cannot change, so one may be shared).
_KEPT_TEXT = 200

if TYPE_CHECKING:  # aliases for annotations only, not built at run time
    _Run = Tuple[int, int, int]  # (start, end, step)
    _Interval = Tuple[int, int]  # (first, last)
    _RangeLike = Union["FrameRange", str, int]  # what parse_range reads


class FrameRangeError(ValueError):
    """A frame range text that cannot be read; ``position`` is the 0-based index of the bad character."""

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(
            f"Invalid frame range {text!r}: {reason} at character {position + 1}"
        )


if TYPE_CHECKING:  # the fields' types, for type checkers; at run time the plain namedtuple (cheaper to build)
    from typing import NamedTuple

    class _PacketFields(NamedTuple):
        start: int
        end: int
        step: int
else:
    _PacketFields = collections.namedtuple("Packet", ["start", "end", "step"])


class Packet(_PacketFields):
    """One work unit's frames: ``start`` to ``end`` inclusive, every ``step`` frames."""

    __slots__ = ()

    @property
    def frames(self) -> range:
        """The packet's frames, as a range."""
        return range(self.start, self.end + 1, self.step)

    def __str__(self) -> str:
        return _format_run(self)


def _format_run(run: _Run) -> str:
    start, end, step = run
    if start == end:
        return str(start)
    if step == 1:
        return f"{start}-{end}"
    return f"{start}-{end}x{step}"


def _merge(intervals: Iterable[_Interval]) -> List[_Interval]:
    """Sort (first, last) intervals and merge overlapping or adjacent ones."""
    merged: List[_Interval] = []
    for first, last in sorted(intervals):
        if merged and first <= merged[-1][1] + 1:
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def _runs(intervals: Iterable[_Interval]) -> Tuple[_Run, ...]:
    """Canonical runs from sorted, disjoint, non-adjacent intervals."""
    runs: List[_Run] = []
    lone: List[int] = []

    def flush() -> None:
        i = 0
        while i < len(lone):
            j = i
            if i + 2 < len(lone) and lone[i + 1] - lone[i] == lone[i + 2] - lone[i + 1]:
                step = lone[i + 1] - lone[i]
                j = i + 2
                while j + 1 < len(lone) and lone[j + 1] - lone[j] == step:
                    j += 1
                runs.append((lone[i], lone[j], step))
            else:
                runs.append((lone[i], lone[i], 1))
            i = j + 1
        del lone[:]

    for first, last in intervals:
        if first == last:
            lone.append(first)
        else:
            flush()
            runs.append((first, last, 1))
    flush()
    return tuple(runs)


class FrameRange:
    """An immutable set of frames; iterate it for the frames in ascending order."""

    __slots__ = ("_len", "_runs", "_starts")

    def __init__(self, frames: Iterable[int] = ()) -> None:
        self._set_runs(_runs(_merge((f, f) for f in map(_frame, frames))))

    def _set_runs(self, runs: Tuple[_Run, ...]) -> None:
        self._runs = runs
        self._starts = [run[0] for run in runs]
        self._len = sum((end - start) // step + 1 for start, end, step in runs)

    @classmethod
    def _from_intervals(cls, intervals: Iterable[_Interval]) -> FrameRange:
        new = cls.__new__(cls)
        new._set_runs(_runs(_merge(intervals)))
        return new

    def _intervals(self) -> Iterator[_Interval]:
        """Sorted disjoint intervals; stepped runs become one interval per frame."""
        for start, end, step in self._runs:
            if step == 1:
                yield (start, end)
            else:
                for frame in range(start, end + 1, step):
                    yield (frame, frame)

    @property
    def runs(self) -> Tuple[_Run, ...]:
        """The canonical runs as a tuple of (start, end, step)."""
        return self._runs

    @property
    def first(self) -> int:
        """The lowest frame; ValueError when empty."""
        if not self._runs:
            raise ValueError("Empty frame range has no first frame")
        return self._runs[0][0]

    @property
    def last(self) -> int:
        """The highest frame; ValueError when empty."""
        if not self._runs:
            raise ValueError("Empty frame range has no last frame")
        return self._runs[-1][1]

    def __iter__(self) -> Iterator[int]:
        for start, end, step in self._runs:
            yield from range(start, end + 1, step)

    def __len__(self) -> int:
        return self._len

    def __bool__(self) -> bool:
        return bool(self._runs)

    def __contains__(self, frame: int) -> bool:
        i = bisect.bisect_right(self._starts, frame) - 1
        if i < 0:
            return False
        start, end, step = self._runs[i]
        return frame <= end and (frame - start) % step == 0

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FrameRange):
            return NotImplemented
        return self._runs == other._runs

    def __hash__(self) -> int:
        return hash(self._runs)

    def __str__(self) -> str:
        return ",".join(_format_run(run) for run in self._runs)

    def __repr__(self) -> str:
        return f"FrameRange({str(self)!r})"

    def __or__(self, other: _RangeLike) -> FrameRange:
        other = _as_range(other)
        if not other or not self:
            return self if other is self or not other else other
        return FrameRange._from_intervals(list(self._intervals()) + list(other._intervals()))

    def __and__(self, other: _RangeLike) -> FrameRange:
        other = _as_range(other)
        if not other or not self:
            return FrameRange()
        mine = list(self._intervals())
        theirs = list(other._intervals())
        out = []
        i = j = 0
        while i < len(mine) and j < len(theirs):
            first = max(mine[i][0], theirs[j][0])
            last = min(mine[i][1], theirs[j][1])
            if first <= last:
                out.append((first, last))
            if mine[i][1] < theirs[j][1]:
                i += 1
            else:
                j += 1
        return FrameRange._from_intervals(out)

    def __sub__(self, other: _RangeLike) -> FrameRange:
        other = _as_range(other)
        if not other or not self:  # nothing to take away: no frame is listed
            return self
        theirs = list(other._intervals())
        out = []
        j = 0
        for first, last in self._intervals():
            while j < len(theirs) and theirs[j][1] < first:
                j += 1
            k = j
            while first <= last and k < len(theirs) and theirs[k][0] <= last:
                if theirs[k][0] > first:
                    out.append((first, theirs[k][0] - 1))
                first = max(first, theirs[k][1] + 1)
                k += 1
            if first <= last:
                out.append((first, last))
        return FrameRange._from_intervals(out)

    def intersect(self, other: _RangeLike) -> FrameRange:
        """The frames in both ranges (same as ``self & other``)."""
        return self & other

    def issubset(self, other: _RangeLike) -> bool:
        """True when every frame of this range is in ``other``."""
        return not (self - other)

    def packets(self, packet_size: Union[int, str]) -> List[Packet]:
        """Split into packets of at most ``packet_size`` frames, run by run; a list of :class:`Packet`."""
        size = _packet_size(packet_size)
        packets: List[Packet] = []
        for start, end, step in self._runs:
            count = (end - start) // step + 1
            for k in range(0, count, size):
                first = start + k * step
                packets.append(Packet(first, min(end, first + (size - 1) * step), step))
        return packets


def _frame(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"A frame must be an int, not {value!r}")
    return value


def _packet_size(value: Union[int, str]) -> int:
    return whole_number(value, "PacketSize", 1)


def _as_range(value: _RangeLike) -> FrameRange:
    return value if isinstance(value, FrameRange) else parse_range(value)


def _read_int(text: str, pos: int, signed: bool) -> Tuple[int, int]:
    """Read an integer at ``pos``; returns (value, next position)."""
    end = pos
    if signed and end < len(text) and text[end] == "-":
        end += 1
    digits = end
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    if end == digits:
        found = repr(text[end]) if end < len(text) else "the end"
        raise FrameRangeError(text, end, f"expected a digit, found {found}")
    if end - digits > MAX_DIGITS and len(text[digits:end].lstrip("0")) > MAX_DIGITS:
        raise FrameRangeError(text, digits, f"a frame number has at most {MAX_DIGITS} digits")
    return int(text[pos:end]), end


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _spaced_dash(text: str, pos: int) -> Optional[int]:
    """The position of the dash of an ``A-B`` item after its start (which ends at ``pos``), else None:
    right after the start (``1-5``, ``1- 5``), or after spaces when spaces follow it too (``1 - 5``)."""
    if pos < len(text) and text[pos] == "-":
        return pos
    dash = _skip_spaces(text, pos)
    if dash > pos and dash + 1 < len(text) and text[dash] == "-" and text[dash + 1].isspace():
        return dash
    return None


def parse_range(text: _RangeLike, limit: Optional[int] = None) -> FrameRange:
    """Parse Smedge range text (or an int frame, or a FrameRange) into a :class:`FrameRange`.

    Raises :class:`FrameRangeError` (a ValueError) naming the text and the position of the problem. With
    ``limit``, a text of more than ``limit`` items (each one frame at least) is refused as soon as it is
    read that far, so a huge list of lone frames costs no more than ``limit`` items to refuse.
    """
    if isinstance(text, FrameRange):
        return text
    if isinstance(text, int) and not isinstance(text, bool):
        return FrameRange((text,))
    if not isinstance(text, str):
        raise TypeError(f"A frame range must be str or int, not {text!r}")
    if len(text) <= _KEPT_TEXT:
        return _parse_kept(text, limit, MAX_FRAMES, MAX_STEPPED_FRAMES, MAX_EXPANDED_FRAMES)
    return _parse(text, limit)


@functools.lru_cache(maxsize=1024)
def _parse_kept(text: str, limit: Optional[int], *bounds: int) -> FrameRange:
    """:func:`_parse`, kept per text, limit and module bounds (a studio may change the bounds)."""
    return _parse(text, limit)


def _parse(text: str, limit: Optional[int]) -> FrameRange:
    items: List[_Run] = []
    stepped = 0
    pos = 0
    length = len(text)
    comma_ok = False  # an item came since the start or the last comma
    while True:
        while pos < length and text[pos].isspace():
            pos += 1
        if pos == length:
            break
        if text[pos] == ",":
            if not comma_ok:
                raise FrameRangeError(text, pos, "expected a frame before ','")
            comma_ok = False
            pos += 1
            continue
        item_pos = pos
        start, pos = _read_int(text, pos, True)
        end, step = start, 1
        dash = _spaced_dash(text, pos)
        if dash is not None:
            end, pos = _read_int(text, _skip_spaces(text, dash + 1), True)
            if pos < length and text[pos] == "x":
                step_pos = pos + 1
                step, pos = _read_int(text, step_pos, False)
                if step < 1:
                    raise FrameRangeError(text, step_pos, "step must be at least 1")
            if end < start:  # counts down from start: the same frames as counting up from the last one
                start, end = start - (start - end) // step * step, start
        if pos < length and not (text[pos].isspace() or text[pos] == ","):
            raise FrameRangeError(text, pos, f"unexpected {text[pos]!r}")
        if limit is not None and len(items) >= limit:
            raise FrameRangeError(text, item_pos, f"more than {limit:,} items (frames or runs), the limit")
        if step > 1:
            stepped += (end - start) // step + 1
            bound = max(MAX_STEPPED_FRAMES, MAX_FRAMES, limit or 0)
            if stepped > bound:
                raise FrameRangeError(text, item_pos, f"more than {bound} frames")
        items.append((start, end, step))
        comma_ok = True
    if not comma_ok:
        reason = "expected a frame after ','" if items else "empty frame range"
        raise FrameRangeError(text, pos, reason)
    frames = _from_items(items)
    if frames is None:
        raise FrameRangeError(text, 0, "stepped items that overlap or touch others hold more than "
                                       f"{max(MAX_EXPANDED_FRAMES, MAX_FRAMES)} frames")
    return frames


def _from_items(items: Iterable[_Run]) -> Optional[FrameRange]:
    """A FrameRange from ``(start, end, step)`` items, built from their spans when no two overlap or touch;
    None when that is not so and listing their frames would pass MAX_EXPANDED_FRAMES."""
    spans: List[_Run] = []
    for start, end, step in items:
        last = start + (end - start) // step * step
        spans.append((start, last, step if last > start else 1))
    spans.sort()
    if all(a[1] + 1 < b[0] for a, b in zip(spans, spans[1:])):
        runs: List[_Run] = []
        lone: List[_Run] = []  # (first, count, step) progressions of frames no other frame touches
        for start, last, step in spans:
            if step == 1 and last > start:
                runs += _group_lone(lone)
                lone = []
                runs.append((start, last, 1))
            else:
                lone.append((start, (last - start) // step + 1, step))
        runs += _group_lone(lone)
        new = FrameRange.__new__(FrameRange)
        new._set_runs(tuple(runs))
        return new
    intervals: List[_Interval] = []
    listed, bound = 0, max(MAX_EXPANDED_FRAMES, MAX_FRAMES)
    for start, last, step in spans:
        if step == 1:
            intervals.append((start, last))
        else:
            listed += (last - start) // step + 1
            if listed > bound:
                return None
            intervals.extend((f, f) for f in range(start, last + 1, step))
    return FrameRange._from_intervals(intervals)


def _group_lone(progressions: Sequence[_Run]) -> List[_Run]:
    """The runs :func:`_runs` makes of lone frames, computed from their progressions without listing them.

    The frames' successive differences are kept run-length encoded; each step of the grouping consumes a
    whole stretch of equal differences or one frame, so the cost follows the progressions, not the frames.
    """
    if not progressions:
        return []
    diffs: List[List[int]] = []  # [difference, how many times in a row]

    def add(value: int, count: int) -> None:
        if diffs and diffs[-1][0] == value:
            diffs[-1][1] += count
        else:
            diffs.append([value, count])

    for index, (first, count, step) in enumerate(progressions):
        if count > 1:
            add(step, count - 1)
        if index + 1 < len(progressions):
            add(progressions[index + 1][0] - (first + (count - 1) * step), 1)
    runs: List[_Run] = []
    frame = progressions[0][0]
    r = used = 0
    while r < len(diffs):
        value, count = diffs[r]
        left = count - used
        if left >= 2:  # three or more evenly spaced frames: one stepped run to the end of the stretch
            last = frame + left * value
            runs.append((frame, last, value))
            r, used = r + 1, 0
            if r == len(diffs):
                return runs
            frame = last + diffs[r][0]  # the difference after a run is skipped, as in _runs
            used = 1
            if used == diffs[r][1]:
                r, used = r + 1, 0
        else:
            runs.append((frame, frame, 1))
            frame += value
            r, used = r + 1, 0
    runs.append((frame, frame, 1))
    return runs


def format_range(frames: Union[_RangeLike, Iterable[int]]) -> str:
    """Canonical Smedge range text for a FrameRange, range text, or an iterable of int frames."""
    if isinstance(frames, (FrameRange, str, int)):
        return str(_as_range(frames))
    return str(FrameRange(frames))
