"""The add-on's glue that needs no bpy: Blender's file name rules, jobs, checks. Run in every leg.

The expected file names are those real Blender 5.3 (bpy) wrote or returned from ``render.frame_path()``
here; ``test_blender_bpy.py`` checks the same rules against live Blender where bpy imports.
"""
import os
import subprocess
import sys

import pytest

from integrations.inputs import input_findings
from integrations.outputs import collisions
from integrations.studio import StudioDefaults
from integrations.validate import ERROR, WARNING
from smedge_blender import checks, jobs
from smedge_blender.records import (BlendRecord, FileOutputRecord, InputRecord, LibraryRecord, SceneRecord, camera_at,
                                    file_output_paths, frame_path, output_patterns, scene_outputs)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.parametrize("pattern, extension, expected", [
    ("/t/foo.png", ".png", "/t/foo.png0007.png"),
    ("/t/foo_####.png", ".png", "/t/foo_0007.png"),
    ("/t/foo.", ".png", "/t/foo.0007.png"),
    ("/t/a##b###c", ".png", "/t/a##b007c.png"),
    ("/t/dir/", ".png", "/t/dir/0007.png"),
    ("/t/foo_####.jpg", ".png", "/t/foo_0007.png"),
    ("/t/foo_####.PNG", ".png", "/t/foo_0007.PNG"),
    ("/t/foo_####.jpeg", ".jpg", "/t/foo_0007.jpeg"),
    ("/t/foo_####.txt", ".exr", "/t/foo_0007.txt.exr"),
    ("/t/foo.tif_#", ".jpg", "/t/foo.tif_7.jpg"),
    ("/t/foo_####.jpg", "", "/t/foo_0007.jpg"),
])
def test_frame_path_follows_blender(pattern, extension, expected):
    assert frame_path(pattern, 7, extension) == expected


def test_frame_numbers_wider_than_the_run_are_written_whole():
    assert frame_path("/t/foo_####.png", 12345, ".png") == "/t/foo_12345.png"


def _node(file_name, items, multilayer=False, extension=".png", layout=5, directory="/r/fo"):
    return FileOutputRecord("File Output", directory, file_name, items, extension, multilayer, layout)


@pytest.mark.parametrize("node, expected", [
    (_node("alpha_####", ["alpha", "depth"]), ["/r/fo/alpha_1001alpha.png", "/r/fo/alpha_1001depth.png"]),
    (_node("x_", ["col"], extension=".jpg"), ["/r/fo/x_col1001.jpg"]),
    (_node("", ["col"], extension=".jpg"), ["/r/fo/col1001.jpg"]),
    (_node("sub/q_###_", ["col"], extension=".jpg"), ["/r/fo/sub/q_1001_col.jpg"]),
    (_node("multi_", ["rgba"], multilayer=True, extension=".exr"), ["/r/fo/multi_1001.exr"]),
    (_node("", ["rgba"], multilayer=True, extension=".exr", directory="/r/ml"), ["/r/ml/1001.exr"]),
    (_node("", ["Image", "beauty_####"], layout=4), ["/r/fo/Image1001.png", "/r/fo/beauty_1001.png"]),
    (_node("", ["rgba"], True, ".exr", 4, "/r/ml/multi_"), ["/r/ml/multi_1001.exr"]),
    (_node("", ["rgba"], True, ".exr", 4, "/r/ml/"), ["/r/ml/1001.exr"]),
])
def test_file_output_paths(node, expected):
    assert file_output_paths(node, 1001) == expected


def _scene(name="Scene", **values):
    fields = dict(name=name, start=1, end=4, step=1, fps=24.0, engine="BLENDER_WORKBENCH",
                  filepath=f"/r/{name}/beauty_", extension=".png", movie=False, camera="Camera",
                  view_layers=["ViewLayer"])
    fields.update(values)
    return SceneRecord(**fields)


def _blend(*scenes, **values):
    return BlendRecord(values.pop("path", "/p/shot.blend"), False, scenes[0].name, list(scenes), **values)


#: ``BlenderHost.options`` and their defaults (``smedge_blender.host`` imports bpy; test_blender_bpy.py
#: checks this copy against it).
OPTIONS = {"all_scenes": False, "view_layers": False, "review": False}


def _options(**given):
    """Every option, at its default unless given, as the shared ``collect`` hands them to ``jobs.build``."""
    assert set(given) <= set(OPTIONS)
    return dict(OPTIONS, **given)


def test_camera_at_follows_the_markers():
    scene = _scene(markers=[(10, "camB"), (5, "camA"), (20, "camC")], camera="Camera")
    assert [camera_at(scene, f) for f in (1, 5, 9, 10, 19, 20, 99)] == [
        "camA", "camA", "camA", "camB", "camB", "camC", "camC"]
    assert camera_at(_scene(), 3) == "Camera"


def test_outputs_include_file_output_nodes_only_when_compositing():
    node = _node("alpha_####", ["alpha"])
    scene = _scene(file_outputs=[node], compositing=False)
    assert scene_outputs(scene, 2) == ["/r/Scene/beauty_0002.png"]
    scene.compositing = True
    assert scene_outputs(scene, 2) == ["/r/Scene/beauty_0002.png", "/r/fo/alpha_0002alpha.png"]
    assert output_patterns(scene) == ["/r/Scene/beauty_%04d.png", "/r/fo/alpha_%04dalpha.png"]


def test_one_job_per_active_scene_by_default():
    blend = _blend(_scene("Main", start=1001, end=1010, step=2), _scene("Other"))
    graph = jobs.build(blend, _options(), StudioDefaults("blender"))
    (job,) = graph.jobs()
    assert {k: v for k, v in job.items() if k != "ID"} == {
        "Name": "shot.blend - Main", "Type": "Blender", "Scene": "/p/shot.blend", "SceneName": "Main",
        "Range": "1001-1009x2", "ImageFormat": ["/r/Main/beauty_%04d.png"]}


def test_all_scenes_and_view_layers():
    blend = _blend(_scene("Main", view_layers=["fg", "bg"]), _scene("Other"))
    graph = jobs.build(blend, _options(all_scenes=True, view_layers=True), StudioDefaults("blender"))
    assert sorted((graph.name(j), graph.value(j, "ViewLayer")) for j in graph) == [
        ("shot.blend - Main - bg", "bg"), ("shot.blend - Main - fg", "fg"),
        ("shot.blend - Other - ViewLayer", "ViewLayer")]


def test_a_compositing_scene_reading_another_scenes_frames_waits_frame_by_frame():
    render = _scene("Render")
    comp = _scene("Comp", reads=["/r/Render/beauty_####.png"])
    graph = jobs.build(_blend(comp, render), _options(all_scenes=True), StudioDefaults("blender"))
    comp_id = next(j for j in graph if graph.value(j, "SceneName") == "Comp")
    render_id = next(j for j in graph if graph.value(j, "SceneName") == "Render")
    assert graph.parents(comp_id) == [render_id] and graph.waits_per_frame(comp_id) is True
    assert graph.parents(render_id) == []


def test_review_waits_for_the_whole_render_and_movies_render_in_one_packet():
    blend = _blend(_scene("Main", start=101, end=148, fps=25.0), _scene("Movie", movie=True, extension=""),
                   _scene("Stepped", step=2))
    graph = jobs.build(blend, _options(review=True, all_scenes=True), StudioDefaults("blender"))
    (review,) = [j for j in graph if graph.value(j, "Type") == "FFmpeg"]
    main = next(j for j in graph if graph.value(j, "SceneName") == "Main")
    assert graph.name(review) == "shot.blend - Main - review" and graph.parents(review) == [main]
    assert graph.value(review, "Scene") == "/r/Main/beauty_%04d.png"
    assert graph.value(review, "InfileOptions") == "-framerate 25 -start_number 101"
    assert graph.value(review, "OutfileOptions") == "-frames:v 48 -c:v libx264 -pix_fmt yuv420p"
    assert graph.value(review, "OutputFile") == "/r/Main/beauty.mp4"
    assert graph.waits_per_frame(review) is False and len(graph) == 4
    movie = next(j for j in graph if graph.value(j, "SceneName") == "Movie")
    assert graph.value(movie, "PacketSize") == 4 and graph.value(movie, "ImageFormat") == []
    found = [f for f in checks.findings(graph, blend, review=True) if "review" in f.message]
    assert [(f.job_name, f.severity) for f in found] == [("shot.blend - Movie", WARNING),
                                                        ("shot.blend - Stepped", WARNING)]
    assert "no image sequence" in found[0].message and "frames 1,3" in found[1].message


def test_the_studio_review_section_wins_over_the_scene_frame_rate():
    studio = StudioDefaults("blender", {"review": {"frame_rate": 30, "output": "{folder}/../{job}.mov"}})
    graph = jobs.build(_blend(_scene("Main", fps=25.0)), _options(review=True), studio)
    (review,) = [j for j in graph if graph.value(j, "Type") == "FFmpeg"]
    assert graph.value(review, "InfileOptions") == "-framerate 30 -start_number 1"
    assert graph.value(review, "OutputFile") == "/r/Main/../shot.blend - Main.mov"


def test_a_studio_product_for_the_render_engine():
    studio = StudioDefaults("blender", {"hosts": {"blender": {"renderers": {"cycles": "Blender GPU"}}}})
    graph = jobs.build(_blend(_scene(engine="CYCLES")), _options(), studio)
    assert [graph.value(j, "Type") for j in graph] == ["Blender GPU"]


def test_checks_name_the_problem_and_the_job():
    scene = _scene(camera="", view_layers=[], filepath="/tmp/")
    blend = _blend(scene)
    graph = jobs.build(blend, _options(), StudioDefaults("blender"))
    found = checks.findings(graph, blend)
    assert [(f.severity, f.field) for f in found] == [(ERROR, "SceneName"), (ERROR, "ViewLayer"),
                                                      (WARNING, "ImageFormat")]
    assert "scene Scene has no camera" in found[0].message


def test_libraries_and_input_datablocks_go_to_the_shared_input_check(tmp_path):
    shared, local = tmp_path / "shared", tmp_path / "local"
    (shared / "tex").mkdir(parents=True)
    local.mkdir()
    (shared / "tex" / "wood.1001.png").write_bytes(b"")
    (local / "props.blend").write_bytes(b"")
    blend = _blend(_scene(), libraries=[LibraryRecord("props.blend", str(local / "props.blend"), True)],
                   inputs=[InputRecord("Image 'wood'", str(shared / "tex" / "wood.<UDIM>.png")),
                           InputRecord("Cache 'anim'", str(shared / "anim.abc"))])
    found = input_findings(checks.inputs(blend), [str(shared)])
    assert [(f.severity, f.job_name) for f in found] == [(WARNING, "Library 'props.blend'"), (ERROR, "Cache 'anim'")]
    assert str(local / "props.blend") in found[0].message and found[1].message == f"{shared}/anim.abc does not exist"


def test_inputs_a_scene_of_the_file_writes_are_left_to_the_farm():
    blend = _blend(_scene("Render"), _scene("Comp"), inputs=[
        InputRecord("Image 'frames'", "/r/Render/beauty_####.png"),
        InputRecord("Image 'one'", "/r/Render/beauty_0002.png"),
        InputRecord("Image 'other'", "/r/Render/beauty_##.png"), InputRecord("Image 'still'", "/r/Render/beauty.png")])
    assert checks.inputs(blend) == [("Image 'other'", "/r/Render/beauty_##.png"),
                                    ("Image 'still'", "/r/Render/beauty.png")]


def test_view_layer_jobs_writing_the_same_files_collide():
    blend = _blend(_scene("Main", view_layers=["fg", "bg"]))
    graph = jobs.build(blend, _options(view_layers=True), StudioDefaults("blender"))
    (hit,) = collisions(graph)
    assert {graph.name(hit.job), graph.name(hit.other_job)} == {"shot.blend - Main - fg", "shot.blend - Main - bg"}
    assert hit.path == hit.other_path == "/r/Main/beauty_%04d.png" and hit.frames == [1, 2, 3, 4]


def test_two_file_output_items_writing_one_file_collide_in_one_job():
    scene = _scene(compositing=True, file_outputs=[_node("a_", ["x"]), _node("a_", ["x"])])
    graph = jobs.build(_blend(scene), _options(), StudioDefaults("blender"))
    (job,) = graph
    (hit,) = collisions(graph)
    assert (hit.job, hit.other_job, hit.path) == (job, job, "/r/fo/a_x%04d.png")


def test_the_package_and_its_plain_modules_import_no_bpy():
    """records, jobs and checks are plain functions: importing them (and the package) imports no bpy."""
    code = ("import sys; sys.path[:0] = [{!r}, {!r}]; import smedge_blender, smedge_blender.records, "
            "smedge_blender.jobs, smedge_blender.checks; print(sorted(m for m in sys.modules if m.split('.')[0] "
            "== 'bpy'), smedge_blender.bl_info['name'])").format(REPO, os.path.join(REPO, "blender"))
    out = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, check=True, cwd=REPO).stdout
    assert out.decode().split() == ["[]", "Smedge", "Submit"]


def test_studio_defaults_have_a_blender_section(tmp_path):
    import json

    from integrations.studio import load

    path = tmp_path / "studio.json"
    path.write_text(json.dumps({"version": 1, "hosts": {"blender": {"pool": "gpu", "renderers": {
        "CYCLES": "Blender GPU"}}}}), encoding="utf-8")
    studio = load("blender", {"SMEDGE_SUBMIT_CONFIG": str(path), "SMEDGE_SUBMIT_USER_CONFIG": str(tmp_path / "none")})
    assert studio.findings == [] and studio.product_for("CYCLES", "Blender") == "Blender GPU"
    graph = jobs.build(_blend(_scene(engine="CYCLES")), _options(), studio)
    studio.apply(graph, "Blender")
    assert [(graph.value(j, "Type"), graph.value(j, "Pool")) for j in graph] == [("Blender GPU", "gpu")]
