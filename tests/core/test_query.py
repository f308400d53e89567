"""The query grammar: checking, the text the Job tool takes, matching, ids_to_query."""

import ast
import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import smedge_core as smedge
from smedge_core import _contract, _query

def reference_query():
    """The reference's "more complicated query", read from the reference itself."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "reference" / "smedge-python-api.txt").read_text(
        encoding="utf-8")
    example = text.split(">>> jobs = get_jobs(query=[\n", 1)[1].split("])\n", 1)[0]
    lines = [line[4:] for line in example.splitlines()]  # drop the "... " prompts
    return ast.literal_eval("[" + "\n".join(lines) + "]")


COMPLEX = reference_query()


def test_reference_queries_become_json_text_with_str_values():
    assert json.loads(_contract.query_text(["Creator", "contains", "Joe"])) == ["Creator", "contains", "Joe"]
    assert json.loads(_contract.query_text(COMPLEX))[3][1] == ["Priority", "<", "50"]
    when = datetime(2026, 11, 26, 12, 0)
    assert json.loads(_contract.query_text(["Created", "before", smedge.datetime_to_rtime(when)]))[2] == \
        smedge.datetime_to_rtime(when)


def test_text_parses_back_to_the_checked_query():
    assert _contract.read_query_text(_contract.query_text(COMPLEX)) == _query.check(COMPLEX)


@pytest.mark.parametrize("bad,message", [
    ([], "non-empty list"),
    ("Name", "non-empty list"),
    (["Name", "~", "x"], r"unknown query operator '~'"),
    (["Name", "="], r"a condition is \[name, operator, value\]"),
    (["any"], "needs at least one query"),
    ([["Name", "=", "a"], ["Name", "like", "b"]], "unknown query operator 'like'"),
])
def test_bad_queries_say_what_is_wrong(bad, message):
    with pytest.raises(ValueError, match=message):
        _query.check(bad)


def lookup_of(values):
    return lambda name: values.get(name, "")


def test_complex_example_matches_as_the_reference_explains():
    check = _query.check(COMPLEX)
    base = {"Type": "Maya", "Name": "Render", "Scene.Path.File": "shots", "Priority": "40", "Note": "x",
            "LastError": ""}
    assert not _query.matches(check, lookup_of(base))
    assert _query.matches(check, lookup_of(dict(base, Type="Houdini")))  # neither Maya nor Nuke
    assert _query.matches(check, lookup_of(dict(base, Name="Cleanup 12345 old")))
    assert _query.matches(check, lookup_of(dict(base, Note="")))  # third branch: note empty
    assert _query.matches(check, lookup_of(dict(base, LastError="crash")))  # third branch: error set
    assert not _query.matches(check, lookup_of(dict(base, Note="", Priority="60")))
    assert not _query.matches(check, lookup_of(dict(base, Note="", **{"Scene.Path.File": "FINAL_v2"})))


@pytest.mark.parametrize("left,op,right,expected", [
    ("Joe Bloggs", "contains", "joe", True),
    ("Joe", ":", "ann", False),
    ("9", "<", "10", True),  # numbers compare as numbers
    ("b", ">", "A", True),  # text ignores case
    ("MAYA", "=", "maya", True),
    ("abc", "!*", "^b", True),
    ("50", ">=", "50.0", True),
])
def test_operators(left, op, right, expected):
    assert _query.matches([["X", op, right]], lookup_of({"X": left})) is expected


def test_before_and_after_compare_times():
    now = datetime.now()
    old = smedge.datetime_to_rtime(now - timedelta(days=4))
    cutoff = smedge.datetime_to_rtime(now - timedelta(days=3))
    assert _query.matches(["Created", "before", cutoff], lookup_of({"Created": old}))
    assert not _query.matches(["Created", "after", cutoff], lookup_of({"Created": old}))
    assert not _query.matches(["Created", "before", cutoff], lookup_of({"Created": ""}))


def test_ids_to_query():
    a, b = uuid.uuid4(), uuid.uuid4()
    assert smedge.ids_to_query([a, str(b)]) == ["any", ["ID", "=", str(a)], ["ID", "=", str(b)]]
    assert smedge.ids_to_query(str(a)) == ["any", ["ID", "=", str(a)]]
    with pytest.raises(ValueError, match="empty"):
        smedge.ids_to_query([])
    with pytest.raises(TypeError, match="'x' is not a valid job UUID"):
        smedge.ids_to_query([a, "x"])
    with pytest.raises(TypeError, match="42 is not a valid job UUID"):
        smedge.ids_to_query([42])


def test_get_jobs_sends_the_query_and_pythonizes(fake_smedge):
    fake_smedge.reply("Job List", stdout="[a29f0cb2-11e1-42a9-9b72-6c5f5be5f671]\nType = Maya\n"
                                         "Scene = /s.mb\nPriority = 70\nWaitForJobID = \n")
    (job,) = smedge.get_jobs(query=["Creator", "contains", "Joe"])
    assert fake_smedge.argv_of("Job") == [["List", "-Query", '["Creator", "contains", "Joe"]']]
    assert job["ID"] == uuid.UUID("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671") and job["Priority"] == 70
    assert job["PacketSize"] == 1
    (raw,) = smedge.get_jobs(get_all_parameters=False)
    assert raw == {"ID": "a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "Type": "Maya", "Scene": "/s.mb",
                   "Priority": "70", "WaitForJobID": ""}


def test_get_jobs_by_id_and_bad_query(fake_smedge):
    fake_smedge.reply("Job List", stdout="")
    assert smedge.get_jobs("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671") == []
    assert fake_smedge.argv_of("Job")[0][2] == '["any", ["ID", "=", "a29f0cb2-11e1-42a9-9b72-6c5f5be5f671"]]'
    with pytest.raises(ValueError, match="'Joe' is neither a job ID nor a query list"):
        smedge.get_jobs("Joe")
