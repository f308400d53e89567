"""Nuke GUI start-up: Render > Submit to Smedge... and a Smedge entry in the Nodes toolbar.

Any failure prints its traceback to stderr and never stops Nuke from starting.
"""
import logging
import sys
import traceback


def _submit_to_smedge() -> None:
    """Open the Submit to Smedge dialog; a failure shows a message and its traceback in the console."""
    try:
        import smedge_nuke

        smedge_nuke.show()
    except Exception as err:  # noqa: BLE001  report anything to the artist, keep Nuke running
        traceback.print_exc(file=sys.stderr)
        import nuke

        nuke.message("Submit to Smedge failed:\n{}".format(err))


try:
    import nuke

    _handler = logging.StreamHandler(sys.stderr)  # the Nuke console
    _handler.set_name("smedge_console")
    _handler.setFormatter(logging.Formatter("Smedge %(levelname)s: %(message)s"))
    for _logger in map(logging.getLogger, ("smedge_nuke", "integrations", "smedge_core")):
        if not any(h.get_name() == "smedge_console" for h in _logger.handlers):
            _logger.addHandler(_handler)
    nuke.menu("Nuke").addCommand("Render/Submit to Smedge...", _submit_to_smedge)
    nuke.menu("Nodes").addMenu("Smedge").addCommand("Submit to Smedge...", _submit_to_smedge)
except Exception:  # noqa: BLE001  never break Nuke's start-up
    traceback.print_exc(file=sys.stderr)
