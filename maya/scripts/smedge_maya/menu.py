"""The Smedge menu (Submit..., Export job files..., Submit again with the last settings, About) and a
shelf button, built idempotently: building again replaces the menu and keeps one button.

Submit again and Export run without freezing Maya (``integrations.ui.background``): the scene is read
and the host checks run on Maya's main thread (``maya.cmds`` is main-thread only), the Smedge commands
on Qt's thread pool; the outcome comes back on the main thread, in the viewport (``inViewMessage``) or,
when nothing was sent, in a ``confirmDialog``.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable, List, Optional, Union

from maya import cmds, mel

if TYPE_CHECKING:
    from integrations.session import Result

__all__ = ["BUTTON_LABEL", "MENU", "SHELF", "build", "notify", "start"]

_log = logging.getLogger(__name__)

MENU = "SmedgeSubmitMenu"
SHELF = "Smedge"
BUTTON_LABEL = "Submit to Smedge"
BUTTON_COMMAND = "import smedge_maya.menu; smedge_maya.menu.open_dialog()"


def build() -> None:
    """Build the menu and the shelf button (call once Maya's UI exists)."""
    build_menu()
    build_shelf()


def build_menu() -> str:
    if cmds.menu(MENU, exists=True):
        cmds.deleteUI(MENU, menu=True)
    window = mel.eval("$tmp = $gMainWindow") or "MayaWindow"
    menu = cmds.menu(MENU, label="Smedge", parent=window, tearOff=True)
    for label, command, note in (
            ("Submit...", open_dialog, "Check the render layers and submit them to Smedge"),
            ("Export job files...", export_job_files, "Write the job file Smedge's Submit reads, without submitting"),
            ("Submit again with the last settings", submit_again, "Submit with the choices stored in the scene"),
    ):
        cmds.menuItem(label=label, command=_guarded(command), annotation=note, parent=menu)
    cmds.menuItem(divider=True, parent=menu)
    cmds.menuItem(label="About", command=_guarded(about), parent=menu)
    return menu


def build_shelf() -> str:
    top = mel.eval("$tmp = $gShelfTopLevel")
    if not cmds.shelfLayout(SHELF, exists=True):
        cmds.shelfLayout(SHELF, parent=top)
    found = cmds.shelfLayout(SHELF, query=True, childArray=True)
    buttons: List[str] = found if isinstance(found, list) else []  # None when the shelf is empty
    for button in buttons:
        if cmds.shelfButton(button, query=True, label=True) == BUTTON_LABEL:
            cmds.shelfButton(button, edit=True, command=BUTTON_COMMAND, sourceType="python")
            return str(button)
    return cmds.shelfButton(parent=SHELF, label=BUTTON_LABEL, command=BUTTON_COMMAND, sourceType="python",
                            image1="render.png", imageOverlayLabel="Smedge", annotation=BUTTON_LABEL)


def _guarded(command: Callable[[], Any]) -> Callable[..., None]:
    """A menu callback (Maya passes it a checkbox state) that reports errors instead of raising them."""

    def run(*_: Any) -> None:
        try:
            command()
        except Exception as err:  # shown to the artist and logged with its traceback
            _log.exception("Smedge: %s failed", command.__name__)
            cmds.confirmDialog(title="Smedge", message=str(err), button=["OK"])

    return run


def open_dialog() -> Any:
    """Submit...: the dialog, parented to Maya's main window."""
    import smedge_maya

    return smedge_maya.show()


def export_job_files() -> Any:
    """Export job files...: the folder asked here, the export in the background."""
    folders = cmds.fileDialog2(fileMode=3, caption="Export the Smedge job files to")
    if folders:
        return start(export_to=folders[0])
    return None


def submit_again() -> Any:
    """Submit again with the last settings, in the background."""
    return start(stored=True)


def start(stored: bool = False, export_to: Optional[str] = None) -> Any:
    """Collect and check now, then validate and submit (or export to ``export_to``) in the background;
    returns the started ``integrations.ui.workers.Task`` (None when collection failed, which is shown)."""
    from integrations.ui import background

    from .host import MayaHost

    return background.submit(MayaHost(), export_to=export_to, notify=notify, stored=stored)


def notify(outcome: Union[Result, Exception]) -> None:
    """Show how a background submit or export ended: in the viewport, or in a dialog when it failed."""
    from integrations.session import Result
    from integrations.ui.background import describe

    text = describe(outcome)
    if isinstance(outcome, Result):
        _log.info("%s", text)
        cmds.inViewMessage(assistMessage=text.splitlines()[0], position="topCenter", fade=True)
    else:
        _log.error("Smedge: %s", text)
        cmds.confirmDialog(title="Smedge", message=text, button=["OK"])


def about() -> None:
    cmds.confirmDialog(title="About Smedge", button=["OK"], message=(
        "smedge-submit 0.1.0 for Maya\nSubmits the render layers of the open scene to the Smedge render "
        "manager as a job graph."))
