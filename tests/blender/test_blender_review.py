"""The shared review rule (``integrations.review``) in Blender's glue (no bpy): a job that cannot have a
movie gets a warning saying why, never an exception; the scene's fps / fps_base unless the studio sets a
frame rate."""
from __future__ import annotations

from integrations.studio import StudioDefaults
from integrations.validate import WARNING
from smedge_blender import checks, jobs
from test_blender_glue import _blend, _options, _scene


def reviews(graph):
    return [j for j in graph if graph.value(j, "Type") == "FFmpeg"]


def review_warnings(graph, blend):
    return [(f.severity, f.job_name, f.message) for f in checks.findings(graph, blend, review=True)
            if f.field == "review"]


def test_a_stepped_range_gets_no_review_and_a_warning():
    blend = _blend(_scene("Main", start=1, end=9, step=2))
    graph = jobs.build(blend, _options(review=True), StudioDefaults("blender"))
    assert reviews(graph) == []
    assert review_warnings(graph, blend) == [
        (WARNING, "shot.blend - Main", "no review movie: frames 1-9x2 are not one unbroken run; FFmpeg's image "
         "sequence input stops at the first gap")]


def test_a_one_frame_render_gets_no_review_and_a_warning():
    blend = _blend(_scene("Main", start=7, end=7))
    graph = jobs.build(blend, _options(review=True), StudioDefaults("blender"))
    assert reviews(graph) == []
    assert review_warnings(graph, blend) == [
        (WARNING, "shot.blend - Main", "no review movie: it renders one frame (7): a movie needs more than one")]
    assert checks.findings(graph, blend, review=False) == []


def test_the_review_takes_the_scene_fps_unless_the_studio_sets_one():
    blend = _blend(_scene("Main", fps=24000 / 1001))  # fps 24000, fps_base 1001 as the collector divides them
    graph = jobs.build(blend, _options(review=True), StudioDefaults("blender"))
    [review] = reviews(graph)
    assert graph.value(review, "InfileOptions") == "-framerate 23.976 -start_number 1"
    graph = jobs.build(blend, _options(review=True), StudioDefaults("blender", {"review": {"frame_rate": 30}}))
    [review] = reviews(graph)
    assert graph.value(review, "InfileOptions") == "-framerate 30 -start_number 1"
