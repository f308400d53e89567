"""The fake ``maya.standalone``: ``initialize()`` makes the session a batch one, as ``mayapy`` runs."""
from .cmds import _scene


def initialize(name="python"):
    _scene.batch = True
    _scene.ui.clear()


def uninitialize():
    """End the batch session (the fake returns to an interactive one, for the next test)."""
    _scene.batch = False
