"""Every public name of the reference exists in smedge_core with the reference's signature."""
import ast
import hashlib
import inspect
import re
from pathlib import Path

import pytest

import smedge_core

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "docs" / "reference" / "smedge-python-api.txt"
TEXT = SEED.read_text(encoding="utf-8")


def contents_section(title, next_title):
    block = TEXT.split("Contents", 1)[1]
    block = block.split(title, 1)[1].split(next_title, 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip()]


CLASSES = contents_section("Classes", "Types")
TYPES = contents_section("Types", "Methods")
METHODS = contents_section("Methods", "Configuration")


def method_signatures():
    """``{name: ast.arguments}`` for every top-level ``def`` of the reference's Methods section."""
    methods = re.split(r"^Methods$", TEXT, flags=re.M)[-1]
    found = {}
    for match in re.finditer(r"^def (\w+)\(", methods, re.M):
        depth, end = 0, match.end() - 1
        for end in range(match.end() - 1, len(methods)):
            depth += {"(": 1, ")": -1}.get(methods[end], 0)
            if depth == 0:
                break
        tree = ast.parse(methods[match.start():end + 1] + ": pass")
        found[match.group(1)] = tree.body[0].args
    return found


def class_inits():
    """``{class name: [parameter names]}`` from each class's ``def __init__`` line."""
    inits = {}
    for match in re.finditer(r"^(?:class (\w+)|(\w+) = namedtuple).*?^def __init__\(([^)]*)\)", TEXT, re.M | re.S):
        inits[match.group(1) or match.group(2)] = [p.strip() for p in match.group(3).split(",")]
    return inits


def test_contents_lists_what_the_issue_counts():
    assert len(CLASSES) == 6 and len(TYPES) == 10 and len(METHODS) == 37


@pytest.mark.parametrize("name", ["SMEDGE", *CLASSES, *TYPES, *METHODS])
def test_name_is_public(name):
    assert name in smedge_core.__all__
    assert getattr(smedge_core, name) is not None


def test_all_is_exactly_the_reference_and_sorted():
    assert smedge_core.__all__ == sorted(["SMEDGE", *CLASSES, *TYPES, *METHODS])


@pytest.mark.parametrize("name,arguments", sorted(method_signatures().items()))
def test_method_signature(name, arguments):
    parameters = list(inspect.signature(getattr(smedge_core, name)).parameters.values())
    assert [p.name for p in parameters] == [a.arg for a in arguments.args]
    defaults = [ast.literal_eval(d) for d in arguments.defaults]
    ours = [p.default for p in parameters if p.default is not inspect.Parameter.empty]
    assert ours == defaults


def test_every_method_has_a_signature_in_the_reference():
    assert sorted(method_signatures()) == sorted(METHODS)


@pytest.mark.parametrize("name,expected", sorted(class_inits().items()))
def test_class_constructor(name, expected):
    cls = getattr(smedge_core, name)
    if name == "PathTranslation":
        assert list(cls._fields) == expected
    else:
        assert list(inspect.signature(cls).parameters) == expected


def test_classes_with_constructors_are_all_checked():
    assert sorted(class_inits()) == sorted(c for c in CLASSES if c != "SmedgeComponentError")


def test_documented_members():
    assert issubclass(smedge_core.SmedgeComponentError, RuntimeError)
    for cls in (smedge_core.Parameter, smedge_core.Product):
        assert inspect.ismethod(cls.from_dict)
    for prop in ("name", "default"):
        assert isinstance(inspect.getattr_static(smedge_core.Parameter, prop), property)
    assert isinstance(inspect.getattr_static(smedge_core.Product, "required_parameters"), property)


def test_smedge_is_a_path_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SMEDGE", str(tmp_path))
    assert tmp_path == smedge_core.SMEDGE


# The SHA-256 of the originals (the team's shared/seeds/000_4f36a30253a7e240.txt and
# shared/smedge-reference.md) when they were copied: the copies in docs/reference stay byte for byte the
# originals, checked without the shared folder, which a user's clone does not have.
@pytest.mark.parametrize("ours,digest", [
    ("smedge-python-api.txt", "6a44217ad6bc1f13f5c66a3c0793972983fae87ac5f8141bd8f99c34945f9e49"),
    ("smedge-cli-notes.md", "d8381a9ac6dd6c38e2c1af47806952529109579271c757ec8f596f51d0495da4"),
])
def test_reference_copies_are_the_originals_byte_for_byte(ours, digest):
    assert hashlib.sha256((ROOT / "docs" / "reference" / ours).read_bytes()).hexdigest() == digest
