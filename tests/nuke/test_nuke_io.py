"""What Nuke's jobs write and read (issue 24), the product choice (issue 19, item 3) and knobs that cannot be
read (issue 17, item 3): on scripts written here in Nuke's .nk text and on the real scripts of
tests/data/scenes (AWS Deadline Cloud's, whose expected_job_bundle holds the files its submitter found in
real Nuke, and the corpus)."""
import json
import os
import shutil
import textwrap

import pytest

import nuke
import smedge_core
import smedge_nuke
from fakes.history import frame_times, wait_complete
from integrations import studio
from integrations.export import read_graph
from integrations.outputs import outputs
from integrations.validate import ERROR, WARNING, validate
from nukefixtures import REPO, SHARED
from smedge_core.frames import parse_range
from smedge_core.sandbox import engines, products, states
from smedge_nuke import collect
from smedge_nuke.checks import input_items
from smedge_nuke.host import NukeHost

ROOT = """Root {{
 inputs 0
 name {path}
 project_directory "{folder}"
 first_frame 1
 last_frame 3
 views "{views}"
}}
"""


def open_nk(tmp_path, body, views=("main",), name="io.nk"):
    """Write ``body`` (node blocks) under a Root into ``tmp_path/name``, open it; return its path."""
    path = tmp_path / name
    path.write_text(ROOT.format(path=path, folder=tmp_path, views="\n".join(f"{v} #ffffff" for v in views))
                    + textwrap.dedent(body), encoding="utf-8")
    nuke.scriptOpen(str(path))
    return str(path)


def write_node(name, file, extra=""):
    return f"""
CheckerBoard2 {{
 inputs 0
 name {name}_source
}}
Write {{
 file {file}
 name {name}
{extra}}}
"""


def by_name(graph):
    return {graph.name(job_id): job_id for job_id in graph}


def with_studio(monkeypatch, tmp_path, data):
    path = tmp_path / "studio.json"
    path.write_text(json.dumps(dict({"version": 1}, **data)), encoding="utf-8")
    monkeypatch.setenv(studio.CONFIG_ENV, str(path))
    monkeypatch.setenv(studio.USER_CONFIG_ENV, str(tmp_path / "none.json"))
    return str(path)


def host_findings(graph):
    return [f for check in NukeHost().checks() for f in check(graph)]


# -- outputs ----------------------------------------------------------------------------------------------

def test_a_write_of_two_views_gives_both_files_with_their_padding(tmp_path, farm):
    open_nk(tmp_path, write_node("WriteStereo", "renders/sh010_%V.####.exr")
            + write_node("WriteThree", "renders/plate.%03d.dpx") + write_node("WriteOne", "renders/one.#.png"),
            views=("left", "right"))
    graph = smedge_nuke.build_graph()
    ids = by_name(graph)
    renders = str(tmp_path / "renders")
    assert outputs(graph, ids["io.nk - WriteStereo"]) == [f"{renders}/sh010_left.%04d.exr",
                                                          f"{renders}/sh010_right.%04d.exr"]
    assert outputs(graph, ids["io.nk - WriteThree"]) == [f"{renders}/plate.%03d.dpx"]
    assert outputs(graph, ids["io.nk - WriteOne"]) == [f"{renders}/one.%d.png"]
    split = smedge_nuke.build_graph(split=True)
    ids = by_name(split)
    assert outputs(split, ids["io.nk - WriteStereo (left)"]) == [f"{renders}/sh010_left.%04d.exr"]
    assert outputs(split, ids["io.nk - WriteStereo (right)"]) == [f"{renders}/sh010_right.%04d.exr"]
    graph = smedge_nuke.build_graph(one_job=True)
    [job] = graph
    assert outputs(graph, job) == [f"{renders}/sh010_left.%04d.exr", f"{renders}/sh010_right.%04d.exr",
                                   f"{renders}/plate.%03d.dpx", f"{renders}/one.%d.png"]
    assert validate(graph) == []


def test_a_multi_view_file_without_a_view_token_is_one_file(tmp_path):
    open_nk(tmp_path, write_node("WriteMulti", "renders/stereo.####.exr"), views=("left", "right"))
    graph = smedge_nuke.build_graph()
    [job] = graph
    assert outputs(graph, job) == [str(tmp_path / "renders" / "stereo.%04d.exr")]


def test_two_views_writing_one_file_are_an_error_and_so_are_two_writes(tmp_path, farm):
    """``%v`` is the view's first letter: left and lowres write the same file."""
    open_nk(tmp_path, write_node("WriteLetter", "renders/sh010_%v.####.exr")
            + write_node("WriteAgain", "renders/other.####.exr") + write_node("WriteSame", "renders/other.####.exr"),
            views=("left", "lowres"))
    graph = smedge_nuke.build_graph()
    found = [f for f in validate(graph) if f.rule == "outputs"]
    messages = {f.job_name: f.message for f in found}
    assert all(f.severity == ERROR and f.field == "ImageFormat" for f in found) and len(found) == 2
    left = str(tmp_path / "renders" / "sh010_l.%04d.exr")
    assert messages["io.nk - WriteLetter"] == (f"{left} is also written by another output of this job ({left}) "
                                               "on frames 1-3")
    other = str(tmp_path / "renders" / "other.%04d.exr")
    assert messages["io.nk - WriteSame"] == (f"{other} is also written by job 'io.nk - WriteAgain' ({other}) "
                                             "on frames 1-3")


def test_export_writes_the_outputs_in_the_json(tmp_path, farm):
    open_nk(tmp_path, write_node("WriteStereo", "renders/sh010_%V.####.exr"), views=("left", "right"))
    result = smedge_nuke.export(str(tmp_path / "jobs"))
    with open(result.json_file, encoding="utf-8") as stream:
        data = json.load(stream)
    renders = str(tmp_path / "renders")
    assert [(o["name"], o["range"], o["files"]) for o in data["outputs"]] == [
        ("io.nk - WriteStereo", "1-3", [f"{renders}/sh010_left.%04d.exr", f"{renders}/sh010_right.%04d.exr"])]
    with open(result.job_file, encoding="utf-8") as stream:
        assert "sh010_left.%04d.exr" in stream.read()  # ImageFormat, for Smedge


# -- inputs -----------------------------------------------------------------------------------------------

INPUTS = """
Read {{
 inputs 0
 file {missing}/plate.####.exr
 first 1
 last 3
 name ReadMissing
}}
Read {{
 inputs 0
 file {local}/texture.png
 name ReadLocal
}}
Camera2 {{
 read_from_file true
 file {missing}/camera.abc
 name CameraFromFile
}}
Camera2 {{
 read_from_file false
 file {missing}/ignored.abc
 name CameraKeyed
}}
ReadGeo2 {{
 file {shared}/geo.abc
 name ReadGeoShared
}}
Read {{
 inputs 0
 file renders/precomp.####.exr
 first 1
 last 3
 name ReadPrecomp
}}
Write {{
 file renders/precomp.####.exr
 name WritePrecomp
}}
Read {{
 inputs 0
 disable true
 file {missing}/disabled.exr
 name ReadDisabled
}}
"""


def test_a_missing_input_is_an_error_and_a_local_one_a_warning_naming_node_and_path(tmp_path, monkeypatch, farm):
    shared, local, missing = tmp_path / "projects", tmp_path / "local", tmp_path / "projects" / "gone"
    shared.mkdir()
    local.mkdir()
    (local / "texture.png").write_bytes(b"png")
    (shared / "geo.abc").write_bytes(b"abc")
    with_studio(monkeypatch, tmp_path, {"shared_roots": [str(shared)]})
    open_nk(tmp_path, INPUTS.format(missing=missing, local=local, shared=shared))
    found = [(f.severity, f.job_name, f.message) for f in host_findings(smedge_nuke.build_graph())
             if f.field == "Input"]
    assert found == [
        (ERROR, "ReadMissing", f"{missing}/plate.%04d.exr is in a folder that does not exist ({missing})"),
        (WARNING, "ReadLocal", f"{local}/texture.png is on a local disk, under none of the shared roots "
                               f"({shared}): render engines on other machines cannot reach it"),
        (ERROR, "CameraFromFile", f"{missing}/camera.abc does not exist")]
    missing.mkdir()
    (missing / "plate.0001.exr").write_bytes(b"exr")
    messages = [f.message for f in host_findings(smedge_nuke.build_graph()) if f.job_name == "ReadMissing"]
    assert messages == [f"{missing}/plate.%04d.exr has no file for frames 2-3"]


def test_without_a_master_missing_inputs_are_errors_and_the_master_is_not_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("SMEDGE", str(tmp_path / "no-smedge-here"))
    local = tmp_path / "local"
    local.mkdir()
    for name in ("texture.png", "geo.abc"):
        (local / name).write_bytes(b"")
    open_nk(tmp_path, INPUTS.format(missing=tmp_path / "gone", local=local, shared=local))
    found = [(f.severity, f.job_name) for f in host_findings(smedge_nuke.build_graph()) if f.field == "Input"]
    assert found == [(ERROR, "ReadMissing"), (ERROR, "CameraFromFile")]


SHARED_CASES = sorted(n for n in os.listdir(SHARED) if os.path.isdir(os.path.join(SHARED, n, "expected_job_bundle")))


def _bundle(name, tmp_path):
    """The script's real folder, and the files and output folders Deadline Cloud's submitter found in
    real Nuke (asset_references.yaml), placeholders replaced."""
    folder = os.path.join(SHARED, name)
    scene = os.path.join(folder, "scene")
    inputs, dirs, section = [], [], None
    with open(os.path.join(folder, "expected_job_bundle", "asset_references.yaml"), encoding="utf-8") as stream:
        for line in stream:
            words = line.strip()
            if words.endswith(":"):
                section = {"inputs:": "in", "outputs:": "out"}.get(words, section)
                kind = words[:-1]
            elif words.startswith("- "):
                path = words[2:].replace("/normalized/job/bundle/dir", scene).replace("/normalized/cwd", str(tmp_path))
                if section == "in" and kind == "filenames":
                    inputs.append(path)
                elif section == "out" and kind == "directories":
                    dirs.append(path)
    return scene, inputs, dirs


@pytest.mark.parametrize("name", SHARED_CASES)
def test_inputs_and_output_folders_are_what_deadline_s_submitter_found_in_real_nuke(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    scene, expected_inputs, expected_dirs = _bundle(name, tmp_path)
    path = os.path.join(scene, name + ".nk")
    nuke.scriptOpen(path)
    files = set()
    for _node, pattern, frames in input_items(collect.script()):
        frames = parse_range(frames) if frames else [None]
        files |= {pattern % frame if frame is not None and "%" in pattern else pattern for frame in frames}
    assert sorted(files) == sorted(p for p in expected_inputs if p != path)
    graph = smedge_nuke.build_graph()
    assert sorted({os.path.dirname(p) for job in graph for p in outputs(graph, job)}) == sorted(expected_dirs)


def test_the_real_inputs_missing_here_are_errors_naming_the_read(tmp_path, monkeypatch, farm):
    """multi-load-save.nk reads two sequences its repository does not ship: each Read is an error naming
    its path and the frames; given the files (in a copy of the script's folder), none."""
    monkeypatch.chdir(tmp_path)
    scene, expected, _ = _bundle("multi-load-save", tmp_path)
    nuke.scriptOpen(os.path.join(scene, "multi-load-save.nk"))
    found = {f.job_name: f.message for f in host_findings(smedge_nuke.build_graph()) if f.field == "Input"}
    assert found == {"Read1": f"{scene}/input_seq_%04d.jpg has no file for frames 1-10",
                     "Read2": f"{scene}/some_exrs_%04d.exr has no file for frames 50-100"}
    copy = tmp_path / "scene"
    copy.mkdir()
    shutil.copy(os.path.join(scene, "multi-load-save.nk"), str(copy))
    for path in expected:
        if not path.endswith(".nk"):
            (copy / os.path.basename(path)).write_bytes(b"")
    nuke.scriptClear()
    nuke.scriptOpen(str(copy / "multi-load-save.nk"))
    assert [f for f in host_findings(smedge_nuke.build_graph()) if f.field == "Input"] == []


# -- products (issue 19, item 3) --------------------------------------------------------------------------

def test_the_product_comes_from_products_product_for_and_a_missing_one_is_a_finding(tmp_path, monkeypatch, farm):
    open_nk(tmp_path, write_node("WriteComp", "renders/comp.####.exr"))
    [job] = smedge_nuke.build_graph().jobs()
    assert job["Type"] == "Nuke"  # RENDERER_PRODUCTS["nuke"]["write"], the manual's name
    assert [f for f in host_findings(smedge_nuke.build_graph()) if f.field == "Type"] == []
    studio_file = with_studio(monkeypatch, tmp_path, {"hosts": {"nuke": {"renderers": {"write": "Nuke 15 Farm"}}}})
    graph = smedge_nuke.build_graph()
    [job] = graph.jobs()
    assert job["Type"] == "Nuke 15 Farm"
    assert [f for f in host_findings(graph) if f.field == "Type"] == []  # the master not asked yet
    smedge_core.get_product_info()  # as the shared validation does, once per process
    [finding] = [f for f in host_findings(graph) if f.field == "Type"]
    assert finding.severity == ERROR and finding.job_name == "io.nk - WriteComp"
    assert finding.message.startswith(f"product 'Nuke 15 Farm' (from hosts.nuke.renderers.write in {studio_file}) "
                                      "is not on this Smedge master")


# -- knobs that cannot be read (issue 17, item 3) ---------------------------------------------------------

BROKEN = """
Group {
 inputs 0
 name Precomp
}
 Read {
  inputs 0
  file plate.####.exr
  first {{parent.start}}
  last 10
  name ReadShot
 }
 Write {
  file renders/broken.####.exr
  disable {{parent.crop_bbox}}
  name WriteInside
 }
 Output {
  name Output1
 }
end_group
"""


def test_a_knob_that_cannot_be_read_is_a_finding_and_the_rest_collects(tmp_path, farm):
    open_nk(tmp_path, BROKEN + write_node("WriteFine", "renders/fine.####.exr"))
    graph = smedge_nuke.build_graph()
    assert sorted(graph.name(j) for j in graph) == ["io.nk - Precomp.WriteInside", "io.nk - WriteFine"]
    found = [(f.severity, f.job_name, f.message) for f in host_findings(graph) if "cannot be read" in f.message]
    assert [(severity, job) for severity, job, _ in found] == [(WARNING, "Precomp.ReadShot"),
                                                               (ERROR, "io.nk - Precomp.WriteInside")]
    assert found[0][2].startswith("Precomp.ReadShot.first cannot be read (RuntimeError: ") and "start" in found[0][2]
    assert found[1][2].startswith("Precomp.WriteInside.disable cannot be read (") and "crop_bbox" in found[1][2]


def test_the_real_precompwrite_gizmo_collects_with_its_unreadable_knobs_named(tmp_path, monkeypatch, farm):
    monkeypatch.chdir(tmp_path)
    nuke.scriptOpen(os.path.join(REPO, "tests", "data", "scenes", "corpus", "nuke", "jedypod-PrecompWrite", "scene",
                                 "PrecompWrite.nk"))
    graph = smedge_nuke.build_graph()
    found = {(f.severity, f.job_name): f.message for f in host_findings(graph) if "cannot be read" in f.message}
    assert sorted(found) == [(ERROR, "PrecompWrite.nk - PrecompWrite.write_exr"), (WARNING, "PrecompWrite.BboxRemove")]
    assert "parent.crop_bbox: no such knob" in found[(WARNING, "PrecompWrite.BboxRemove")]


# -- review movie -----------------------------------------------------------------------------------------

def test_the_review_option_adds_an_encode_waiting_for_the_whole_job(tmp_path, monkeypatch):
    with_studio(monkeypatch, tmp_path, {"review": {"frame_rate": 25, "codec": "prores_ks"}})
    open_nk(tmp_path, write_node("WriteComp", "renders/comp.####.exr") + write_node("WriteMovie", "renders/comp.mov")
            + """
DeepWrite {
 file renders/deep.####.exr
 name WriteDeep
}
""")
    assert NukeHost().options()[-1].name == "review"
    assert len(smedge_nuke.build_graph()) == 3  # no review unless asked
    graph = smedge_nuke.build_graph(review=True)
    ids = by_name(graph)
    review = ids["io.nk - WriteComp - review"]
    assert len(graph) == 4  # a movie and a deep file get none
    assert graph.parents(review) == [ids["io.nk - WriteComp"]] and not graph.waits_per_frame(review)
    job = graph.job(review)
    assert (job["Type"], job["Scene"], job["Range"]) == ("FFmpeg", str(tmp_path / "renders" / "comp.%04d.exr"), "1")
    assert job["InfileOptions"] == "-framerate 25 -start_number 1"
    assert job["OutfileOptions"].startswith("-frames:v 3 -c:v prores_ks")
    assert job["OutputFile"] == str(tmp_path / "renders" / "comp.mp4")


def test_a_review_job_runs_on_the_local_master_after_every_render_frame(tmp_path, local_master, monkeypatch):
    open_nk(tmp_path, write_node("WriteComp", "renders/comp.####.exr"))
    nuke.scriptSave()
    smedge_core.set_engines({products.FFMPEG_ID: {"Command": engines.stand_in("FFmpeg")}})
    try:
        result = smedge_nuke.submit(review=True)
        ids = {result.graph.name(node): job for node, job in result.ids.items()}
        render, review = ids["io.nk - WriteComp"], ids["io.nk - WriteComp - review"]
        assert list(wait_complete([render, review]).values()) == [states.JOB_COMPLETE] * 2
    finally:
        smedge_core.set_engines({products.FFMPEG_ID: {"Command": ""}})
    rendered = frame_times(render)
    assert sorted(rendered) == [1, 2, 3]
    [(started, _)] = frame_times(review).values()
    assert all(started >= finished for _, finished in rendered.values())


def test_read_back_export_keeps_the_review(tmp_path, farm):
    open_nk(tmp_path, write_node("WriteComp", "renders/comp.####.exr"))
    result = smedge_nuke.export(str(tmp_path / "jobs"), review=True)
    graph = read_graph(result.json_file)
    assert sorted(graph.name(j) for j in graph) == ["io.nk - WriteComp", "io.nk - WriteComp - review"]


def test_in_pyblish_the_review_is_an_instance_waiting_for_the_whole_render(tmp_path):
    """The collector hands the context's ``smedgeOptions`` to the build: ``{"review": True}`` adds the review
    as a ``smedge.render`` instance of its own, waiting for the whole render's instance."""
    pyblish_api = pytest.importorskip("pyblish.api")
    from integrations.pyblish.instances import collect_host, graph_of

    open_nk(tmp_path, write_node("WriteComp", "renders/comp.####.exr"))
    context = pyblish_api.Context()
    collect_host(context, NukeHost(), review=True)
    by_instance = {instance.name: instance.data for instance in context}
    review = by_instance["io.nk - WriteComp - review"]
    assert review["smedgeJob"]["Type"] == "FFmpeg"
    assert (review["smedgeWaitFor"], review["smedgeWaitPerFrame"]) == (["io.nk - WriteComp"], False)
    graph, _ = graph_of(context)
    ids = by_name(graph)
    assert graph.parents(ids["io.nk - WriteComp - review"]) == [ids["io.nk - WriteComp"]]


def test_a_gizmo_file_on_a_local_disk_is_a_warning_naming_the_first_node_of_its_class(tmp_path, monkeypatch, farm):
    local, shared = tmp_path / "home" / ".nuke" / "gizmos", tmp_path / "projects" / "gizmos"
    for folder in (local, shared):
        folder.mkdir(parents=True)
    (local / "SmedgeGlow.gizmo").write_text("Gizmo {\n}\n", encoding="utf-8")
    (shared / "SmedgeLens.gizmo").write_text("Gizmo {\n}\n", encoding="utf-8")
    nuke.pluginAddPath([str(local), str(shared)])
    with_studio(monkeypatch, tmp_path, {"shared_roots": [str(tmp_path / "projects")]})
    open_nk(tmp_path, """
SmedgeGlow {
 inputs 0
 name Glow1
}
SmedgeGlow {
 inputs 0
 name Glow2
}
SmedgeLens {
 inputs 0
 name Lens1
}
""" + write_node("WriteComp", "projects/comp.####.exr"))
    found = [(f.severity, f.job_name, f.message) for f in host_findings(smedge_nuke.build_graph())
             if f.field == "Input"]
    assert found == [(WARNING, "Glow1", f"{local}/SmedgeGlow.gizmo is on a local disk, under none of the shared "
                                        f"roots ({tmp_path}/projects): render engines on other machines cannot "
                                        "reach it")]


CORPUS = os.path.join(REPO, "tests", "data", "scenes", "corpus", "nuke")


@pytest.mark.parametrize("name", sorted(n for n in os.listdir(CORPUS) if os.path.isdir(os.path.join(CORPUS, n))))
def test_every_corpus_script_checks_its_inputs_and_outputs_without_a_crash(name, tmp_path, monkeypatch, farm):
    """The real public scripts: each input finding names a node of the script and the path its knob gives;
    every job has outputs when its Write has a file; nothing raises."""
    monkeypatch.chdir(tmp_path)
    [script] = [f for f in os.listdir(os.path.join(CORPUS, name, "scene")) if f.endswith(".nk")]
    nuke.scriptOpen(os.path.join(CORPUS, name, "scene", script))
    records = collect.script()
    graph = smedge_nuke.build_graph()
    paths = {item.node: item.path for item in records.inputs}
    for finding in host_findings(graph):
        if finding.field == "Input":
            assert nuke.toNode(finding.job_name) is not None and finding.message.startswith(paths[finding.job_name])
    files = {w.name: w.path for w in records.writes}
    for job in graph:
        assert bool(outputs(graph, job)) == bool(files[graph.value(job, "WriteNode")]), graph.name(job)


def test_a_real_script_s_read_of_its_author_s_disk_is_an_error_naming_it(tmp_path, monkeypatch, farm):
    folder = os.path.join(CORPUS, "colour-panoramic_hdri_absolute_luminance_calibration_workflow_example", "scene")
    [script] = [f for f in os.listdir(folder) if f.endswith(".nk")]
    monkeypatch.chdir(tmp_path)
    nuke.scriptOpen(os.path.join(folder, script))
    [finding] = [f for f in host_findings(smedge_nuke.build_graph()) if f.field == "Input"]
    assert (finding.severity, finding.job_name) == (ERROR, "Read1")
    assert finding.message.startswith("/Users/kelsolaar/Documents/Development/colour-science/")
