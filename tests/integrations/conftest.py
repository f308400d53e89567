"""Fixtures for the integrations tests (the fake farm is ``farm`` in tests/conftest.py)."""
import pytest

import smedge_core
from fakes.farm import COMP_ID, LAYER_IDS, seed_jobs
from smedge_core import _process


@pytest.fixture
def no_cli(monkeypatch):
    """Fail the test if anything reaches a Smedge tool or submit_jobs."""
    def refuse(*args, **kwargs):
        pytest.fail("a Smedge tool was called: {!r}".format(args))
    monkeypatch.setattr(_process, "runner", refuse)
    monkeypatch.setattr(smedge_core, "submit_jobs", refuse)


@pytest.fixture
def seed_graph():
    """The reference's example through the graph: two Maya layers, a Nuke comp waiting per frame on both.

    Returns ``(graph, layer IDs, comp ID)``; the comp's priority (55) is above the layers' (50).
    """
    from integrations.graph import JobGraph

    return JobGraph(seed_jobs(comp_id=COMP_ID)), list(LAYER_IDS), COMP_ID
