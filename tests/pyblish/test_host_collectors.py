"""Each host's collector with that host's fake: it collects what the host's own submitter builds, and a
publish with the shared plug-ins submits it in one batch. Skipped until the host package is importable
(smedge_maya, smedge_nuke, smedge_houdini and their fakes in tests/fakes/hosts)."""
import pathlib
import shutil

import pytest

pyblish_util = pytest.importorskip("pyblish.util")
import pyblish.api  # noqa: E402

import integrations.pyblish  # noqa: E402
from integrations.host import collect  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCENES = ROOT / "tests" / "data" / "scenes"
HOST_FOLDERS = {"maya": ROOT / "maya" / "scripts", "nuke": ROOT / "nuke",
                "houdini": ROOT / "houdini" / "scripts" / "python"}


@pytest.fixture
def host_package(monkeypatch):
    """Put a host folder and the fake hosts on sys.path; the host's ``host`` module, or skip."""
    def load(name):
        monkeypatch.syspath_prepend(str(ROOT / "tests" / "fakes" / "hosts"))
        monkeypatch.syspath_prepend(str(HOST_FOLDERS[name]))
        return pytest.importorskip(f"smedge_{name}.host")
    return load


def scene_copy(tmp_path, host, case, name):
    """A copy of a real scene of tests/data/scenes (saves and repairs must not touch the originals)."""
    folder = SCENES / host / case / "scene"
    if not folder.is_dir():
        pytest.fail(f"the real scenes are missing from the clone: {folder} is absent")
    shutil.copytree(str(folder), str(tmp_path / case))
    return tmp_path / case / name


def publish(host_module_name):
    integrations.pyblish.register(host_module_name)
    return pyblish_util.publish()


def errors(context):
    return dict((r["plugin"].__name__, str(r["error"])) for r in context.data["results"] if r["error"])


def jobs(graph):
    """``[(Name, Range, waits by name, per frame)]`` of a host's graph."""
    return [(graph.name(j), graph.value(j, "Range"), [graph.name(p) for p in graph.parents(j)],
             bool(graph.waits_per_frame(j))) for j in graph]


def instances(context):
    return [(i.data["smedgeJob"].get("Name"), i.data["smedgeJob"].get("Range"), i.data["smedgeWaitFor"],
             i.data["smedgeWaitPerFrame"]) for i in context]


def submitted_once(context, tool_calls):
    assert errors(context) == {}
    assert [call for call in tool_calls if call[0] == "Submit"] == [["Submit", "-FromFile"]]
    assert sorted(context.data["smedgeJobIds"]) == sorted(i.name for i in context)


@pytest.mark.parametrize("name", ["maya", "nuke", "houdini"])
def test_the_collector_folders_register_for_each_host(host_package, name):
    host_package(name)
    paths = integrations.pyblish.register("smedge_" + name)
    names = [plugin.__name__ for plugin in pyblish.api.discover()]
    assert "CollectSmedgeRender" + name.capitalize() in names and "IntegrateSmedge" in names
    integrations.pyblish.deregister("smedge_" + name)
    assert not set(paths) & set(pyblish.api.registered_paths())


def test_maya_publishes_the_render_layers_of_a_real_scene(host_package, tmp_path, local_master, tool_calls):
    maya_host = host_package("maya")
    from maya import cmds

    cmds.file(str(scene_copy(tmp_path, "maya", "layers", "layers.ma")), open=True, force=True)
    expected = jobs(collect(maya_host.MayaHost()))
    context = publish("smedge_maya")
    assert instances(context) == expected and expected
    submitted_once(context, tool_calls)


def test_nuke_publishes_the_writes_of_a_real_script(host_package, tmp_path, local_master, tool_calls):
    nuke_host = host_package("nuke")
    import nuke

    nuke.scriptOpen(str(scene_copy(tmp_path, "nuke", "noise-saver", "noise-saver.nk")))
    expected = jobs(collect(nuke_host.NukeHost()))
    context = publish("smedge_nuke")
    assert instances(context) == expected and expected
    assert [i.data["smedgeJob"]["WriteNode"] for i in context] == ["Write1"]
    submitted_once(context, tool_calls)


def test_houdini_publishes_the_outputs_of_out(host_package, tmp_path, local_master, tool_calls):
    host_package("houdini")
    import hou

    hou.hipFile.clear(suppress_save_prompt=True)
    out = hou.node("/out")
    cache = out.createNode("geometry", "cache")
    beauty = out.createNode("ifd", "beauty")
    beauty.setInput(0, cache)
    out.createNode("ifd", "lone")
    hou.hipFile.save(str(tmp_path / "shot.hip"))
    context = publish("smedge_houdini")
    assert sorted(i.data["smedgeJob"]["ROP"] for i in context) == ["/out/beauty", "/out/cache", "/out/lone"]
    rops = dict((i.name, i.data["smedgeJob"]["ROP"]) for i in context)
    beauty_instance = next(i for i in context if i.data["smedgeJob"]["ROP"] == "/out/beauty")
    assert [rops[name] for name in beauty_instance.data["smedgeWaitFor"]] == ["/out/cache"]
    submitted_once(context, tool_calls)


def test_houdini_renders_the_rops_a_studio_plugin_names(host_package, tmp_path, no_cli):
    host_package("houdini")
    import hou

    hou.hipFile.clear(suppress_save_prompt=True)
    out = hou.node("/out")
    out.createNode("ifd", "beauty")
    out.createNode("ifd", "lone")
    hou.hipFile.save(str(tmp_path / "shot.hip"))

    class OnlyBeauty(pyblish.api.ContextPlugin):
        order = pyblish.api.CollectorOrder - 0.1

        def process(self, context):
            context.data["smedgeRops"] = ["/out/beauty"]

    pyblish.api.register_plugin(OnlyBeauty)
    integrations.pyblish.register("smedge_houdini")
    context = pyblish_util.collect()
    assert [i.data["smedgeJob"]["ROP"] for i in context] == ["/out/beauty"]
