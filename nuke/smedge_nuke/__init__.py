"""Submit the open Nuke script's Write nodes to Smedge.

``show(**options)`` opens the Submit to Smedge dialog, ``build_graph(**options)`` returns the job graph,
``submit(**options)`` submits without a UI on the caller's thread (``paused``, ``fix``, ``export_to`` as in
``integrations.host.submit``). Options: ``selected``, ``one_job``, ``split`` (see ``NukeHost``). Nothing
is imported from Nuke, Qt or the shared layer until one of them is called.
"""
from __future__ import annotations

import logging
from typing import Any

__all__ = ["build_graph", "show", "submit"]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_shown = []  # type: list  # the dialog last shown, kept alive while open


def build_graph(**options: Any) -> Any:
    """The job graph of the open script, with the studio's job defaults."""
    from integrations.host import collect
    from .host import NukeHost

    return collect(NukeHost(), **options)


def show(**options: Any) -> Any:
    """Open the Submit to Smedge dialog over Nuke's main window and return it."""
    from integrations.host import show as show_dialog
    from .host import NukeHost

    dialog = show_dialog(NukeHost(), **options)
    _shown[:] = [dialog]
    return dialog


def submit(**options: Any) -> Any:
    """Validate and submit (or export) without a UI; ValidationError when errors remain."""
    from integrations.host import submit as submit_jobs
    from .host import NukeHost

    return submit_jobs(NukeHost(), **options)
