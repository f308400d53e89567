"""Fixtures of the sandbox tests: ``local_master`` as in ``tests/conftest.py`` (so this folder runs alone)."""

import pytest

from smedge_core.sandbox.testing import session_master


@pytest.fixture(scope="session")
def local_master(tmp_path_factory):
    """A local Smedge-compatible master for the session (``.port``, ``.data``, ``.env``, ``.pid``)."""
    yield from session_master(tmp_path_factory)

