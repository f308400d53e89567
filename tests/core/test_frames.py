"""Frame ranges: every text form, errors with positions, packets, set operations, round trips."""
import pytest
from hypothesis import given, strategies as st

from smedge_core.frames import FrameRange, FrameRangeError, Packet, format_range, parse_range


@pytest.mark.parametrize("text, frames", [
    ("1001-1005", [1001, 1002, 1003, 1004, 1005]),
    ("7", [7]),
    ("1-10x3", [1, 4, 7, 10]),
    ("1-3,7", [1, 2, 3, 7]),
    ("1-3 7  9", [1, 2, 3, 7, 9]),
    (" 1 , 2 ,3 ", [1, 2, 3]),
    ("5,1,3", [1, 3, 5]),
    ("1-5,3-8", [1, 2, 3, 4, 5, 6, 7, 8]),
    ("-10--7", [-10, -9, -8, -7]),
    ("-2-2", [-2, -1, 0, 1, 2]),
    ("1 -5", [-5, 1]),
    ("-6--2x2", [-6, -4, -2]),
    ("0010-0012", [10, 11, 12]),
    # public forms (issue 19): spaces around the dash, as a real job file writes Range; A > B counts down
    ("1001 - 1005", [1001, 1002, 1003, 1004, 1005]),
    ("1001- 1003, 7", [7, 1001, 1002, 1003]),
    ("-3 - -1", [-3, -2, -1]),
    ("10-1x3", [1, 4, 7, 10]),
    ("10-2x3", [4, 7, 10]),
    ("5-3", [3, 4, 5]),
    ("-2--6x2", [-6, -4, -2]),
])
def test_parse_forms(text, frames):
    assert list(parse_range(text)) == frames


def test_int_and_frame_range_inputs():
    assert list(parse_range(1)) == [1]
    fr = parse_range("1-3")
    assert parse_range(fr) is fr
    with pytest.raises(TypeError, match="str or int"):
        parse_range(1.5)
    with pytest.raises(TypeError, match="str or int"):
        parse_range(True)


@pytest.mark.parametrize("text, position, reason", [
    ("", 0, "empty frame range"),
    ("   ", 3, "empty frame range"),
    ("1-", 2, "expected a digit, found the end"),
    ("1 - ", 4, "expected a digit, found the end"),
    ("1-5y", 3, "unexpected 'y'"),
    ("1,,2", 2, "expected a frame before ','"),
    (",1", 0, "expected a frame before ','"),
    ("1,", 2, "expected a frame after ','"),
    ("1-10x0", 5, "step must be at least 1"),
    ("1-10x-2", 5, "expected a digit, found '-'"),
    ("5x2", 1, "unexpected 'x'"),
    ("1-10X2", 4, "unexpected 'X'"),
    ("abc", 0, "expected a digit, found 'a'"),
    ("1-1.5", 3, "unexpected '.'"),
])
def test_errors_name_text_and_position(text, position, reason):
    with pytest.raises(FrameRangeError) as caught:
        parse_range(text)
    err = caught.value
    assert isinstance(err, ValueError)
    assert (err.text, err.position, err.reason) == (text, position, reason)
    assert repr(text) in str(err) and f"character {position + 1}" in str(err)


@pytest.mark.parametrize("text, canonical", [
    ("1,2,3", "1-3"),
    ("1,3,5,7", "1-7x2"),
    ("1,3", "1,3"),
    ("1-10x3,11", "1-7x3,10-11"),
    ("1 3-5", "1,3-5"),
    ("-10--5", "-10--5"),
    ("4-5", "4-5"),
])
def test_canonical_text(text, canonical):
    assert str(parse_range(text)) == canonical
    assert format_range(text) == canonical
    assert format_range([int(f) for f in parse_range(text)]) == canonical


def test_set_operations_and_queries():
    fr = parse_range("1-100")
    assert str(fr & "50-60,70,200") == "50-60,70"
    assert str(fr.intersect("95-105")) == "95-100"
    assert str(fr - "2-99") == "1,100"
    assert str(parse_range("1-9x2") | "2-10x2") == "1-10"
    assert parse_range("1-10").issubset("0-20") and not parse_range("1-10").issubset("2-20")
    assert 4 in parse_range("1-10x3") and 5 not in parse_range("1-10x3") and 0 not in parse_range("1-10")
    assert (fr.first, fr.last, len(fr)) == (1, 100, 100)
    assert not FrameRange() and str(FrameRange()) == ""
    with pytest.raises(ValueError, match="no first frame"):
        _ = FrameRange().first
    assert parse_range("1-3") == FrameRange([3, 2, 1]) and hash(parse_range("1-3")) == hash(FrameRange([1, 2, 3]))
    assert repr(parse_range("1-3")) == "FrameRange('1-3')"


def test_packets():
    assert parse_range("1-10").packets(4) == [Packet(1, 4, 1), Packet(5, 8, 1), Packet(9, 10, 1)]
    assert parse_range("1-20x5").packets("2") == [Packet(1, 6, 5), Packet(11, 16, 5)]
    assert parse_range("1-5,8-9").packets(3) == [Packet(1, 3, 1), Packet(4, 5, 1), Packet(8, 9, 1)]
    assert [str(p) for p in parse_range("1-10x3").packets(2)] == ["1-4x3", "7-10x3"]
    assert list(Packet(1, 7, 3).frames) == [1, 4, 7]
    for bad in (0, -1, "x", 2.0, True, ""):
        with pytest.raises(ValueError, match="PacketSize"):
            parse_range("1-10").packets(bad)


def test_large_ranges_stay_cheap():
    fr = parse_range("1-1000000000")
    assert len(fr) == 1000000000 and 999999999 in fr
    assert len(fr & "500-1500,2000000000") == 1001
    with pytest.raises(FrameRangeError, match="more than"):
        parse_range("0-1000000000x2")


frame_sets = st.sets(st.integers(-60, 260), max_size=80)


@given(frame_sets)
def test_format_parse_round_trip(frames):
    fr = FrameRange(frames)
    assert list(fr) == sorted(frames) and len(fr) == len(frames)
    if frames:
        assert parse_range(str(fr)) == fr
        assert str(parse_range(str(fr))) == str(fr)


items = st.tuples(st.integers(-50, 200), st.integers(0, 60), st.integers(1, 7)).map(
    lambda t: (t[0], t[0] + t[1], t[2]))


separators = st.lists(st.sampled_from([",", " ", ", ", "  ,", "\t"]), min_size=8, max_size=8)


@given(st.lists(items, min_size=1, max_size=8), separators)
def test_any_written_range_parses_to_its_frames(parts, separators):
    texts = []
    expected = set()
    for start, end, step in parts:
        if start == end:
            texts.append(str(start))
        elif step == 1:
            texts.append(f"{start}-{end}")
        else:
            texts.append(f"{start}-{end}x{step}")
        expected.update(range(start, end + 1, step))
    text = texts[0] + "".join(sep + t for sep, t in zip(separators, texts[1:]))
    fr = parse_range(text)
    assert set(fr) == expected
    assert parse_range(format_range(fr)) == fr


@given(frame_sets, frame_sets)
def test_set_operations_match_python_sets(a, b):
    fa, fb = FrameRange(a), FrameRange(b)
    assert set(fa & fb) == a & b
    assert set(fa | fb) == a | b
    assert set(fa - fb) == a - b
    assert fa.issubset(fb) == a.issubset(b)
    assert all((f in fa) == (f in a) for f in range(-70, 270))


@given(frame_sets, st.integers(1, 12))
def test_packets_cover_the_frames_in_order(frames, size):
    fr = FrameRange(frames)
    packets = fr.packets(size)
    assert [f for p in packets for f in p.frames] == sorted(frames)
    assert all(1 <= len(p.frames) <= size for p in packets)
    for packet in packets:
        assert any(packet.start >= s and packet.end <= e and packet.step == st_ for s, e, st_ in fr.runs)


@given(st.text(alphabet="0123456789-x, .a", max_size=20))
def test_bad_text_raises_value_error_with_position_inside(text):
    try:
        parse_range(text)
    except FrameRangeError as err:
        assert 0 <= err.position <= len(text)


def test_stepped_and_huge_ranges_are_counted_from_their_spans():
    for text, count, runs in [("1-999999999999", 999999999999, ((1, 999999999999, 1),)),
                              ("1-19999999x2", 10000000, ((1, 19999999, 2),)),
                              ("-9-9x3, 100-200000000, 300000000", 199999909, ((-9, 9, 3), (100, 200000000, 1),
                                                                                (300000000, 300000000, 1)))]:
        fr = parse_range(text)
        assert (len(fr), fr.runs) == (count, runs)
    fr = parse_range("1-19999999x2")
    assert fr - FrameRange() is fr and fr | FrameRange() is fr and not (fr & FrameRange())


@pytest.mark.parametrize("text, reason", [
    ("1-20000001x2", "more than 10000000 frames"),
    ("1-2000000x2,2-2000000x2", "stepped items that overlap or touch others hold more than 1000000 frames"),
    ("1-" + "9" * 19, "a frame number has at most 18 digits"),
])
def test_ranges_that_would_cost_too_much_to_read_are_refused(text, reason):
    with pytest.raises(FrameRangeError, match=reason):
        parse_range(text)
    assert len(parse_range("1-" + "0" * 30 + "9" * 18)) == 10 ** 18 - 1  # leading zeros do not count


spaced_items = st.lists(st.tuples(st.integers(2, 9), st.integers(0, 6), st.sampled_from([1, 1, 2, 2, 3, 5])),
                        min_size=1, max_size=12)


@given(st.integers(-30, 30), spaced_items, st.randoms())
def test_ranges_read_from_spans_equal_ranges_built_frame_by_frame(first, gaps, rnd):
    """Items that neither overlap nor touch are read from their spans: same runs as listing every frame."""
    items, frames, position = [], set(), first
    for gap, count, step in gaps:
        start = position + gap
        end = start + count * step + (rnd.randrange(step) if step > 1 else 0)
        items.append(f"{start}-{end}x{step}" if step > 1 else f"{start}-{end}")
        frames.update(range(start, end + 1, step))
        position = max(frames)
    rnd.shuffle(items)
    fr = parse_range(",".join(items))
    assert fr.runs == FrameRange(frames).runs and len(fr) == len(frames)


@pytest.mark.parametrize("text", ["1001 - 1100", "1100-1001", "1001-1100"])
def test_public_forms_are_written_as_most_sources_write_them(text):
    assert str(parse_range(text)) == "1001-1100"
