"""``$(...)`` substitution of the local master, without a master (frame ranges: tests/core/test_frames.py)."""

import shlex

import pytest

from smedge_core.sandbox.substitution import expand, lowered


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
