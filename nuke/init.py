"""Nuke start-up for every session (GUI, ``nuke -t``, ``nuke -x``): paths only, no UI.

Nuke puts this folder on its plugin path and on sys.path; when the folder above it holds ``smedge_core``
(a clone of smedge-submit, or its copy on a shared drive), that folder goes on sys.path too, so
``smedge_core`` and ``integrations`` import, and so does its ``lib`` folder (qtpy, put there with
``pip install --target <clone>/lib qtpy``). An install that put them elsewhere on sys.path needs nothing.
"""
import os
import sys


def _smedge_folders() -> list:
    """Folders holding ``smedge_nuke``: this file's, and any such folder already on sys.path."""
    here = [os.path.dirname(os.path.abspath(__file__))] if "__file__" in globals() else []
    return here + [p for p in sys.path if p and os.path.isfile(os.path.join(p, "smedge_nuke", "__init__.py"))]


for _folder in _smedge_folders():
    _above = os.path.dirname(_folder)
    if os.path.isdir(os.path.join(_above, "smedge_core")):
        for _path in (_above, os.path.join(_above, "lib")):
            if _path not in sys.path:
                sys.path.append(_path)
