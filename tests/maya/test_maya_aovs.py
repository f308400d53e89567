"""Outputs per AOV / render element / display, for each renderer the collector reads AOVs of, from scenes
written as the plug-ins write them: both AOVs with the renderer's naming and padding in the job's
ImageFormat, and two AOVs writing one file an error of the shared validation."""
import os

import pytest

from maya_helpers import SCENES, open_scene
from integrations.host import collect
from integrations.outputs import outputs
from integrations.validate import ERROR, validate

IMAGES = SCENES.replace("\\", "/") + "/images/"

#: scene -> the files each frame writes, as (AOV, path under the project's images folder)
EXPECTED = {
    # MtoA: <RenderPass> in the prefix is each AOV's name; the beauty is written as no RGBA AOV is
    "arnold_aovs.ma": [("beauty", "arnold_aovs/masterLayer_beauty.%04d.exr"),
                       ("diffuse", "arnold_aovs/masterLayer_diffuse.%04d.exr"),
                       ("specular", "arnold_aovs/masterLayer_specular.%04d.exr")],
    # V-Ray: its own prefix, fileNamePadding 5 (not Maya's 4), the element separator "_"
    "vray_elements.ma": [("beauty", "vray_elements/masterLayer.%05d.exr"),
                         ("diffuse", "vray_elements/masterLayer_diffuse.%05d.exr"),
                         ("reflect", "vray_elements/masterLayer_reflect.%05d.exr")],
    # Redshift: the beauty drops ".<RenderPass>"; each AOV's name fills it
    "redshift_aovs.ma": [("beauty", "redshift_aovs/masterLayer.%04d.exr"),
                         ("Z", "redshift_aovs/masterLayer.Z.%04d.exr"),
                         ("Cryptomatte", "redshift_aovs/masterLayer.Cryptomatte.%04d.exr")],
    # RenderMan: its own folder and file name; rmanDefaultDisplay is the beauty, <f4> four digits
    "renderman_displays.ma": [
        ("beauty", "renderman_displays/renderman_displays_masterLayer_beauty.%04d.exr"),
        ("directDiffuse", "renderman_displays/renderman_displays_masterLayer_directDiffuse.%04d.exr")],
}

#: scene -> a change that makes its second AOV write the first one's file
COLLIDE = {
    "arnold_aovs.ma": ("aiAOV_specular.name", "diffuse"),
    "vray_elements.ma": ("vrayRE_Reflection.vray_name_reflect", "diffuse"),
    "redshift_aovs.ma": ("rsAov_Cryptomatte.name", "Z"),
    "renderman_displays.ma": ("rmanGlobals.imageFileFormat", "<scene>_<layer>.<f4>.<ext>"),  # no <aov>
}


def graph_of(name):
    open_scene(os.path.join(SCENES, name))
    return graph_of_open_scene()


def graph_of_open_scene():
    from smedge_maya.host import MayaHost

    host = MayaHost()
    return host, collect(host)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_aov_has_its_file_with_the_renderers_naming_and_padding(name):
    host, graph = graph_of(name)
    [layer] = host.scene.layers
    assert [(aov, path[len(IMAGES):]) for aov, path in layer.outputs["persp"]] == EXPECTED[name]
    [job] = list(graph)
    assert outputs(graph, job) == [IMAGES + path for _aov, path in EXPECTED[name]]
    assert host.scene.problems == []


@pytest.mark.parametrize("name", sorted(COLLIDE))
def test_two_aovs_writing_one_file_are_an_error(name, farm):
    from maya import cmds

    open_scene(os.path.join(SCENES, name))
    plug, value = COLLIDE[name]
    cmds.setAttr(plug, value, type="string")
    _host, graph = graph_of_open_scene()
    found = [f for f in validate(graph, pools=[]) if f.field == "ImageFormat" and f.severity == ERROR]
    assert len(found) == 1 and "is also written by another output of this job" in found[0].message
    assert found[0].job_name == f"{name} - masterLayer"


@pytest.mark.parametrize("name, plug, value, left", [
    ("arnold_aovs.ma", "defaultArnoldDriver.mergeAOVs", True, ["beauty"]),  # one multi-channel EXR
    ("arnold_aovs.ma", "defaultArnoldRenderOptions.aovMode", 0, ["beauty"]),  # AOVs off
    ("redshift_aovs.ma", "redshiftOptions.exrForceMultilayer", True, ["beauty", "Cryptomatte"]),  # kept apart
    ("redshift_aovs.ma", "rsAov_Depth.enabled", False, ["beauty", "Cryptomatte"]),
    ("vray_elements.ma", "vraySettings.dontSaveRgbChannel", True, ["diffuse", "reflect"]),
    ("renderman_displays.ma", "directDiffuse.enable", False, ["beauty"]),
])
def test_merged_or_disabled_aovs_write_no_file_of_their_own(name, plug, value, left):
    from maya import cmds

    open_scene(os.path.join(SCENES, name))
    cmds.setAttr(plug, value)
    host, _graph = graph_of_open_scene()
    assert [aov for aov, _path in host.scene.layers[0].outputs["persp"]] == left


def test_an_attribute_that_cannot_be_read_is_a_finding_and_the_rest_still_collects():
    """A node on rmanGlobals.displays that is no rmanDisplay (no ``enable`` attribute): Maya's getAttr
    refuses it; the finding names the node, the attribute and Maya's reason, the beauty is still read."""
    from maya import cmds

    from smedge_maya.host import MayaHost

    open_scene(os.path.join(SCENES, "renderman_displays.ma"))
    cmds.createNode("d_openexr", name="oldDisplay")
    cmds.connectAttr("oldDisplay.message", "rmanGlobals.displays[2]")
    host = MayaHost()
    graph = collect(host)
    [problem] = host.scene.problems
    assert (problem.node, problem.attribute, problem.layer) == ("oldDisplay", "enable", "masterLayer")
    assert "No object matches name: oldDisplay.enable" in problem.reason
    assert [aov for aov, _path in host.scene.layers[0].outputs["persp"]] == ["beauty", "directDiffuse"]
    found = [f for check in host.checks() for f in check(graph) if f.field == "enable"]
    assert [(f.severity, f.job_name) for f in found] == [(ERROR, "oldDisplay")]
    assert found[0].message.startswith("layer masterLayer: oldDisplay.enable cannot be read (No object matches name")


def test_real_scenes_give_the_outputs_their_renderer_names():
    """Real files: OpenPype's Arnold workfile (AYON's prefix with <RenderPass>, no AOV node: the beauty
    only, unpadded as extensionPadding is unset) and Deadline Cloud's RenderMan scene (rmanDefaultDisplay
    on rmanGlobals.displays; the bake display, on rmanBakingGlobals, writes nothing at render)."""
    corpus = os.path.join(os.path.dirname(SCENES), "..", "data", "scenes", "corpus", "maya")
    open_scene(os.path.join(corpus, "openpype-workfile", "scene", "test_project_test_asset_test_task_v001.ma"))
    host, graph = graph_of_open_scene()
    main = next(layer for layer in host.scene.layers if layer.name == "Main")
    assert [(aov, os.path.basename(path)) for aov, path in main.outputs["mainCamera"]] == [
        ("beauty", "Main_beauty.%d.exr")]
    open_scene(os.path.join(corpus, "renderman", "scene", "renderman.ma"))
    host, graph = graph_of_open_scene()
    [job] = list(graph)
    assert [os.path.basename(path) for path in outputs(graph, job)] == ["renderman_masterLayer_persp_beauty.%04d.exr"]


def test_export_writes_every_aov_in_the_job_file_and_the_json(farm, tmp_path):
    import json
    import pathlib
    import shutil

    import smedge_maya

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "vray_elements.ma"), path)
    open_scene(path, project=str(tmp_path))
    result = smedge_maya.export(str(tmp_path / "out"))
    images = str(tmp_path).replace("\\", "/") + "/images/shot/masterLayer"
    files = [images + ".%05d.exr", images + "_diffuse.%05d.exr", images + "_reflect.%05d.exr"]
    [entry] = json.loads(pathlib.Path(result.json_file).read_text(encoding="utf-8"))["outputs"]
    assert (entry["name"], entry["range"], entry["files"]) == ("shot.ma - masterLayer", "1001-1010", files)
    job_file = pathlib.Path(result.job_file).read_text(encoding="utf-8")
    assert all(file in job_file for file in files)
