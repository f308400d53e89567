"""What real .ma files hold that the fake Maya must read as Maya does (found running public files)."""
from maya import cmds


def test_long_flag_names_are_read_as_their_short_names(tmp_path):
    """maya-usd's UsdExportConnectedAttr/anim_connected.ma writes ``createNode transform -shared -name "top"``
    and ``rename -uuid``: the long names of -s, -n and -uid (Autodesk's command reference)."""
    scene = tmp_path / "long.ma"
    scene.write_text('//Maya ASCII 2023 scene\nrequires maya "2023";\n'
                     'createNode transform -name "box" -skipSelect;\n\trename -uuid "ABC";\n'
                     'createNode mesh -name "boxShape" -parent "box";\n'
                     'connectAttr "boxShape.iog" ":initialShadingGroup.dsm" -nextAvailable;\n',
                     encoding="utf-8")
    cmds.file(str(scene), open=True, force=True)
    assert cmds.file(query=True, errorStatus=True) is False
    assert cmds.listRelatives("boxShape", parent=True) == ["box"]


def test_a_path_through_an_instanced_transform_names_the_instance(tmp_path):
    """maya-usd's UsdExportInstancesTest.ma instances a shape under pCube3 and pCube3 under pCube4, then
    connects |pCube4|pCube3|pCubeShape2: a child of an instanced transform has a path under each instance."""
    scene = tmp_path / "instances.ma"
    scene.write_text('//Maya ASCII 2019 scene\nrequires maya "2019";\n'
                     'createNode transform -n "pCube1";\ncreateNode transform -n "pCube2" -p "pCube1";\n'
                     'createNode mesh -n "pCubeShape2" -p "|pCube1|pCube2";\n'
                     'createNode transform -n "pCube3" -p "pCube1";\ncreateNode transform -n "pCube4";\n'
                     'parent -s -nc -r -add "|pCube1|pCube2|pCubeShape2" "|pCube1|pCube3" ;\n'
                     'parent -s -nc -r -add "|pCube1|pCube3" "pCube4" ;\n'
                     'connectAttr "|pCube4|pCube3|pCubeShape2.iog" ":initialShadingGroup.dsm" -na;\n',
                     encoding="utf-8")
    cmds.file(str(scene), open=True, force=True)
    assert cmds.file(query=True, errorStatus=True) is False
    assert cmds.nodeType("|pCube4|pCube3|pCubeShape2") == "mesh"
    assert cmds.nodeType("|pCube1|pCube3|pCubeShape2") == "mesh"


def test_a_file_saved_in_a_layer_with_an_adjustment_of_an_unmodelled_attribute_loads(tmp_path):
    """A Maya 2012 Arnold test file is saved in layer gradientX (.crl 1) with a per-layer override of
    fluidShape1.tgr, an attribute the fake has no spec for: the file loads, in that layer, with its values."""
    scene = tmp_path / "saved_in_layer.ma"
    scene.write_text('//Maya ASCII 2012 scene\nrequires maya "2012";\n'
                     'createNode transform -n "fluid1";\ncreateNode fluidShape -n "fluidShape1" -p "fluid1";\n'
                     '\tsetAttr ".tgr" 5;\n'
                     'createNode renderLayerManager -n "renderLayerManager";\n\tsetAttr ".crl" 1;\n'
                     '\tsetAttr ".rlmi[1]" 1;\n'
                     'createNode renderLayer -n "defaultRenderLayer";\n\tsetAttr ".g" yes;\n'
                     '\tsetAttr ".adjs[0].val" 8;\n'
                     'createNode renderLayer -n "gradientX";\n\tsetAttr ".g" yes;\n\tsetAttr ".adjs[0].val" 5;\n'
                     'connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";\n'
                     'connectAttr "renderLayerManager.rlmi[1]" "gradientX.rlid";\n'
                     'connectAttr "fluidShape1.tgr" "defaultRenderLayer.adjs[0].plg";\n'
                     'connectAttr "fluidShape1.tgr" "gradientX.adjs[0].plg";\n', encoding="utf-8")
    cmds.file(str(scene), open=True, force=True)
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "gradientX"
    assert cmds.getAttr("fluidShape1.tgr") == 5
