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
    ``damaged`` says what the last ``load`` had to ignore ("" when nothing): the host's checks make it
    a finding.
    """

    knob = collect.SETTINGS_KNOB

    def __init__(self) -> None:
        self.damaged = ""

    def load(self) -> Dict[str, Any]:
        self.damaged = ""
        text = collect.settings_text()
        if not text:
            return {}
        try:
            data = json.loads(text)
        except ValueError as err:
            self.damaged = "ignoring the damaged submit settings in root.{}: not JSON ({}): {!r}".format(
                self.knob, err, text[:80])
        else:
            if isinstance(data, dict):
                return data
            self.damaged = "ignoring the submit settings in root.{}: expected a JSON object, found {!r}".format(
                self.knob, data)
        _log.warning("%s", self.damaged)
        return {}

    def save(self, data: Dict[str, Any]) -> None:
        """Store ``data`` (JSON values only; TypeError/ValueError otherwise)."""
        collect.store_settings_text(json.dumps(data, sort_keys=True))
