"""The local master's work units as spans, without a running master: a farm over a temporary store.

A job keeps its frames no work unit holds yet as pending spans; work units are cut from them when an
engine takes work, in the packets ``FrameRange.packets`` gives, and per-frame waits are solved on spans.
"""

import time
import uuid

import pytest
from hypothesis import given, strategies as st

from smedge_core.frames import FrameRange, parse_range
from smedge_core.sandbox import products, states
from smedge_core.sandbox.farm import Farm, spans_meet
from smedge_core.sandbox.store import Store


@pytest.fixture
def farm(tmp_path):
    store = Store(tmp_path / "master.sqlite")
    yield Farm(store, products.PRODUCTS, str(tmp_path), 1)
    store.close()


def add(farm, **values):
    params = {"Type": products.MAYA_ID, "Scene": "/a.mb"}
    params.update((k, str(v)) for k, v in values.items())
    with farm.store.transaction():
        return farm.add_job(str(uuid.uuid4()), params, farm.product("Maya"))


def take(farm, job):
    """The work unit an engine would start next of ``job``, marked started (None when none is ready)."""
    choice = farm.next_work(job, farm.engines[0])
    if choice is None:
        return None
    with farm.store.transaction():
        work = farm.take(job, choice)
    work.status = states.WORK_STARTED
    return work


def finish(job, work):
    work.status = states.WORK_FINISHED
    job.open.pop(work.id)


def take_all(farm, job):
    """Every work unit the farm hands out for ``job``, each finished before the next is taken."""
    taken = []
    while True:
        work = take(farm, job)
        if work is None:
            return taken
        taken.append(work)
        finish(job, work)


spans = st.tuples(st.integers(-40, 40), st.integers(0, 40), st.integers(1, 9)).map(
    lambda t: (t[0], t[0] + t[1], t[2]))


@given(spans, spans)
def test_spans_meet_when_they_share_a_frame(one, other):
    shared = set(range(one[0], one[1] + 1, one[2])) & set(range(other[0], other[1] + 1, other[2]))
    assert spans_meet(one, other) == bool(shared)


def test_a_100000_frame_job_is_a_few_objects_until_its_work_runs(farm):
    started = time.monotonic()
    job = add(farm, Range="1-100000")
    assert time.monotonic() - started < 5  # a few milliseconds: no object per frame or work unit
    assert job.pending == [[1, 100000, 1, 1]] and job.works == {} and job.packets_pending() == 100000
    assert farm.store.db.execute("SELECT COUNT(*) FROM work").fetchone()[0] == 0
    assert farm.store.log_text(job.id)[-1][1] == "submitted with 100000 work units"
    first = take(farm, job)
    assert (first.name, list(first.frames)) == ("1", [1])
    assert job.pending == [[2, 100000, 1, 1]]


@pytest.mark.parametrize("text, size", [("1-10", 3), ("1-20x3, 40-44, 50, 52, 54, 90", 2), ("-7-7", 4),
                                        ("1,3,7-9", 1)])
def test_work_units_are_the_packets_of_the_range_in_each_mode(farm, text, size):
    expected = [(p.start, p.end, p.step) for p in parse_range(text).packets(size)]
    forward = add(farm, Range=text, PacketSize=size)
    assert [tuple(w.packet) for w in take_all(farm, forward)] == expected
    backward = add(farm, Range=text, PacketSize=size, DistributeMode=1)
    assert [tuple(w.packet) for w in take_all(farm, backward)] == expected[::-1]
    shuffled = add(farm, Range=text, PacketSize=size, DistributeMode=2)
    assert sorted(tuple(w.packet) for w in take_all(farm, shuffled)) == expected
    for job in (forward, backward, shuffled):
        assert not job.pending and not job.open
        farm.refresh(job)
        assert job.status() == states.JOB_COMPLETE


def test_per_frame_waits_are_solved_on_spans(farm):
    parent = add(farm, Range="1-100000", PacketSize=10)
    child = add(farm, Range="1-100000", PacketSize=4, WaitForJobID=parent.id, WaitForWholeJob=0)
    started = time.monotonic()
    assert take(farm, child) is None  # every child frame waits for a parent frame
    assert time.monotonic() - started < 2  # one span against one span, not 100,000 packets
    running = [take(farm, parent) for _ in range(2)]
    assert [w.name for w in running] == ["1-10", "11-20"]
    assert take(farm, child) is None  # running is not finished
    finish(parent, running[1])
    assert take(farm, child).name == "13-16"  # 9-12 still waits for frames 9 and 10
    finish(parent, running[0])
    assert [take(farm, child).name for _ in range(4)] == ["1-4", "5-8", "9-12", "17-20"]
    assert take(farm, child) is None


def test_a_requeued_work_unit_keeps_its_place_in_frame_order(farm):
    job = add(farm, Range="1-6", PacketSize=2)
    first, second = take(farm, job), take(farm, job)
    second.status = states.WORK_QUEUED  # stopped or failed: queued again, the same work unit
    assert take(farm, job) is second
    first.status = states.WORK_QUEUED
    assert take(farm, job) is first
    assert take(farm, job).name == "5-6"


def test_range_updates_keep_finished_frames_and_requeue_the_rest(farm):
    job = add(farm, Range="1-10", PacketSize=3)
    for _ in range(2):
        finish(job, take(farm, job))  # 1-3 and 4-6
    queued_again = take(farm, job)
    queued_again.status = states.WORK_QUEUED  # 7-9: queued, so made again from the new Range
    farm.set_value(job, "Range", "1-12")
    farm.rebuild_work(job)
    assert job.pending == [[7, 12, 1, 3]]
    assert FrameRange(f for w in job.works.values() for f in w.frames) == parse_range("1-6")


def test_work_stored_as_lists_of_frames_by_older_masters_still_loads(tmp_path):
    import json
    store = Store(tmp_path / "master.sqlite")
    job_id = "8ad51e37-127e-4894-aefb-8e8273c111cf"
    store.add_jobs([(job_id, 1, {"Type": products.MAYA_ID, "Scene": "/a.mb", "Range": "1-9"}, "", "")])
    for seq, (frames, status) in enumerate([([1, 2, 3], states.WORK_FINISHED), ([4, 6], states.WORK_QUEUED),
                                            ([7, 8, 9], states.WORK_QUEUED)], 1):
        store.db.execute("INSERT INTO work VALUES (?, ?, ?, ?, ?, '', 0)",
                         (f"w{seq}", job_id, seq, json.dumps(frames), status))
    farm = Farm(store, products.PRODUCTS, str(tmp_path), 1)
    job = farm.jobs[job_id]
    assert [(w.name, w.status) for w in job.works.values()] == [("1-3", 2), ("4,6", 0), ("7-9", 0)]
    assert [w.name for w in take_all(farm, job)] == ["4,6", "7-9"]
    store.close()


def test_the_master_stops_reading_a_range_at_its_limit():
    from smedge_core.frames import FrameRangeError, parse_range

    text = ",".join(str(3 * i) for i in range(50000))
    with pytest.raises(FrameRangeError, match="more than 100 items"):
        parse_range(text, limit=100)
