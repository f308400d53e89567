"""The add-on in real Blender (bpy): .blend files built, saved, reopened and collected; Blender's own
file names against the records' rules; sticky settings; a render on the local master."""
import glob
import os
import shutil

import pytest

from blend_scenes import file_output, image_sequence_reader, library_with_object, new_file, tiny_scene
from integrations.validate import ERROR, ValidationError
from smedge_core.sandbox import states

pytestmark = pytest.mark.usefixtures("studio_free")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _save(bpy, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    bpy.ops.wm.save_as_mainfile(filepath=str(path))
    return str(path)


@pytest.mark.parametrize("file_format", ["PNG", "JPEG", "OPEN_EXR", "TIFF"])
def test_render_output_names_match_frame_path(bpy, tmp_path, file_format):
    from smedge_blender.collect import collect_blend
    from smedge_blender.records import frame_path

    scene = new_file(bpy)
    _save(bpy, tmp_path / "names.blend")
    scene.render.image_settings.file_format = file_format
    patterns = ["//out/beauty_", "//out/beauty_####", "//out/b.####.png", "//out/b_##_x", "//out/a##b###c",
                "//out/", "//out/x.jpg", "//out/{blend_name}/{scene_name}_####", "/abs/f_###.exr", "//o/b_#.tif"]
    for pattern in patterns:
        scene.render.filepath = pattern
        record = collect_blend().scene(scene.name)
        for frame in (1, 7, 1001, 123456):
            assert frame_path(record.filepath, frame, record.extension) == scene.render.frame_path(frame=frame), pattern


def test_file_output_nodes_write_the_predicted_files(bpy, tmp_path):
    from smedge_blender.collect import collect_blend
    from smedge_blender.records import scene_outputs

    new_file(bpy)
    scene = tiny_scene(bpy, "Shot", start=5, end=6, output="//r/beauty_")
    file_output(bpy, scene, "//r/fo", "alpha_####", ["alpha", "depth"])
    file_output(bpy, scene, "//r/fo2/", "", ["col"], file_format="JPEG")
    file_output(bpy, scene, "//r/ml", "multi_", ["rgba"], file_format="OPEN_EXR_MULTILAYER")
    unlinked = file_output(bpy, scene, "//r/unlinked", "u_", ["linked"])
    if hasattr(unlinked, "file_output_items"):
        unlinked.file_output_items.new("RGBA", "loose")
    _save(bpy, tmp_path / "fo.blend")
    record = collect_blend().scene("Shot")
    bpy.ops.render.render(animation=True, scene="Shot")
    written = sorted(p for p in glob.glob(str(tmp_path / "r" / "**"), recursive=True) if os.path.isfile(p))
    predicted = sorted(p for f in (5, 6) for p in scene_outputs(record, f))
    assert written == predicted and len(predicted) == 2 * 6


def test_markers_bound_to_cameras_pick_the_camera(bpy):
    from smedge_blender.collect import collect_blend
    from smedge_blender.records import camera_at

    new_file(bpy)
    scene = tiny_scene(bpy, "Cams", start=1, end=30)
    cameras = []
    for name in ("camA", "camB", "camHidden"):
        camera = bpy.data.objects.new(name, bpy.data.cameras.new(name))
        scene.collection.objects.link(camera)
        cameras.append(camera)
    cameras[2].hide_render = True
    for frame, camera in ((10, cameras[0]), (20, cameras[1]), (25, cameras[2])):
        scene.timeline_markers.new(f"m{frame}", frame=frame).camera = camera
    record = collect_blend().scene("Cams")
    seen = []
    for frame in range(1, 31):
        scene.frame_set(frame)
        seen.append((frame, scene.camera.name, camera_at(record, frame)))
    assert all(real == ours for _, real, ours in seen), seen
    assert {real for _, real, _ in seen} == {"camA", "camB"}


def test_two_scenes_layers_markers_outputs_and_a_library_survive_save_and_reopen(bpy, tmp_path):
    from smedge_blender.collect import collect_blend

    library_with_object(bpy, tmp_path / "lib" / "props.blend")
    first = tiny_scene(bpy, "First", start=1001, end=1004)
    first.frame_step = 3
    first.view_layers.new("bg")
    first.view_layers[0].use = False
    second = tiny_scene(bpy, "Second", start=1, end=2, output="//second/{scene_name}_##")
    file_output(bpy, second, "//second/fo", "f_", ["a"])
    second.timeline_markers.new("cut", frame=2).camera = second.camera
    path = _save(bpy, tmp_path / "shot" / "two.blend")
    bpy.ops.wm.open_mainfile(filepath=path)
    blend = collect_blend()
    assert blend.path == path and not blend.modified
    names = {scene.name: scene for scene in blend.scenes}
    assert set(names) >= {"First", "Second"}
    assert (names["First"].start, names["First"].end, names["First"].step) == (1001, 1004, 3)
    assert names["First"].view_layers == ["bg"]
    assert names["Second"].filepath == str(tmp_path / "shot" / "second" / "Second_##")
    assert names["Second"].markers == [(2, "Second_camera")] and names["Second"].compositing
    (node,) = names["Second"].file_outputs
    assert (node.directory, node.items) == (str(tmp_path / "shot" / "second" / "fo"), ["a"])
    assert [(lib.path, lib.exists) for lib in blend.libraries] == [(str(tmp_path / "lib" / "props.blend"), True)]


@pytest.mark.usefixtures("local_master")
def test_never_saved_unsaved_and_a_missing_library_are_findings(bpy, tmp_path):
    import smedge_blender
    from integrations.host import prepare
    from smedge_blender.host import BlenderHost

    new_file(bpy)
    tiny_scene(bpy, "Scene")
    with pytest.raises(ValidationError) as err:
        smedge_blender.export(str(tmp_path))
    assert [f.fix for f in err.value.findings if "never been saved" in f.message and f.severity == ERROR] == [None]
    library = tmp_path / "lib" / "props.blend"
    library_with_object(bpy, library)
    tiny_scene(bpy, "Scene")
    path = _save(bpy, tmp_path / "scene.blend")
    bpy.context.scene.frame_end = 9
    bpy.ops.ed.undo_push(message="edit")  # what an edit in the UI does: the file is modified
    (unsaved,) = [f for f in prepare(BlenderHost()).found if "changes that are not saved" in f.message]
    unsaved.apply(None)  # saves (bpy as a module keeps is_dirty set once an undo step was pushed)
    bpy.ops.wm.open_mainfile(filepath=path)
    assert bpy.context.scene.frame_end == 9
    os.remove(str(library))
    bpy.ops.wm.open_mainfile(filepath=path)
    (missing,) = [f for f in prepare(BlenderHost()).found if f.severity == ERROR and f.field == "Input"]
    assert (missing.job_name, missing.message) == ("Library 'props.blend'", f"{library} does not exist")


def test_missing_and_local_inputs_are_findings_naming_the_datablock_and_path(bpy, tmp_path):
    """Images (a file, a sequence, UDIM tiles), an Alembic cache, a sound and a VDB volume of a real file,
    through the shared input check: missing is an error, outside the studio's shared roots a warning."""
    from integrations.host import prepare
    from integrations.studio import StudioDefaults
    from integrations.validate import WARNING
    from smedge_blender.host import BlenderHost

    shared, local = tmp_path / "shared", tmp_path / "local"
    for folder, names in ((shared / "tex", ["wood.png", "t.1001.png", "t.1002.png"]),
                          (shared / "seq", ["plate.0001.png", "plate.0002.png"]),
                          (shared / "cache", ["anim.abc", "gone.abc"]), (local, ["local.png", "music.wav"])):
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            (folder / name).write_bytes(b"")
    new_file(bpy)
    tiny_scene(bpy, "Scene")
    _save(bpy, shared / "in.blend")
    for name, source, path in (("wood", "FILE", "//tex/wood.png"), ("gone", "FILE", "//tex/missing.png"),
                               ("local", "FILE", str(local / "local.png")),
                               ("plate", "SEQUENCE", "//seq/plate.0001.png"), ("tiles", "TILED", "//tex/t.<UDIM>.png")):
        image = bpy.data.images.new(name, 4, 4, tiled=source == "TILED")
        image.source, image.filepath = source, path
    for cache in ("anim.abc", "gone.abc"):
        assert bpy.ops.cachefile.open(filepath=str(shared / "cache" / cache)) == {"FINISHED"}
    os.remove(str(shared / "cache" / "gone.abc"))
    bpy.data.sounds.load(str(local / "music.wav"))
    bpy.data.volumes.new("smoke").filepath = "//cache/smoke.vdb"
    host = BlenderHost(StudioDefaults("blender", {"shared_roots": [str(shared)]}))
    found = [(f.severity, f.job_name, f.message) for f in prepare(host).found if f.field == "Input"]
    assert sorted(found) == sorted([
        (ERROR, "Image 'gone'", f"{shared}/tex/missing.png does not exist"),
        (ERROR, "Cache 'gone.abc'", f"{shared}/cache/gone.abc does not exist"),
        (ERROR, "Volume 'smoke'", f"{shared}/cache/smoke.vdb does not exist"),
        (WARNING, "Image 'local'", f"{local}/local.png is on a local disk, under none of the shared roots "
         f"({shared}): render engines on other machines cannot reach it"),
        (WARNING, "Sound 'music.wav'", f"{local}/music.wav is on a local disk, under none of the shared roots "
         f"({shared}): render engines on other machines cannot reach it")])
    assert {(i.datablock, i.path) for i in host.records.inputs} >= {
        ("Image 'plate'", f"{shared}/seq/plate.####.png"), ("Image 'tiles'", f"{shared}/tex/t.<UDIM>.png")}


@pytest.mark.usefixtures("local_master")
def test_two_file_output_items_writing_one_file_are_an_error_finding(bpy, tmp_path):
    import smedge_blender
    from smedge_blender.collect import collect_blend
    from smedge_blender.records import scene_outputs

    new_file(bpy)
    scene = tiny_scene(bpy, "Scene", start=1, end=2)
    file_output(bpy, scene, "//renders/fo", "alpha_", ["alpha"])
    file_output(bpy, scene, "//renders/fo/", "alpha_", ["alpha"])
    _save(bpy, tmp_path / "twice.blend")
    outputs = scene_outputs(collect_blend().scene("Scene"), 1)
    assert outputs[1] == outputs[2] == str(tmp_path / "renders" / "fo" / "alpha_alpha0001.png")
    graph = smedge_blender.build_graph()
    (job,) = graph
    assert graph.value(job, "ImageFormat") == [str(tmp_path / "renders" / "Scene" / "beauty_%04d.png")] + [
        str(tmp_path / "renders" / "fo" / "alpha_alpha%04d.png")] * 2
    with pytest.raises(ValidationError) as err:
        smedge_blender.export(str(tmp_path / "out"))
    (collision,) = [f for f in err.value.findings if f.field == "ImageFormat" and f.severity == ERROR]
    assert collision.job_name == "twice.blend - Scene"
    assert collision.message == "{0} is also written by another output of this job ({0}) on frames 1-2".format(
        tmp_path / "renders" / "fo" / "alpha_alpha%04d.png")


@pytest.mark.usefixtures("local_master")
def test_a_review_job_runs_on_the_local_master_after_every_render_frame(bpy, tmp_path):
    import smedge_blender
    import smedge_core
    from fakes.history import frame_times, wait_complete
    from smedge_core.sandbox import engines, products

    new_file(bpy)
    tiny_scene(bpy, "Scene", start=1, end=3)
    _save(bpy, tmp_path / "review.blend")
    # the stand-in writes no movie; a real ffmpeg reads the frames Blender rendered
    stand_in = shutil.which("ffmpeg") is None
    if stand_in:
        smedge_core.set_engines({products.FFMPEG_ID: {"Command": engines.stand_in("FFmpeg")}})
    try:
        result = smedge_blender.submit(review=True)
        by_name = {result.graph.name(node): job for node, job in result.ids.items()}
        render, review = by_name["review.blend - Scene"], by_name["review.blend - Scene - review"]
        assert list(wait_complete([render, review], timeout=240).values()) == [states.JOB_COMPLETE] * 2
    finally:
        if stand_in:
            smedge_core.set_engines({products.FFMPEG_ID: {"Command": ""}})
    [job] = smedge_core.get_jobs(smedge_core.ids_to_query([review]))
    assert job["Scene"] == str(tmp_path / "renders" / "Scene" / "beauty_%04d.png")
    assert job["OutputFile"] == str(tmp_path / "renders" / "Scene" / "beauty.mp4")
    rendered = frame_times(render)
    assert sorted(rendered) == [1, 2, 3]
    [(started, _)] = frame_times(review).values()
    assert all(started >= finished for _, finished in rendered.values())
    if not stand_in:
        assert os.path.getsize(job["OutputFile"]) > 0


def test_the_options_are_declared_once_and_checked_by_the_shared_collect(bpy):
    from integrations.host import collect
    from smedge_blender.host import BlenderHost
    from test_blender_glue import OPTIONS

    assert {option.name: option.default for option in BlenderHost().options()} == OPTIONS
    new_file(bpy)
    tiny_scene(bpy, "Scene")
    for options, message in [({"split": True}, "Unknown Blender option(s) 'split'; known: all_scenes, review, "
                               "view_layers"), ({"review": "yes"}, "review must be True or False, not 'yes'")]:
        with pytest.raises(ValueError) as err:
            collect(BlenderHost(), **options)
        assert str(err.value).startswith(message)
    assert [name for name in OPTIONS if hasattr(bpy.context.scene.smedge, name)] == list(OPTIONS)  # the panel's
    import smedge_blender

    with pytest.raises(ValueError, match="Unknown Blender option"):
        smedge_blender.show(split=True)
    with pytest.raises(RuntimeError, match="needs Blender's window"):  # bpy as a module: no window
        smedge_blender.show(all_scenes=True)
    assert bpy.context.scene.smedge.all_scenes is False


def test_settings_stick_to_the_file(bpy, tmp_path):
    from integrations.host import prepare
    from integrations.settings import Settings, load
    from smedge_blender.collect import SETTINGS_TEXT
    from smedge_blender.host import BlenderHost

    new_file(bpy)
    tiny_scene(bpy, "Only")
    stored = Settings(pool="cpu", priority=70, packet_size=2, paused=True, options={"review": True})
    BlenderHost().settings_store().save(stored.to_data())
    path = _save(bpy, tmp_path / "sticky.blend")
    new_file(bpy)
    bpy.ops.wm.open_mainfile(filepath=path)
    assert load(BlenderHost().settings_store()) == (stored, [])
    bpy.data.texts[SETTINGS_TEXT].from_string('{"pool": 3, "priority": 60}')
    assert load(BlenderHost().settings_store()) == (Settings(priority=60), [
        ("pool", "Ignoring pool in the text smedge_submit_settings.json: bad value 3")])
    bpy.data.texts[SETTINGS_TEXT].from_string("{not json")
    (damaged,) = [f for f in prepare(BlenderHost(), stored=True).found if f.job_name == "Stored settings"]
    assert "damaged submit settings in the text smedge_submit_settings.json" in damaged.message
    assert "not JSON (Expecting property name" in damaged.message  # what was wrong, from the shared loader


@pytest.mark.usefixtures("local_master")
def test_the_panel_settings_drive_submit_and_submit_again(bpy, tmp_path):
    import smedge_blender
    from integrations.settings import load
    from smedge_blender import panel
    from smedge_blender.host import BlenderHost

    new_file(bpy)
    scene = tiny_scene(bpy, "Scene")  # the file's active scene
    scene.smedge.pool, scene.smedge.use_priority, scene.smedge.priority, scene.smedge.review = "", True, 60, True
    BlenderHost().settings_store().write('{"priority": "high", "jobs": {"panel.blend - Scene": {"PacketSize": 1}}}')
    _save(bpy, tmp_path / "panel.blend")
    (tmp_path / "out").mkdir()
    assert bpy.ops.smedge.export(directory=str(tmp_path / "out")) == {"FINISHED"}
    assert (tmp_path / "out" / "panel.sj").exists()
    assert panel.DIALOG.ok and panel.DIALOG.result.job_file == str(tmp_path / "out" / "panel.sj")
    assert [(f.job_name, f.field, f.message) for f in panel.DIALOG.findings if f.job_name == "Stored settings"] == [
        ("Stored settings", "priority", "Ignoring priority in the text smedge_submit_settings.json: bad value 'high'")]
    stored, damaged = load(BlenderHost().settings_store())  # the panel's values stored, the per-job value kept
    assert (stored.priority, stored.options["review"], stored.jobs, damaged) == (
        60, True, {"panel.blend - Scene": {"PacketSize": 1}}, [])
    bpy.ops.wm.save_mainfile()
    scene.smedge.review = False  # not stored: Submit again uses what the last export stored
    result = smedge_blender.export(str(tmp_path / "again"), stored=True)
    assert result.ids == {} and len(result.graph) == 2
    with open(result.job_file, encoding="utf-8") as stream:
        text = stream.read()
    assert text.count("Priority = 60") == 2 and "beauty.mp4" in text  # the stored review option, not the panel's


@pytest.mark.usefixtures("local_master")
def test_end_to_end_every_predicted_file_is_rendered_and_the_comp_waits_frame_by_frame(bpy, tmp_path):
    """Two scenes of one file on the local master, rendered for real (bpy, or a blender that opens the
    file): the render scene with a File Output node, and a comp scene whose compositor reads the render
    scene's frames, which waits on it frame by frame."""
    import smedge_blender
    import smedge_core
    from fakes.history import frame_times, wait_complete
    from smedge_blender.collect import collect_blend
    from smedge_blender.records import scene_frames, scene_outputs

    new_file(bpy)
    shot = tiny_scene(bpy, "Scene", start=1, end=3)
    file_output(bpy, shot, "//renders/fo", "alpha_####", ["alpha"])
    comp = tiny_scene(bpy, "Comp", start=1, end=3, output="//renders/{name}/comp_####")
    reader = image_sequence_reader(bpy, comp, "//renders/Scene/beauty_0001.png", 3)
    node = file_output(bpy, comp, "//renders/comp_fo", "read_", ["read"])
    tree = reader.id_data
    tree.links.new(reader.outputs["Image"], node.inputs["read"])
    path = _save(bpy, tmp_path / "e2e.blend")
    graph = smedge_blender.build_graph(all_scenes=True)
    comp_id = next(j for j in graph if graph.value(j, "SceneName") == "Comp")
    assert graph.waits_per_frame(comp_id) is True and len(graph.parents(comp_id)) == 1
    ids = smedge_blender.submit(all_scenes=True).ids
    statuses = wait_complete(ids.values(), timeout=240)
    assert set(statuses.values()) == {states.JOB_COMPLETE}, statuses
    records = collect_blend()
    predicted = sorted(p for name in ("Scene", "Comp") for f in scene_frames(records.scene(name))
                       for p in scene_outputs(records.scene(name), f))
    written = sorted(p for p in glob.glob(str(tmp_path / "renders" / "**"), recursive=True) if os.path.isfile(p))
    assert written == predicted and len(predicted) == 3 * 2 + 3 * 2
    assert os.path.dirname(path) == str(tmp_path)
    by_name = {job["Name"]: job["ID"] for job in smedge_core.get_jobs(smedge_core.ids_to_query(list(ids.values())))}
    render_times, comp_times = frame_times(by_name["e2e.blend - Scene"]), frame_times(by_name["e2e.blend - Comp"])
    assert sorted(comp_times) == [1, 2, 3]
    assert all(comp_times[f][0] >= render_times[f][1] for f in comp_times), (render_times, comp_times)


def test_the_bpy_work_renders_one_view_layer_alone(bpy, tmp_path):
    """``blender_work`` through bpy with a view layer: only that layer renders (a layer that excludes the
    cube's collection writes an image of the world colour alone)."""
    import subprocess
    import sys

    new_file(bpy)
    scene = tiny_scene(bpy, "Scene", start=1, end=1, output="//r/{name}_####")
    cube = next(o for o in scene.collection.objects if o.type == "MESH")
    props = bpy.data.collections.new("props")
    scene.collection.children.link(props)
    scene.collection.objects.unlink(cube)
    props.objects.link(cube)
    scene.view_layers[0].name = "fg"
    bg = scene.view_layers.new("bg")
    bg.layer_collection.children["props"].exclude = True
    path = _save(bpy, tmp_path / "layers.blend")
    spreads = {}
    for layer in ("fg", "bg"):
        done = subprocess.run([sys.executable, "-m", "smedge_core.sandbox.blender_work", str(tmp_path / "no-blender"),
                               path, "Scene", layer, "1", "1"], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=300)
        assert done.returncode == 0, done.stdout.decode("utf-8", "replace")[-2000:]
        image = bpy.data.images.load(str(tmp_path / "r" / "Scene_0001.png"), check_existing=False)
        pixels = list(image.pixels)
        spreads[layer] = max(pixels[0::4]) - min(pixels[0::4])
        bpy.data.images.remove(image)
        os.remove(str(tmp_path / "r" / "Scene_0001.png"))
    assert spreads["fg"] > 0.05 and spreads["bg"] < 0.01, spreads


def test_the_operators_are_in_the_render_menu_and_the_panel_in_the_output_properties(bpy):
    from smedge_blender import panel

    assert panel._menu in bpy.types.TOPBAR_MT_render._dyn_ui_initialize()
    panel = bpy.types.SMEDGE_PT_output
    assert (panel.bl_space_type, panel.bl_context) == ("PROPERTIES", "output")
    assert {bpy.ops.smedge.submit.idname(), bpy.ops.smedge.submit_again.idname(), bpy.ops.smedge.export.idname()} == {
        "SMEDGE_OT_submit", "SMEDGE_OT_submit_again", "SMEDGE_OT_export"}
