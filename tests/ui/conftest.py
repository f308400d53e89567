"""Fixtures for the dialog tests: offscreen Qt, the seed's layered example, the fake farm.

Qt is imported by the test modules themselves, which skip when qtpy, a binding or pytest-qt is missing.
"""
import os

import pytest

import smedge_core
from smedge_core import _process

from uifixtures import TOOLS, FakeFarm, seed_jobs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def farm(tmp_path, monkeypatch):
    folder = tmp_path / "smedge"
    folder.mkdir()
    for tool in TOOLS:
        (folder / tool).write_text("", encoding="utf-8")
    for name in ("SMEDGE_MASTER", "SMEDGE_MASTER_PORT", "SMEDGE_LOG_LEVEL", "SMEDGE_CONNECT_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMEDGE", str(folder))
    fake = FakeFarm()
    monkeypatch.setattr(_process, "runner", fake)
    smedge_core.get_product_info.cache_clear()
    yield fake
    smedge_core.get_product_info.cache_clear()


@pytest.fixture
def seed():
    """A new JobGraph of :func:`seed_jobs`."""
    from integrations.graph import JobGraph

    return JobGraph(seed_jobs())
