"""Paths and helpers of the Maya tests (a module of its own: every host's tests have a conftest)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCENES = os.path.join(HERE, "scenes")
SHARED = os.path.join(REPO, "tests", "data", "scenes", "maya")


def open_scene(path, project=None):
    """Open ``path`` with its folder (or ``project``) as the Maya project, as an artist would."""
    from maya import cmds

    cmds.workspace(project or os.path.dirname(path), openWorkspace=True)
    cmds.file(path, open=True, force=True)
