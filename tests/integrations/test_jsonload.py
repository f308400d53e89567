"""The one JSON loader for files people write, and the studio defaults read through it (issue 22 item 8)."""

import json

import pytest

from integrations import jsonload, studio
from integrations.validate import WARNING
from smedge_core.sandbox.products import PRODUCTS
from smedge_core import Product

DEEP = "[" * 100000 + "]" * 100000


@pytest.mark.parametrize("text, words", [
    (DEEP, "nested more than 64 levels deep"),  # a RecursionError in the parser
    ("[" * 65 + "]" * 65, "nested more than 64 levels deep"),  # parses, but whatever walks it may recurse
    ('{"a": ' * 70 + "1" + "}" * 70, "nested more than 64 levels deep"),
    ("{nope", "not valid JSON"),
])
def test_bad_documents_are_one_error_naming_the_source(text, words):
    with pytest.raises(jsonload.BadJSON) as caught:
        jsonload.loads(text, "the scene's smedge settings")
    assert str(caught.value).startswith("the scene's smedge settings: " + words)


def test_good_documents_load_up_to_the_depth():
    assert jsonload.loads("[" * 64 + "]" * 64, "x") is not None
    assert jsonload.loads('{"a": [1, {"b": "ś"}]}', "x") == {"a": [1, {"b": "ś"}]}


def test_a_file_that_cannot_be_read_is_named(tmp_path):
    with pytest.raises(jsonload.BadJSON, match="cannot be read"):
        jsonload.load(str(tmp_path / "missing.json"))
    (tmp_path / "latin.json").write_bytes(b'{"a": "\xe9"}')
    with pytest.raises(jsonload.BadJSON, match=r"latin.json: cannot be read"):
        jsonload.load(str(tmp_path / "latin.json"))


def test_shown_values_are_cut():
    assert jsonload.shown("x" * 5000).endswith("... (5,002 characters)")
    assert len(jsonload.shown("x" * 5000)) < 260


def _write(path, data):
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_deeply_nested_studio_defaults_are_a_warning_naming_the_file(tmp_path):
    path = _write(tmp_path / "studio.json", '{"hosts": {"maya": {"job": {"Note": ' + DEEP + "}}}}")
    [finding] = studio.load("maya", {studio.CONFIG_ENV: path, studio.USER_CONFIG_ENV: str(tmp_path / "none")}).findings
    assert finding.severity == WARNING
    assert finding.message.startswith(f"{path}: {studio.CONFIG_ENV}: cannot be read (nested more than 64 levels deep)")


def test_studio_job_values_of_a_wrong_type_are_warnings_naming_file_and_key(tmp_path):
    path = _write(tmp_path / "studio.json", {"hosts": {"maya": {"job": {
        "Note": "fine", "Extra": [["nested"]], "Executable": None}}}})
    loaded = studio.load("maya", {studio.CONFIG_ENV: path, studio.USER_CONFIG_ENV: str(tmp_path / "none")})
    assert sorted(f.field for f in loaded.findings) == ["hosts.maya.job.Executable", "hosts.maya.job.Extra"]
    assert all(f.message.startswith(path + ": hosts.maya.job.") for f in loaded.findings)
    assert loaded.job_values("Maya") == {"Note": "fine"}


def test_studio_job_values_are_checked_against_the_products_when_given(tmp_path):
    products = [Product.from_dict(p) for p in PRODUCTS]
    path = _write(tmp_path / "studio.json", {"hosts": {"maya": {"job": {
        "Note": "fine", "FailureLimit": "often", "Range": "1-x"}}}})
    loaded = studio.load("maya", {studio.CONFIG_ENV: path, studio.USER_CONFIG_ENV: str(tmp_path / "none")}, products)
    problems = {f.field: f.message for f in loaded.findings}
    assert sorted(problems) == ["hosts.maya.job.FailureLimit", "hosts.maya.job.Range"]
    assert "'often' is not a valid value for " in problems["hosts.maya.job.FailureLimit"]
    assert problems["hosts.maya.job.Range"].startswith(path + ": hosts.maya.job.Range: '1-x' is not a valid value")
