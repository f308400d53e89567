"""Submit the open Maya scene's render layers to Smedge.

The entry points, the same in every host package: ``show(**options)`` opens the Submit dialog over
Maya's main window; ``build_graph(**options)`` returns the job graph; ``submit(paused=None, fix=False,
**options)`` validates and submits without a UI on the caller's thread; ``submit_again`` does so with
the choices the dialog stored in the scene; ``export(folder, ...)`` writes the job file instead. The
options: ``split``, ``comp``, ``review``, ``layers`` (``MayaHost.options``), and the farm controls (``cpus=4``...:
``integrations.products.FARM_CONTROLS``). Nothing is imported from
Maya, Qt or the shared layer until one of them is called.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    from integrations.graph import JobGraph
    from integrations.session import Result
    from integrations.ui.dialog import SubmitDialog

    from .host import MayaHost

__all__ = ["build_graph", "export", "show", "submit", "submit_again"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def _host(options: dict) -> MayaHost:
    from .host import MayaHost

    return MayaHost()


def show(**options: Any) -> SubmitDialog:
    """Collect the scene and open the Submit dialog; returns it (kept alive while it is open)."""
    from integrations.ui import show as show_dialog

    return show_dialog(_host(options), **options)


def build_graph(**options: Any) -> JobGraph:
    """The job graph of the open scene, with the studio's job defaults, no UI."""
    from integrations.host import collect

    return collect(_host(options), **options)


def submit(paused: Optional[bool] = None, fix: bool = False, **options: Any) -> Result:
    """Validate and submit headless; ValidationError (nothing sent) when errors remain."""
    from integrations.host import submit as submit_host

    return submit_host(_host(options), paused, fix, **options)


def submit_again(paused: Optional[bool] = None, fix: bool = False, **options: Any) -> Result:
    """:func:`submit` with the choices the dialog last stored in the scene (pool, per-job values...)."""
    from integrations.host import submit as submit_host

    return submit_host(_host(options), paused, fix, stored=True, **options)


def export(folder: str, paused: Optional[bool] = None, fix: bool = False, stored: bool = False,
           **options: Any) -> Result:
    """Validate and write the job file and its JSON into ``folder`` instead of submitting (with the
    stored choices when ``stored``)."""
    from integrations.host import submit as submit_host

    return submit_host(_host(options), paused, fix, export_to=folder, stored=stored, **options)
