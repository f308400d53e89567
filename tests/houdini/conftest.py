"""The fake ``hou`` (tests/fakes/hosts) and the Houdini package (houdini/scripts/python) on sys.path, a
new hip file for each test, made through hou's own API, and the fake playing Houdini 19.5 or hython."""
import contextlib
import importlib
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
for folder in (os.path.join(REPO, "houdini", "scripts", "python"), os.path.join(REPO, "tests", "fakes", "hosts")):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import hou  # noqa: E402  (the fake, from the folder above)


def new_hip(tmp_path):
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


@pytest.fixture
def hip(tmp_path):
    """A new, empty hip file saved as ``<tmp>/shot010.hip``, with the playbar at 1001-1010; its path."""
    return new_hip(tmp_path)


@contextlib.contextmanager
def houdini_as(**environ):
    """The fake hou reloaded as the Houdini that ``environ`` names (``FAKE_HOU_VERSION``,
    ``FAKE_HOU_HYTHON``: read by the fake when it is imported), with smedge_houdini to be imported afresh
    under it; afterwards both are as before."""
    package = {name: module for name, module in sys.modules.items()
               if name == "smedge_houdini" or name.startswith("smedge_houdini.")}
    before = {name: os.environ.get(name) for name in environ}
    for name in package:
        del sys.modules[name]
    os.environ.update(environ)
    try:
        importlib.reload(hou)
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        importlib.reload(hou)
        for name in [n for n in sys.modules if n == "smedge_houdini" or n.startswith("smedge_houdini.")]:
            del sys.modules[name]
        sys.modules.update(package)


@pytest.fixture
def out_19_5(tmp_path):
    """``/out`` of a new hip file in Houdini 19.5 (no ``hou.OpNode``); smedge_houdini not yet imported."""
    with houdini_as(FAKE_HOU_VERSION="19.5.805"):
        new_hip(tmp_path)
        yield hou.node("/out")


@pytest.fixture
def out_hython(tmp_path):
    """``/out`` of a new hip file in a hython session (no UI); smedge_houdini not yet imported."""
    with houdini_as(FAKE_HOU_HYTHON="1"):
        new_hip(tmp_path)
        yield hou.node("/out")
