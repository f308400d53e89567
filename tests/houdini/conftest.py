"""The fake ``hou`` (tests/fakes/hosts) and the Houdini package (houdini/scripts/python) on sys.path, and a
new hip file for each test, made through hou's own API."""
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
for folder in (os.path.join(REPO, "houdini", "scripts", "python"), os.path.join(REPO, "tests", "fakes", "hosts")):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import hou  # noqa: E402  (the fake, from the folder above)


@pytest.fixture
def hip(tmp_path):
    """A new, empty hip file saved as ``<tmp>/shot010.hip``, with the playbar at 1001-1010; its path."""
    hou.hipFile.clear(suppress_save_prompt=True)
    hou.playbar.setFrameRange(1001, 1010)
    hou.setFrame(1001)
    path = str(tmp_path / "shot010.hip")
    hou.hipFile.save(path)
    return path


@pytest.fixture
def out(hip):
    """``/out`` of a new hip file."""
    return hou.node("/out")
