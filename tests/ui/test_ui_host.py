"""The shared dialog opened for a host through ``integrations.ui.show``: host checks, studio defaults, submit."""
import json

import pytest

from fakes.memory_host import MemoryHost
from uifixtures import qt_or_skip

qt_or_skip()

from qtpy import QtCore  # noqa: E402

import smedge_core  # noqa: E402
from integrations import studio  # noqa: E402
from integrations.ui import show as ui_show  # noqa: E402
from integrations.ui.models import COLUMNS  # noqa: E402

Qt = QtCore.Qt
TIMEOUT_MS = 20000


@pytest.fixture(autouse=True)
def no_user_defaults(monkeypatch, tmp_path):
    monkeypatch.delenv(studio.CONFIG_ENV, raising=False)
    monkeypatch.setenv(studio.USER_CONFIG_ENV, str(tmp_path / "none.json"))


def opened(qtbot, scene):
    dialog = ui_show(scene)
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.pools_loaded, dialog.validated], timeout=TIMEOUT_MS):
        pass
    return dialog


def fix(qtbot, dialog, field):
    index = next(i for i, f in enumerate(dialog.session.findings) if f.field == field)
    with qtbot.waitSignal(dialog.validated, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.findings.fix_button(index), Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_host_checks_show_beside_the_shared_ones_and_their_fixes_work_then_submit(qtbot, local_master):
    scene = MemoryHost()
    dialog = opened(qtbot, scene)
    assert dialog.isVisible() and dialog.name == "sh010"
    shown = [(f.job_name, f.field) for f in dialog.session.findings]
    assert shown == [("sh010.mb - volumes", "Camera"), ("Scene", "Scene")]
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 1).data() == "sh010.mb - volumes")
    assert "has no renderable camera" in dialog.model.index(row, len(COLUMNS) - 1).data(Qt.ItemDataRole.ToolTipRole)
    assert not dialog.submit_button.isEnabled()

    fix(qtbot, dialog, "Camera")
    assert scene.layers["volumes"]["camera"] == "persp"
    assert [f.field for f in dialog.session.findings] == ["Scene"]
    fix(qtbot, dialog, "Scene")
    assert scene.saves == 1 and dialog.session.findings == [] and dialog.submit_button.isEnabled()

    dialog.common.paused_check.setChecked(True)
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    ids = blocker.args[0]
    arrived = smedge_core.get_jobs(smedge_core.ids_to_query(list(ids.values())))
    assert sorted(job["Name"] for job in arrived) == ["sh010.mb - beauty", "sh010.mb - comp", "sh010.mb - volumes"]
    assert scene.store.load()["paused"] is True  # sticky settings went to the host's store


def test_studio_defaults_show_in_the_table_and_a_bad_entry_is_a_finding(qtbot, farm, tmp_path, monkeypatch):
    config = tmp_path / "studio.json"
    config.write_text(json.dumps({"version": 1, "hosts": {"maya": {"priority": 42, "pool": 7}}}), encoding="utf-8")
    monkeypatch.setenv(studio.CONFIG_ENV, str(config))
    dialog = opened(qtbot, MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"}}))
    model = dialog.model
    priorities = {model.index(r, 1).data(): model.index(r, 6).data() for r in range(model.rowCount())}
    assert priorities == {"sh010.mb - beauty": "42", "sh010.mb - comp": "60"}
    [finding] = dialog.session.findings
    assert (finding.severity, finding.field) == ("warning", "hosts.maya.pool")
    assert str(config) in finding.message and "7 is not a pool name" in finding.message
    assert dialog.findings.tree.topLevelItem(0).text(2) == "hosts.maya.pool"
    assert dialog.submit_button.isEnabled()  # a warning: the entry is left out, the artist can still submit


def test_a_fix_that_fails_is_shown_and_the_other_fixes_still_apply(qtbot, farm):
    scene = MemoryHost()

    def full_disk():
        raise RuntimeError("disk full")

    scene.save = full_disk
    dialog = opened(qtbot, scene)
    with qtbot.waitSignal(dialog.validated, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.findings.fix_all_button, Qt.MouseButton.LeftButton)
    assert scene.layers["volumes"]["camera"] == "persp"  # the camera fix applied
    assert dialog.result_panel.status_label.text() == "1 fix applied, 1 failed"
    assert "disk full" in dialog.result_panel.text.toPlainText()
    assert [f.field for f in dialog.session.findings] == ["Scene"]


def test_the_hosts_options_show_collect_again_and_stick_with_the_scene(qtbot, farm):
    scene = MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"}})
    dialog = opened(qtbot, scene)
    assert dialog.options_panel.values() == {"comp": True, "renderer": ""}
    names = lambda: [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]  # noqa: E731
    assert names() == ["sh010.mb - beauty", "sh010.mb - comp"]
    dialog.model.setData(dialog.model.index(0, 6), "77", Qt.ItemDataRole.EditRole)  # a choice to keep
    with qtbot.waitSignal(dialog.validated, timeout=TIMEOUT_MS):
        dialog.options_panel.widgets["comp"].setChecked(False)
    assert names() == ["sh010.mb - beauty"] and dialog.model.index(0, 6).data() == "77"
    dialog.close()
    assert scene.store.load()["options"] == {"comp": False, "renderer": ""}
    again = opened(qtbot, scene)  # the next time the dialog opens for this scene
    assert again.options_panel.values()["comp"] is False and again.session.source.name(next(iter(again.session.source)))


def test_options_given_by_the_caller_win_and_a_failing_rebuild_is_shown(qtbot, farm):
    scene = MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"}})
    dialog = ui_show(scene, comp=False)
    qtbot.addWidget(dialog)
    assert dialog.options_panel.values()["comp"] is False and dialog.model.rowCount() == 1

    def broken(options):
        raise RuntimeError("the scene changed under us")

    scene.build_graph = broken
    dialog.options_panel.widgets["comp"].setChecked(True)
    assert "Could not collect with these options: the scene changed under us" in dialog.result_panel.status_label.text()
    assert dialog.options_panel.values()["comp"] is False and dialog.model.rowCount() == 1


def test_options_are_off_while_a_submit_runs_and_the_ids_name_what_was_sent(qtbot, farm):
    farm.submit_delay = 1.0
    dialog = opened(qtbot, MemoryHost(modified=False, layers={"beauty": {"camera": "c", "range": "1-4"}}))
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT_MS):
        dialog.submit()
        assert not dialog.options_panel.isEnabled()
    assert dialog.options_panel.isEnabled()
    assert "sh010.mb - comp" in dialog.result_panel.text.toPlainText()


def test_an_option_given_in_another_form_is_not_offered(qtbot, farm):
    dialog = ui_show(MemoryHost(modified=False), renderer=None)  # a renderer the text field cannot show
    qtbot.addWidget(dialog)
    assert list(dialog.options_panel.widgets) == ["comp"]
    assert dialog.model.rowCount() == 3
