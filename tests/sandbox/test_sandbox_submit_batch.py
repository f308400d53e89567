"""A Submit of many jobs on the local master, without a running master: a master over a temporary store.

The jobs of one request are checked value by value (a value repeated in the request is checked once) and
written together, one row each; what is written is what a restarted master reads back, and a store an
older master wrote (a ``pending`` row and a first dispatch log line per job) still loads. The record
parser's fast path for ``Key = Value`` lines gives what the plain line-by-line reading gives.
"""

import uuid

import pytest
from hypothesis import given, strategies as st

from smedge_core import _records
from smedge_core.sandbox import products, states
from smedge_core.sandbox.farm import Farm
from smedge_core.sandbox.master import Master
from smedge_core.sandbox.store import Store


def open_master(folder):
    store = Store(folder / "master.sqlite")
    return Master(Farm(store, products.PRODUCTS, str(folder), 1)), store


def submit(master, jobs):
    text = _records.dumps([(values.get("ID", str(index)), values) for index, values in enumerate(jobs)])
    return master.handle("Submit", ["-FromFile", "/jobs.sj", "-Paused"], {"/jobs.sj": text})


def job(index, **values):
    record = {"ID": str(uuid.uuid4()), "Type": "Maya", "Name": f"layer {index}", "Scene": "/a.mb",
              "Range": "1-100", "PacketSize": "10", "Priority": "50"}
    record.update(values)
    return record


def rows(store):
    return {table: store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("jobs", "pending", "dispatch_log")}


def test_a_batch_is_read_back_after_a_restart(tmp_path):
    master, store = open_master(tmp_path)
    jobs = [job(i) for i in range(3)] + [job(3, Range="1-7", PacketSize="3")]
    code, _, err = submit(master, jobs)
    assert code == 0, err
    assert rows(store) == {"jobs": 4, "pending": 0, "dispatch_log": 0}  # one row each, its first log line in it
    store.close()
    master, store = open_master(tmp_path)
    try:
        farm = master.farm
        assert [farm.jobs[j["ID"]].seq for j in jobs] == [1, 2, 3, 4]
        assert farm.jobs[jobs[0]["ID"]].pending == [[1, 100, 1, 10]]
        assert farm.jobs[jobs[3]["ID"]].pending == [[1, 7, 1, 3]]
        assert farm.jobs[jobs[3]["ID"]].value("Status") == "-1"
        assert [text for _, text in store.log_text(jobs[0]["ID"])] == ["submitted with 10 work units"]
        assert [text for _, text in store.log_text(jobs[3]["ID"])] == ["submitted with 3 work units"]
    finally:
        store.close()


@pytest.mark.parametrize("bad_index", [0, 2])
def test_a_bad_value_repeated_in_a_request_is_refused_where_it_first_is(tmp_path, bad_index):
    master, store = open_master(tmp_path)
    try:
        jobs = [job(i, Priority="high" if i >= bad_index else "50") for i in range(4)]
        code, out, err = submit(master, jobs)
        assert code != 0 and out == ""
        assert f"jobs[{bad_index}] (" in err and "Priority" in err and "'high'" in err
        assert rows(store) == {"jobs": 0, "pending": 0, "dispatch_log": 0}
        assert master.farm.jobs == {}
    finally:
        store.close()


def test_a_value_valid_once_is_checked_again_for_another_parameter(tmp_path):
    master, store = open_master(tmp_path)
    try:
        code, _, err = submit(master, [job(0, Range="1-100"), job(1, PacketSize="1-100")])
        assert code != 0 and "jobs[1]" in err and "PacketSize" in err and "'1-100'" in err
        assert rows(store)["jobs"] == 0
    finally:
        store.close()


def reference_loads(text):
    """Record text read line by line, as the parser did before its fast path."""
    records, values = [], None
    for number, raw in enumerate(_records.lines(text), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line[0] == "[" and line[-1] == "]":
            values = {}
            records.append((line[1:-1].strip(), values))
            continue
        key, sep, value = raw.partition("=")
        if not sep or values is None:
            raise ValueError(f"record line {number}: expected '[ID]' or 'Key = Value', found {raw!r}")
        values[key.strip()] = _records._unquote(value.strip())
    return records


def outcome(function, text):
    try:
        return function(text)
    except ValueError as err:
        return str(err)


# lines met again (the parser keeps the keys of the usual lines it met) and random ones
LINES = st.sampled_from(["[id]", "a = b", "a =b", " a= b", "a", "a ", "= x", "[x = y", "# c", "", "a = \"q\"",
                         "\ra = b", "a = b\r", "[a]b", "b=", "\u2028a = c", "a = b = c"]) | \
    st.text(alphabet="ab=[];# \t\"\r\u2028\x1c", max_size=8)


@given(st.lists(LINES, max_size=12))
def test_the_fast_path_reads_as_the_plain_reading(lines):
    text = "\n".join(["[id]", *lines])
    assert outcome(_records.loads, text) == outcome(reference_loads, text)
    text = "\n".join(lines)
    assert outcome(_records.loads, text) == outcome(reference_loads, text)


@pytest.mark.parametrize("value, words, name", [
    ("a\rb", "Note: value 'a\\rb' holds a line break", "plain"),
    ("a\ud800", "Note: value 'a\\ud800' holds a lone surrogate", "plain"),
    ("x" * 61, "Note: 61 characters, more than the 60 this master takes in one value", "ś"),
    ("x" * 61, "Note: 61 characters, more than the 60 this master takes in one value", "plain"),
])
def test_values_of_a_text_that_is_not_plain_are_checked_one_by_one(tmp_path, value, words, name):
    store = Store(tmp_path / "master.sqlite")
    master = Master(Farm(store, products.PRODUCTS, str(tmp_path), 1), max_value=60)
    try:
        records = [job(0, Name=name), job(1, Note=value)]  # written by hand: dumps refuses such values
        text = "\n".join(f"[{r['ID']}]\n" + "\n".join(f"{k} = {v}" for k, v in r.items()) for r in records)
        code, _, err = master.handle("Submit", ["-FromFile", "/jobs.sj"], {"/jobs.sj": text})
        assert code != 0 and words in err, err
        assert rows(store)["jobs"] == 0
        code, _, err = submit(master, [job(0, Name="ś", Note="a" * 60)])  # not ASCII, longer than 60: each checked
        assert code == 0, err
    finally:
        store.close()


def test_ids_in_other_spellings_are_stored_canonical_and_checked_as_such(tmp_path):
    master, store = open_master(tmp_path)
    try:
        parent, child = uuid.uuid4(), uuid.uuid4()
        code, _, err = submit(master, [job(0, ID="{" + str(parent).upper() + "}"),
                                       job(1, ID=str(child).upper(), WaitForJobID=f"{parent},{str(parent).upper()}")])
        assert code == 0, err
        assert master.farm.jobs[str(child)].parents() == [str(parent), str(parent)]
        assert str(parent) in master.farm.jobs
        own = uuid.uuid4()
        for waits in (str(own), str(own).upper(), f"{parent},{own}", f"{parent},{{{own}}}"):
            code, _, err = submit(master, [job(2, ID=str(own), WaitForJobID=waits)])
            assert code == 1 and f"WaitForJobID: job {own} cannot wait on itself" in err, (waits, err)
        for bad in (f"{parent},x", f"{parent}, {own}", f"{parent},{str(parent)[:-1]}g", f"{parent};{parent}"):
            code, _, err = submit(master, [job(3, WaitForJobID=bad)])
            assert code == 2 and "WaitForJobID: " in err and "is not a valid ID" in err, (bad, err)
        code, _, err = submit(master, [job(4, ID=str(own)[:-1] + "g")])
        assert code == 2 and "ID: " in err and "is not a valid ID" in err, err
        assert rows(store)["jobs"] == 2
    finally:
        store.close()


def test_pending_frames_are_read_back_after_work_is_made_or_the_range_changes(tmp_path):
    master, store = open_master(tmp_path)
    jobs = [job(i, Range="1-30", PacketSize="10") for i in range(3)]
    assert submit(master, jobs)[0] == 0
    farm = master.farm
    taken, changed = farm.jobs[jobs[0]["ID"]], farm.jobs[jobs[1]["ID"]]
    with farm.lock, farm.changing([taken]):
        work = farm.make_work(taken, 0, 0)
    assert master.handle("Job", ["Update", changed.id, "-Range", "5-9"], {})[0] == 0
    assert rows(store) == {"jobs": 3, "pending": 2, "dispatch_log": 0}
    store.close()
    master, store = open_master(tmp_path)
    try:
        farm = master.farm
        assert farm.jobs[jobs[0]["ID"]].pending == [[11, 30, 1, 10]]
        assert list(farm.jobs[jobs[0]["ID"]].works) == [work.id]
        assert farm.jobs[jobs[1]["ID"]].pending == [[5, 9, 1, 10]]
        assert farm.jobs[jobs[2]["ID"]].pending == [[1, 30, 1, 10]]
        assert farm.jobs[jobs[2]["ID"]].status() == states.JOB_PAUSED
    finally:
        store.close()


OLD_SCHEMA = """
CREATE TABLE jobs (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, params TEXT NOT NULL);
CREATE TABLE dispatch_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL,
    time TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX dispatch_owner ON dispatch_log (owner);
CREATE TABLE pending (job_id TEXT PRIMARY KEY, segments TEXT NOT NULL);
"""


def test_a_store_written_before_jobs_held_their_first_log_line_loads(tmp_path):
    import json
    import sqlite3
    old = [job(i, Range="1-20", PacketSize="10", Status="-1") for i in range(2)]
    db = sqlite3.connect(str(tmp_path / "master.sqlite"), isolation_level=None)
    db.executescript(OLD_SCHEMA)  # what the master wrote before: three rows per job
    for seq, values in enumerate(old, 1):
        params = {"Type": products.MAYA_ID, **{k: v for k, v in values.items() if k not in ("ID", "Type")}}
        db.execute("INSERT OR REPLACE INTO jobs VALUES (?, ?, ?)", (values["ID"], seq, json.dumps(params)))
        db.execute("INSERT OR REPLACE INTO pending VALUES (?, ?)", (values["ID"], json.dumps([[11, 20, 1, 10]])))
        db.execute("INSERT INTO dispatch_log (owner, time, text) VALUES (?, ?, ?)",
                   (values["ID"], "1700000000000000", "submitted with 2 work units"))
    db.close()
    master, store = open_master(tmp_path)
    try:
        farm = master.farm
        assert [farm.jobs[j["ID"]].pending for j in old] == [[[11, 20, 1, 10]]] * 2
        assert store.log_text(old[0]["ID"]) == [("1700000000000000", "submitted with 2 work units")]
        new = [job(2, Range="1-5", PacketSize="2")]
        assert submit(master, new)[0] == 0
        farm.log(new[0]["ID"], "a later line")
        farm.log(old[0]["ID"], "a later line")
        with farm.lock, farm.changing([farm.jobs[old[1]["ID"]]]):
            farm.set_value(farm.jobs[old[1]["ID"]], "Note", "changed")
            farm.save_job(farm.jobs[old[1]["ID"]])
    finally:
        store.close()
    master, store = open_master(tmp_path)
    try:
        farm = master.farm
        assert [job_id for job_id in farm.jobs] == [old[0]["ID"], old[1]["ID"], new[0]["ID"]]
        assert farm.jobs[new[0]["ID"]].pending == [[1, 5, 1, 2]]
        assert farm.jobs[old[1]["ID"]].value("Note") == "changed"
        assert [text for _, text in store.log_text(new[0]["ID"])] == ["submitted with 3 work units", "a later line"]
        assert [text for _, text in store.log_text(old[0]["ID"])] == ["submitted with 2 work units", "a later line"]
        assert [text for _, text in store.log_text(new[0]["ID"], limit=1)] == ["a later line"]
    finally:
        store.close()


def test_a_job_row_whose_range_cannot_be_read_is_quarantined(tmp_path):
    master, store = open_master(tmp_path)
    good, bad = job(0), job(1)
    assert submit(master, [good, bad])[0] == 0
    with store.transaction():
        store.save_job(bad["ID"], {"Type": products.MAYA_ID, "Scene": "/a.mb", "Range": "1-x"})
    store.close()
    master, store = open_master(tmp_path)
    try:
        assert list(master.farm.jobs) == [good["ID"]]
        [(job_id, reason)] = store.quarantined()
        assert job_id == bad["ID"] and reason.startswith("its Range cannot be read: ") and "'1-x'" in reason
    finally:
        store.close()


def test_an_id_given_twice_or_already_taken_is_refused_where_it_is(tmp_path):
    master, store = open_master(tmp_path)
    try:
        first, second = job(0), job(1)
        code, _, err = submit(master, [first, second, job(2, ID=first["ID"].upper())])
        assert (code, err) == (1, f"Submit: jobs[2] ID: job {first['ID']} already exists\n")
        assert submit(master, [first])[0] == 0
        code, _, err = submit(master, [second, job(3, ID="{" + first["ID"] + "}")])
        assert (code, err) == (1, f"Submit: jobs[1] ID: job {first['ID']} already exists\n")
        assert list(master.farm.jobs) == [first["ID"]] and rows(store)["jobs"] == 1
    finally:
        store.close()
