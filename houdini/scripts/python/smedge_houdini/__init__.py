"""Submit Houdini ROP networks to Smedge.

``build_graph(rops, **options)``, ``submit(rops, **options)`` and ``show(rops)`` take the ROPs to render
(nodes or node paths; their inputs are walked). Options: ``priority``, ``pool``, ``packet_size``,
``note``, ``dependency_mode`` (``"frame"`` or ``"node"``); a Smedge ROP among ``rops`` gives their
defaults. ``submit`` also takes ``paused``, ``fix`` and ``export_to`` (see ``integrations.host.submit``).
Nothing is imported from Houdini until one of them is called.
"""
from __future__ import annotations

import logging
from typing import Any, Iterable

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["build_graph", "show", "submit"]


def build_graph(rops: Iterable[Any], **options: Any) -> Any:
    """The JobGraph for ``rops``, with studio defaults filled in."""
    from integrations.host import collect

    from .host import HoudiniHost

    return collect(HoudiniHost(rops), **options)


def submit(rops: Iterable[Any], **options: Any) -> Any:
    """Validate and submit (or with ``export_to`` export) without a UI; ``{node ID: job ID}``. A Smedge ROP
    among ``rops`` gives the defaults, Submit Paused, and the per-job overrides made in its dialog."""
    from integrations.host import submit as submit_host

    from .host import HoudiniHost

    return submit_host(HoudiniHost(rops), stored=True, **options)


def show(rops: Iterable[Any], **options: Any) -> Any:
    """Open the Submit to Smedge dialog for ``rops`` over Houdini's main window; keep the returned dialog."""
    from integrations.host import show as show_host

    from .host import HoudiniHost

    return show_host(HoudiniHost(rops), **options)
