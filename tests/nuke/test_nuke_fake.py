"""The fake nuke behaves as Nuke does where the submitter relies on it: the .nk reader, knobs, errors."""
import pytest

import nuke

SCRIPT = r'''#! /opt/Nuke15.0v4/libnuke-15.0.4.so -nx
version 15.0 v4
Root {
 inputs 0
 name /somewhere/else/edge.nk
 first_frame 1001
 last_frame 1010
 views "left #ff0000
right #00ff00"
}
Constant {
 inputs 0
 name Constant1
}
set Nc [stack 0]
Read {
 inputs 0
 file "/plates/a b/plate.\[frame].exr"
 name Read1
}
push 0
push $Nc
Merge2 {
 inputs 3
 label "quote \" brace \{ bracket \] backslash \\"
 note_font {Verdana {bold}}
 name Merge1
}
Group {
 inputs 2
 name Outer
}
 Input {
  inputs 0
  name Input1
 }
 Input {
  inputs 0
  name Input2
  number 1
 }
 Group {
  name Inner
 }
  Write {
   file "\[value parent.parent.name]/\[value root.first_frame].exr"
   name DeepInside
  }
  Output {
   name Output1
  }
 end_group
 Output {
  name Output1
 }
end_group
'''


@pytest.fixture
def edge(tmp_path):
    path = tmp_path / "edge.nk"
    path.write_text(SCRIPT, encoding="utf-8")
    nuke.scriptOpen(str(path))
    return path


def test_the_stack_wires_inputs_with_push_0_as_an_empty_input(edge):
    merge = nuke.toNode("Merge1")
    assert [merge.input(i) and merge.input(i).name() for i in range(3)] == ["Constant1", None, "Read1"]
    outer = nuke.toNode("Outer")
    assert [outer.input(i).name() for i in range(2)] == ["Merge1", "Constant1"]
    assert nuke.toNode("Outer.Inner").input(0).name() == "Input2"
    assert [n.fullName() for n in nuke.allNodes("Write", recurseGroups=True)] == ["Outer.Inner.DeepInside"]
    assert nuke.allNodes("Write") == [] and nuke.allNodes("DeepWrite", recurseGroups=True) == []


def test_quotes_braces_and_escapes(edge):
    assert nuke.toNode("Merge1")["label"].value() == 'quote " brace { bracket ] backslash \\'
    assert nuke.toNode("Merge1")["note_font"].value() == "Verdana {bold}"
    assert nuke.toNode("Read1")["file"].value() == "/plates/a b/plate.[frame].exr"
    assert nuke.toNode("Read1")["file"].evaluate() == "/plates/a b/plate.1.exr"


def test_root_name_is_the_opened_path_and_tcl_sees_it(edge):
    assert nuke.root().name() == str(edge) and nuke.script_directory() == str(edge.parent)
    assert nuke.views() == ["left", "right"]
    assert (nuke.root().firstFrame(), nuke.root().lastFrame(), nuke.root().modified()) == (1001, 1010, False)
    assert nuke.toNode("Outer.Inner.DeepInside")["file"].getEvaluatedValue() == "Outer/1001.exr"


def test_errors_as_nuke_raises_them(edge, tmp_path):
    write = nuke.toNode("Outer.Inner.DeepInside")
    assert nuke.toNode("NoSuchNode") is None and write.knob("nothing") is None
    with pytest.raises(NameError, match="knob nothing does not exist"):
        write["nothing"]
    write["file"].setValue("[unknown_command]")
    with pytest.raises(RuntimeError, match='invalid command name "unknown_command"'):
        write["file"].getEvaluatedValue()
    with pytest.raises(RuntimeError, match="already open"):
        nuke.scriptOpen(str(edge))
    nuke.scriptClear()
    with pytest.raises(RuntimeError, match="No such file"):
        nuke.scriptOpen(str(tmp_path / "missing.nk"))
    (tmp_path / "bad.nk").write_text("Root {\n name x\n}\nWrite {\n file {unbalanced\n}\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"bad\.nk: line 4: unbalanced braces"):
        nuke.scriptOpen(str(tmp_path / "bad.nk"))
    assert nuke.allNodes() == []


def test_save_writes_a_script_that_opens_the_same(edge, tmp_path):
    nuke.toNode("Merge1")["label"].setValue("edited [not evaluated] {braces}")
    assert nuke.root().modified()
    copy = tmp_path / "copy.nk"
    assert nuke.scriptSave(str(copy)) is True
    before = [(n.fullName(), n.Class(), [n.input(i) and n.input(i).fullName() for i in range(n.inputs())])
              for n in nuke.allNodes(recurseGroups=True)]
    nuke.scriptClear()
    nuke.scriptOpen(str(copy))
    after = [(n.fullName(), n.Class(), [n.input(i) and n.input(i).fullName() for i in range(n.inputs())])
             for n in nuke.allNodes(recurseGroups=True)]
    assert after == before
    assert nuke.toNode("Merge1")["label"].value() == "edited [not evaluated] {braces}"
    assert nuke.views() == ["left", "right"]


def test_groups_begin_end_and_create_nodes_inside():
    group = nuke.nodes.Group(name="Comp")
    with group:
        write = nuke.createNode("Write")
    assert write.fullName() == "Comp.Write1" and nuke.thisGroup() is nuke.root()
    assert nuke.toNode("Comp.Write1") is write and group.nodes() == [write]
    top = nuke.createNode("Write", "file {/renders/a b.####.exr} use_limit true first 5")
    assert top.fullName() == "Write1" and top["file"].value() == "/renders/a b.####.exr"
    assert top["file"].getEvaluatedValue() == "/renders/a b.%04d.exr"  # Nuke's notation; value() keeps ####
    assert (top["use_limit"].value(), top["first"].value()) == (True, 5)
    assert nuke.createNode("Grade").input(0) is top  # connected to the selected node


def test_menus_exist_only_in_the_gui(monkeypatch):
    item = nuke.menu("Nuke").addCommand("Render/Smedge/Test", lambda: None)
    assert nuke.menu("Nuke").findItem("Render/Smedge/Test") is item and nuke.menu("Nowhere") is None
    monkeypatch.setattr(nuke, "GUI", False)
    with pytest.raises(RuntimeError, match="not running in GUI mode"):
        nuke.menu("Nuke")


def test_the_write_file_type_knob_lists_what_nuke_writes():
    write = nuke.nodes.Write()
    values = write["file_type"].values()
    assert values[0] == "" and {"exr", "dpx", "mov", "mxf", "tiff"} <= set(values)
    write["file_type"].setValue("mxf")
    with pytest.raises(ValueError, match="psd"):
        write["file_type"].setValue("psd")  # not a writer Nuke has
