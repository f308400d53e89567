"""The review movie through Pyblish: a studio plug-in sets the build option in ``smedgeOptions`` and the
Houdini collector adds the encode as a render instance waiting for the whole render's instance."""
import pytest

pyblish_util = pytest.importorskip("pyblish.util")
import pyblish.api  # noqa: E402

import hou  # noqa: E402
import integrations.pyblish  # noqa: E402
from houdini_networks import rop  # noqa: E402


class AskForReview(pyblish.api.ContextPlugin):
    order = pyblish.api.CollectorOrder - 0.1

    def process(self, context):
        context.data["smedgeOptions"] = {"review": True}


@pytest.fixture
def plugins():
    yield
    pyblish.api.deregister_all_plugins()
    pyblish.api.deregister_all_paths()


def test_smedge_options_ask_for_a_review_instance(out, plugins, farm):
    rop(out, "ifd", "beauty").parm("vm_picture").set("/r/beauty.$F4.exr")
    hou.hipFile.save()
    pyblish.api.register_plugin(AskForReview)
    integrations.pyblish.register("smedge_houdini")
    context = pyblish_util.collect()
    jobs = {i.name: i.data for i in context}
    (review,) = [name for name, data in jobs.items() if data["smedgeJob"].get("Type") == "FFmpeg"]
    (render,) = jobs[review]["smedgeWaitFor"]
    assert jobs[render]["smedgeJob"]["ROP"] == "/out/beauty" and jobs[review]["smedgeWaitPerFrame"] is False
    assert jobs[review]["smedgeJob"]["Scene"] == "/r/beauty.%04d.exr"


def test_smedge_review_on_the_render_instance_adds_the_encode_of_its_image(out, plugins, farm):
    from integrations.pyblish.instances import graph_of

    rop(out, "ifd", "beauty").parm("vm_picture").set("/r/beauty.$F4.exr")
    hou.hipFile.save()
    integrations.pyblish.register("smedge_houdini")
    context = pyblish_util.collect()
    (instance,) = list(context)
    instance.data["smedgeReview"] = {"frame_rate": 25}
    graph, _ = graph_of(context)
    (review,) = [j for j in graph if graph.value(j, "Type") == "FFmpeg"]
    assert graph.value(graph.parents(review)[0], "ROP") == "/out/beauty"
    assert graph.value(review, "Scene") == "/r/beauty.%04d.exr"
    assert "-framerate 25" in graph.value(review, "InfileOptions")
