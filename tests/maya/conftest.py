"""The Maya glue's tests run against the fake Maya in tests/fakes/hosts (first on sys.path here), with
the glue's package (maya/scripts) importable as it is in a Maya session with the module installed."""
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
for folder in (os.path.join(REPO, "maya", "scripts"), os.path.join(REPO, "tests", "fakes", "hosts")):
    if folder not in sys.path:
        sys.path.insert(0, folder)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def new_maya_scene(tmp_path, monkeypatch):
    """Each test starts in a new, unmodified scene whose project is its own temp folder, with no studio
    defaults files."""
    from maya import cmds

    monkeypatch.setenv("SMEDGE_SUBMIT_USER_CONFIG", str(tmp_path / "no-user-config.json"))
    monkeypatch.delenv("SMEDGE_SUBMIT_CONFIG", raising=False)
    cmds.file(new=True, force=True)
    cmds.workspace(str(tmp_path), openWorkspace=True)
    yield
    cmds.file(new=True, force=True)
