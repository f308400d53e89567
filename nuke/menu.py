"""Nuke GUI start-up: Render > Smedge (Submit..., Submit again with the last settings, Export job
files...) and the same in a Smedge entry of the Nodes toolbar.

Any failure prints its traceback to stderr and never stops Nuke from starting.
"""
import logging
import sys
import traceback
from typing import Callable


def _guarded(label: str, action: str) -> Callable[[], None]:
    """``smedge_nuke.menu.<action>`` as the menu command ``label``: a failure shows a message, and its
    traceback in the console."""
    def run() -> None:
        try:
            import smedge_nuke.menu as actions

            getattr(actions, action)()
        except Exception as err:
            traceback.print_exc(file=sys.stderr)
            import nuke

            nuke.message("{} failed:\n{}".format(label.rstrip("."), err))
    return run


try:
    import nuke

    _handler = logging.StreamHandler(sys.stderr)  # the Nuke console
    _handler.set_name("smedge_console")
    _handler.setFormatter(logging.Formatter("Smedge %(levelname)s: %(message)s"))
    for _logger in map(logging.getLogger, ("smedge_nuke", "integrations", "smedge_core")):
        if not any(h.get_name() == "smedge_console" for h in _logger.handlers):
            _logger.addHandler(_handler)
    for _menu in (nuke.menu("Nuke").addMenu("Render/Smedge"), nuke.menu("Nodes").addMenu("Smedge")):
        for _label, _action in (("Submit to Smedge...", "open_dialog"),
                                ("Submit again with the last settings", "submit_again"),
                                ("Export job files", "export_job_files")):
            _menu.addCommand(_label, _guarded(_label, _action))
except Exception:
    traceback.print_exc(file=sys.stderr)
