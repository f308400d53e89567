"""smedge-submit: build the Smedge menu and shelf once Maya's UI exists; nothing in batch mode.

Maya runs every module's userSetup.py at start-up, before the UI exists: this only registers a deferred
build and never lets an error stop Maya's start-up (the traceback goes to the Script Editor).
"""


def _smedge_submit_startup() -> None:
    import logging

    log = logging.getLogger("smedge_maya")
    if not log.handlers:
        log.addHandler(logging.StreamHandler())  # the Script Editor shows it

    def build() -> None:
        try:
            from smedge_maya import menu

            menu.build()
        except Exception:
            log.exception("Smedge: could not build the Smedge menu and shelf")

    try:
        from maya import cmds, utils

        if not cmds.about(batch=True):
            utils.executeDeferred(build)
    except Exception:
        log.exception("Smedge: start-up failed")


_smedge_submit_startup()
del _smedge_submit_startup
