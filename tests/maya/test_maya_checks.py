"""Maya's checks over records, without Maya; and through the fake where the scene says it."""
import os

from maya_records import layer, reference, scene

from maya_helpers import SCENES, open_scene
from integrations.validate import ERROR, WARNING
from smedge_maya.checks import scene_findings
from smedge_maya import jobs


class Studio:
    def __init__(self, product_for):
        self.product_for, self.review = product_for, {}


def build(record, split=False, product_for=lambda renderer, default: default):
    return jobs.build(record, {"split": split, "layers": None, "comp": "", "review": False}, Studio(product_for))


def findings_for(record, split=False, product_for=lambda renderer, default: default):
    graph = build(record, split, product_for)
    return [(f.severity, f.job_name, f.field, f.message) for f in scene_findings(graph, record, Studio(product_for))]


def test_a_clean_layer_has_no_finding():
    assert findings_for(scene(layer("beauty", prefix="<RenderLayer>/<Scene>"))) == []


def test_no_renderable_camera():
    [(severity, job, field, message)] = findings_for(scene(layer("beauty", cameras=[], prefix="<Scene>")))
    assert (severity, job, field) == (ERROR, "sh010.ma - beauty", "Extra") and "no renderable camera" in message


def test_empty_prefix_is_a_warning_and_an_unknown_token_an_error():
    found = findings_for(scene(layer("beauty"), layer("fx", prefix="<Shot>/<Scene>_<RenderPass>")))
    assert [(s, j, f) for s, j, f, _m in found] == [(WARNING, "sh010.ma - beauty", "ImageFormat"),
                                                    (ERROR, "sh010.ma - fx", "ImageFormat")]
    assert "<Shot>" in found[1][3] and "<RenderPass>" not in found[1][3].split("has")[1]


def test_fractional_frames_and_steps():
    [(severity, _job, field, message)] = findings_for(scene(layer("beauty", 1.5, 10, 0.5, prefix="<Scene>")))
    assert (severity, field) == (ERROR, "Range") and "start 1.5 and step 0.5" in message


def test_a_renderer_without_a_smedge_product_unless_studio_defaults_map_it():
    record = scene(layer("beauty", renderer="cycles", prefix="<Scene>"))
    [(severity, _job, field, message)] = findings_for(record)
    assert (severity, field) == (ERROR, "Type") and "'cycles'" in message
    assert findings_for(record, product_for=lambda r, d: "Maya Cycles" if r == "cycles" else d) == []


def test_two_cameras_writing_the_same_images_collide_in_the_shared_validation(farm):
    from integrations.validate import validate

    # Maya writes a camera's namespace separator as "_": cam:A and cam_A name the same files
    record = scene(layer("a", cameras=["cam:A", "cam_A"], prefix="<Camera>/<Scene>"))
    for split, other in ((True, "job 'sh010.ma - a - cam:A'"), (False, "another output of this job")):
        found = [f for f in validate(build(record, split), pools=[]) if f.field == "ImageFormat"]
        assert [(f.severity, f.job_name) for f in found] == [(ERROR, "sh010.ma - a" + (" - cam_A" if split else ""))]
        assert f"/proj/images/cam_A/sh010.%04d.exr is also written by {other}" in found[0].message


def test_references_not_loaded_are_warnings_and_loaded_ones_go_to_the_input_check():
    from integrations.inputs import input_findings
    from smedge_maya.checks import inputs

    record = scene(layer("a", prefix="<Scene>"), references=[
        reference("setRN", "/gone/set.ma", loaded=True, exists=False),
        reference("propsRN", "/gone/props.ma", loaded=False, exists=False), reference("okRN", "/proj/ok.ma")])
    found = findings_for(record)
    assert [(s, j, f) for s, j, f, _m in found] == [(WARNING, "Scene", "Scene")]
    assert "propsRN" in found[0][3] and "its file is missing" in found[0][3]
    assert inputs(record) == [("setRN", "/gone/set.ma"), ("okRN", "/proj/ok.ma")]
    missing = [(f.severity, f.job_name, f.message) for f in input_findings(inputs(record))]
    assert missing == [(ERROR, "setRN", "/gone/set.ma does not exist"), (ERROR, "okRN", "/proj/ok.ma does not exist")]


def test_checks_through_the_host_on_a_scene(farm):
    from maya import cmds

    from integrations.host import collect, findings
    from smedge_maya.host import MayaHost

    open_scene(os.path.join(SCENES, "cameras.ma"))
    cmds.setAttr("defaultRenderGlobals.byFrameStep", 0.5)
    host = MayaHost()
    problems = {(f.severity, f.field, f.message.split(":")[0]) for f in findings(host, collect(host))}
    assert (ERROR, "Scene", "cameras.ma has changes that are not saved; the farm renders the saved file") in problems
    assert (ERROR, "Range", "layer masterLayer renders a fractional step 0.5") in problems
    assert (WARNING, "Scene", "reference setRN ({}) is not loaded".format(
        os.path.join(SCENES, "set_missing.ma").replace("\\", "/"))) in problems
    assert (WARNING, "ImageFormat", "layer masterLayer sets no image file prefix") in problems


def test_a_modified_scene_is_saved_by_its_fix(farm, tmp_path):
    import shutil

    from maya import cmds

    from integrations.host import collect, findings
    from integrations.validate import apply_fixes
    from smedge_maya.host import MayaHost

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "no_layers.ma"), path)
    open_scene(path)
    cmds.setAttr("defaultRenderGlobals.endFrame", 1010)
    host = MayaHost()
    graph = collect(host)
    [finding] = [f for f in findings(host, graph) if f.fix is not None]
    assert finding.fix_description == "save " + path.replace("\\", "/")
    assert apply_fixes(graph, [finding]) == 1
    assert not cmds.file(query=True, modified=True)
    cmds.file(new=True, force=True)
    open_scene(path)
    assert cmds.getAttr("defaultRenderGlobals.endFrame") == 1010.0
