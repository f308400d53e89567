"""The fake hou behaves as SideFX documents Houdini (the walk's tests rely on it)."""
import os

import pytest

import hou


def test_create_node_defaults_and_paths(out):
    mantra = out.createNode("ifd", "beauty")
    assert mantra.path() == "/out/beauty" and hou.node("/out/beauty") is mantra
    assert mantra.type().name() == "ifd" and mantra.type().category().name() == "Driver"
    assert mantra.parm("trange").eval() == 0 and mantra.parm("trange").evalAsString() == "off"
    assert mantra.parmTuple("f").eval() == (1001.0, 1010.0, 1.0)
    assert mantra.parm("f1").expression() == "$FSTART"
    assert mantra.parm("vm_picture").unexpandedString() == "$HIP/render/$HIPNAME.$OS.$F4.exr"
    assert mantra.parm("vm_picture").evalAtFrame(1002) == os.path.join(
        os.path.dirname(hou.hipFile.path()), "render", "shot010.beauty.1002.exr")
    assert out.createNode("ifd").name() == "mantra1"
    assert out.createNode("geometry").parm("initsim").eval() == 0
    assert out.createNode("fetch").parm("source").eval() == ""
    assert out.createNode("switch").parm("index").eval() == 0
    assert out.parm("nothing") is None and hou.node("/out/nothing") is None


def test_create_node_refuses_what_houdini_refuses(out):
    with pytest.raises(hou.OperationFailed):
        out.createNode("no_such_type")
    with pytest.raises(hou.OperationFailed):
        hou.node("/obj").createNode("ifd")  # a ROP outside a ROP network
    with pytest.raises(hou.OperationFailed):
        out.createNode("ifd", "bad name")
    assert issubclass(hou.OperationFailed, hou.Error)


def test_inputs_are_padded_and_loops_and_other_networks_refused(out):
    a, b, c = (out.createNode("ifd", name) for name in "abc")
    c.setInput(2, a)
    assert c.inputs() == (None, None, a)
    c.setInput(0, b)
    assert c.inputs() == (b, None, a)
    with pytest.raises(hou.OperationFailed):
        a.setInput(0, c)
    other = hou.node("/obj").createNode("ropnet").createNode("ifd")
    with pytest.raises(hou.OperationFailed):
        c.setInput(1, other)
    c.setInput(2, None)
    assert c.inputs() == (b,)


def test_set_keeps_an_expression_until_its_keyframes_are_deleted(out):
    rop = out.createNode("ifd")
    rop.parm("f1").set(5)
    assert rop.parm("f1").eval() == 1001.0
    rop.parm("f1").deleteAllKeyframes()
    rop.parm("f1").set(5)
    assert rop.parm("f1").eval() == 5.0
    rop.parm("trange").set("on")
    assert rop.parm("trange").eval() == 2
    with pytest.raises(hou.InvalidInput):
        rop.parm("trange").set("sometimes")
    with pytest.raises(hou.TypeError):
        rop.parm("f2").set("ten")


def test_hip_file_state(tmp_path):
    hou.hipFile.clear(suppress_save_prompt=True)
    assert hou.hipFile.isNewFile() and not hou.hipFile.hasUnsavedChanges()
    assert hou.hipFile.basename() == "untitled.hip"
    hou.node("/out").createNode("null")
    assert hou.hipFile.hasUnsavedChanges()
    hou.hipFile.save(str(tmp_path / "a" / "b.hip"))
    assert not hou.hipFile.isNewFile() and not hou.hipFile.hasUnsavedChanges()
    assert os.path.isfile(str(tmp_path / "a" / "b.hip"))
    (tmp_path / "ro").mkdir()
    os.chmod(str(tmp_path / "ro"), 0o500)
    try:
        if not os.access(str(tmp_path / "ro"), os.W_OK):  # root can write anyway
            with pytest.raises(hou.OperationFailed):
                hou.hipFile.save(str(tmp_path / "ro" / "c.hip"))
    finally:
        os.chmod(str(tmp_path / "ro"), 0o700)


def test_flags_exist_on_rops_only(out):
    rop = out.createNode("ifd")
    rop.bypass(True)
    rop.setLocked(True)
    assert rop.isBypassed() and rop.isLocked()
    assert isinstance(rop, hou.RopNode)
    geo = hou.node("/obj").createNode("geo")
    assert not hasattr(geo, "isBypassed")
    sop_rop = geo.createNode("rop_geometry")
    sop_rop.bypass(True)
    assert sop_rop.isBypassed() and not hasattr(sop_rop, "isLocked")


def test_button_callbacks_run_python_with_kwargs(out):
    null = out.createNode("null")
    group = null.parmTemplateGroup()
    callback = "kwargs['node'].setUserData('pressed', kwargs['parm_name'])"
    group.append(hou.ButtonParmTemplate("press", "Press", script_callback=callback,
                                        script_callback_language=hou.scriptLanguage.Python))
    group.append(hou.IntParmTemplate("count", "Count", 1, default_value=(3,)))
    null.setParmTemplateGroup(group)
    assert null.parm("count").eval() == 3
    null.parm("press").pressButton()
    assert null.userData("pressed") == "press"
    assert null.parmTemplateGroup().find("press").tags()["script_callback_language"] == "python"
