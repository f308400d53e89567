"""The review movie from Maya: the build option adds an FFmpeg job (integrations.review) per render job,
which runs on the local master only after every frame of its layer rendered."""
import json
import os
import shutil

from maya_helpers import SCENES, open_scene

import smedge_core
from fakes.history import frame_times, wait_complete
from smedge_core.sandbox import engines, products, states


def test_a_review_job_runs_on_the_local_master_after_every_render_frame(local_master, tmp_path):
    from maya import cmds

    import smedge_maya

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "arnold_aovs.ma"), path)
    open_scene(path, project=str(tmp_path))
    cmds.setAttr("defaultRenderGlobals.endFrame", 1003)
    cmds.file(save=True, force=True)
    # the stand-in encodes nothing: the renders' stand-in writes no images for a real ffmpeg to read
    smedge_core.set_engines({products.FFMPEG_ID: {"Command": engines.stand_in("FFmpeg")}})
    try:
        result = smedge_maya.submit(review=True)
        by_name = {result.graph.name(node): job for node, job in result.ids.items()}
        render, review = by_name["shot.ma - masterLayer"], by_name["shot.ma - masterLayer - review"]
        assert list(wait_complete([render, review]).values()) == [states.JOB_COMPLETE] * 2
    finally:
        smedge_core.set_engines({products.FFMPEG_ID: {"Command": ""}})
    [job] = smedge_core.get_jobs(smedge_core.ids_to_query([review]))
    assert job["Scene"] == str(tmp_path).replace("\\", "/") + "/images/shot/masterLayer_beauty.%04d.exr"
    rendered = frame_times(render)
    assert sorted(rendered) == [1001, 1002, 1003]
    [(started, _)] = frame_times(review).values()
    assert all(started >= finished for _, finished in rendered.values())


def test_pyblish_asks_for_the_review_through_the_build_options(tmp_path, monkeypatch):
    """A studio plug-in (or script) sets ``smedgeOptions`` on the context before collection: the review
    job becomes an instance of its own, waiting for the whole render job."""
    import pyblish.api
    import pyblish.util

    import integrations.pyblish
    from integrations.pyblish.instances import OPTIONS

    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "arnold_aovs.ma"), path)
    open_scene(path, project=str(tmp_path))
    studio = tmp_path / "studio.json"  # the review's settings come from the studio's review section
    studio.write_text(json.dumps({"version": 1, "review": {"codec": "prores_ks"}}), encoding="utf-8")
    monkeypatch.setenv("SMEDGE_SUBMIT_CONFIG", str(studio))
    integrations.pyblish.register("smedge_maya")
    try:
        context = pyblish.api.Context()
        context.data[OPTIONS] = {"review": True}
        pyblish.util.collect(context)
    finally:
        pyblish.api.deregister_all_plugins()
    found = {i.data["smedgeJob"]["Name"]: i.data for i in context}
    review = found["shot.ma - masterLayer - review"]
    assert review["smedgeJob"]["Type"] == "FFmpeg" and "-c:v prores_ks" in review["smedgeJob"]["OutfileOptions"]
    assert review["smedgeWaitPerFrame"] is False and len(review["smedgeWaitFor"]) == 1


def test_a_stepped_or_single_frame_layer_gets_no_review_and_a_warning_says_why():
    from maya import cmds

    from integrations.host import collect
    from integrations.validate import WARNING
    from smedge_maya.host import MayaHost

    open_scene(os.path.join(SCENES, "arnold_aovs.ma"))
    cmds.setAttr("defaultRenderGlobals.byFrameStep", 2)
    host = MayaHost()
    graph = collect(host, review=True)
    assert [graph.name(j) for j in graph] == ["arnold_aovs.ma - masterLayer"]
    found = [(f.severity, f.message) for check in host.checks() for f in check(graph) if "review" in f.message]
    assert found == [(WARNING, "no review movie: frames 1001-1009x2 are not one unbroken run; FFmpeg's image "
                               "sequence input stops at the first gap")]
    assert [f for check in host.checks() for f in check(collect(host)) if "review" in f.message] == []


def test_a_one_frame_layer_gets_no_review_and_a_warning_says_why():
    from maya import cmds

    from integrations.host import collect
    from integrations.validate import WARNING
    from smedge_maya.host import MayaHost

    open_scene(os.path.join(SCENES, "arnold_aovs.ma"))
    cmds.setAttr("defaultRenderGlobals.endFrame", 1001)
    host = MayaHost()
    graph = collect(host, review=True)
    assert [graph.name(j) for j in graph] == ["arnold_aovs.ma - masterLayer"]
    found = [(f.severity, f.job_name, f.message) for check in host.checks() for f in check(graph)
             if f.field == "review"]
    assert found == [(WARNING, "arnold_aovs.ma - masterLayer",
                      "no review movie: it renders one frame (1001): a movie needs more than one")]


def test_the_review_takes_the_scene_time_unit_unless_the_studio_sets_a_frame_rate():
    from maya import cmds

    from integrations.host import collect
    from integrations.studio import StudioDefaults
    from smedge_maya.host import MayaHost

    open_scene(os.path.join(SCENES, "arnold_aovs.ma"))
    cmds.currentUnit(time="pal")
    graph = collect(MayaHost(), review=True)
    [review] = [j for j in graph if graph.value(j, "Type") == "FFmpeg"]
    assert graph.value(review, "InfileOptions").startswith("-framerate 25 ")
    graph = collect(MayaHost(studio=StudioDefaults("maya", {"review": {"frame_rate": 30}})), review=True)
    [review] = [j for j in graph if graph.value(j, "Type") == "FFmpeg"]
    assert graph.value(review, "InfileOptions").startswith("-framerate 30 ")
