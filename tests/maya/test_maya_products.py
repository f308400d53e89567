"""The renderer -> product choice goes through integrations.products (the manual's product names, the
studio's renderers first), and the host's checks name a product the master does not have."""
import json
import os
import shutil

import pytest

from maya_helpers import SCENES, SHARED, open_scene
from integrations.host import collect

import smedge_core


@pytest.mark.parametrize("scene, product", [
    ("arnold_aovs.ma", "Arnold for Maya"), ("vray_elements.ma", "V-Ray for Maya"),
    ("redshift_aovs.ma", "Redshift for Maya"), ("renderman_displays.ma", "RenderMan for Maya"),
    ("cameras.ma", "Maya Hardware Renderer"),
    (os.path.join(SHARED, "..", "corpus", "maya", "maya-test", "scene", "maya-test.ma"), "Maya Software Renderer")])
def test_each_renderer_takes_the_manuals_product(scene, product):
    from smedge_maya.host import MayaHost

    open_scene(os.path.join(SCENES, scene))
    graph = collect(MayaHost())
    assert {graph.value(j, "Type") for j in graph} == {product}


def test_a_product_the_master_lacks_is_a_finding_naming_the_studio_file(local_master, tmp_path, monkeypatch):
    from smedge_maya.host import MayaHost

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "arnold_aovs.ma"), path)
    open_scene(path, project=str(tmp_path))
    studio = tmp_path / "studio.json"
    studio.write_text(json.dumps({"version": 1, "hosts": {"maya": {"renderers": {"arnold": "Maya Arnold"}}}}),
                      encoding="utf-8")
    monkeypatch.setenv("SMEDGE_SUBMIT_CONFIG", str(studio))
    smedge_core.get_product_info()  # a validation fetched it before (host checks ask the master nothing)
    host = MayaHost()
    graph = collect(host)
    [found] = [f for check in host.checks() for f in check(graph) if f.field == "Type"]
    assert found.job_name == "shot.ma - masterLayer"
    assert f"product 'Maya Arnold' (from hosts.maya.renderers.arnold in {studio}) is not on this Smedge master" \
        in found.message
    monkeypatch.delenv("SMEDGE_SUBMIT_CONFIG")
    host = MayaHost()
    graph = collect(host)
    assert [f for check in host.checks() for f in check(graph) if f.field == "Type"] == []
