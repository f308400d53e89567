"""Shared fixtures."""

import pytest

from smedge_core.sandbox.testing import session_master


@pytest.fixture(scope="session")
def local_master(tmp_path_factory):
    """A local Smedge-compatible master for the session (``.port``, ``.data``, ``.env``, ``.pid``).

    SMEDGE, SMEDGE_MASTER and SMEDGE_MASTER_PORT point at it while it runs; stopped by PID at the end.
    """
    yield from session_master(tmp_path_factory)
