"""Helpers for the dialog tests."""
import pytest


def qt_or_skip():
    """Skip the calling test module unless pytest-qt and a qtpy binding are importable."""
    pytest.importorskip("qtpy")
    pytest.importorskip("qtpy.QtWidgets")
    pytest.importorskip("pytestqt")
