"""Collection and build_graph on scenes written for these tests as Maya writes them (tests/maya/scenes)."""
import os

import pytest

from maya_helpers import SCENES, open_scene


def jobs_of(graph):
    return {graph.value(j, "Name"): {k: graph.value(j, k) for k in ("Type", "Range", "Extra", "Scene", "Project",
                                                                      "RenderDir", "ImageFormat")} for j in graph}


def test_no_layers_renders_the_master_layer_alone():
    import smedge_maya

    open_scene(os.path.join(SCENES, "no_layers.ma"))
    project = SCENES.replace("\\", "/")
    assert jobs_of(smedge_maya.build_graph()) == {"no_layers.ma - masterLayer": {
        "Type": "Arnold for Maya", "Range": "1001-1100", "Extra": "-rl defaultRenderLayer",
        "Scene": project + "/no_layers.ma", "Project": project, "RenderDir": project + "/images",
        "ImageFormat": [project + "/images/shots/no_layers.%04d.exr"]}}


def test_three_layers_with_range_overrides_one_not_renderable():
    import smedge_maya

    open_scene(os.path.join(SCENES, "three_layers.ma"))
    jobs = jobs_of(smedge_maya.build_graph())
    # beauty: absolute overrides; volumes: relative start (1 + 10), absolute end, a disabled override ignored;
    # matte: not renderable; the master layer: not renderable either
    assert {name: (job["Range"], job["Extra"]) for name, job in jobs.items()} == {
        "three_layers.ma - beauty": ("1001-1100", "-rl rs_beauty"),
        "three_layers.ma - volumes": ("11-50", "-rl rs_volumes")}
    assert [os.path.basename(os.path.dirname(p)) for p in jobs["three_layers.ma - volumes"]["ImageFormat"]] == [
        "volumes", "volumes"]  # <Camera>/<RenderLayer>/...: persp (an override makes it renderable) and shotCam


def test_several_cameras_split_per_camera_and_a_referenced_camera():
    import smedge_maya

    open_scene(os.path.join(SCENES, "cameras.ma"))
    jobs = jobs_of(smedge_maya.build_graph(split=True))
    assert {name: job["Extra"] for name, job in jobs.items()} == {
        "cameras.ma - masterLayer - camA": "-rl defaultRenderLayer -cam camA",
        "cameras.ma - masterLayer - camB": "-rl defaultRenderLayer -cam camB",
        "cameras.ma - masterLayer - props:propCam": "-rl defaultRenderLayer -cam props:propCam"}
    assert jobs["cameras.ma - masterLayer - props:propCam"]["ImageFormat"] == [
        SCENES.replace("\\", "/") + "/images/props_propCam/cameras.%04d.png"]
    assert {job["Range"] for job in jobs.values()} == {"1-48"}  # props.ma's own render range stays its own


def test_split_defaults_to_the_studio_setting(tmp_path, monkeypatch):
    import smedge_maya

    config = tmp_path / "studio.json"
    config.write_text('{"version": 1, "hosts": {"maya": {"split": true, "renderers": {"mayaHardware2": "Maya HW"}}}}')
    monkeypatch.setenv("SMEDGE_SUBMIT_CONFIG", str(config))
    open_scene(os.path.join(SCENES, "cameras.ma"))
    graph = smedge_maya.build_graph()
    assert len(graph) == 3 and {graph.value(j, "Type") for j in graph} == {"Maya HW"}
    assert len(smedge_maya.build_graph(split=False)) == 1


def test_legacy_layers_with_adjustments_and_the_saved_layer_current():
    from maya import cmds

    import smedge_maya

    open_scene(os.path.join(SCENES, "legacy_layers.ma"))
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "fg"
    jobs = jobs_of(smedge_maya.build_graph(split=True))
    assert {name: job["Range"] for name, job in jobs.items()} == {
        "legacy_layers.ma - bg - camA": "1-12", "legacy_layers.ma - bg - camB": "1-12",
        "legacy_layers.ma - fg - camA": "10-20", "legacy_layers.ma - masterLayer - camA": "1-24"}
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "fg"
    assert cmds.getAttr("defaultRenderGlobals.startFrame") == 10.0
    assert not cmds.file(query=True, modified=True)


def test_60_fps_with_byframestep_reads_the_step_not_byframe():
    from smedge_maya.collect import collect_scene

    import smedge_maya

    open_scene(os.path.join(SCENES, "fps60_step.ma"))
    [layer] = collect_scene().layers
    assert (layer.start, layer.end, layer.step) == (1.0, 120.0, 2.0)
    graph = smedge_maya.build_graph()
    assert [graph.value(j, "Range") for j in graph] == ["1-119x2"]


def test_time_values_are_read_in_the_current_unit():
    from maya import cmds

    open_scene(os.path.join(SCENES, "fps60_step.ma"))
    cmds.currentUnit(time="ntsc")
    assert cmds.getAttr("defaultRenderGlobals.endFrame") == 60.0
    assert cmds.currentTime(query=True) == 15.0


def test_animation_off_renders_the_current_frame():
    from maya import cmds

    import smedge_maya

    open_scene(os.path.join(SCENES, "no_layers.ma"))
    cmds.setAttr("defaultRenderGlobals.animation", False)
    cmds.currentTime(1042)
    graph = smedge_maya.build_graph()
    assert [graph.value(j, "Range") for j in graph] == ["1042"]
    expected = SCENES.replace("\\", "/") + "/images/shots/no_layers.exr"
    assert [graph.value(j, "ImageFormat") for j in graph] == [[expected]]


def test_an_unsaved_scene_builds_and_submitting_it_is_refused(farm):
    from integrations.validate import ValidationError

    import smedge_maya

    graph = smedge_maya.build_graph()
    assert [graph.value(j, "Name") for j in graph] == ["untitled - masterLayer"]
    assert [graph.value(j, "Scene") for j in graph] == [""]
    with pytest.raises(ValidationError) as raised:
        smedge_maya.submit()
    assert any(f.field == "Scene" and "never been saved" in f.message for f in raised.value.findings)


def test_the_current_layer_is_restored_when_collection_fails(monkeypatch):
    from maya import cmds

    from smedge_maya import collect

    open_scene(os.path.join(SCENES, "legacy_layers.ma"))
    read = collect._layer

    def failing(node, cameras, project, problems):
        if node == "bg":
            raise RuntimeError("reading bg failed")
        return read(node, cameras, project, problems)

    monkeypatch.setattr(collect, "_layer", failing)
    with pytest.raises(RuntimeError, match="reading bg failed"):
        collect.collect_scene()
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "fg"
    assert cmds.getAttr("defaultRenderGlobals.endFrame") == 20.0
    assert not cmds.file(query=True, modified=True)
    cmds.undo()  # the undo chunk was closed too: one step, back where it started
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "fg"


def test_layers_option_and_bad_options_name_the_value():
    import smedge_maya

    open_scene(os.path.join(SCENES, "three_layers.ma"))
    graph = smedge_maya.build_graph(layers=["volumes"])
    assert [graph.value(j, "Name") for j in graph] == ["three_layers.ma - volumes"]
    with pytest.raises(ValueError, match="no rendering layer named 'matte'"):
        smedge_maya.build_graph(layers=["matte"])
    with pytest.raises(ValueError, match=r"Unknown Maya option\(s\) 'camera'"):
        smedge_maya.build_graph(camera="shotCam")
    with pytest.raises(ValueError, match="split must be True or False"):
        smedge_maya.build_graph(split="yes")


def test_collecting_leaves_the_scene_unmodified_and_one_undo_step_that_ends_where_it_started():
    from maya import cmds

    from smedge_maya.collect import collect_scene

    open_scene(os.path.join(SCENES, "three_layers.ma"))
    assert cmds.undoInfo(query=True, undoQueueEmpty=True)
    assert [layer.node for layer in collect_scene().layers] == ["rs_beauty", "rs_volumes"]
    assert not cmds.file(query=True, modified=True)  # switching layers marks it modified: put back as it was
    cmds.undo()  # Ctrl+Z after opening the dialog: the switches are one chunk, undone together
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "defaultRenderLayer"
    assert cmds.undoInfo(query=True, undoQueueEmpty=True)


def test_a_scene_modified_before_collecting_stays_modified():
    from maya import cmds

    from smedge_maya.collect import collect_scene

    open_scene(os.path.join(SCENES, "three_layers.ma"))
    cmds.setAttr("defaultResolution.width", 2048)
    collect_scene()
    assert cmds.file(query=True, modified=True)
