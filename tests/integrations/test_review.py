"""The review movie (integrations.review): the encode job it adds, its defaults from the studio's file, and a
review waiting for a whole render on the local master (real ffmpeg when installed, else the stand-in)."""
import json
import re
import shutil
import subprocess
import sys
import textwrap
import uuid

import pytest

import smedge_core
from fakes.history import frame_times, wait_complete
from smedge_core.sandbox import engines, products, states
from integrations import studio
from integrations.graph import JobGraph
from integrations.outputs import set_outputs
from integrations.review import PYBLISH_KEY, add_review, add_reviews, review_findings, review_settings, why_no_review
from integrations.submit import submit_graph


def _render(graph, frames="1001-1010", paths=("/shots/images/beauty/sh010.%04d.exr", "/shots/images/z/sh010.####.exr")):
    job_id = graph.add_job({"Name": "sh010.ma - lit", "Type": "Maya", "Scene": "/shots/sh010.ma", "Range": frames})
    set_outputs(graph, job_id, list(paths))
    return job_id


def _studio(tmp_path, data):
    path = tmp_path / "studio.json"
    path.write_text(json.dumps(dict({"version": 1}, **data)), encoding="utf-8")
    return studio.load("maya", {studio.CONFIG_ENV: str(path), studio.USER_CONFIG_ENV: str(tmp_path / "none.json")})


def test_the_default_review_encodes_the_first_output_after_the_whole_job():
    graph = JobGraph()
    render = _render(graph)
    review = add_review(graph, render)
    assert graph.parents(review) == [render] and graph.waits_per_frame(review) is False
    assert graph.job(review) == {
        "ID": review, "Name": "sh010.ma - lit - review", "Type": "FFmpeg",
        "Scene": "/shots/images/beauty/sh010.%04d.exr", "Range": "1001",
        "OutputFile": "/shots/images/beauty/sh010.mp4",
        "InfileOptions": "-framerate 24 -start_number 1001",
        "OutfileOptions": "-frames:v 10 -c:v libx264 -pix_fmt yuv420p",
        "WaitForJobID": [render], "WaitForWholeJob": 1}


def test_studio_defaults_then_the_request_choose_rate_codec_output_and_source(tmp_path):
    defaults = _studio(tmp_path, {"review": {"frame_rate": 25, "codec": "prores_ks", "output_options": "-profile:v 3",
                                             "output": "{folder}/../review/{job}.mov", "executable": "/opt/ffmpeg"}})
    assert defaults.findings == []
    graph = JobGraph()
    render = _render(graph)
    review = graph.job(add_review(graph, render, {"source": "/shots/images/z/sh010.####.exr", "frame_rate": 23.976},
                                  defaults))
    assert (review["Scene"], review["OutputFile"]) == ("/shots/images/z/sh010.%04d.exr",
                                                       "/shots/images/z/../review/sh010.ma - lit.mov")
    assert review["InfileOptions"] == "-framerate 23.976 -start_number 1001"
    assert review["OutfileOptions"] == "-frames:v 10 -c:v prores_ks -profile:v 3"
    assert review["Executable"] == "/opt/ffmpeg"


def test_no_request_no_review():
    graph = JobGraph()
    render = _render(graph)
    assert add_review(graph, render, None) is None and add_review(graph, render, False) is None
    assert len(graph) == 1
    assert PYBLISH_KEY == "smedgeReview"


@pytest.mark.parametrize("request_, match", [
    ({"fps": 24}, r"Unknown review setting 'fps'; known: codec, executable, frame_rate, output, output_options, "
                  r"product, source"),
    ({"frame_rate": 0}, "review frame_rate must be a number above 0, not 0"),
    ({"codec": ""}, "review codec must be an FFmpeg video codec name, not ''"),
    ("yes", "review must be True, False or a dict of settings, not 'yes'"),
])
def test_bad_requests_are_refused_by_name(request_, match):
    with pytest.raises(ValueError, match=match):
        review_settings(request_)


@pytest.mark.parametrize("frames, paths, request_, match", [
    ("1-10", ("/i/a.%04d.exr",), {"source": 1}, r"review source 1 of job 'sh010.ma - lit': the job has 1 output"),
    ("1-10", ("/i/a.%04d.exr",), {"source": "/i/b.%04d.exr"},
     r"must be an index or one of its outputs \(/i/a.%04d.exr\)"),
    ("1-10", ("/i/a.exr",), True, "output /i/a.exr has no frame token"),
    ("1-10x2", ("/i/a.%04d.exr",), True, r"frames 1-9x2 are not one unbroken run"),
    ("7", ("/i/a.%04d.exr",), True, r"review of job 'sh010.ma - lit': it renders one frame \(7\)"),
    ("1-10", (), True, r"it names no output in ImageFormat"),
    ("1-4", ("/i/a.%04d.exr",), {"output": "{shot}.mov"}, r"only \{folder\}, \{stem\} and \{job\} are known"),
])
def test_a_review_the_job_cannot_have_names_the_job(frames, paths, request_, match):
    graph = JobGraph()
    render = _render(graph, frames, paths)
    with pytest.raises(ValueError, match=match):
        add_review(graph, render, request_)


def test_one_rule_adds_what_it_can_and_says_why_not_for_the_rest(tmp_path):
    """``add_reviews`` over jobs that can and cannot have a movie: a movie of each that can, the reason of
    each other (never an exception), and ``review_findings`` says the same as warnings."""
    graph = JobGraph()
    good = _render(graph, "1-10", ("/i/good.%04d.exr",))
    gap = _render(graph, "1-3,10-12", ("/i/gap.%04d.exr",))
    one = _render(graph, "5", ("/i/one.%04d.exr",))
    movie = _render(graph, "1-10", ("/i/movie.mov",))
    sources = {good: 0, gap: 0, one: 0, movie: 0}
    skipped = add_reviews(graph, sources, True)
    assert [reason for _, reason in skipped] == [
        "frames 1-3,10-12 are not one unbroken run; FFmpeg's image sequence input stops at the first gap",
        "it renders one frame (5): a movie needs more than one",
        "review of job 'sh010.ma - lit': output /i/movie.mov has no frame token, so it is no image sequence"]
    assert [job for job, _ in skipped] == [gap, one, movie] and why_no_review(graph, good) == ""
    assert [graph.parents(j) for j in graph if graph.value(j, "Type") == "FFmpeg"] == [[good]]
    found = review_findings(graph, sources)
    assert [(f.severity, f.job_id, f.field, f.message) for f in found] == [
        ("warning", job, "review", "no review movie: " + reason) for job, reason in skipped]
    assert why_no_review(graph, good, None) == "it writes no image sequence a movie can be made of"
    assert add_reviews(graph, sources, False) == []
    with pytest.raises(ValueError, match="review frame_rate must be a number above 0"):
        add_reviews(graph, sources, {"frame_rate": 0})


def test_the_scene_frame_rate_unless_the_studio_or_the_request_sets_one(tmp_path):
    assert review_settings(True, None, fps=25.0)["frame_rate"] == 25.0
    assert review_settings(True, _studio(tmp_path, {"review": {"frame_rate": 30}}), fps=25.0)["frame_rate"] == 30
    assert review_settings({"frame_rate": 48}, None, fps=25.0)["frame_rate"] == 48
    assert review_settings(True)["frame_rate"] == 24
    with pytest.raises(ValueError, match="review frame_rate must be a number above 0, not 0"):
        review_settings(True, None, fps=0)


def test_the_review_takes_the_render_job_s_pool_priority_and_note():
    graph = JobGraph()
    render = _render(graph)
    graph.set_value(render, "Pool", "lighting")
    graph.set_value(render, "Priority", 70)
    graph.set_value(render, "Note", "shot 10")
    review = add_review(graph, render, fps=25)
    assert [graph.value(review, k) for k in ("Pool", "Priority", "Note")] == ["lighting", 70, "shot 10"]
    assert graph.value(review, "InfileOptions") == "-framerate 25 -start_number 1001"


def test_bad_review_defaults_in_the_studio_file_are_warnings(tmp_path):
    defaults = _studio(tmp_path, {"review": {"frame_rate": "fast", "output": "{nope}.mov", "colour": 1}})
    assert sorted(f.field for f in defaults.findings) == ["review.colour", "review.frame_rate", "review.output"]
    assert defaults.review == {}


WRITE_FRAMES = textwrap.dedent("""\
    import sys
    first, last, pattern = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    for frame in range(first, last + 1):
        with open(pattern % frame, "wb") as image:
            image.write(b"P6\\n16 16\\n255\\n" + bytes([frame * 40 % 256, 90, 160]) * 256)
    """)


def test_a_review_runs_on_the_local_master_after_every_render_frame(local_master, tmp_path):
    script = tmp_path / "write_frames.py"
    script.write_text(WRITE_FRAMES, encoding="utf-8")
    pattern = str(tmp_path / "images" / "lit.%04d.ppm")
    (tmp_path / "images").mkdir()
    graph = JobGraph()
    render = graph.add_job({"ID": uuid.uuid4(), "Name": "lit", "Type": "Generic Script", "Range": "11-14",
                            "Command": f"{sys.executable} {script} $(SubRange.Start) $(SubRange.End) {pattern}"})
    set_outputs(graph, render, [pattern])
    review = add_review(graph, render, {"codec": "mpeg4", "output_options": ""})
    real = shutil.which("ffmpeg") is not None
    if not real:  # the stand-in, for this test only
        smedge_core.set_engines({products.FFMPEG_ID: {"Command": engines.stand_in("FFmpeg")}})
    try:
        submit_graph(graph)
        assert list(wait_complete([render, review]).values()) == [states.JOB_COMPLETE] * 2
    finally:
        if not real:
            smedge_core.set_engines({products.FFMPEG_ID: {"Command": ""}})
    rendered = frame_times(render)
    assert sorted(rendered) == [11, 12, 13, 14]
    [(started, _)] = frame_times(review).values()
    assert all(started >= finished for _, finished in rendered.values())
    if real:  # the movie holds the 4 frames (FFmpeg found the sequence's first frame, 11)
        done = subprocess.run(["ffmpeg", "-i", str(tmp_path / "images" / "lit.mp4"), "-map", "0:v", "-f", "null", "-"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        assert re.findall(r"frame=\s*(\d+)", done.stdout.decode())[-1] == "4"
