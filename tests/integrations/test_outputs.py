"""Outputs: the renderers' naming rules (integrations.naming), a job's outputs as its ImageFormat, output
collisions as validation errors, and outputs in export's job file and JSON (through the fake farm)."""
import json
import posixpath

import pytest
from hypothesis import example, given, settings, strategies as st

from integrations import naming
from integrations.export import graph_from_json, graph_to_json, render_job_file
from integrations.graph import JobGraph
from integrations.outputs import collisions, outputs, set_outputs
from integrations.validate import ERROR, validate


@pytest.mark.parametrize("path, expected", [
    ("/r/shot.####.exr", "/r/shot.%04d.exr"),
    ("/r/shot.#.exr", "/r/shot.%d.exr"),
    ("/r/shot.%04d.exr", "/r/shot.%04d.exr"),
    ("/r/shot.%d.exr", "/r/shot.%d.exr"),
    ("$HIP/render/shot.$F4.exr", "$HIP/render/shot.%04d.exr"),
    ("$HIP/render/shot.${F3}.exr", "$HIP/render/shot.%03d.exr"),
    ("$HIP/render/shot.$F.exr", "$HIP/render/shot.%d.exr"),
    ("$HIP/render/$FPS_shot.$FF.exr", "$HIP/render/$FPS_shot.$FF.exr"),  # not frame tokens
    ("/r/shot_<aov>.<f4>.<ext>", "/r/shot_<aov>.%04d.<ext>"),
])
def test_frame_tokens_of_every_host_become_printf(path, expected):
    assert naming.frame_pattern(path) == expected


def test_maya_tokens_are_filled_and_the_renderers_kept():
    assert naming.maya_tokens("<Scene>/<RenderLayer>/<Camera>_<RenderPass>_v<Version>", "sh010", "lit",
                              "cams:main", "003") == "sh010/lit/cams_main_<RenderPass>_v003"
    assert naming.maya_tokens("%s_%l_%c.<Extension>", "sh010", "lit", "persp", extension="exr") == \
        "sh010_lit_persp.exr"


def test_arnold_two_aovs_each_in_a_folder_of_its_own_with_the_beauty():
    assert naming.arnold("/p/images", "shot/lit", "exr", 4, ["diffuse", "specular"]) == [
        ("beauty", "/p/images/beauty/shot/lit.%04d.exr"),
        ("diffuse", "/p/images/diffuse/shot/lit.%04d.exr"),
        ("specular", "/p/images/specular/shot/lit.%04d.exr")]
    assert naming.arnold("/p/images", "shot/<RenderPass>/lit", "exr", 3, ["RGBA", "Z"]) == [
        ("beauty", "/p/images/shot/beauty/lit.%03d.exr"), ("Z", "/p/images/shot/Z/lit.%03d.exr")]
    assert naming.arnold("/p/images", "shot/lit_<RenderPass>", "exr", 4, ["diffuse"], merge=True) == [
        ("beauty", "/p/images/shot/lit_beauty.%04d.exr")]


def test_vray_elements_after_the_separator_with_vrays_padding():
    assert naming.vray("/p/images", "shot/lit", "exr", 5, ["diffuse", "reflect"], separator="_") == [
        ("beauty", "/p/images/shot/lit.%05d.exr"), ("diffuse", "/p/images/shot/lit_diffuse.%05d.exr"),
        ("reflect", "/p/images/shot/lit_reflect.%05d.exr")]
    assert naming.vray("/p/images", "lit", "exr", 4, ["diffuse"], multichannel=True, separate_alpha=True) == [
        ("beauty", "/p/images/lit.%04d.exr"), ("Alpha", "/p/images/lit.Alpha.%04d.exr")]


def test_redshift_aovs_fill_the_pass_token_or_follow_the_prefix():
    assert naming.redshift("/p/images", "shot/lit", "exr", 4, ["Diffuse", "Cryptomatte"]) == [
        ("beauty", "/p/images/shot/lit.%04d.exr"), ("Diffuse", "/p/images/shot/lit.Diffuse.%04d.exr"),
        ("Cryptomatte", "/p/images/shot/lit.Cryptomatte.%04d.exr")]
    assert naming.redshift("/p/images", "shot/lit_<RenderPass>", "exr", 4, ["Diffuse", "Cryptomatte"],
                           multilayer=True) == [
        ("beauty", "/p/images/shot/lit.%04d.exr"), ("Cryptomatte", "/p/images/shot/lit_Cryptomatte.%04d.exr")]


def test_renderman_displays_fill_aov_frame_and_extension_tokens():
    assert naming.renderman("/p/images/shot", "shot_<aov>.<f4>.<ext>", ["rmanDefaultDisplay", "directDiffuse"]) == [
        ("beauty", "/p/images/shot/shot_beauty.%04d.exr"),
        ("directDiffuse", "/p/images/shot/shot_directDiffuse.%04d.exr")]


def test_maya_software_single_image_and_still():
    assert naming.software("/p/images", "shot", "iff", 3) == [("beauty", "/p/images/shot.%03d.iff")]
    assert naming.software("/p/images", "shot", "png", 4, animation=False) == [("beauty", "/p/images/shot.png")]


def test_houdini_extra_planes_with_their_own_files_and_merged_ones():
    assert naming.houdini("$HIP/render/$OS.$F4.exr", [("diffuse", "$HIP/render/$OS_diffuse.$F4.exr"),
                                                      ("N", ""), ("P", None)]) == [
        ("main", "$HIP/render/$OS.%04d.exr"), ("diffuse", "$HIP/render/$OS_diffuse.%04d.exr")]


def test_nuke_views_one_file_each_or_one_for_all():
    assert naming.nuke("/c/comp_%V.####.exr", ["left", "right"]) == [
        ("left", "/c/comp_left.%04d.exr"), ("right", "/c/comp_right.%04d.exr")]
    assert naming.nuke("/c/comp_%v.%03d.dpx", ["left", "right"]) == [
        ("left", "/c/comp_l.%03d.dpx"), ("right", "/c/comp_r.%03d.dpx")]
    assert naming.nuke("/c/comp.####.exr", ["left", "right"]) == [("main", "/c/comp.%04d.exr")]


def test_blender_hashes_or_four_digits_appended():
    assert naming.blender("//render/shot_###", "png") == [("main", "//render/shot_%03d.png")]
    assert naming.blender("/tmp/shot_", "exr") == [("main", "/tmp/shot_%04d.exr")]
    assert naming.blender("/tmp/shot_####", "exr", use_extension=False) == [("main", "/tmp/shot_%04d")]


def _job(graph, name, frames, paths):
    job_id = graph.add_job({"Name": name, "Type": "Maya", "Scene": "/s/shot.ma", "Range": frames})
    set_outputs(graph, job_id, paths)
    return job_id


def test_outputs_are_the_jobs_image_format_in_the_job_file(farm):
    graph = JobGraph()
    job_id = _job(graph, "lit", "1-3", naming.arnold("/p/images", "lit", "exr", 4, ["diffuse"]))
    assert outputs(graph, job_id) == ["/p/images/beauty/lit.%04d.exr", "/p/images/diffuse/lit.%04d.exr"]
    assert graph.value(job_id, "ImageFormat") == outputs(graph, job_id)
    _, text = render_job_file(graph)
    assert "/p/images/beauty/lit.%04d.exr;/p/images/diffuse/lit.%04d.exr" in text
    with pytest.raises(ValueError, match=r"Outputs of job 'lit': '' is not a file pattern"):
        set_outputs(graph, job_id, [""])


def test_outputs_in_export_json_and_read_back(farm):
    graph = JobGraph()
    job_id = _job(graph, "lit", "1-3", ["/p/a.####.exr"])
    graph.add_job({"Name": "no outputs", "Type": "Maya", "Scene": "/s/shot.ma"})
    data = json.loads(graph_to_json(graph))
    assert data["outputs"] == [{"job": str(job_id), "name": "lit", "range": "1-3", "files": ["/p/a.%04d.exr"]}]
    assert graph_from_json(graph_to_json(graph)) == graph


def test_two_aovs_writing_one_file_are_an_error(farm):
    graph = JobGraph()
    aovs = naming.vray("/p/images", "lit", "exr", 4, ["diffuse", "diffuse2"], separator="")
    job_id = _job(graph, "lit", "1-3", [*aovs, ("copy", "/p/images/lit.####.exr")])
    errors = [f for f in validate(graph) if f.rule == "outputs"]
    assert [(f.severity, f.job_id, f.field) for f in errors] == [(ERROR, job_id, "ImageFormat")]
    assert errors[0].message == ("/p/images/lit.%04d.exr is also written by another output of this job "
                                 "(/p/images/lit.%04d.exr) on frames 1-3")


def test_two_jobs_collide_only_on_frames_both_render(farm):
    graph = JobGraph()
    first = _job(graph, "a", "1-10", ["/p/out.%04d.exr"])
    second = _job(graph, "b", "8-20", ["/p/./out.####.exr"])
    _job(graph, "c", "21-30", ["/p/out.%04d.exr"])
    [hit] = [f for f in validate(graph) if f.rule == "outputs"]
    assert (hit.job_id, hit.job_name) == (second, "b")
    assert hit.message == "/p/./out.%04d.exr is also written by job 'a' (/p/out.%04d.exr) on frames 8-10"
    assert [(c.job, c.other_job) for c in collisions(graph)] == [(first, second)]


def test_frame_less_outputs_collide_whatever_the_frames_and_padding_counts():
    graph = JobGraph()
    _job(graph, "usd a", "1-10", ["C:\\cache\\Shot.usd"])
    _job(graph, "usd b", "50", ["c:/cache/shot.usd"])
    _job(graph, "unc a", "1", ["\\\\Srv\\share\\.\\a.usd"])
    _job(graph, "unc b", "2", ["//srv/share/a.usd"])
    _job(graph, "pad4", "998-1001", ["/p/x.%04d.exr"])
    _job(graph, "pad3", "998-1001", ["/p/x.%03d.exr"])
    found = collisions(graph)
    assert [(graph.name(c.job), graph.name(c.other_job), c.frames) for c in found] == [
        ("usd a", "usd b", None), ("unc a", "unc b", None), ("pad4", "pad3", [1000, 1001])]


def test_one_output_per_job_and_disjoint_ranges_give_no_finding(farm):
    graph = JobGraph()
    _job(graph, "a", "1-10", naming.redshift("/p", "lit", "exr", 4, ["Z"]))
    _job(graph, "b", "11-20", naming.redshift("/p", "lit", "exr", 4, ["Z"]))
    assert [f for f in validate(graph) if f.rule == "outputs"] == []


PATTERNS = ["/p/a.%04d.exr", "/p/a.%03d.exr", "/p/a.####.exr", "/p/b.%04d.exr", "/p/a.exr", "/p/./a.exr"]


@settings(max_examples=80)
@given(st.lists(st.tuples(st.integers(995, 1005), st.integers(1, 8), st.lists(st.sampled_from(PATTERNS), min_size=1,
                                                                              max_size=2)), min_size=1, max_size=4))
@example([(995, 8, ["/p/a.%04d.exr", "/p/a.%03d.exr"]), (1000, 2, ["/p/./a.exr", "/p/a.####.exr"])])
def test_collisions_are_the_file_names_two_outputs_share_frame_by_frame(jobs):
    graph = JobGraph()
    placed = []
    for index, (start, count, patterns) in enumerate(jobs):
        job_id = _job(graph, f"job{index}", f"{start}-{start + count - 1}", patterns)
        placed += [(job_id, naming.frame_pattern(p), range(start, start + count)) for p in patterns]
    expected = set()
    for i, (job, path, frames) in enumerate(placed):
        for other_job, other_path, other_frames in placed[i + 1:]:
            if "%" not in path:
                if posixpath.normpath(path) == posixpath.normpath(other_path):
                    expected.add((job, path, other_job, other_path, None))
                continue
            shared = [f for f in frames if f in other_frames and "%" in other_path
                      and path % f == other_path % f]
            if shared:
                expected.add((job, path, other_job, other_path, tuple(shared)))
    found = {(c.job, c.path, c.other_job, c.other_path, None if c.frames is None else tuple(c.frames))
             for c in collisions(graph)}
    assert found == expected
