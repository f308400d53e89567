"""What issue 17 found the fake Nuke refusing in real scripts, in small scripts of the same shape: node
classes of any case, clones, expressions on boolean knobs, names resolved through the parent Group, and an
expression the fake cannot evaluate failing when its knob is read, never the load."""
import pytest

import nuke

SCRIPT = """Root {
 inputs 0
 first_frame 10
 last_frame 20
}
afanasy {
 inputs 0
 name afanasy1
 job_name "[value root.name]"
}
Group {
 inputs 0
 name Precomp
 addUserKnob {3 start}
 start 5
 addUserKnob {6 crop_bbox +STARTLINE}
 crop_bbox true
}
 Read {
  inputs 0
  first {{start}}
  last {{start + 10}}
  name Read1
 }
 Grade {
  name Grade1
  disable {{!parent.crop_bbox}}
  white 2
 }
 set C1 [stack 0]
 Write {
  file out.####.exr
  name Write1
  disable {{"parent.no_such_knob != 0"}}
 }
push $C1
clone $C1 {
  xpos 10
 }
end_group
"""


@pytest.fixture
def script(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "issue17.nk"
    path.write_text(SCRIPT, encoding="utf-8")
    nuke.scriptOpen(str(path))


def test_a_lowercase_plugin_class_loads_with_its_knobs(script):
    node = nuke.toNode("afanasy1")
    assert node.Class() == "afanasy" and node["job_name"].value() == "[value root.name]"


def test_a_bare_name_in_an_expression_is_the_groups_knob(script):
    read = nuke.toNode("Precomp.Read1")
    assert (read["first"].value(), read["last"].value()) == (5, 15)


def test_a_boolean_knob_holds_an_expression(script):
    grade = nuke.toNode("Precomp.Grade1")
    assert grade["disable"].hasExpression() and grade["disable"].value() is False
    nuke.toNode("Precomp")["crop_bbox"].setValue(False)
    assert grade["disable"].value() is True


def test_a_clone_shares_the_knobs_of_its_original(script):
    grades = nuke.allNodes("Grade", group=nuke.toNode("Precomp"))
    assert len(grades) == 2 and grades[0].name() != grades[1].name()
    grades[0]["white"].fromScript("3")
    assert grades[1]["white"].value() == "3"


def test_an_expression_the_fake_cannot_evaluate_fails_when_read_not_when_loaded(script):
    write = nuke.toNode("Precomp.Write1")
    with pytest.raises(RuntimeError, match=r"Precomp\.Write1.*parent\.no_such_knob.*no such knob"):
        write["disable"].value()


def test_an_animated_knob_reads_its_curve_at_the_current_frame(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "curve.nk"
    path.write_text("Root {\n inputs 0\n frame 5\n}\nSwitch {\n inputs 0\n which {{curve x1 0 x9 8}}\n name S\n}\n"
                    "Switch {\n inputs 0\n which {{curve K x1 1}}\n name K\n}\n", encoding="utf-8")
    nuke.scriptOpen(str(path))
    assert nuke.toNode("S")["which"].value() == 4.0 and nuke.toNode("K")["which"].value() == 1.0
