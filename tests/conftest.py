"""Shared fixtures."""

import os
import tempfile

import pytest
from hypothesis import HealthCheck, settings

import smedge_core
from fakes.farm import TOOLS, FakeFarm
from smedge_core import _process
from smedge_core.sandbox.testing import session_master

# A busy machine (CI, a laptop rendering) must not fail a property test for being slow.
settings.register_profile("busy-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("busy-machine")


@pytest.fixture(scope="session")
def local_master(tmp_path_factory):
    """A local Smedge-compatible master for the session (``.port``, ``.data``, ``.env``, ``.pid``).

    SMEDGE, SMEDGE_MASTER and SMEDGE_MASTER_PORT point at it while it runs; stopped by PID at the end.
    """
    yield from session_master(tmp_path_factory)


@pytest.fixture(autouse=True)
def _empty_queue_after_test(request):
    """Delete every job (stopping its work) after each test that used the local master, so the next test
    starts with idle engines and an empty queue."""
    yield
    if "local_master" in request.fixturenames:
        ids = [job["ID"] for job in smedge_core.get_jobs(get_all_parameters=False)]
        if ids:
            smedge_core.delete_jobs(ids, stop_work=True)


@pytest.fixture
def farm(tmp_path, monkeypatch):
    """An in-process fake farm behind the core's process runner (see ``fakes/farm.py``)."""
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


@pytest.fixture(autouse=True, scope="session")
def _own_home(tmp_path_factory):
    """A home folder of the session's own, set before any master starts (its engines see the same): job
    files that submissions keep (on failure, by design, in ~/.smedge-submit/jobs) stay out of the user's.
    Caches stay where they were (Qt's fonts are not indexed again)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"))
        home = str(tmp_path_factory.mktemp("home"))
        for name in ("HOME", "USERPROFILE"):
            patch.setenv(name, home)
        yield home


@pytest.fixture(autouse=True)
def _own_temp_folder(tmp_path_factory, monkeypatch):
    """Job files that submissions keep (on failure, by design) land in a folder of the test's own, not /tmp."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("temp")))


@pytest.fixture
def no_cli(monkeypatch):
    """Fail the test if anything reaches a Smedge tool or submit_jobs."""
    def refuse(*args, **kwargs):
        pytest.fail(f"a Smedge tool was called: {args!r}")
    monkeypatch.setattr(_process, "runner", refuse)
    monkeypatch.setattr(smedge_core, "submit_jobs", refuse)
