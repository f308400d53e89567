"""Submit the open .blend's scenes to Smedge: a Blender add-on, with the same entry points as every host.

In Blender: a Smedge panel in the Output properties and Render > Submit to Smedge, Submit again with the
last settings, Export Smedge job files (also found by F3). The entry points, the same in every host
package: ``show(**options)`` opens Blender's native Submit popup (Blender has no Qt);
``build_graph(**options)`` returns the job graph; ``submit(paused=None, fix=False, **options)`` validates
and submits without a UI on the caller's thread (``blender -b file.blend --python-expr "import
smedge_blender; smedge_blender.submit()"``, or ``bpy`` as a module); ``submit_again`` does so with the
choices stored in the file; ``export(folder, ...)`` writes the job file instead. The options:
``all_scenes``, ``view_layers``, ``review`` (``BlenderHost.options``), and the farm controls (``cpus=4``...:
``integrations.products.FARM_CONTROLS``). Nothing is imported from bpy or the
shared layer until one of them (or ``register``) is called.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    from integrations.graph import JobGraph
    from integrations.session import Result

    from .host import BlenderHost
    from .panel import SubmitDialog

__all__ = ["build_graph", "export", "show", "submit", "submit_again"]

bl_info = {
    "name": "Smedge Submit",
    "author": "smedge-submit",
    "version": (1, 0, 0),
    "blender": (3, 4, 0),
    "location": "Properties > Output > Smedge; Render > Submit to Smedge",
    "description": "Submit the open file's scenes and view layers to the Smedge render manager",
    "category": "Render",
}

logging.getLogger(__name__).addHandler(logging.NullHandler())


def _use_lib() -> None:
    """Put the lib folder ``python -m integrations.install blender`` wrote (``<scripts>/smedge_submit/blender/lib``,
    beside ``<scripts>/addons``) on ``sys.path``, when there is one and it is not there yet."""
    import os
    import sys

    scripts = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    lib = os.path.join(scripts, "smedge_submit", "blender", "lib")
    if os.path.isdir(lib) and lib not in sys.path:
        sys.path.insert(0, lib)


def _host(options: dict) -> BlenderHost:
    _use_lib()
    from .host import BlenderHost

    return BlenderHost()


def show(**options: Any) -> SubmitDialog:
    """Open Blender's native Submit popup (Blender has no Qt: the panel's settings and build options, then
    Submit) over the window, its build options set from ``options`` first (checked as ``build_graph``
    checks them); returns the dialog, whose ``running``, ``text`` and ``findings`` show the outcome.
    RuntimeError without Blender's window; the add-on must be registered."""
    host = _host(options)
    from integrations.host import collect

    from .panel import DIALOG

    declared = {option.name: option for option in host.options()}
    if set(options) - set(declared):
        collect(host, **options)  # raises before reading the file, naming the unknown option(s) and the known
    return DIALOG.open(**{name: declared[name].check(value) for name, value in options.items()})


def build_graph(**options: Any) -> JobGraph:
    """The job graph of the open file, with the studio's job defaults, no UI."""
    host = _host(options)
    from integrations.host import collect

    return collect(host, **options)


def submit(paused: Optional[bool] = None, fix: bool = False, **options: Any) -> Result:
    """Validate and submit headless; ValidationError (nothing sent) when errors remain."""
    host = _host(options)
    from integrations.host import submit as submit_host

    return submit_host(host, paused, fix, **options)


def submit_again(paused: Optional[bool] = None, fix: bool = False, **options: Any) -> Result:
    """:func:`submit` with the choices last stored in the file (pool, per-job values, build options...)."""
    host = _host(options)
    from integrations.host import submit as submit_host

    return submit_host(host, paused, fix, stored=True, **options)


def export(folder: str, paused: Optional[bool] = None, fix: bool = False, stored: bool = False,
           **options: Any) -> Result:
    """Validate and write the job file and its JSON into ``folder`` (made when missing) instead of
    submitting (with the stored choices when ``stored``)."""
    host = _host(options)
    from integrations.host import submit as submit_host

    return submit_host(host, paused, fix, export_to=folder, stored=stored, **options)


def register() -> None:
    """Blender's add-on hook: the panel, operators, settings and menu entries."""
    _use_lib()
    from . import panel

    panel.register()


def unregister() -> None:
    from . import panel

    panel.unregister()
