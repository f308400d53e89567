"""The shared review rule (``integrations.review``) in Houdini: a job that cannot have a movie gets a
warning saying why, never an exception; ``hou.fps()`` unless the studio sets a frame rate; the review takes
the render job's Note, Pool and Priority."""
from __future__ import annotations

import pytest

import hou
from houdini_networks import rop
from integrations.studio import StudioDefaults
from integrations.validate import WARNING
from test_houdini_io import found, graph_of

pytestmark = pytest.mark.usefixtures("farm")


def reviews(graph):
    return [j for j in graph if graph.value(j, "Type") == "FFmpeg"]


def review_warnings(host, graph):
    return [(severity, job, message) for severity, job, field, message in found(host, graph) if field == "review"]


def test_a_stepped_range_gets_no_review_and_a_warning(hip, out):
    beauty = rop(out, "ifd", "beauty", frames=(1, 9, 2))
    beauty.parm("vm_picture").set("/r/beauty.$F4.exr")
    host, graph = graph_of([beauty], review=True)
    assert reviews(graph) == []
    [(severity, job, message)] = review_warnings(host, graph)
    assert severity == WARNING and job == "shot010.hip - /out/beauty"
    assert message == ("no review movie: frames 1-9x2 are not one unbroken run; FFmpeg's image sequence input "
                       "stops at the first gap")


def test_the_review_takes_hou_fps_unless_the_studio_sets_one(hip, out):
    hou.setFps(25)
    beauty = rop(out, "ifd", "beauty")
    beauty.parm("vm_picture").set("/r/beauty.$F4.exr")
    _, graph = graph_of([beauty], review=True)
    [review] = reviews(graph)
    assert graph.value(review, "InfileOptions") == "-framerate 25 -start_number 1001"
    _, graph = graph_of([beauty], StudioDefaults("houdini", {"review": {"frame_rate": 30}}), review=True)
    [review] = reviews(graph)
    assert graph.value(review, "InfileOptions") == "-framerate 30 -start_number 1001"


def test_a_one_frame_render_gets_no_review_and_a_warning(hip, out):
    hou.setFrame(1007)
    still = rop(out, "ifd", "still", frames=None)
    still.parm("vm_picture").set("/r/still.$F4.exr")
    host, graph = graph_of([still], review=True)
    assert reviews(graph) == []
    assert [m for _, _, m in review_warnings(host, graph)] == [
        "no review movie: it renders one frame (1007): a movie needs more than one"]


def test_the_review_takes_the_render_job_s_note_pool_and_priority(hip, out):
    beauty = rop(out, "ifd", "beauty")
    beauty.parm("vm_picture").set("/r/beauty.$F4.exr")
    _, graph = graph_of([beauty], review=True, note="shot 10 lighting", pool="lighting", priority=70)
    [review] = reviews(graph)
    assert [graph.value(review, key) for key in ("Note", "Pool", "Priority")] == ["shot 10 lighting", "lighting", 70]
