"""Issue 19, items 3 and 4 in the shared layer: renderer -> product maps resolved against the master's
products, and the farm controls in studio defaults and Pyblish data, checked against the product."""
import json

import pytest

import smedge_core
from integrations import products, studio
from integrations.graph import JobGraph
from integrations.pyblish import instances
from integrations.validate import ERROR, validate

#: The renderers each host must map (issue 19), and the manual's product for each.
EXPECTED = {
    ("maya", "arnold"): "Arnold for Maya", ("maya", "redshift"): "Redshift for Maya",
    ("maya", "vray"): "V-Ray for Maya", ("maya", "renderman"): "RenderMan for Maya",
    ("maya", "mayaSoftware"): "Maya Software Renderer", ("maya", "mayaHardware2"): "Maya Hardware Renderer",
    ("houdini", "ifd"): "Houdini", ("houdini", "karma"): "Houdini", ("houdini", "Redshift_ROP"): "Houdini",
    ("houdini", "arnold"): "Houdini", ("houdini", "hrender"): "HRender", ("nuke", "Write"): "Nuke",
    ("blender", "CYCLES"): "Blender", ("maya", "someNewRenderer"): "Maya",
}


def write_config(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("host, renderer", sorted(EXPECTED))
def test_each_renderer_maps_to_the_manuals_product(host, renderer):
    assert products.product_for(host, renderer) == EXPECTED[host, renderer]


def test_the_local_master_knows_every_mapped_product_but_blender(farm):
    names = {name for table in products.RENDERER_PRODUCTS.values() for name in table.values()}
    missing = {name for name in names if products.find_product(name) is None}
    assert missing <= {"Blender"}  # the Blender product is another change's (smedge_core/sandbox/products.py)


def test_products_resolve_by_name_alias_or_id_regardless_of_case(farm):
    maya = smedge_core.get_product_info("Maya")
    assert products.find_product("rEDSHIFT FOR mAYA").name == "Redshift for Maya"
    assert products.find_product("mayarender") is maya and products.find_product(str(maya.type).upper()) is maya
    assert products.find_product("Maya Redshift") is None


def test_a_studio_mapping_wins_and_a_missing_product_names_the_studio_file(farm, tmp_path, monkeypatch):
    path = write_config(tmp_path / "studio.json", {"version": 1, "hosts": {"maya": {"renderers": {
        "redshift": "Maya Redshift"}}}})
    monkeypatch.setenv(studio.CONFIG_ENV, path)
    defaults = studio.load("maya")
    graph = JobGraph()
    bad = graph.add_job({"Name": "rs", "Type": products.product_for("maya", "redshift", defaults), "Scene": "/a.mb"})
    graph.add_job({"Name": "ai", "Type": products.product_for("maya", "arnold", defaults), "Scene": "/a.mb"})
    [finding] = products.product_findings(graph, "maya", defaults)
    assert (finding.severity, finding.job_id, finding.field) == (ERROR, bad, "Type")
    assert f"'Maya Redshift' (from hosts.maya.renderers.redshift in {path})" in finding.message
    assert "Redshift for Maya" in finding.message  # what the master has, so the TD can pick


def test_a_missing_product_from_the_built_in_table_names_the_table(farm):
    graph = JobGraph()
    graph.add_job({"Name": "b", "Type": products.product_for("blender", "cycles"), "Scene": "/a.blend"})
    known = [p for p in smedge_core.get_product_info() if p.name != "Blender"]
    [finding] = products.product_findings(graph, "blender", products=known)
    assert "integrations.products.RENDERER_PRODUCTS['blender']['cycles']" in finding.message


def test_unknown_host_is_named():
    with pytest.raises(ValueError, match="host 'max' is not one of blender, houdini, maya, nuke"):
        products.product_for("max", "scanline")


def test_farm_controls_a_product_offers(farm):
    names = [p.name for p in products.farm_controls("Arnold for Maya")]
    assert names == list(products.FARM_CONTROLS.values())
    with pytest.raises(ValueError, match="'Maya Redshift' is not on this Smedge master"):
        products.farm_controls("Maya Redshift")


def test_farm_controls_in_studio_defaults_per_host_and_product(farm, tmp_path, monkeypatch):
    path = write_config(tmp_path / "studio.json", {"version": 1,
        "products": {"Redshift for Maya": {"gpus": 2, "cpus": -1, "stagger_mode": "Per Engine"}},
        "hosts": {"maya": {"gpus": 1, "ram": -1, "detect_errors": False, "error_starts": ["Error:"],
                           "note": "from the studio", "distribute_mode": "Reverse", "usage_limit": 4,
                           "stagger_start": 2, "stagger_count": 3, "finish_disposition": "Archive",
                           "cpus": "all", "stagger_count ": 1}}})
    monkeypatch.setenv(studio.CONFIG_ENV, path)
    defaults = studio.load("maya")
    values = defaults.job_values("Redshift for Maya")
    assert values == {"GPUs": 2, "CPUs": -1, "RAM": -1, "DetectErrors": False, "ErrorStarts": ["Error:"],
                      "Note": "from the studio", "DistributeMode": "Reverse", "UsageLimit": 4, "StaggerStart": 2,
                      "StaggerCount": 3, "StaggerMode": "Per Engine", "FinishDisposition": "Archive"}
    assert sorted(f.field for f in defaults.findings) == ["hosts.maya.cpus", "hosts.maya.stagger_count "]
    assert "'all' is not a whole number (-1 or more)" in next(
        f.message for f in defaults.findings if f.field == "hosts.maya.cpus")
    job = smedge_core.conform_job(dict(values, Type="Redshift for Maya", Scene="/a.mb"))
    assert (job["GPUs"], job["CPUs"], job["DistributeMode"], job["StaggerMode"], job["FinishDisposition"],
            job["ErrorStarts"], job["DetectErrors"]) == ("2", "-1", "1", "1", "1", "Error:", "0")


@pytest.mark.parametrize("name, value, words", [
    ("CPUs", -2, "CPUs: -2 is not within -1.."),
    ("DistributeMode", "Sideways", "DistributeMode: 'Sideways' is not one of"),
    ("StaggerMode", "Sometimes", "StaggerMode: 'Sometimes' is not one of"),
    ("FinishDisposition", "Shred", "FinishDisposition: 'Shred' is not one of"),
    ("UsageLimit", -1, "UsageLimit: -1 is not within 0.."),
    ("DetectErrors", "maybe", "DetectErrors: 'maybe' is not a boolean"),
])
def test_conform_job_checks_each_farm_control_against_the_product(farm, name, value, words):
    graph = JobGraph()
    job_id = graph.add_job({"Name": "j", "Type": "Arnold for Maya", "Scene": "/a.mb", name: value})
    [finding] = [f for f in validate(graph, pools=[]) if f.field == name]
    assert finding.severity == ERROR and finding.job_id == job_id and words in finding.message


def test_farm_controls_in_pyblish_instance_data(farm):
    import pyblish.api

    context = pyblish.api.Context()
    context.create_instance("beauty", family="smedge.render", smedgeJob={
        "Name": "beauty", "Type": "Arnold for Maya", "Scene": "/a.mb", "CPUs": -1, "GPUs": 1, "RAM": -1,
        "StaggerStart": 2, "StaggerCount": 4, "StaggerMode": "Per Job", "Note": "lookdev", "UsageLimit": 3})
    context.create_instance("bad", family="smedge.render", smedgeJob={
        "Name": "bad", "Type": "Arnold for Maya", "Scene": "/a.mb", "GPUs": -3})
    graph, _ = instances.graph_of(context)
    findings = [f for f in validate(graph, pools=[]) if f.severity == ERROR]
    assert [(f.job_name, f.field) for f in findings] == [("bad", "GPUs")]
    beauty = next(j for j in graph if graph.value(j, "Name") == "beauty")
    assert smedge_core.conform_job(graph.job(beauty))["StaggerCount"] == "4"
