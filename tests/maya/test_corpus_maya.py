"""Every real Maya ASCII file of tests/data/scenes/corpus/maya (public repositories, Maya 2015 to 2026), opened
with ``cmds.file(path, open=True, force=True)`` in the fake Maya and collected with ``build_graph``, against
what real Maya renders from it (its expected.json, derived by hand from the file's text; facts that are
uncertain are left out there and not compared)."""
import json
import os

import pytest

from maya_helpers import REPO, open_scene

CORPUS = os.path.join(REPO, "tests", "data", "scenes", "corpus", "maya")
CASES = sorted(name for name in os.listdir(CORPUS) if os.path.isfile(os.path.join(CORPUS, name, "expected.json")))


def build_graph():
    """The one call into the Maya host package (a renamed entry point changes this line only)."""
    import smedge_maya

    return smedge_maya.build_graph()


def test_the_corpus_is_there():
    assert len(CASES) >= 8, f"the real Maya files are missing from {CORPUS}"


@pytest.fixture(params=CASES)
def expected(request):
    """The case's facts, after opening its file as an artist would."""
    folder = os.path.join(CORPUS, request.param)
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as stream:
        facts = json.load(stream)
    open_scene(os.path.join(folder, "scene", facts["file"]))
    return facts


def test_the_file_opens_with_the_errors_real_maya_reports(expected):
    from maya import cmds

    assert cmds.file(query=True, errorStatus=True) is expected["error_status"]
    assert cmds.file(query=True, sceneName=True).endswith(expected["file"])


def test_build_graph_gives_the_layers_and_frames_real_maya_renders(expected):
    graph = build_graph()
    scene = expected["file"]
    jobs = {}
    for job in graph:
        name = graph.value(job, "Name")
        assert name.startswith(scene + " - "), name
        jobs[name[len(scene) + 3:]] = graph.value(job, "Range")
    assert sorted(jobs) == sorted(expected["layers"])
    for layer, frames in expected["renders"].items():
        assert jobs[layer] == frames, layer


def submit(**options):
    """The one headless call into the Maya host package."""
    import smedge_maya

    return smedge_maya.submit(**options)


@pytest.mark.parametrize("export", [False, True])
def test_a_scene_with_no_renderable_layer_is_refused_with_nothing_to_render(tmp_path, export):
    """UsdExportRenderLayerModeTest.ma with its three layers made unrenderable (its master is already):
    headless submit and export refuse it; no job file is written."""
    from maya import cmds
    from integrations.validate import ValidationError

    open_scene(os.path.join(CORPUS, "usd-renderlayermode", "scene", "UsdExportRenderLayerModeTest.ma"))
    for layer in ("RenderLayerOne", "RenderLayerTwo", "RenderLayerThree"):
        cmds.setAttr(layer + ".renderable", False)
    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(ValidationError, match="Nothing to render"):
        submit(export_to=str(out)) if export else submit()
    assert list(out.iterdir()) == []


def test_a_new_scene_has_the_default_nodes_real_files_connect_to():
    """Nodes real .ma files reach as :name before creating them (Autodesk: default, implicit nodes)."""
    from maya import cmds

    assert cmds.nodeType("defaultColorMgtGlobals") == "colorManagementGlobals"
    assert cmds.getAttr("defaultColorMgtGlobals.cmEnabled") is True
    assert [cmds.nodeType(n) for n in ("lambert1", "initialShadingGroup", "time1")] == [
        "lambert", "shadingEngine", "time"]
