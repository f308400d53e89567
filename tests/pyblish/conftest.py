"""Fixtures of the Pyblish tests: a clean Pyblish registry, a spy on Smedge tool calls, and no_cli."""
import os

import pytest

from smedge_core import _process


@pytest.fixture(autouse=True)
def pyblish_api(monkeypatch):
    """pyblish.api with nothing registered (no paths, plug-ins, hosts, targets), cleaned again after."""
    api = pytest.importorskip("pyblish.api")
    monkeypatch.delenv("PYBLISHPLUGINPATH", raising=False)

    def clean():
        api.deregister_all_paths()
        api.deregister_all_plugins()
        api.deregister_all_hosts()
        api.deregister_all_targets()
        api.deregister_all_discovery_filters()

    clean()
    yield api
    clean()


@pytest.fixture
def tool_calls(monkeypatch):
    """The Smedge tools run, in order (``[tool, verb]`` each), through the core's one process seam."""
    calls = []
    real = _process.runner

    def spy(argv, *args, **kwargs):
        calls.append([os.path.basename(argv[0]), *list(argv[1:2])])
        return real(argv, *args, **kwargs)

    monkeypatch.setattr(_process, "runner", spy)
    return calls

