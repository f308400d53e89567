"""Every real scene under tests/data/scenes/maya: the layers, frame ranges, cameras (and renderer, prefix,
resolution, output folders) that AWS Deadline Cloud collected from it in real Maya (expected.json)."""
import glob
import json
import os
import posixpath

import pytest

from maya_helpers import SHARED, open_scene

CASES = sorted(glob.glob(os.path.join(SHARED, "*", "expected.json")))


def test_the_real_scenes_are_there():
    assert len(CASES) == 4, f"the real Maya scenes are missing from {SHARED}"


def load(case):
    with open(case, encoding="utf-8") as stream:
        expected = json.load(stream)
    scene = os.path.join(os.path.dirname(case), "scene", expected["scene_file"])
    return expected, scene


def normalized(path, scene):
    return path.replace("/normalized/job/bundle/dir", os.path.dirname(scene).replace("\\", "/"))


@pytest.mark.parametrize("case", CASES, ids=lambda c: os.path.basename(os.path.dirname(c)))
def test_build_graph_gives_the_layers_ranges_and_cameras_real_maya_rendered(case):
    import smedge_maya

    expected, scene = load(case)
    open_scene(scene)
    graph = smedge_maya.build_graph(split=True)
    found = {}
    for job_id in graph:
        name = graph.value(job_id, "Name")
        scene_file, layer, camera = name.split(" - ")
        assert scene_file == expected["job_name"]
        assert graph.value(job_id, "Extra") == "-rl {} -cam {}".format(
            next(item["render_layer_node"] for item in expected["rendered_layers"] if item["display_name"] == layer),
            camera)
        entry = found.setdefault(layer, {"frames": set(), "cameras": [], "dirs": []})
        entry["frames"].add(graph.value(job_id, "Range"))
        entry["cameras"].append(camera)
        entry["dirs"].extend(posixpath.dirname(p) for p in graph.value(job_id, "ImageFormat"))
    assert sorted(found) == sorted(item["display_name"] for item in expected["rendered_layers"])
    for layer in expected["rendered_layers"]:
        entry = found[layer["display_name"]]
        assert entry["frames"] == {layer["frames"]}, layer["display_name"]
        assert sorted(entry["cameras"]) == layer["cameras"], layer["display_name"]
        assert sorted(entry["dirs"]) == [normalized(d, scene) for d in layer["output_directories"]]


@pytest.mark.parametrize("case", CASES, ids=lambda c: os.path.basename(os.path.dirname(c)))
def test_collection_reads_renderer_prefix_and_resolution_as_each_layer_sees_them(case):
    from maya import cmds
    from smedge_maya.collect import collect_scene

    expected, scene = load(case)
    open_scene(scene)
    record = collect_scene()
    layers = {layer.name: layer for layer in record.layers}
    for want in expected["rendered_layers"]:
        got = layers[want["display_name"]]
        assert (got.node, got.renderer, got.prefix, got.width, got.height) == (
            want["render_layer_node"], want["renderer"], want["output_file_prefix"], want["image_width"],
            want["image_height"])
    assert record.project + "/" == normalized(expected["expected_parameter_values"]["ProjectPath"], scene)
    assert record.images == normalized(expected["expected_parameter_values"]["OutputFilePath"], scene)
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "defaultRenderLayer"
    assert not cmds.file(query=True, modified=True)
    assert not {item["render_layer_node"] for item in expected["not_rendered_layers"]} & {
        layer.node for layer in record.layers}


@pytest.mark.parametrize("case", CASES, ids=lambda c: os.path.basename(os.path.dirname(c)))
def test_references_are_reported_as_the_scene_holds_them(case):
    from smedge_maya.collect import collect_scene

    expected, scene = load(case)
    open_scene(scene)
    record = collect_scene()
    assert sorted(r.node for r in record.references) == sorted(
        f["reference_node"] for f in expected["referenced_files"])
    assert not any(r.loaded for r in record.references)  # every shared scene saved them deferred (file -r -dr 1)
