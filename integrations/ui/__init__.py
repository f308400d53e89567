"""The shared Submit to Smedge dialog (Qt through qtpy), configured by the host that opens it.

``show(host, **options)`` collects a host and opens the dialog; ``show_submit_dialog(jobs, settings=store,
parent=main_window)`` opens it for any graph; ``SubmitDialog`` is the class. ``background.submit`` sends
without the dialog and without freezing the host. The names load on first use, so importing this
package imports no Qt binding. The Qt-free parts (settings stores, the session) live in ``integrations``.
"""
import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: type checkers read the block below
if TYPE_CHECKING:  # the names as type checkers see them; at run time they load on first use (__getattr__)
    from .dialog import SubmitDialog as SubmitDialog, show as show, show_submit_dialog as show_submit_dialog

_HOME_OF = {"SubmitDialog": "dialog", "show": "dialog", "show_submit_dialog": "dialog"}

__all__ = sorted(_HOME_OF)


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error there, not Any
    def __getattr__(name):
        module = _HOME_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return getattr(importlib.import_module(__name__ + "." + module), name)


def __dir__() -> list:
    return sorted(set(globals()) | set(__all__))
