"""Fixtures for the dialog tests: offscreen Qt, the seed's layered example, the fake farm.

Qt is imported by the test modules themselves, which skip when qtpy, a binding or pytest-qt is missing.
"""
import os

import pytest

from fakes.farm import seed_jobs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def seed():
    """A new JobGraph of :func:`seed_jobs`."""
    from integrations.graph import JobGraph

    return JobGraph(seed_jobs())
