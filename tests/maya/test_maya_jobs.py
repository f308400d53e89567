"""Records -> job graph, without Maya: names, products, ranges, cameras, follow-ups."""
import pytest
from maya_records import layer, scene

from smedge_maya import jobs


class Studio:
    """The studio defaults the jobs read: a renderer's product, the review settings."""

    def __init__(self):
        self.review = {}

    @staticmethod
    def product_for(renderer, default):
        return {"redshift": "Maya Redshift"}.get(renderer, default)


def build(record, split=False, **options):
    graph = jobs.build(record, dict({"layers": None, "comp": "", "review": False}, split=split, **options), Studio())
    return graph, jobs.sources(record, graph)


def test_one_job_per_layer_with_the_parameters_maya_render_takes():
    record = scene(layer("beauty", 1001, 1100, cameras=["camA", "camB"]), layer("fx", renderer="redshift"))
    graph, sources = build(record)
    jobs = {graph.value(j, "Name"): graph.job(j) for j in graph}
    beauty = jobs["sh010.ma - beauty"]
    assert {k: beauty[k] for k in ("Type", "Scene", "Project", "Range", "RenderDir", "Extra")} == {
        "Type": "Arnold for Maya", "Scene": "/proj/scenes/sh010.ma", "Project": "/proj", "Range": "1001-1100",
        "RenderDir": "/proj/images", "Extra": "-rl rs_beauty"}
    assert beauty["ImageFormat"] == ["/proj/images/beauty/camA/sh010.%04d.exr",
                                     "/proj/images/beauty/camB/sh010.%04d.exr"]
    assert jobs["sh010.ma - fx"]["Type"] == "Maya Redshift"
    assert {s.kind for s in sources.values()} == {"render"}


def test_split_gives_a_job_per_layer_and_camera():
    graph, sources = build(scene(layer("beauty", cameras=["camA", "camB"])), split=True)
    assert sorted((graph.value(j, "Name"), graph.value(j, "Extra")) for j in graph) == [
        ("sh010.ma - beauty - camA", "-rl rs_beauty -cam camA"),
        ("sh010.ma - beauty - camB", "-rl rs_beauty -cam camB")]
    assert sorted(s.camera for s in sources.values()) == ["camA", "camB"]


def test_a_step_and_a_single_frame():
    graph, _ = build(scene(layer("a", 1, 20, 5), layer("b", 7, 7, animation=False)))
    assert sorted(graph.value(j, "Range") for j in graph) == ["1-16x5", "7"]


def test_comp_waits_frame_by_frame_on_the_chosen_layers_over_their_common_frames():
    record = scene(layer("bg", 1, 100), layer("fg", 11, 120), layer("fx", 1, 5))
    graph, sources = build(record, split=False, comp={"script": "/proj/comp/sh010.nk", "layers": ["bg", "fg"]})
    comp = next(j for j, s in sources.items() if s.kind == "comp")
    assert graph.job(comp)["Type"] == "Nuke" and graph.value(comp, "Range") == "11-100"
    parents = sorted(graph.value(p, "Name") for p in graph.parents(comp))
    assert parents == ["sh010.ma - bg", "sh010.ma - fg"] and graph.waits_per_frame(comp)


def test_review_of_each_render_job_waits_for_the_whole_job_at_the_scene_frame_rate():
    record = scene(layer("beauty", 1001, 1010, cameras=["camA", "camB"]), layer("still", animation=False))
    graph, sources = build(record, split=True, review=True)
    reviews = sorted((j for j in graph if j not in sources), key=lambda j: graph.value(j, "Name"))
    assert [graph.value(j, "OutputFile") for j in reviews] == [
        "/proj/images/beauty/camA/sh010.mp4", "/proj/images/beauty/camB/sh010.mp4"]
    job = graph.job(reviews[0])
    assert (job["Type"], job["Scene"], job["InfileOptions"]) == (
        "FFmpeg", "/proj/images/beauty/camA/sh010.%04d.exr", "-framerate 25 -start_number 1001")  # the scene's fps
    assert [graph.value(p, "Name") for p in graph.parents(reviews[0])] == ["sh010.ma - beauty - camA"]
    assert not graph.waits_per_frame(reviews[0])
    graph, _ = build(record, review={"frame_rate": 24, "codec": "prores_ks"})
    [review] = [j for j in graph if graph.value(j, "Type") == "FFmpeg"]
    assert graph.value(review, "InfileOptions").startswith("-framerate 24 ") and "prores_ks" in graph.value(
        review, "OutfileOptions")


@pytest.mark.parametrize("options, message", [
    ({"comp": {"layers": ["bg"]}}, "comp must be"),
    ({"comp": {"script": "/c.nk", "layers": ["nope"]}}, "comp\\['layers'\\] must name submitted layers"),
    ({"comp": {"script": "/c.nk", "layers": ["bg", "late"]}}, "share no frame"),
    ({"review": {"frame_rate": 0}}, "review frame_rate must be a number above 0"),
    ({"review": "yes"}, "review must be True, False or a dict"),
    ({"layers": "bg"}, "layers must be a list"),
])
def test_bad_follow_up_options_name_what_is_wrong(options, message):
    with pytest.raises(ValueError, match=message):
        build(scene(layer("bg", 1, 10), layer("late", 50, 60)), **options)


def test_version_token_resolves_from_the_render_version():
    record = layer("beauty", prefix="<Version>/<Scene>")
    record.version = "v002"
    graph, _ = build(scene(record))
    assert [graph.value(j, "ImageFormat") for j in graph] == [["/proj/images/v002/sh010.%04d.exr"]]
    assert record.unresolved == []
