"""The fake ``maya.mel``: ``eval`` of the few MEL statements the glue runs (reading a UI global)."""
import re

from .cmds import _scene

_GLOBALS = {"gMainWindow": "MayaWindow", "gShelfTopLevel": "ShelfLayout"}


def eval(text):  # noqa: A001 - Maya's name
    """``$tmp = $gMainWindow`` and the like: the global's value (empty in batch mode, as in mayapy)."""
    match = re.match(r"^\s*\$\w+\s*=\s*\$(\w+)\s*;?\s*$", text)
    if match and match.group(1) in _GLOBALS:
        return "" if _scene.batch else _GLOBALS[match.group(1)]
    raise RuntimeError("Error occurred during execution of MEL script: the fake runs no MEL: {}".format(text))
