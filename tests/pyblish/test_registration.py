"""integrations.pyblish.register(): a host's two plug-in folders, found without importing the host."""
import os
import shutil
import sys

import pytest

pyblish_util = pytest.importorskip("pyblish.util")
import pyblish.api  # noqa: E402

import integrations.pyblish  # noqa: E402
from integrations.pyblish import PLUGIN_PATH  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def bare_nuke_package(tmp_path, monkeypatch):
    """A ``smedge_nuke`` with the real collector file but no ``host`` module (Nuke's package not installed)."""
    package = tmp_path / "smedge_nuke"
    (package / "pyblish_plugins").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    shutil.copy(os.path.join(ROOT, "nuke", "smedge_nuke", "pyblish_plugins", "collect_smedge_render.py"),
                str(package / "pyblish_plugins"))
    for name in [m for m in sys.modules if m == "smedge_nuke" or m.startswith("smedge_nuke.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.syspath_prepend(str(tmp_path))
    return package


def test_register_adds_the_shared_and_the_host_folder_once_and_deregister_removes_them(bare_nuke_package):
    paths = integrations.pyblish.register("smedge_nuke")
    assert paths == [PLUGIN_PATH, str(bare_nuke_package / "pyblish_plugins")]
    assert integrations.pyblish.register("smedge_nuke") == paths
    assert pyblish.api.registered_paths() == [os.path.normpath(p) for p in paths]
    assert pyblish.api.registered_hosts() == ["nuke"]
    assert "smedge_nuke" not in sys.modules
    integrations.pyblish.deregister("smedge_nuke")
    assert pyblish.api.registered_paths() == []


@pytest.mark.parametrize("host, runs", [("nuke", True), ("maya", False), ("python", False)])
def test_a_collector_runs_only_in_the_pyblish_hosts_it_declares(bare_nuke_package, monkeypatch, host, runs):
    monkeypatch.setenv("PYBLISHPLUGINPATH", str(bare_nuke_package / "pyblish_plugins"))
    pyblish.api.register_host(host)
    assert ("CollectSmedgeRenderNuke" in [p.__name__ for p in pyblish.api.discover()]) is runs


def test_a_collector_file_loads_without_its_host_and_fails_clearly_when_run(bare_nuke_package):
    integrations.pyblish.register("smedge_nuke")
    assert "CollectSmedgeRenderNuke" in [p.__name__ for p in pyblish.api.discover()]
    context = pyblish_util.publish()
    failed = [(r["plugin"].__name__, str(r["error"])) for r in context.data["results"] if r["error"]]
    assert failed == [("CollectSmedgeRenderNuke", "No module named 'smedge_nuke.host'")]
    assert len(context) == 0


def test_register_refuses_a_package_without_a_collector():
    with pytest.raises(ValueError, match=r"No Smedge collector for 'smedge_blender'; expected one of: "
                                         r"smedge_maya, smedge_nuke, smedge_houdini"):
        integrations.pyblish.register("smedge_blender")
