"""The menu's Submit again and Export without freezing Maya (see ``integrations.ui.background``).

The scene is read and the host checks run on Maya's main thread (``maya.cmds`` is main-thread only); the
shared validation and the Smedge commands run on Qt's thread pool; the outcome comes back on the main
thread, in the viewport (``inViewMessage``) or, when nothing was sent, in a ``confirmDialog``. Scripts
keep the synchronous ``smedge_maya.submit``.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from maya import cmds

__all__ = ["start"]

_log = logging.getLogger(__name__)


def start(stored: bool = False, export_to: Optional[str] = None) -> Any:
    """Collect and check now, then validate and submit (or export to ``export_to``) in the background;
    returns the started ``integrations.ui.workers.Task`` (None when collection failed, which is shown)."""
    from integrations.ui import background

    from .host import MayaHost

    return background.submit(MayaHost(), export_to=export_to, notify=notify, stored=stored)


def notify(ok: bool, text: str) -> None:
    """Show how a background submit or export ended: in the viewport, or in a dialog when it failed."""
    if ok:
        _log.info("%s", text)
        cmds.inViewMessage(assistMessage=text.splitlines()[0], position="topCenter", fade=True)
    else:
        _log.error("Smedge: %s", text)
        cmds.confirmDialog(title="Smedge", message=text, button=["OK"])
