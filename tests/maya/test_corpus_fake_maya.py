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
