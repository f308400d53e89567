"""Sticky submit settings kept in the scene, so they travel with it: JSON in the string attribute
``smedgeSubmitSettings.smedgeSubmitSettings`` of a ``network`` node of that name."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict

from maya import cmds

__all__ = ["NODE", "SceneSettings"]

_log = logging.getLogger(__name__)

NODE = ATTRIBUTE = "smedgeSubmitSettings"


class SceneSettings(object):
    """The settings store of the open scene (``load() -> dict``, ``save(dict)``); ``damaged`` says what
    the last ``load`` had to ignore ("" when nothing)."""

    def __init__(self) -> None:
        self.damaged = ""

    def load(self) -> Dict[str, Any]:
        """The stored dict; {} when nothing is stored or the stored text is damaged (with a warning)."""
        plug = NODE + "." + ATTRIBUTE
        self.damaged = ""
        if not cmds.objExists(plug):
            return {}
        text = cmds.getAttr(plug)
        if not text:
            return {}
        try:
            data = json.loads(text)
        except ValueError as err:
            self.damaged = "ignoring the damaged submit settings in {} ({}): {!r}".format(plug, err, text[:80])
        else:
            if isinstance(data, dict):
                return data
            self.damaged = "ignoring the submit settings in {}: expected a JSON object, found {!r}".format(
                plug, data)
        _log.warning("%s", self.damaged)
        return {}

    def save(self, data: Dict[str, Any]) -> None:
        """Store ``data`` as JSON on the settings node (made when missing). ValueError if it cannot be
        stored (the dialog logs it and carries on)."""
        text = json.dumps(data, sort_keys=True)
        try:
            if not cmds.objExists(NODE):
                cmds.createNode("network", name=NODE, skipSelect=True)
            if not cmds.objExists(NODE + "." + ATTRIBUTE):
                cmds.addAttr(NODE, longName=ATTRIBUTE, dataType="string")
            if cmds.getAttr(NODE + "." + ATTRIBUTE) != text:  # the same settings again leave the scene unmodified
                cmds.setAttr(NODE + "." + ATTRIBUTE, text, type="string")
        except RuntimeError as err:  # a locked or referenced node
            raise ValueError("cannot store the submit settings on {}: {}".format(NODE, err)) from err
