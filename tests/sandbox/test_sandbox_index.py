"""The local master's indexes, without a running master: a farm over a temporary store, asked through
the tool side of the contract (``Master.handle``).

``Job List`` for IDs reads only those jobs, other queries look variables up one at a time: both must
answer exactly what matching every job's full variables gives. The dispatcher keeps the jobs that may run
apart, and sleeps until a change wakes it.
"""

import sqlite3
import threading
import uuid

import pytest
from hypothesis import given, settings, strategies as st

from smedge_core import _contract, _records
from smedge_core._query import matches
from smedge_core.sandbox import products, states
from smedge_core.sandbox.farm import Farm
from smedge_core.sandbox.master import Master
from smedge_core.sandbox.store import Store
from smedge_core.sandbox.substitution import resolve


@pytest.fixture
def master(tmp_path):
    store = Store(tmp_path / "master.sqlite")
    yield Master(Farm(store, products.PRODUCTS, str(tmp_path), 1))
    store.close()


def submit(master, *jobs, paused=True):
    records = []
    for values in jobs:
        job_id = str(uuid.uuid4())
        records.append((job_id, dict(values, ID=job_id)))
    code, _, err = master.handle("Submit", ["-FromFile", "/jobs.sj"] + (["-Paused"] if paused else []),
                                   {"/jobs.sj": _records.dumps(records)})
    assert code == 0, err
    return [job_id for job_id, _ in records]


def job_list(master, query=None):
    args = ["List"] + (["-Query", _contract.query_text(query)] if query is not None else [])
    code, out, err = master.handle("Job", args, {})
    assert code == 0, err
    return [job_id for job_id, _ in _records.loads(out)]


def full_scan(master, query):
    """What matching every job's full variables gives: the definition the indexes must keep."""
    checked = master._canonical_types(_contract.read_query_text(_contract.query_text(query)))
    found = []
    for job in sorted(master.farm.jobs.values(), key=lambda j: j.seq):
        variables = job.variables()
        if matches(checked, lambda name, variables=variables: resolve(name, variables)):
            found.append(job.id)
    return found


JOBS = [{"Type": "Maya", "Name": "layer1", "Scene": "/a.mb", "Range": "1-10"},
        {"Type": "Nuke", "Name": "comp", "Scene": "/c.nk", "Priority": "60", "Pool": "gpu"},
        {"Type": "Maya", "Name": "layer2", "Scene": "/b.mb", "Range": "1-10x2", "Extra": "-rl x"}]


def test_job_list_for_ids_answers_those_jobs_in_submission_order(master):
    ids = submit(master, *JOBS)
    assert job_list(master, ["any", ["ID", "=", ids[2]], ["ID", "=", ids[0].upper()]]) == [ids[0], ids[2]]
    assert job_list(master, ["ID", "=", ids[1]]) == [ids[1]]
    assert job_list(master, [["ID", "=", ids[1]], ["Name", "=", "layer1"]]) == []
    assert job_list(master, ["ID", "=", str(uuid.uuid4())]) == []
    assert job_list(master) == ids


CONDITIONS = st.sampled_from([
    ["Name", "=", "comp"], ["name", ":", "layer"], ["Priority", "=", "50"], ["Priority", ">", "55"],
    ["Product", "=", "Nuke"], ["Type", "=", "Maya"], ["Scene.File", "=", "b.mb"], ["Extra", "!=", ""],
    ["Pool", "=", "gpu"], ["Unknown", "=", ""], ["Range", "=", "1"], ["Status", "=", "-1"],
    ["FailureLimit", "=", "3"], ["Scene.Ext.Upper", "=", "NK"]])


@st.composite
def queries(draw, ids):
    ids_conditions = st.sampled_from([*ids, str(uuid.uuid4())]).map(lambda job_id: ["ID", "=", job_id])
    leaf = st.one_of(CONDITIONS, ids_conditions)
    tree = st.recursive(leaf, lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3),
        st.lists(inner, min_size=1, max_size=3).map(lambda parts: ["any", *parts])), max_leaves=6)
    return draw(tree)


def test_any_query_answers_what_a_full_scan_of_every_job_answers(master):
    ids = submit(master, *JOBS)

    @given(queries(ids))
    @settings(max_examples=150)
    def check(query):
        assert job_list(master, query) == full_scan(master, query)

    check()


def test_only_queued_or_active_jobs_are_kept_for_the_dispatcher(master):
    paused = submit(master, JOBS[0])[0]
    queued = submit(master, JOBS[2], paused=False)[0]
    farm = master.farm
    assert list(farm.runnable) == [queued]
    assert master.handle("Job", ["Resume", paused], {})[0] == 0
    assert set(farm.runnable) == {paused, queued}
    assert master.handle("Job", ["Pause", queued], {})[0] == 0
    assert master.handle("Job", ["Delete", paused], {})[0] == 0
    assert farm.runnable == {}
    assert all(farm.jobs[job_id].status() == states.JOB_PAUSED for job_id in farm.jobs)


class _FailingCommits:
    """A store connection whose COMMIT rolls back and fails, as on a full disk."""

    def __init__(self, db):
        self.db = db

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            self.db.execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.db, name)


def test_a_change_that_could_not_be_saved_leaves_the_dispatchers_jobs_as_they_were(master):
    paused = submit(master, JOBS[0])[0]
    farm = master.farm
    healthy = farm.store.db
    farm.store.db = _FailingCommits(healthy)
    try:
        records = [(str(uuid.uuid4()), dict(JOBS[2]))]
        code, _, _ = master.handle("Submit", ["-FromFile", "/q.sj"], {"/q.sj": _records.dumps(records)})
        assert code == 1
        assert master.handle("Job", ["Resume", paused], {})[0] == 1
    finally:
        farm.store.db = healthy
    assert farm.runnable == {} and list(farm.jobs) == [paused]
    assert master.handle("Job", ["Resume", paused], {})[0] == 0
    assert list(farm.runnable) == [paused]


def test_the_dispatcher_sleeps_until_a_change_wakes_it(master):
    farm = master.farm
    rounds = []
    woken = threading.Event()

    def dispatch():
        rounds.append(len(rounds))
        woken.set()

    farm.dispatch = dispatch
    stopping = threading.Event()
    thread = threading.Thread(target=farm.run_dispatcher, args=(stopping,), daemon=True)
    thread.start()
    try:
        assert woken.wait(10)
        woken.clear()
        assert not woken.wait(1.0), "a round ran with nothing changed"  # the old loop ran 5 a second
        job_list(master)
        assert master.handle("ConfigureMaster", ["MasterID"], {})[0] == 0
        assert not woken.wait(0.5), "a request that changes nothing woke it"
        assert len(rounds) == 1
        submit(master, JOBS[0])  # a change wakes it
        assert woken.wait(10) and len(rounds) == 2
    finally:
        stopping.set()
        farm.wake.set()
        thread.join(10)
    assert not thread.is_alive()
