"""Submit the open .blend's scenes to Smedge: a Blender add-on, and the same entry points as every host.

In Blender: a Smedge panel in the Output properties and Render > Submit to Smedge, Submit again with the
last settings, Export Smedge job files (also found by F3). Headless (``blender -b file.blend
--python-expr "import smedge_blender; smedge_blender.submit()"``, or ``bpy`` as a module):
``build_graph(**options)`` returns the job graph, ``submit(**options)`` validates and submits (``paused``,
``fix``, ``export_to`` and the build options ``all_scenes``, ``view_layers``, ``encode``),
``submit_again()`` submits with the settings last stored in the file, ``export(folder)`` writes the job
file and JSON. ``show()`` opens the native Submit popup. Nothing is imported from bpy until one of these
(or ``register``) is called.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Union, cast
from uuid import UUID

if TYPE_CHECKING:
    from integrations.graph import JobGraph

__all__ = ["build_graph", "export", "register", "show", "submit", "submit_again", "unregister"]

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


def _host() -> Any:
    _use_lib()
    from .host import BlenderHost

    return BlenderHost()


def build_graph(**options: Any) -> JobGraph:
    """The job graph of the open file (with the studio's job defaults), no UI."""
    host = _host()
    from integrations.host import collect

    return collect(host, **options)


def submit(**options: Any) -> Union[Dict[UUID, UUID], Tuple[str, str]]:
    """Validate and submit on this thread: ``{node ID: job ID}`` (or, with ``export_to``, the two files
    written). Raises ``integrations.validate.ValidationError`` listing the findings when an error remains."""
    host = _host()
    from integrations.host import submit as submit_headless

    return submit_headless(host, **options)


def submit_again(**options: Any) -> Union[Dict[UUID, UUID], Tuple[str, str]]:
    """:func:`submit` with the settings last stored in the file (pool, priority, options, per-job values)."""
    return submit(stored=True, **options)


def export(folder: Optional[str] = None, **options: Any) -> Tuple[str, str]:
    """Write ``<file>.sj`` and ``<file>.json`` into ``folder`` (made when missing; default: the .blend's
    folder); their paths."""
    import os

    import bpy

    folder = folder or os.path.dirname(bpy.data.filepath) or os.getcwd()
    os.makedirs(folder, exist_ok=True)
    return cast(Tuple[str, str], submit(export_to=folder, **options))


def show(**options: Any) -> None:
    """Open the native Submit popup (the settings, Submit) in the Blender window, its build options
    (``all_scenes``, ``view_layers``, ``encode``) set from ``options`` first."""
    import bpy

    from .jobs import OPTIONS

    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ValueError("Unknown option {}; known: {}".format(", ".join(map(repr, unknown)),
                                                              ", ".join(sorted(OPTIONS))))
    for name, value in options.items():
        setattr(bpy.context.scene.smedge, name, value)
    bpy.ops.smedge.submit("INVOKE_DEFAULT")


def register() -> None:
    """Blender's add-on hook: the panel, operators, settings and menu entries."""
    _use_lib()
    from . import ui

    ui.register()


def unregister() -> None:
    from . import ui

    ui.unregister()
