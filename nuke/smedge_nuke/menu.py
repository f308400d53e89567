"""What the Smedge menu's commands do (``menu.py`` only registers them): the dialog, and Submit again and
Export without freezing Nuke (``integrations.ui.background``: the script is read here, on Nuke's main
thread; the master is asked on Qt's thread pool; the outcome shows in a message box)."""
from __future__ import annotations

import os
from typing import Any

__all__ = ["EXPORT_FOLDER", "export_job_files", "open_dialog", "submit_again"]

#: Where Export job files writes, beside the script (as the Houdini ROP's default ``$HIP/smedge``).
EXPORT_FOLDER = "smedge"


def open_dialog() -> Any:
    """Submit to Smedge...: the dialog over Nuke's main window."""
    import smedge_nuke

    return smedge_nuke.show()


def submit_again() -> Any:
    """Submit again with the choices stored in the script, in the background."""
    from integrations.ui import background

    from .host import NukeHost

    return background.submit(NukeHost(), stored=True)


def export_job_files() -> Any:
    """Export the job file and its JSON into the ``smedge`` folder beside the script, in the background."""
    from integrations.ui import background

    from .host import NukeHost

    host = NukeHost()
    script = host.scene_path()
    if not script:
        raise RuntimeError("Save the script first: the job files are written beside it")
    folder = os.path.join(os.path.dirname(script), EXPORT_FOLDER)
    os.makedirs(folder, exist_ok=True)
    return background.submit(host, export_to=folder)
