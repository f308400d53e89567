"""The Blender add-on's tests: its bpy-free glue in every leg; the rest in real Blender (``bpy``), skipped
where bpy does not import, and failing instead when ``SMEDGE_REQUIRE_BPY=1`` (the Blender CI leg)."""
import importlib.util
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
if os.path.join(REPO, "blender") not in sys.path:
    sys.path.insert(0, os.path.join(REPO, "blender"))


def pytest_configure(config):
    # Blender 5 warns on every use of the compositor API that 6.0 will change (Scene.compositing_node_group)
    config.addinivalue_line("filterwarnings", "ignore:.*is expected to be removed in Blender 6:DeprecationWarning")


@pytest.fixture(scope="session")
def bpy():
    """Blender as a Python module, with the add-on registered once (a file is opened per test)."""
    if importlib.util.find_spec("bpy") is None:
        if os.environ.get("SMEDGE_REQUIRE_BPY") == "1":
            pytest.fail(f"SMEDGE_REQUIRE_BPY=1 but bpy does not import in {sys.executable}")
        pytest.skip("bpy is not installed in this Python (pip install bpy, CPython 3.13)")
    import bpy as module

    import smedge_blender

    smedge_blender.register()
    yield module
    smedge_blender.unregister()


@pytest.fixture
def studio_free(tmp_path, monkeypatch):
    """No studio or user defaults file."""
    monkeypatch.setenv("SMEDGE_SUBMIT_USER_CONFIG", str(tmp_path / "no-user-config.json"))
    monkeypatch.delenv("SMEDGE_SUBMIT_CONFIG", raising=False)
