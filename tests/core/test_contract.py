"""The CLI contract table: complete, consistent with the reference page, repeated in the README."""

import re
from pathlib import Path

import pytest

from smedge_core import _contract

ROOT = Path(__file__).resolve().parents[2]


def test_readme_repeats_the_contract_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _contract.markdown_table() in readme


def test_every_verb_builds_and_parses_back():
    for row in _contract.VERBS:
        verb = "Maya" if row.verb == "<product>" else row.verb
        options = [(name, "-1 value") for name in row.options]
        args = _contract.build(row.tool, verb, ["target"] if row.targets else [], options, row.switches)
        call = _contract.parse(row.tool, args)
        assert call.row == row and call.options == options
        assert call.switches == {s.lower() for s in row.switches}


def test_confirmed_rows_match_the_reference_page():
    reference = (ROOT / "docs" / "reference" / "smedge-cli-notes.md").read_text(encoding="utf-8")
    assert "`Submit -FromFile FILE`" in reference and "[-Paused]" in reference
    assert "`PoolManager List`" in reference and "`No Pools Available.`" in reference
    assert "`Job ID: <uuid>`" in reference
    confirmed = {(r.tool, r.verb) for r in _contract.VERBS if r.grade != "ours"}
    assert confirmed == {("Submit", ""), ("Submit", "Script"), ("PoolManager", "List")}
    assert {r.grade for r in _contract.VERBS} == {"public", "ours"}
    for row in _contract.VERBS:  # every public row names where it was seen
        assert row.source and (row.grade == "ours") == ("ours" in row.source or "this project" in row.source), row
    assert _contract.NO_POOLS == "No Pools Available." and _contract.JOB_ID_LABEL == "Job ID: "
    for tool in ("Submit", "Job", "Engine", "PoolManager", "ConfigureMaster"):
        assert re.search(rf"\b{tool}\b", reference)
        assert any(r.tool == tool for r in _contract.VERBS)


def test_parse_rejects_what_the_contract_does_not_have():
    with pytest.raises(ValueError, match="Job has no verb 'Explode'"):
        _contract.parse("Job", ["Explode"])
    with pytest.raises(ValueError, match="unknown option -Colour"):
        _contract.parse("Job", ["Pause", "x", "-Colour", "red"])
    with pytest.raises(ValueError, match="option -Query needs a value"):
        _contract.parse("Job", ["List", "-Query"])


def test_client_options_are_separated():
    call = _contract.parse("PoolManager", ["List", "-Master", "farm:7000", "-ConnectTimeout", "3"])
    assert call.client == {"master": "farm:7000", "connecttimeout": "3"} and call.options == []


def test_submit_product_form_takes_any_parameter():
    call = _contract.parse("Submit", ["Script", "-Command", "echo hi", "-Paused"])
    assert call.verb == "Script" and call.options == [("Command", "echo hi")] and call.switches == {"paused"}


def test_records_round_trip_quotes_and_spaces():
    from smedge_core import _records
    values = {"Note": ' -p', "Name": '"quoted"', "Empty": "", "Eq": "a = b", "Hash": "#not a comment"}
    assert _records.loads(_records.dumps([("id", values)])) == [("id", values)]


def test_records_keep_unicode_line_separators_inside_values():
    from smedge_core import _records
    values = {"Note": "a\u2028b\x0bc\x1cd\x85e\u2029f\x0c"}
    assert _records.loads(_records.dumps([("id", values)])) == [("id", values)]
    assert _records.loads("[id]\r\nName = x\r\n") == [("id", {"Name": "x"})]
