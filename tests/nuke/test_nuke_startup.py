"""init.py and menu.py as Nuke runs them (init.py in every mode, menu.py in the GUI)."""
import logging
import os
import sys

import pytest

import nuke
from nukefixtures import PLUGIN, REPO

LOGGERS = [logging.getLogger(name) for name in ("smedge_nuke", "integrations", "smedge_core")]


@pytest.fixture(autouse=True)
def console_handlers_removed():
    """menu.py adds a console handler (bound to this test's captured stderr); take it away after."""
    before = [list(logger.handlers) for logger in LOGGERS]
    yield
    for logger, handlers in zip(LOGGERS, before):
        logger.handlers[:] = handlers


def run(name, with_file=True):
    path = os.path.join(PLUGIN, name)
    namespace = {"__name__": "__main__"}
    if with_file:
        namespace["__file__"] = path
    with open(path, encoding="utf-8") as stream:
        exec(compile(stream.read(), path, "exec"), namespace)
    return namespace


def test_init_py_puts_the_clone_on_sys_path(monkeypatch):
    monkeypatch.setattr(sys, "path", [p for p in sys.path if os.path.abspath(p or ".") != REPO])
    run("init.py")
    assert sys.path[-2:] == [REPO, os.path.join(REPO, "lib")]  # the clone, and its lib folder for qtpy
    run("init.py")
    assert sys.path.count(REPO) == 1 and sys.path.count(os.path.join(REPO, "lib")) == 1


def test_init_py_without_file_finds_its_folder_on_sys_path(monkeypatch):
    monkeypatch.setattr(sys, "path", [p for p in sys.path if os.path.abspath(p or ".") != REPO])
    assert PLUGIN in sys.path
    run("init.py", with_file=False)
    assert REPO in sys.path


def test_init_py_touches_no_ui(monkeypatch):
    monkeypatch.setattr(nuke, "GUI", False)  # nuke -t / nuke -x
    run("init.py")


def test_menu_py_adds_the_render_menu_item_and_a_toolbar_entry():
    run("menu.py")
    run("menu.py")  # idempotent: one console handler
    assert sum(h.get_name() == "smedge_console" for h in LOGGERS[0].handlers) == 1
    for label in ("Submit to Smedge...", "Submit again with the last settings", "Export job files"):
        item = nuke.menu("Nuke").findItem("Render/Smedge/" + label)
        assert item is not None and callable(item._command)
        assert nuke.menu("Nodes").findItem("Smedge/" + label) is not None


def test_menu_py_never_breaks_start_up(monkeypatch, capsys):
    monkeypatch.setattr(nuke, "GUI", False)
    run("menu.py")
    assert "RuntimeError: menu: Nuke is not running in GUI mode" in capsys.readouterr().err


def test_a_failing_command_shows_a_message(monkeypatch, capsys):
    run("menu.py")
    shown = []
    monkeypatch.setattr(nuke, "message", shown.append)
    monkeypatch.setitem(sys.modules, "smedge_nuke", None)  # an import that fails
    nuke.menu("Nuke").findItem("Render/Smedge/Submit to Smedge...").invoke()
    assert shown and shown[0].startswith("Submit to Smedge failed:")
    assert "ModuleNotFoundError" in capsys.readouterr().err
