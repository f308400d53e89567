"""What Houdini jobs write and read (issue 24): outputs per image plane / AOV in ``ImageFormat``, collisions,
the scene's file inputs through the shared input check, the review movie; products through
``integrations.products`` (issue 19); parms that cannot be read become findings (issue 17)."""
import pytest

import hou
from houdini_networks import rop
from integrations.host import collect, findings
from integrations.outputs import outputs
from integrations.studio import StudioDefaults
from integrations.validate import ERROR, WARNING
from smedge_houdini.host import HoudiniHost

pytestmark = pytest.mark.usefixtures("farm")


def graph_of(rops, studio=None, **options):
    hou.hipFile.save()
    host = HoudiniHost(rops, studio=studio)
    return host, collect(host, **options)


def files(graph):
    """{ROP path: its ImageFormat patterns}."""
    return {graph.value(job_id, "ROP"): outputs(graph, job_id) for job_id in graph if graph.value(job_id, "ROP")}


def found(host, graph):
    return [(f.severity, f.job_name, f.field, f.message) for f in findings(host, graph, pools=[])]


def planes(node, count, values):
    """Set the multiparm ``count`` parm and each instance's parms (``{"name#": value}``, # the index)."""
    node.parm(count).set(len(values))
    for index, parms in enumerate(values, 1):
        for name, value in parms.items():
            node.parm(name.replace("#", str(index))).set(value)


# -- outputs per renderer ---------------------------------------------------------------------------


def test_mantra_extra_image_planes_with_their_own_files(hip, out):
    beauty = rop(out, "ifd", "beauty")
    beauty.parm("vm_picture").set("$HIP/render/$OS.$F4.exr")
    planes(beauty, "vm_numaux", [
        {"vm_variable_plane#": "diffuse", "vm_usefile_plane#": 1,
         "vm_filename_plane#": "$HIP/render/${OS}_diff.$F3.exr"},
        {"vm_variable_plane#": "Pz", "vm_channel_plane#": "depth", "vm_usefile_plane#": 1,
         "vm_filename_plane#": "$HIP/render/depth/$OS.$F.exr"},
        {"vm_variable_plane#": "N"},  # no file of its own: a layer of the main image
        {"vm_variable_plane#": "P", "vm_usefile_plane#": 1, "vm_disable_plane#": 1,
         "vm_filename_plane#": "$HIP/render/off.$F4.exr"}])
    _, graph = graph_of([beauty])
    folder = hip.rsplit("/", 1)[0]
    assert files(graph) == {"/out/beauty": [f"{folder}/render/beauty.%04d.exr", f"{folder}/render/beauty_diff.%03d.exr",
                                            f"{folder}/render/depth/beauty.%d.exr"]}


def test_arnold_aovs_with_separate_files(hip, out):
    node = rop(out, "arnold", "lit")
    node.parm("ar_picture").set("/shots/sh010/lit/lit.$F4.exr")
    planes(node, "ar_aovs", [
        {"ar_aov_label#": "diffuse", "ar_aov_separate#": 1,
         "ar_aov_separate_file#": "/shots/sh010/lit/diffuse.$F4.exr"},
        {"ar_aov_label#": "specular", "ar_aov_separate#": 1,
         "ar_aov_separate_file#": "/shots/sh010/lit/specular.$F4.exr"},
        {"ar_aov_label#": "Z"},  # into the main image
        {"ar_aov_label#": "N", "ar_enable_aov#": 0, "ar_aov_separate#": 1, "ar_aov_separate_file#": "/x.$F4.exr"}])
    _, graph = graph_of([node])
    assert files(graph) == {"/out/lit": ["/shots/sh010/lit/lit.%04d.exr", "/shots/sh010/lit/diffuse.%04d.exr",
                                         "/shots/sh010/lit/specular.%04d.exr"]}


def test_redshift_aovs_beside_the_beauty_or_by_their_token_or_in_one_multilayer_file(hip, out):
    node = rop(out, "Redshift_ROP", "rs")
    node.parm("RS_outputFileNamePrefix").set("/shots/rs/sh010.$F4.exr")
    planes(node, "RS_aov", [{"RS_aovSuffix_#": "diffuse"}, {"RS_aovSuffix_#": "Z"},
                            {"RS_aovSuffix_#": "N", "RS_aovEnable_#": 0},
                            {"RS_aovSuffix_#": "crypto", "RS_aovCustomPrefix_#": "/shots/rs/$AOV/sh010.$F4.exr"}])
    _, graph = graph_of([node])
    assert files(graph)["/out/rs"] == ["/shots/rs/sh010.%04d.exr", "/shots/rs/sh010.%04d.diffuse.exr",
                                       "/shots/rs/sh010.%04d.Z.exr", "/shots/rs/crypto/sh010.%04d.exr"]
    node.parm("RS_outputMultilayerMode").set("2")  # only the AOV with a prefix of its own stays apart
    _, graph = graph_of([node])
    assert files(graph)["/out/rs"] == ["/shots/rs/sh010.%04d.exr", "/shots/rs/crypto/sh010.%04d.exr"]


@pytest.mark.parametrize("type_name, parm, path, expected", [
    ("karma", "picture", "/r/k.$F4.exr", "/r/k.%04d.exr"),
    ("geometry", "sopoutput", "/geo/cache.$F5.bgeo.sc", "/geo/cache.%05d.bgeo.sc"),
    ("usd", "lopoutput", "/usd/shot.usd", "/usd/shot.usd"),
    ("alembic", "filename", "/abc/anim.abc", "/abc/anim.abc"),
    ("opengl", "picture", "/r/gl.####.png", "/r/gl.%04d.png"),
])
def test_other_rops_write_their_one_output(hip, out, type_name, parm, path, expected):
    node = rop(out, type_name, "node")
    node.parm(parm).set(path)
    _, graph = graph_of([node])
    assert files(graph) == {"/out/node": [expected]}


@pytest.mark.parametrize("type_name, count, parms", [
    ("ifd", "vm_numaux", [{"vm_variable_plane#": "a", "vm_usefile_plane#": 1, "vm_filename_plane#": "/r/aov.$F4.exr"},
                          {"vm_variable_plane#": "b", "vm_usefile_plane#": 1, "vm_filename_plane#": "/r/aov.$F4.exr"}]),
    ("arnold", "ar_aovs", [{"ar_aov_label#": "a", "ar_aov_separate#": 1, "ar_aov_separate_file#": "/r/aov.$F4.exr"},
                           {"ar_aov_label#": "b", "ar_aov_separate#": 1, "ar_aov_separate_file#": "/r/aov.$F4.exr"}]),
    ("Redshift_ROP", "RS_aov", [{"RS_aovSuffix_#": "a", "RS_aovCustomPrefix_#": "/r/aov.$F4.exr"},
                                {"RS_aovSuffix_#": "a"}]),
])
def test_two_aovs_writing_one_file_are_an_error(hip, out, type_name, count, parms):
    node = rop(out, type_name, "lit")
    if type_name == "Redshift_ROP":  # the second AOV, without a prefix of its own, lands beside the beauty
        node.parm("RS_outputFileNamePrefix").set("/r/aov.$F4.exr")
    planes(node, count, parms)
    host, graph = graph_of([node])
    errors = [(s, field, m) for s, _, field, m in found(host, graph) if s == ERROR]
    assert len(errors) == 1 and "aov.%04d" in errors[0][2], errors


# -- inputs ---------------------------------------------------------------------------------------------


def test_a_missing_input_is_an_error_and_a_local_one_a_warning_naming_node_and_path(hip, out, tmp_path):
    shared = tmp_path / "shared"
    (shared / "geo").mkdir(parents=True)
    for frame in (1001, 1002):
        (shared / "geo" / f"rock.{frame:04d}.bgeo.sc").write_text("x", encoding="utf-8")
    local = tmp_path / "local" / "plate.exr"
    local.parent.mkdir()
    local.write_text("x", encoding="utf-8")
    geo = hou.node("/obj").createNode("geo", "set")
    geo.createNode("file", "rock").parm("file").set(str(shared / "geo" / "rock.$F4.bgeo.sc"))
    geo.createNode("alembic", "anim").parm("fileName").set(str(shared / "anim.abc"))  # missing
    hou.node("/img").createNode("file", "plate").parm("filename1").set(str(local))  # on a local disk
    hou.node("/stage").createNode("sublayer", "layout").parm("filepath1").set("$HIP/layout.usd")  # missing
    studio = StudioDefaults("houdini", {"shared_roots": [str(shared)]})
    host, graph = graph_of([rop(out, "ifd", "beauty")], studio=studio)
    inputs = sorted((s, name, m) for s, name, field, m in found(host, graph) if field == "Input")
    folder = hip.rsplit("/", 1)[0]
    assert [(s, name) for s, name, _ in inputs] == [
        (ERROR, "/obj/set/anim/fileName"), (ERROR, "/stage/layout/filepath1"),
        (WARNING, "/img/plate/filename1"), (WARNING, "/stage/layout/filepath1")]
    assert inputs[0][2] == f"{shared / 'anim.abc'} does not exist"
    assert inputs[1][2] == f"{folder}/layout.usd does not exist"
    assert inputs[2][2].startswith(f"{local} is on a local disk") and str(shared) in inputs[2][2]
    hou.node("/obj/set/rock").parm("file").set(str(shared / "geo" / "pebble.$F4.bgeo.sc"))
    host, graph = graph_of([hou.node("/out/beauty")], studio=studio)
    assert f"{shared}/geo/pebble.%04d.bgeo.sc matches no file" in [
        m for s, name, field, m in found(host, graph) if name == "/obj/set/rock/file"]


def test_the_rops_own_files_are_outputs_not_inputs(hip, out):
    host, _ = graph_of([rop(out, "ifd", "beauty", inputs=[rop(out, "geometry", "cache")])])
    assert host.network().inputs == []


# -- products ---------------------------------------------------------------------------------------


def test_products_by_the_manuals_names_and_the_studios_renderers(hip, out):
    nodes = [rop(out, "ifd", "mantra"), rop(out, "Redshift_ROP", "rs"), rop(out, "karma", "karma")]
    _, graph = graph_of(nodes)
    assert {graph.value(j, "ROP"): graph.value(j, "Type") for j in graph} == {
        "/out/mantra": "Houdini", "/out/rs": "Houdini", "/out/karma": "Houdini"}
    studio = StudioDefaults("houdini", {"hosts": {"houdini": {"renderers": {"redshift_rop": "Redshift for Houdini"}}}})
    host, graph = graph_of(nodes, studio=studio)
    assert graph.value(next(j for j in graph if graph.value(j, "ROP") == "/out/rs"), "Type") == "Redshift for Houdini"
    missing = [m for s, _, field, m in found(host, graph) if field == "Type" and "not on this Smedge master" in m]
    assert len(missing) == 1 and "'Redshift for Houdini'" in missing[0] and "hosts.houdini.renderers.redshift_rop" in \
        missing[0]


# -- parms that cannot be read -------------------------------------------------------------------------


def test_a_parm_that_cannot_be_read_is_a_finding_and_the_rest_collects(hip, out):
    broken = rop(out, "ifd", "broken")
    broken.parm("f2").setExpression("1004 +")
    planes(broken, "vm_numaux", [])
    broken.parm("vm_numaux").setExpression("2 *")
    cache = rop(out, "geometry", "cache")
    host, graph = graph_of([broken, cache])
    assert sorted(graph.value(j, "ROP") for j in graph) == ["/out/broken", "/out/cache"]
    assert files(graph)["/out/cache"] and files(graph)["/out/broken"]  # the main image is still read
    unreadable = [(s, name, field, m) for s, name, field, m in found(host, graph) if field in ("f2", "vm_numaux")]
    assert [(s, name, field) for s, name, field, _ in unreadable] == [(ERROR, "/out/broken", "f2"),
                                                                      (ERROR, "/out/broken", "vm_numaux")]
    assert "'1004 +'" in unreadable[0][3] and "/out/broken/f2" in unreadable[0][3]


# -- review ---------------------------------------------------------------------------------------------


def test_the_review_option_adds_an_encode_of_each_image_rop_waiting_for_its_whole_job(hip, out):
    cache = rop(out, "geometry", "cache")
    beauty = rop(out, "ifd", "beauty", inputs=[cache])
    beauty.parm("vm_picture").set("/r/beauty.$F4.exr")
    _, graph = graph_of([beauty], review=True)
    assert [graph.value(j, "ROP") for j in graph if graph.value(j, "Type") == "FFmpeg"] == [None]
    (review,) = [j for j in graph if graph.value(j, "Type") == "FFmpeg"]
    (render,) = graph.parents(review)
    assert graph.value(render, "ROP") == "/out/beauty" and graph.waits_per_frame(review) is False
    assert graph.value(review, "Scene") == "/r/beauty.%04d.exr" and graph.value(review, "OutputFile") == "/r/beauty.mp4"
    _, graph = graph_of([beauty])
    assert [graph.value(j, "Type") for j in graph] == ["Houdini", "Houdini"]


def test_a_review_the_rop_cannot_have_is_a_warning(hip, out):
    still = rop(out, "ifd", "still")
    still.parm("vm_picture").set("/r/still.exr")
    host, graph = graph_of([still], review=True)
    assert [(s, field) for s, _, field, _ in found(host, graph)] == [(WARNING, "review")]


def test_export_writes_each_jobs_outputs_in_the_job_file_and_its_json(hip, out, tmp_path):
    import json

    import smedge_houdini

    node = rop(out, "arnold", "lit")
    node.parm("ar_picture").set("/shots/lit.$F4.exr")
    planes(node, "ar_aovs", [{"ar_aov_label#": "Z", "ar_aov_separate#": 1,
                              "ar_aov_separate_file#": "/shots/Z.$F4.exr"}])
    hou.hipFile.save()
    result = smedge_houdini.export(str(tmp_path / "jobs"), rops=[node])
    with open(result.json_file, encoding="utf-8") as stream:
        data = json.load(stream)
    assert [item["files"] for item in data["outputs"]] == [["/shots/lit.%04d.exr", "/shots/Z.%04d.exr"]]
    with open(result.job_file, encoding="utf-8") as stream:
        assert "/shots/Z.%04d.exr" in stream.read()


def test_a_broken_expression_in_an_output_or_an_input_path_is_a_finding_naming_it(hip, out):
    broken = rop(out, "ifd", "broken")
    broken.parm("vm_picture").set("/r/shot.`2 *`.$F4.exr")
    good = rop(out, "ifd", "good")
    good.parm("vm_picture").set("/r/good.`1000 + 1`.$F4.exr")
    geo = hou.node("/obj").createNode("geo", "set")
    geo.createNode("file", "rock").parm("file").set("/geo/rock.`1 /`.bgeo")
    host, graph = graph_of([broken, good])
    assert files(graph) == {"/out/broken": [], "/out/good": ["/r/good.1001.%04d.exr"]}
    named = [(name, field) for s, name, field, _ in found(host, graph) if s == ERROR]
    assert named.count(("/out/broken", "vm_picture")) == 1 and ("/obj/set/rock", "file") in named
    assert host.network().inputs == []


def test_a_smedge_rop_parm_that_cannot_be_read_takes_its_default_and_says_so(hip, out, caplog):
    from smedge_houdini import rop as smedge_rop

    node = smedge_rop.create(out, [rop(out, "ifd", "beauty")])
    node.parm("packet_size").setExpression("4 *")
    node.parm("pool").set("fx")
    _, graph = graph_of([node])
    assert [graph.value(j, "Pool") for j in graph] == ["fx"]
    assert "packet_size cannot be read" in caplog.text
