"""The shared review rule (``integrations.review``) in Nuke: a job that cannot have a movie gets a warning
saying why, never an exception; the Root's ``fps`` unless the studio sets a frame rate; the job's Note."""
from __future__ import annotations

import nuke
import smedge_nuke
from integrations.export import read_graph
from integrations.host import collect
from integrations.validate import WARNING
from smedge_nuke.host import NukeHost
from test_nuke_io import by_name, open_nk, with_studio, write_node


def review_warnings(host, graph):
    return [(f.job_name, f.severity, f.message) for check in host.checks() for f in check(graph)
            if f.field == "review"]


def test_one_job_over_writes_with_a_gap_gets_no_review_and_a_warning(tmp_path, farm):
    open_nk(tmp_path, write_node("WriteA", "renders/a.####.exr", " use_limit true\n first 1\n last 3\n")
            + write_node("WriteB", "renders/b.####.exr", " use_limit true\n first 10\n last 12\n"))
    host = NukeHost()
    graph = collect(host, one_job=True, review=True)
    assert [graph.name(j) for j in graph] == ["io.nk - all Writes"]
    assert review_warnings(host, graph) == [
        ("io.nk - all Writes", WARNING, "no review movie: frames 1-3,10-12 are not one unbroken run; FFmpeg's "
         "image sequence input stops at the first gap")]
    result = smedge_nuke.export(str(tmp_path / "jobs"), one_job=True, review=True)  # no exception either
    assert [read_graph(result.json_file).name(j) for j in read_graph(result.json_file)] == ["io.nk - all Writes"]
    assert len(smedge_nuke.build_graph(review=True)) == 4  # a job and a review per Write


def test_the_review_takes_the_root_fps_unless_the_studio_sets_one(tmp_path, monkeypatch):
    open_nk(tmp_path, write_node("WriteComp", "renders/comp.####.exr"))
    nuke.root()["fps"].setValue(25)
    graph = smedge_nuke.build_graph(review=True)
    assert graph.value(by_name(graph)["io.nk - WriteComp - review"], "InfileOptions") == \
        "-framerate 25 -start_number 1"
    with_studio(monkeypatch, tmp_path, {"review": {"frame_rate": 30}})
    graph = smedge_nuke.build_graph(review=True)
    assert graph.value(by_name(graph)["io.nk - WriteComp - review"], "InfileOptions") == \
        "-framerate 30 -start_number 1"


def test_a_one_frame_write_a_movie_and_a_deep_write_get_no_review_and_a_warning_each(tmp_path):
    open_nk(tmp_path, write_node("WriteStill", "renders/still.####.exr", " use_limit true\n first 2\n last 2\n")
            + write_node("WriteMovie", "renders/comp.mov") + """
DeepWrite {
 file renders/deep.####.exr
 name WriteDeep
}
""")
    host = NukeHost()
    graph = collect(host, review=True)
    assert sorted(graph.name(j) for j in graph) == ["io.nk - WriteDeep", "io.nk - WriteMovie", "io.nk - WriteStill"]
    assert sorted(review_warnings(host, graph)) == [
        ("io.nk - WriteDeep", WARNING, "no review movie: it writes no image sequence a movie can be made of"),
        ("io.nk - WriteMovie", WARNING, "no review movie: it writes no image sequence a movie can be made of"),
        ("io.nk - WriteStill", WARNING, "no review movie: it renders one frame (2): a movie needs more than one")]
    assert review_warnings(host, collect(host)) == []  # none asked for, none said
