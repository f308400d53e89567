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
