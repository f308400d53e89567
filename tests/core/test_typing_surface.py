"""The names type checkers see on the lazily loaded packages are exactly their public names, at no import cost.

``smedge_core`` and ``integrations.ui`` load their names on first use (``__getattr__``), which type checkers
cannot follow, so each lists them again in an ``if TYPE_CHECKING:`` block of ``X as X`` imports (the form
that re-exports a name from a typed package). These tests keep those lists in step with ``__all__``.
"""
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import integrations.ui
import smedge_core

ROOT = Path(__file__).resolve().parents[2]


def _checked_names(path):
    """The names bound in the module's top-level ``if TYPE_CHECKING:`` block; ``as`` names must repeat the name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    block = next(node for node in tree.body
                 if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
    names = set()
    for node in block.body:
        if isinstance(node, ast.ImportFrom) and node.level:  # the package's own modules
            for alias in node.names:
                assert alias.asname == alias.name, f"{path.name}: import {alias.name} as {alias.asname}"
                names.add(alias.name)
        elif isinstance(node, ast.AnnAssign):
            names.add(node.target.id)
    return names


@pytest.mark.parametrize("package", [smedge_core, integrations.ui], ids=lambda p: p.__name__)
def test_type_checkers_see_every_public_name(package):
    assert _checked_names(Path(package.__file__)) == set(package.__all__)


def test_the_names_for_type_checkers_cost_no_import():
    code = ("import sys; before = set(sys.modules); import smedge_core, integrations.ui; print(' '.join(sorted("
            "m for m in ('typing', 'qtpy', 'smedge_core._api') if m in sys.modules and m not in before)))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    loaded = subprocess.run([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, check=True,
                            text=True).stdout.split()
    assert loaded == [] and not smedge_core.TYPE_CHECKING
