"""Sticky submit settings kept in the .blend, so they travel with it: JSON in the text data-block
``smedge_submit_settings.json`` (visible in the Text Editor)."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict

import bpy

__all__ = ["TEXT", "BlendSettings"]

_log = logging.getLogger(__name__)

TEXT = "smedge_submit_settings.json"


class BlendSettings:
    """The settings store of the open file (``load() -> dict``, ``save(dict)``); ``damaged`` says what the
    last ``load`` had to ignore ("" when nothing)."""

    def __init__(self) -> None:
        self.damaged = ""

    def load(self) -> Dict[str, Any]:
        """The stored dict; {} when nothing is stored or the stored text is damaged (with a warning)."""
        self.damaged = ""
        text = bpy.data.texts.get(TEXT)
        if text is None or not text.as_string().strip():
            return {}
        content = text.as_string()
        try:
            data = json.loads(content)
        except ValueError as err:
            self.damaged = "ignoring the damaged submit settings in the text {} ({}): {!r}".format(
                TEXT, err, content[:80])
        else:
            if isinstance(data, dict):
                return data
            self.damaged = "ignoring the submit settings in the text {}: expected a JSON object, found {!r}".format(
                TEXT, data)
        _log.warning("%s", self.damaged)
        return {}

    def save(self, data: Dict[str, Any]) -> None:
        """Store ``data`` as JSON in the text data-block (made when missing); the same settings again
        leave the file unmodified."""
        content = json.dumps(data, sort_keys=True, indent=1)
        text = bpy.data.texts.get(TEXT) or bpy.data.texts.new(TEXT)
        if text.as_string() != content:
            text.from_string(content)
