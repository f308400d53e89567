"""Fixtures for the Nuke tests: the fake ``nuke`` module first on sys.path, the ``nuke/`` plugin folder
importable, and an empty script around every test."""
import os
import sys

import pytest

from nukefixtures import FAKES, PLUGIN, SCRIPTS

for _path in (PLUGIN, FAKES):
    if _path in sys.path:
        sys.path.remove(_path)
    sys.path.insert(0, _path)
if "nuke" in sys.modules and not getattr(sys.modules["nuke"], "__file__", "").startswith(FAKES):
    del sys.modules["nuke"]  # a namespace package picked up from a folder named nuke

import nuke  # noqa: E402  the fake


@pytest.fixture(autouse=True)
def empty_script():
    """Every test starts and ends with an empty, unnamed script."""
    nuke.scriptClear()
    yield
    nuke.scriptClear()


@pytest.fixture
def open_script(tmp_path, monkeypatch):
    """``open_script(name)``: copy ``tests/nuke/scripts/<name>`` into a temporary folder (the cwd too) and
    open it with ``nuke.scriptOpen``; returns the copy's path."""
    monkeypatch.chdir(tmp_path)

    def opener(name):
        target = tmp_path / name
        with open(os.path.join(SCRIPTS, name), encoding="utf-8") as source:
            target.write_text(source.read(), encoding="utf-8")
        nuke.scriptOpen(str(target))
        return str(target)

    return opener
