"""A Submit of many jobs on the local master, without a running master: a master over a temporary store.

The jobs of one request are checked value by value (a value repeated in the request is checked once) and
written together; what is written is what a restarted master reads back. The record parser's fast path
for ``Key = Value`` lines gives what the plain line-by-line reading gives.
"""

import uuid

import pytest
from hypothesis import given, strategies as st

from smedge_core import _records
from smedge_core.sandbox import products
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
    assert rows(store) == {"jobs": 4, "pending": 4, "dispatch_log": 4}
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


@given(st.lists(st.text(alphabet="ab=[];# \t\"\r\u2028\x1c", max_size=8), max_size=8))
def test_the_fast_path_reads_as_the_plain_reading(lines):
    text = "\n".join(["[id]", *lines])
    assert outcome(_records.loads, text) == outcome(reference_loads, text)
    text = "\n".join(lines)
    assert outcome(_records.loads, text) == outcome(reference_loads, text)
