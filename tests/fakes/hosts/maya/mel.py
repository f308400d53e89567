"""The fake ``maya.mel``: ``eval`` of the few MEL statements the glue runs (reading a UI global)."""
import re

from .cmds import _scene

_GLOBALS = {"gMainWindow": "MayaWindow", "gShelfTopLevel": "ShelfLayout"}
#: Global procedures plug-ins define, by plug-in: Redshift names the extension of its imageFormat enum
#: [UNCONFIRMED order: studio scripts set 2 for PNG, 4 for JPEG, 5 for TIFF; OpenPype's table reads
#: iff, exr, tif, png, tga, jpg. Both agree on 0 iff and 1 exr, the only values the tests use].
_PROCS = {"redshiftGetImageExtension": ("redshift4maya", ["iff", "exr", "png", "tga", "jpg", "tif"])}


def _loaded(plugin):
    """A plug-in the open file requires is loaded (Maya loads it on open when it is installed)."""
    return any(plugin in args for args in _scene.requires)


def eval(text):
    """``$tmp = $gMainWindow`` and the like: the global's value (empty in batch mode, as in mayapy)."""
    match = re.match(r"^\s*\$\w+\s*=\s*\$(\w+)\s*;?\s*$", text)
    if match and match.group(1) in _GLOBALS:
        return "" if _scene.batch else _GLOBALS[match.group(1)]
    match = re.match(r'^\s*exists\s+"?(\w+)"?\s*;?\s*$', text)
    if match:  # MEL's exists: 1 for a command or a global procedure that is defined, else 0
        proc = _PROCS.get(match.group(1))
        return int(proc is not None and _loaded(proc[0]))
    match = re.match(r"^\s*(\w+)\s*\(\s*(-?\d+)\s*\)\s*;?\s*$", text)
    if match and match.group(1) in _PROCS and _loaded(_PROCS[match.group(1)][0]):
        values = _PROCS[match.group(1)][1]
        index = int(match.group(2))
        return values[index] if 0 <= index < len(values) else ""
    raise RuntimeError(f"Error occurred during execution of MEL script: the fake runs no MEL: {text}")
