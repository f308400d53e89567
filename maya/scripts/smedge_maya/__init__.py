"""Submit the open Maya scene's render layers to Smedge.

``show(**options)`` opens the Submit dialog (parented to Maya's main window); ``build_graph(**options)``
returns the job graph without a UI; ``submit(**options)`` validates and submits (or exports with
``export_to=folder``) headless, for scripts and batch; ``submit_again()`` submits with the settings the
dialog stored in the scene. Options: ``split``, ``layers``, ``comp``, ``encode`` (see ``jobs.OPTIONS``).
Nothing is imported from Maya or Qt until one of these is called.
"""
from __future__ import annotations

import logging
from typing import Any

__all__ = ["build_graph", "show", "submit", "submit_again"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def _host() -> Any:
    from .host import MayaHost

    return MayaHost()


def show(**options: Any) -> Any:
    """Collect the scene and open the Submit dialog; returns the dialog (keep a reference while open)."""
    from integrations.host import show as show_dialog

    return show_dialog(_host(), **options)


def build_graph(**options: Any) -> Any:
    """The job graph of the open scene (with the studio's job defaults), no UI."""
    from integrations.host import collect

    return collect(_host(), **options)


def submit(**options: Any) -> Any:
    """Validate and submit headless (``paused``, ``fix``, ``export_to`` and the build options)."""
    from integrations.host import submit as submit_headless

    return submit_headless(_host(), **options)


def submit_again(**options: Any) -> Any:
    """Submit with the choices the dialog last stored in the scene (pool, priority, per-job overrides...)."""
    from integrations.host import submit as submit_headless

    return submit_headless(_host(), stored=True, **options)