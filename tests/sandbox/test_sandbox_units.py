"""Frame ranges and ``$(...)`` substitution of the local master, without a master."""

import shlex

import pytest

from smedge_core.sandbox import frames
from smedge_core.sandbox.substitution import expand, lowered


@pytest.mark.parametrize("text, expected", [
    ("1001-1003", [1001, 1002, 1003]),
    ("7", [7]),
    ("1-10x3", [1, 4, 7, 10]),
    ("1-3, 5 9-11x2", [1, 2, 3, 5, 9, 11]),
    ("-2-1", [-2, -1, 0, 1]),
    ("3 3 2", [3, 2]),
])
def test_ranges(text, expected):
    assert frames.parse(text) == expected
    assert frames.parse(frames.format_frames(sorted(expected))) == sorted(expected)


@pytest.mark.parametrize("text", ["", "1-", "a-b", "5-1", "1-5x0"])
def test_bad_ranges_name_the_value(text):
    with pytest.raises(ValueError, match="Range"):
        frames.parse(text)


def test_packets():
    assert frames.packets([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]


VARIABLES = lowered({"Scene": "/św/shots/Final cut/it's.v1.mb", "Note": "a $(ID) `b`", "ID": "x",
                     "SubRange.Start": 1001, "SubRange.End": 1002})


@pytest.mark.parametrize("template, expected", [
    ("$(Scene.Path.File)", "Final cut"),
    ("$(scene.file)", "it's.v1.mb"),
    ("$(Scene.Base)-$(Scene.Ext)", "it's.v1-mb"),
    ("$(SubRange.Start)..$(SubRange.End)", "1001..1002"),
    ("$(Scene.Replace:/św|/sw|Final|WIP)", "/sw/shots/WIP cut/it's.v1.mb"),
    ("$(Note)", "a $(ID) `b`"),
    ("[$(Unknown)]", "[]"),
    ("$(:SHOT)/$(:MISSING)", "sh010/"),
])
def test_substitution(template, expected):
    assert expand(template, VARIABLES, {"SHOT": "sh010"}) == expected


def test_enquote_gives_one_argument():
    assert shlex.split(expand("run $(Scene.Enquote) $(Note.Enquote)", VARIABLES)) == \
        ["run", "/św/shots/Final cut/it's.v1.mb", "a $(ID) `b`"]


def test_unknown_member_is_an_error():
    with pytest.raises(ValueError, match="Nope"):
        expand("$(Scene.Nope)", VARIABLES)
