"""The fake Maya behaves as Maya does where the glue depends on it (driven through maya.cmds only)."""
import os

import pytest

from maya_helpers import SCENES, open_scene


def test_errors_and_empty_results_are_maya_s():
    from maya import cmds

    with pytest.raises(ValueError, match=r"No object matches name: nothing\.renderable"):
        cmds.getAttr("nothing.renderable")
    with pytest.raises(ValueError, match=r"No object matches name: persp\.noSuchAttr"):
        cmds.getAttr("persp.noSuchAttr")
    assert cmds.getAttr("persp.renderable") is True  # a shape attribute read through its transform
    assert cmds.listConnections("persp") is None and cmds.listRelatives("perspShape", children=True) is None
    assert cmds.ls(type="renderSetupLayer") == []
    assert cmds.getAttr("defaultRenderGlobals.imageFilePrefix") is None
    with pytest.raises(RuntimeError):
        cmds.setAttr("defaultRenderGlobals.imageFilePrefix", "x")  # a string needs type="string"
    with pytest.raises(RuntimeError):
        cmds.editRenderLayerGlobals(currentRenderLayer="nope")
    with pytest.raises(RuntimeError):
        cmds.file(save=True)  # never saved
    with pytest.raises(RuntimeError):
        cmds.delete("defaultRenderGlobals")
    with pytest.raises(TypeError):
        cmds.ls(noSuchFlag=True)


def test_open_refuses_unsaved_changes_without_force():
    from maya import cmds

    cmds.setAttr("defaultRenderGlobals.animation", True)
    with pytest.raises(RuntimeError, match="Unsaved changes"):
        cmds.file(os.path.join(SCENES, "no_layers.ma"), open=True)
    cmds.file(os.path.join(SCENES, "no_layers.ma"), open=True, force=True)
    assert not cmds.file(query=True, modified=True)


def test_a_binary_reference_is_recorded_not_loaded(tmp_path):
    from maya import cmds

    (tmp_path / "set.mb").write_bytes(b"FOR4\x00\x00")
    scene = tmp_path / "shot.ma"
    scene.write_text('//Maya ASCII 2024 scene\nfile -r -ns "set" -dr 0 -rfn "setRN" -typ "mayaBinary" "set.mb";\n'
                     'requires maya "2024";\ncurrentUnit -l centimeter -a degree -t film;\n'
                     'createNode reference -n "setRN";\n')
    open_scene(str(scene))
    assert cmds.ls(type="reference") == ["setRN"]
    assert cmds.referenceQuery("setRN", filename=True) == str(tmp_path / "set.mb").replace("\\", "/")
    assert cmds.referenceQuery("setRN", isLoaded=True) is False


def test_a_saved_scene_reopens_with_its_layers_and_overrides(tmp_path):
    from maya import cmds

    from smedge_maya.collect import collect_scene

    open_scene(os.path.join(SCENES, "three_layers.ma"))
    before = collect_scene()
    path = str(tmp_path / "copy.ma")
    cmds.file(rename=path)
    assert cmds.file(save=True) == path
    cmds.file(new=True, force=True)
    open_scene(path, project=SCENES)
    after = collect_scene()
    assert [(layer.name, layer.start, layer.end, layer.cameras) for layer in after.layers] == [
        (layer.name, layer.start, layer.end, layer.cameras) for layer in before.layers]


def test_legacy_layers_made_through_the_api_apply_their_adjustments():
    from maya import cmds

    layer = cmds.createRenderLayer(name="bg", empty=True)
    cmds.editRenderLayerGlobals(currentRenderLayer=layer)
    cmds.editRenderLayerAdjustment("defaultRenderGlobals.endFrame")
    cmds.setAttr("defaultRenderGlobals.endFrame", 50)
    assert cmds.getAttr("defaultRenderGlobals.endFrame") == 50.0
    cmds.editRenderLayerGlobals(currentRenderLayer="defaultRenderLayer")
    assert cmds.getAttr("defaultRenderGlobals.endFrame") == 10.0


def test_ui_commands_fail_in_batch_mode():
    import maya.standalone
    from maya import cmds, mel

    maya.standalone.initialize()
    try:
        assert cmds.about(batch=True) is True and mel.eval("$tmp = $gMainWindow") == ""
        with pytest.raises(RuntimeError):
            cmds.menu("x", parent="MayaWindow")
    finally:
        maya.standalone.uninitialize()


def test_switching_layers_is_undoable_and_marks_the_scene_modified():
    from maya import cmds

    from maya_helpers import SCENES, open_scene

    open_scene(os.path.join(SCENES, "three_layers.ma"))
    cmds.editRenderLayerGlobals(currentRenderLayer="rs_beauty")
    assert cmds.file(query=True, modified=True)
    cmds.undoInfo(openChunk=True)
    cmds.editRenderLayerGlobals(currentRenderLayer="rs_volumes")
    cmds.editRenderLayerGlobals(currentRenderLayer="defaultRenderLayer")
    cmds.undoInfo(closeChunk=True)
    cmds.undo()
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "rs_beauty"
    cmds.undo()
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "defaultRenderLayer"
    with pytest.raises(TypeError):
        cmds.undoInfo(openChunks=True)
