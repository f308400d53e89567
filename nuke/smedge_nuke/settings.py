"""Sticky submit settings kept as JSON in a hidden knob of the script's Root, so they travel with it."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict

from . import collect

__all__ = ["RootKnobSettings"]

_log = logging.getLogger(__name__)


class RootKnobSettings(object):
    """``load()``/``save(dict)`` over the Root knob ``smedge_submit_settings`` (added on first save).

    A damaged value is logged as a warning naming the knob and loads as ``{}``; it never raises.
    """

    knob = collect.SETTINGS_KNOB

    def load(self) -> Dict[str, Any]:
        text = collect.settings_text()
        if not text:
            return {}
        try:
            data = json.loads(text)
        except ValueError as err:
            _log.warning("Ignoring the submit settings in root.%s: not JSON (%s)", self.knob, err)
            return {}
        if not isinstance(data, dict):
            _log.warning("Ignoring the submit settings in root.%s: expected a JSON object, found %r",
                         self.knob, data)
            return {}
        return data

    def save(self, data: Dict[str, Any]) -> None:
        """Store ``data`` (JSON values only; TypeError/ValueError otherwise)."""
        collect.store_settings_text(json.dumps(data, sort_keys=True))
