"""What real .nk files hold that the fake Nuke must read as Nuke does (found running public files)."""
import pytest

import nuke


def test_a_script_in_another_encoding_loads(tmp_path):
    """WuLiFang's smoke.nk has GBK labels: Nuke reads the bytes; the fake replaces what is not UTF-8."""
    script = tmp_path / "gbk.nk"
    script.write_bytes(b"Read {\n inputs 0\n file /x.####.exr\n label \xc7\xe5\xc0\xedP\n name Read1\n}\n")
    nuke.scriptOpen(str(script))
    assert nuke.toNode("Read1")["file"].value() == "/x.####.exr"


def test_a_clone_copied_from_another_session_is_a_plain_node(tmp_path):
    """Nuke writes ``clone node<address>|<Class>|<pid> <Class> {`` when a clone is copied to the clipboard;
    the original lives in the other session, so the pasted node is one of that class with those knobs."""
    script = tmp_path / "paste.nk"
    script.write_text("set cut_paste_input [stack 0]\nversion 10.0 v4\n"
                      "clone node18e3d27400|Read|13140 Read {\n inputs 0\n file /a.####.exr\n last 74\n"
                      " name Read1\n}\nWrite {\n file /b.####.exr\n name Write1\n}\n", encoding="utf-8")
    nuke.scriptOpen(str(script))
    read = nuke.toNode("Read1")
    assert read.Class() == "Read" and read["last"].value() == 74
    assert nuke.toNode("Write1").input(0) is read


def test_a_toolset_pushing_cut_paste_input_it_never_set_loads_with_no_input(tmp_path):
    """The Nuke Survival Toolkit's NST_LightSwitchPuppet.nk pushes $cut_paste_input without the clipboard's
    ``set cut_paste_input [stack 0]`` line (Nuke's paste defines it); the next node gets no input."""
    script = tmp_path / "toolset.nk"
    script.write_text("Group {\n name G1\n}\nend_group\npush $cut_paste_input\nGrade {\n name Grade1\n}\n",
                      encoding="utf-8")
    nuke.scriptOpen(str(script))
    assert nuke.toNode("Grade1").input(0) is None


def test_any_other_unset_variable_still_fails_the_load(tmp_path):
    script = tmp_path / "broken.nk"
    script.write_text("push $N1234\nGrade {\n name Grade1\n}\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"push \$N1234: no such variable"):
        nuke.scriptOpen(str(script))


def test_a_live_group_holds_its_nodes_up_to_end_group(tmp_path):
    """LiveGroup (Nuke 11+) and VariableGroup (Nuke 16) are Groups: a script holds their nodes up to
    end_group, and a Write inside is found through the group."""
    script = tmp_path / "live.nk"
    script.write_text("version 16.0 v2\nRoot {\n inputs 0\n first_frame 1001\n last_frame 1010\n"
                      " views {{left \"\"} {right \"\"}}\n}\n"
                      "LiveGroup {\n inputs 0\n file /comp/live.nk\n name LiveGroup1\n}\n"
                      " Constant {\n  inputs 0\n  name Constant1\n }\n"
                      " Write {\n  file /out/%V/a.####.exr\n  views {left right}\n  name Write1\n }\n"
                      "end_group\nVariableGroup {\n inputs 0\n name VariableGroup1\n}\nend_group\n",
                      encoding="utf-8")
    nuke.scriptOpen(str(script))
    live = nuke.toNode("LiveGroup1")
    assert isinstance(live, nuke.Group) and live.Class() == "LiveGroup"
    assert [n.fullName() for n in nuke.allNodes("Write", recurseGroups=True)] == ["LiveGroup1.Write1"]
    assert isinstance(nuke.toNode("VariableGroup1"), nuke.Group)


def test_a_gizmo_file_is_a_group_up_to_end_group(tmp_path):
    """A .gizmo file (WuLiFang's third-party gizmos, Nuke 7 to 12) opens with ``Gizmo {`` and its nodes."""
    script = tmp_path / "Glow.gizmo"
    script.write_text("version 7.0 v6\nGizmo {\n inputs 1\n}\n Input {\n  inputs 0\n  name Input1\n }\n"
                      " Blur {\n  size 10\n  name Blur1\n }\n Output {\n  name Output1\n }\nend_group\n",
                      encoding="utf-8")
    nuke.scriptOpen(str(script))
    gizmo = nuke.allNodes("Gizmo")[0]
    assert isinstance(gizmo, nuke.Group)
    assert [n.name() for n in gizmo.nodes()] == ["Input1", "Blur1", "Output1"]
