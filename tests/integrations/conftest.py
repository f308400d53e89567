"""Fixtures for the integrations tests (the fake farm is ``farm`` in tests/conftest.py)."""
import pytest

from fakes.farm import COMP_ID, LAYER_IDS, seed_jobs




@pytest.fixture
def seed_graph():
    """The reference's example through the graph: two Maya layers, a Nuke comp waiting per frame on both.

    Returns ``(graph, layer IDs, comp ID)``; the comp's priority (55) is above the layers' (50).
    """
    from integrations.graph import JobGraph

    return JobGraph(seed_jobs(comp_id=COMP_ID)), list(LAYER_IDS), COMP_ID
