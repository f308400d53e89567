"""Issue 19, item 4: the farm controls in headless submit and export, as keywords of every host's entry
points (here Nuke's), checked by conform_job against each job's product."""
import pytest

import smedge_nuke
from integrations.export import read_graph
from integrations.validate import ValidationError


def test_farm_controls_given_to_the_entry_points_reach_every_job(open_script, farm, tmp_path):
    open_script("precomp.nk")
    graph = smedge_nuke.build_graph(cpus=4, detect_errors=True, note="from a script")
    assert {(graph.value(j, "CPUs"), graph.value(j, "DetectErrors"), graph.value(j, "Note")) for j in graph} == {
        (4, True, "from a script")}
    exported = read_graph(smedge_nuke.export(str(tmp_path / "jobs"), ram=-1).json_file)
    assert {exported.value(j, "RAM") for j in exported} == {-1}


def test_a_farm_control_the_product_refuses_is_a_finding_naming_it(open_script, farm, tmp_path):
    open_script("precomp.nk")
    with pytest.raises(ValidationError) as raised:
        smedge_nuke.export(str(tmp_path / "jobs"), cpus=-5)
    assert any(f.field == "CPUs" and "-5" in f.message for f in raised.value.findings), raised.value.findings


def test_an_unknown_keyword_is_still_refused(open_script, farm):
    open_script("precomp.nk")
    with pytest.raises(ValueError, match=r"Unknown Nuke option\(s\) 'cpu'; known: .*; farm controls: cpus, "):
        smedge_nuke.build_graph(cpu=4)
