"""pyblish-lite's own controller (``pyblish_lite.control.Controller``, what its window's buttons call) over
the Smedge plug-ins, offscreen, against the local master: Reset, Validate, Repair, Reset, Validate, Publish.
pyblish-lite 0.8's bundled Qt.py finds PySide2 or PyQt5 only (the py39-pyside2 CI leg: PySide2 5.15)."""
import pytest

pytest.importorskip("pyblish.api")
pytest.importorskip("PySide2", reason="PySide2 is not installed, and pyblish-lite 0.8's Qt.py needs it (or PyQt5): "
                                      "its 5.15 wheels stop at Python 3.10; the py39-pyside2 CI leg installs it")
control = pytest.importorskip("pyblish_lite.control", reason="pyblish-lite is not installed (the ui-test extra "
                                                            "installs it)")

import pyblish.api  # noqa: E402

import smedge_core  # noqa: E402
from integrations.pyblish import PLUGIN_PATH  # noqa: E402
from integrations.pyblish.stored import store_values, stored_values  # noqa: E402
from pyblish_helpers import a_scene_with_a_stale_priority, collector_for  # noqa: E402


class Lite:
    """A pyblish-lite Controller run synchronously (``PYBLISH_DELAY=0``, pyblish-lite's own switch for
    tests), with what it emitted."""

    def __init__(self):
        self.controller = control.Controller()
        self.results, self.acted = [], []
        self.controller.was_processed.connect(self.results.append)
        self.controller.was_acted.connect(self.acted.append)

    def failed(self):
        """``[(plug-in, instance or None)]`` that failed since the last reset."""
        return [(r["plugin"].__name__, r["instance"].name if r["instance"] is not None else None)
                for r in self.results if r["error"]]

    def reset(self):
        del self.results[:]
        self.controller.reset()

    def repair(self, name):
        """The Repair action of ``name``, as the window's action menu runs it; its result."""
        plugin = next(p for p in self.controller.plugins if p.__name__ == name)
        self.controller.act(plugin, next(a for a in plugin.actions if a.label == "Repair"))
        return self.acted[-1]


@pytest.fixture
def lite(qapp, monkeypatch):
    monkeypatch.setenv("PYBLISH_DELAY", "0")
    return Lite()


def test_repairs_hold_after_reset_and_are_what_the_master_receives(lite, local_master):
    host = a_scene_with_a_stale_priority()
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    pyblish.api.register_plugin(collector_for(host))

    lite.reset()
    assert [i.name for i in lite.controller.context] == ["sh010 - beauty", "sh010 - volumes", "sh010 - comp"]
    lite.controller.validate()
    assert lite.failed() == [("ValidateSmedgeWaits", "sh010 - comp"), ("ValidateSmedgeHost", "sh010 - beauty"),
                             ("ValidateSmedgeHost", "sh010 - volumes")]
    for name in ("ValidateSmedgeWaits", "ValidateSmedgeHost"):
        result = lite.repair(name)
        assert result["success"], result["error"]
    assert stored_values(host) == {"sh010 - comp": {"Priority": 51}, "sh010 - beauty": {"RenderDir": "/proj/images"},
                                   "sh010 - volumes": {"RenderDir": "/proj/images"}}

    lite.reset()  # lite offers only Reset after a Repair: it collects again
    jobs = [i.data["smedgeJob"] for i in lite.controller.context]
    assert [(job["Priority"], job.get("RenderDir")) for job in jobs] == [
        (50, "/proj/images"), (50, "/proj/images"), (51, None)]
    lite.controller.validate()
    assert lite.failed() == [("ValidateSmedgeScene", None)]  # storing the values changed the scene
    assert lite.repair("ValidateSmedgeScene")["success"] and not host.is_modified()

    lite.reset()
    lite.controller.validate()
    assert lite.failed() == []
    lite.controller.publish()
    assert lite.failed() == [] and lite.results[-1]["plugin"].__name__ == "IntegrateSmedge"
    ids = [i.data["smedgeJobId"] for i in lite.controller.context]
    arrived = dict((str(job["ID"]), job) for job in smedge_core.get_jobs(smedge_core.ids_to_query(ids)))
    assert [(arrived[i]["Priority"], arrived[i]["RenderDir"]) for i in ids] == [
        (50, "/proj/images"), (50, "/proj/images"), (51, "")]


def test_its_window_marks_the_failing_jobs_cards_and_lists_every_finding(lite, no_cli):
    from pyblish_lite import model, window

    host = a_scene_with_a_stale_priority()
    store_values(host, {"sh010 - beauty": {"RenderDir": "/proj/images"}})
    pyblish.api.register_plugin_path(PLUGIN_PATH)
    plugins = [p for p in pyblish.api.discover() if p.__name__ in ("ValidateSmedgeHost", "ValidateSmedgeWaits")]
    pyblish.api.deregister_all_paths()
    for plugin in [collector_for(host), *plugins]:
        pyblish.api.register_plugin(plugin)
    shown = window.Window(lite.controller)
    shown.reset()
    shown.validate()
    cards = dict((index.data(model.Label), index.data(model.HasFailed)) for index in shown.data["models"]["instances"])
    assert cards == {"sh010 - beauty": False, "sh010 - volumes": True, "sh010 - comp": True}
    menus = dict((index.data(model.Label), [a.label for a in index.data(model.Actions) or []])
                 for index in shown.data["models"]["plugins"])  # what the Overview's right-click menu offers
    assert (menus["Smedge host checks"], menus["Smedge waits line up"]) == (["Repair"], ["Repair"])
    assert not any(actions for label, actions in menus.items() if label not in ("Smedge host checks",
                                                                                 "Smedge waits line up"))
    terminal = [(index.data(model.Type), index.data(model.Label)) for index in shown.data["models"]["terminal"]]
    volumes = "error: sh010 - volumes [RenderDir]: no output folder (fix: render into /proj/images)"
    comp = ("error: sh010 - comp [Priority]: Priority 40: waits per frame, so its Priority must be above its "
            "parents' (highest 50) (fix: raise Priority from 40 to 51)")
    assert [item for item in terminal if item[0] == "error" or item[1].startswith("error")] == [
        ("record", comp), ("error", "1 error(s): " + comp), ("record", volumes), ("error", "1 error(s): " + volumes)]
    shown.close()
