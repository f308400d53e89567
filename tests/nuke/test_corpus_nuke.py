"""Every real Nuke script of tests/data/scenes/corpus/nuke (public repositories, Nuke 9 to 14, scripts and
ToolSets), opened with ``nuke.scriptOpen`` in the fake Nuke and collected with ``build_graph``, against what
real Nuke renders from it (its expected.json, derived by hand from the script's text; uncertain facts are
left out there and not compared)."""
import json
import os

import pytest

import nuke
from nukefixtures import REPO

CORPUS = os.path.join(REPO, "tests", "data", "scenes", "corpus", "nuke")
CASES = sorted(name for name in os.listdir(CORPUS) if os.path.isfile(os.path.join(CORPUS, name, "expected.json")))


def _facts(name):
    with open(os.path.join(CORPUS, name, "expected.json"), encoding="utf-8") as stream:
        return json.load(stream)


def build_graph():
    """The one call into the Nuke host package (a renamed entry point changes this line only)."""
    import smedge_nuke

    return smedge_nuke.build_graph()


def test_the_corpus_is_there():
    assert len(CASES) >= 12, f"the real Nuke scripts are missing from {CORPUS}"


@pytest.fixture(params=CASES)
def expected(request, tmp_path, monkeypatch):
    """The case's facts, after opening its script from a temporary cwd."""
    facts = _facts(request.param)
    monkeypatch.chdir(tmp_path)
    nuke.scriptOpen(os.path.join(CORPUS, request.param, "scene", facts["file"]))
    return facts


def test_the_script_opens_with_its_writes(expected):
    writers = [n.fullName() for cls in ("Write", "DeepWrite", "WriteGeo")
               for n in nuke.allNodes(cls, group=nuke.root(), recurseGroups=True)]
    assert sorted(writers) == sorted(expected["writes"])


@pytest.mark.parametrize("name", CASES)
def test_build_graph_gives_the_writes_and_frames_real_nuke_renders(name, tmp_path, monkeypatch):
    facts = _facts(name)
    monkeypatch.chdir(tmp_path)
    nuke.scriptOpen(os.path.join(CORPUS, name, "scene", facts["file"]))
    graph = build_graph()
    script = facts["file"]
    jobs = {}
    for job in graph:
        title = graph.value(job, "Name")
        assert title.startswith(script + " - "), title
        jobs[title[len(script) + 3:]] = graph.value(job, "Range")
    assert set(jobs) <= set(facts["writes"])
    if facts["complete"]:
        assert jobs == facts["renders"]
    for write, frames in facts["renders"].items():
        assert jobs[write] == frames, write


def submit(**options):
    """The one headless call into the Nuke host package."""
    import smedge_nuke

    return smedge_nuke.submit(**options)


@pytest.mark.parametrize("export", [False, True])
def test_a_script_with_no_write_is_refused_with_nothing_to_render(tmp_path, monkeypatch, export):
    """highlights_recovery.nk has no Write: headless submit and export refuse it; no job file is written."""
    from integrations.validate import ValidationError

    monkeypatch.chdir(tmp_path)
    nuke.scriptOpen(os.path.join(CORPUS, "colour-highlights_recovery", "scene", "highlights_recovery.nk"))
    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(ValidationError, match="Nothing to render"):
        submit(export_to=str(out)) if export else submit()
    assert list(out.iterdir()) == []
