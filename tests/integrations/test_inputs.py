"""Input checks (integrations.inputs) over real files in a temporary folder."""
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import smedge_core
from smedge_core import PathTranslation
from integrations import naming
from integrations.inputs import input_check, input_findings, reachable_roots
from integrations.validate import ERROR, WARNING


@pytest.fixture
def textures(tmp_path):
    folder = tmp_path / "shared" / "tex"
    folder.mkdir(parents=True)
    for name in ["wood.png", "rock.1001.tx", "rock.1002.tx", "plate.0001.exr", "plate.0002.exr",
                 "plate.0003.exr", "cache.12.abc", "skin_u1_v1.tif", "left.0001.exr"]:
        (folder / name).write_bytes(b"")
    return folder


def _found(findings):
    return [(f.severity, f.job_name, f.message) for f in findings]


def test_a_missing_texture_is_an_error_and_a_local_one_a_warning_naming_node_and_path(textures, tmp_path):
    local = tmp_path / "home" / "wood.png"
    local.parent.mkdir()
    local.write_bytes(b"")
    missing = str(textures / "gone.png")
    findings = input_findings([("file1", str(textures / "wood.png")), ("file2", missing), ("file3", str(local))],
                              shared_roots=[str(tmp_path / "shared")])
    assert _found(findings) == [
        (ERROR, "file2", missing + " does not exist"),
        (WARNING, "file3", "{} is on a local disk, under none of the shared roots ({}): render engines on "
                           "other machines cannot reach it".format(local, tmp_path / "shared"))]
    assert all(f.field == "Input" and f.rule == "inputs" for f in findings)


@pytest.mark.parametrize("name, frames, problem", [
    ("plate.####.exr", [1, 2, 3], None),
    ("plate.%04d.exr", [1, 2, 3, 4, 5], "has no file for frames 4-5"),
    ("plate.$F4.exr", "1-3", None),
    ("plate.$F4.exr", "2-6x2", "has no file for frames 4,6"),
    ("plate.${F4}.exr", [0], "has no file for frames 0"),
    ("cache.$F.abc", [12], None),
    ("cache.$F.abc", [1], "has no file for frames 1"),
    ("plate.<f>.exr", None, None),
    ("rock.<UDIM>.tx", None, None),
    ("rock.<udim>.tif", None, "matches no file"),
    ("rock.%(UDIM)d.tx", None, None),
    ("skin_<UVTILE>.tif", None, None),
    ("skin_u<U>_v<V>.tif", None, None),
    ("%V.%04d.exr", [1], None),
    ("%V.%04d.exr", [5], "has no file for frames 5"),
    ("plate.####.exr", None, None),
    ("shot.####.exr", None, "matches no file"),
])
def test_sequences_are_checked_against_one_listing(textures, name, frames, problem):
    path = str(textures / name)
    item = ("read1", path) if frames is None else ("read1", path, frames)
    expected = [] if problem is None else [(ERROR, "read1", path + " " + problem)]
    assert _found(input_findings([item])) == expected


def test_a_sequence_in_a_missing_folder(tmp_path):
    path = str(tmp_path / "nowhere" / "a.####.exr")
    assert _found(input_findings([("r", path, [1])])) == [
        (ERROR, "r", "{} is in a folder that does not exist ({})".format(path, tmp_path / "nowhere"))]


def test_path_translations_count_as_reachable_and_windows_roots_ignore_case():
    translations = [PathTranslation("S:\\Projects", "/mnt/projects", "/Volumes/projects")]
    assert reachable_roots(["P:/", "/srv/"], translations) == [
        "/Volumes/projects", "/mnt/projects", "/srv", "p:", "s:/projects"]
    warned = input_findings([("a", "s:/projects/x.png"), ("b", "/mnt/projects/x.png"), ("c", "P:\\x.png"),
                             ("d", "/mnt/projectsX/x.png"), ("e", "relative/x.png"), ("f", "D:/x.png")],
                            shared_roots=["P:/"], translations=translations)
    assert [(f.job_name, f.severity) for f in warned if f.severity == WARNING] == [("d", WARNING), ("f", WARNING)]


def test_the_host_check_reads_the_inputs_when_it_runs_and_the_translations_once(farm, tmp_path):
    from integrations.graph import JobGraph

    inputs = []
    check = input_check(lambda: inputs, ["/mnt/projects"])
    assert check(JobGraph()) == [] and farm.count("ConfigureMaster", "PathTranslations") == 1
    inputs.append(("Read1", str(tmp_path / "gone.exr")))
    assert [(f.severity, f.job_name) for f in check(JobGraph())] == [(ERROR, "Read1"), (WARNING, "Read1")]
    assert farm.count("ConfigureMaster", "PathTranslations") == 1
    assert [f.severity for f in input_check(lambda: inputs, [str(tmp_path)], translations=[])(JobGraph())] == [ERROR]
    assert farm.count("ConfigureMaster", "PathTranslations") == 1


def test_the_masters_path_translations_make_a_path_reachable(local_master, tmp_path):
    from integrations.graph import JobGraph

    (tmp_path / "a.png").write_bytes(b"")
    inputs = [("file1", str(tmp_path / "a.png"))]
    assert [f.severity for f in input_check(lambda: inputs, ["/mnt/projects"])(JobGraph())] == [WARNING]
    smedge_core.add_path_translations(["T:/", str(tmp_path), "/Volumes/t"])
    try:
        assert input_check(lambda: inputs, ["/mnt/projects"])(JobGraph()) == []
    finally:
        smedge_core.remove_path_translations([str(tmp_path)])


def test_nothing_declared_gives_no_reachability_warning(textures):
    assert input_findings([("file1", str(textures / "wood.png"))]) == []


@pytest.mark.parametrize("item, error, match", [
    ("/a.png", TypeError, r"An input must be \(node, path\) or \(node, path, frames\), not '/a.png'"),
    (("n",), TypeError, "An input must be"),
    (("n", ""), ValueError, r"Input of node 'n': path must be a non-empty str, not ''"),
    (("n", "/a.#.png", "1-3y"), ValueError, r"Input '/a.#.png' of node 'n': Invalid frame range '1-3y'"),
    (("n", "/a.#.png", [1.5]), ValueError, r"Input '/a.#.png' of node 'n': frames must be range text or whole "
                                           r"numbers, not \[1.5\]"),
])
def test_malformed_inputs_are_refused_by_name(item, error, match):
    with pytest.raises(error, match=match):
        input_findings([item])


def test_the_studio_files_shared_roots_feed_the_check(tmp_path):
    from integrations import studio

    config = tmp_path / "studio.json"
    config.write_text('{"version": 1, "shared_roots": ["/mnt/projects"]}', encoding="utf-8")
    defaults = studio.load("nuke", {studio.CONFIG_ENV: str(config), studio.USER_CONFIG_ENV: str(tmp_path / "no")})
    assert defaults.findings == [] and defaults.shared_roots == ["/mnt/projects"]
    [finding] = [f for f in input_findings([("Read1", str(config))], defaults.shared_roots) if f.severity == WARNING]
    assert finding.job_name == "Read1" and str(config) in finding.message
    config.write_text('{"version": 1, "shared_roots": "/mnt/projects"}', encoding="utf-8")
    defaults = studio.load("nuke", {studio.CONFIG_ENV: str(config), studio.USER_CONFIG_ENV: str(tmp_path / "no")})
    assert [f.field for f in defaults.findings] == ["shared_roots"] and defaults.shared_roots == []


@settings(max_examples=60)
@given(padding=st.integers(1, 6), style=st.sampled_from(["hashes", "printf", "houdini", "braced", "rman"]),
       frame=st.integers(0, 10 ** 6))
def test_every_frame_token_finds_the_file_its_printf_form_names(padding, style, frame):
    token = {"hashes": "#" * padding, "printf": f"%0{padding}d", "houdini": f"$F{padding}",
             "braced": f"${{F{padding}}}", "rman": f"<f{padding}>"}[style]
    folder = tempfile.mkdtemp()
    try:
        (Path(folder) / (naming.frame_pattern("plate." + token + ".exr") % frame)).write_bytes(b"")
        assert input_findings([("r", os.path.join(folder, "plate." + token + ".exr"), [frame])]) == []
        assert len(input_findings([("r", os.path.join(folder, "plate." + token + ".exr"), [frame + 1])])) == 1
    finally:
        shutil.rmtree(folder)
