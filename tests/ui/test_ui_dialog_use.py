"""The dialog as a new user meets it (issue 21) and at studio scale (issue 23): messages, the smallest
size, cut text, plurals, an unreachable master, closing, and a big graph read in slices."""
import pytest

from fakes.farm import seed_jobs
from uifixtures import qt_or_skip

qt_or_skip()

import qtpy  # noqa: E402
from qtpy import QtCore, QtGui, QtWidgets  # noqa: E402

from integrations.host import Option  # noqa: E402
from integrations.ui.dialog import SubmitDialog  # noqa: E402
from integrations.ui.models import ROWS_PER_SLICE  # noqa: E402
from integrations.ui.widgets import SHOWN_LINES  # noqa: E402
from test_ui_dialog import TIMEOUT_MS, cell, edit_and_validate, open_dialog  # noqa: E402

Qt = QtCore.Qt


def test_a_refused_frames_edit_says_why_until_the_next_valid_edit(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    frames = cell(dialog, "Comp layers", "Range")
    assert not dialog.model.setData(frames, "1001-abc", Qt.ItemDataRole.EditRole)
    refused = dialog.result_panel.status_label.text()
    assert "Range of job 'Comp layers'" in refused and "1001-abc" in refused
    edit_and_validate(qtbot, dialog, lambda: dialog.model.setData(frames, "1001-1100", Qt.ItemDataRole.EditRole))
    assert dialog.result_panel.status_label.text() == "" and cell(dialog, "Comp layers", "Range").data() == "1001-1100"


@pytest.fixture
def nine_point_font():
    """The 9-point UI font the 700x521 figure was seen with (PySide6's offscreen default; PySide2's is 12)."""
    app = QtWidgets.QApplication.instance()
    before = app.font()
    QtWidgets.QApplication.setFont(QtGui.QFont(before.family(), 9))
    yield
    QtWidgets.QApplication.setFont(before)


def test_at_700_by_521_the_table_keeps_five_rows(qtbot, farm, nine_point_font):
    jobs = [{"Name": f"sh010 - layer{i:02d}", "Type": "Maya", "Range": "1-10"} for i in range(20)]
    options = [Option("selected", "Selected only", False), Option("camera", "Camera", "", choices=("", "cam1"))]
    dialog = open_dialog(qtbot, jobs, options=options, rebuild=lambda choices: jobs)
    dialog.resize(700, 521)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = dialog.table.viewport().height() / dialog.table.rowHeight(0)
    assert rows >= 5, f"the table shows {rows:.1f} rows"
    if qtpy.API_NAME == "PySide6":  # PySide2 5.15's offscreen fonts (100 dpi, taller) make its smallest 700x552
        assert (dialog.width(), dialog.height()) == (700, 521)
    assert dialog.width() == 700 and dialog.height() <= 560


def test_cut_text_has_a_tooltip(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    waits = cell(dialog, "Comp layers", "Waits")
    assert waits.data(Qt.ItemDataRole.ToolTipRole) == "Waits per frame: Render - layer1, Render - layer2"
    assert cell(dialog, "Comp layers", "Name").data(Qt.ItemDataRole.ToolTipRole) == "Comp layers"
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
               for c in range(dialog.model.columnCount())]
    assert "Waits on" in headers and "Findings" in headers
    edit_and_validate(qtbot, dialog, lambda: dialog.common.priority_spin.setValue(50))
    item = dialog.findings.tree.topLevelItem(0)
    assert [item.toolTip(c) for c in (1, 2)] == ["Comp layers", "Priority"]
    assert "must be above its parents'" in item.toolTip(3)
    assert cell(dialog, "Comp layers", None).data(Qt.ItemDataRole.ToolTipRole).startswith("error: ")


def test_plurals(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs()[:1])
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT_MS):
        dialog.submit()
    assert dialog.result_panel.status_label.text() == "Submitted 1 job"
    edit = open_dialog(qtbot, seed_jobs())
    edit_and_validate(qtbot, edit, lambda: edit.common.priority_spin.setValue(50))
    assert edit.findings.label.text().startswith("1 error, 0 warnings;")
    edit_and_validate(qtbot, edit, edit.fix_all)
    assert edit.result_panel.status_label.text().startswith("Fixed: ")


def test_an_unreachable_master_names_the_step_and_the_address_with_the_tool_detail_below(qtbot, farm, monkeypatch):
    monkeypatch.setenv("SMEDGE_MASTER", "127.0.0.1:6999")
    dialog = open_dialog(qtbot, seed_jobs())
    farm.submit_exit = 3  # the tools' exit code for "master unreachable"
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT_MS) as blocker:
        dialog.submit()
    headline, _, detail = blocker.args[0].partition("\n\n")
    assert headline == "Submit failed: cannot reach the Smedge master at 127.0.0.1:6999."
    assert "failed with exit code 3" in detail and "The job file is kept at:" in detail
    assert dialog.result_panel.status_label.text() == "Submit failed: SubmissionError"


def test_a_closed_dialog_stops_its_timers_and_drops_work_in_flight(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    seen = []
    dialog.validated.connect(seen.append)
    dialog.common.priority_spin.setValue(60)  # starts the debounce timer
    assert dialog._validate_timer.isActive()
    dialog.reject()
    assert not dialog.isVisible() and not dialog._validate_timer.isActive()
    qtbot.wait(400)  # longer than the debounce
    assert seen == []


def test_a_big_graph_is_read_in_slices_and_a_table_edit_rereads_only_its_rows(qtbot, farm):
    jobs = [{"Name": f"layer{i:04d}", "Type": "Maya", "Range": "1-10"} for i in range(3 * ROWS_PER_SLICE + 7)]
    dialog = SubmitDialog(jobs)
    qtbot.addWidget(dialog)
    assert 0 < dialog.model.rowCount() <= ROWS_PER_SLICE and not dialog.model.filled()
    qtbot.waitUntil(dialog.model.filled, timeout=TIMEOUT_MS)
    assert dialog.model.rowCount() == len(jobs)
    read = []
    original = dialog.session.row
    dialog.session.row = lambda *args: read.append(args[0]) or original(*args)
    assert dialog.model.setData(dialog.model.index(5, 3), "1-5", Qt.ItemDataRole.EditRole)
    assert read == [dialog.model.job_id(5)] and dialog.model.index(5, 3).data() == "1-5"


def test_a_long_result_shows_its_first_lines_and_copy_copies_all(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    text = "\n".join(f"line {i}" for i in range(SHOWN_LINES + 10))
    dialog.result_panel.set_result(text)
    shown = dialog.result_panel.text.toPlainText().split("\n")
    assert len(shown) == SHOWN_LINES + 1 and shown[-1] == "... and 10 more lines (Copy copies them all)"
    dialog.result_panel.copy()
    assert QtWidgets.QApplication.clipboard().text() == text


def test_the_submit_builds_the_graph_off_the_ui_thread(qtbot, farm, monkeypatch):
    import threading

    from integrations.session import Submission

    dialog = open_dialog(qtbot, seed_jobs())
    threads = []
    original = Submission.build
    monkeypatch.setattr(Submission, "build", lambda self: threads.append(threading.get_ident()) or original(self))
    with qtbot.waitSignal(dialog.submitted, timeout=TIMEOUT_MS):
        dialog.submit()
    assert threads and threading.get_ident() not in threads


def test_cells_keep_their_flags_through_findings_and_edits_and_editors_start_from_the_value(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    findings = edit_and_validate(qtbot, dialog, lambda: dialog.common.priority_spin.setValue(50))
    assert [f.field for f in findings] == ["Priority"]  # the comp's row was restyled with its finding
    qtbot.waitUntil(dialog.model.filled, timeout=TIMEOUT_MS)
    assert dialog.model.setData(cell(dialog, "Comp layers", "Range"), "1001-1100", Qt.ItemDataRole.EditRole)
    row = cell(dialog, "Comp layers", "Name").row()
    flags = [dialog.model.flags(dialog.model.index(row, c)) for c in range(dialog.model.columnCount())]
    editable = [bool(f & Qt.ItemFlag.ItemIsEditable) for f in flags]
    assert editable == [c[2] for c in dialog.model.columns]
    assert bool(flags[0] & Qt.ItemFlag.ItemIsUserCheckable) and all(f & Qt.ItemFlag.ItemIsEnabled for f in flags)
    pool = cell(dialog, "Comp layers", "Pool")
    assert pool.data() == "default"
    editor = QtWidgets.QLineEdit()
    dialog.table.itemDelegate().setEditorData(editor, pool)
    assert editor.text() == ""  # not "default", which would become a pool named default
    dialog.table.itemDelegate().setEditorData(editor, cell(dialog, "Comp layers", "Range"))
    assert editor.text() == "1001-1100"


def test_a_finding_or_override_gone_takes_its_colour_font_and_tooltip_with_it(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    priority = cell(dialog, "Comp layers", "Priority")
    edit_and_validate(qtbot, dialog, lambda: dialog.model.setData(priority, "40", Qt.ItemDataRole.EditRole))
    qtbot.waitUntil(dialog.model.filled, timeout=TIMEOUT_MS)
    assert priority.data(Qt.ItemDataRole.BackgroundRole) is not None and priority.data(Qt.ItemDataRole.FontRole).bold()
    assert "error: " in priority.data(Qt.ItemDataRole.ToolTipRole)
    assert edit_and_validate(qtbot, dialog, lambda: dialog.model.setData(priority, "", Qt.ItemDataRole.EditRole)) == []
    qtbot.waitUntil(dialog.model.filled, timeout=TIMEOUT_MS)
    assert priority.data() == "55" and priority.data(Qt.ItemDataRole.BackgroundRole) is None
    assert priority.data(Qt.ItemDataRole.FontRole) is None and priority.data(Qt.ItemDataRole.ToolTipRole) == "55"


def test_a_fix_applies_to_the_graph_built_in_the_background(qtbot, farm, monkeypatch):
    import threading

    from integrations.session import Submission

    dialog = open_dialog(qtbot, seed_jobs())
    edit_and_validate(qtbot, dialog, lambda: dialog.common.priority_spin.setValue(50))
    threads = []
    original = Submission.build
    monkeypatch.setattr(Submission, "build", lambda self: threads.append(threading.get_ident()) or original(self))
    assert edit_and_validate(qtbot, dialog, dialog.fix_all) == []
    assert cell(dialog, "Comp layers", "Priority").data() == "51"
    assert threads and threading.get_ident() not in threads  # only the next validation built one


def test_a_shown_dialog_starts_its_background_work_after_its_first_paint(qtbot, farm, monkeypatch):
    from smedge_core import _process

    painted, asked = [], []

    class Watch(QtCore.QObject):
        def eventFilter(self, watched, event):
            if event.type() == QtCore.QEvent.Type.Paint:
                painted.append(True)
            return False

    monkeypatch.setattr(_process, "runner", lambda argv, *args: asked.append(bool(painted)) or farm(argv, *args))
    dialog = SubmitDialog(seed_jobs())
    qtbot.addWidget(dialog)
    watch = Watch()
    dialog.installEventFilter(watch)
    dialog.show()
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert asked[0] is True  # the first paint did not wait for the GIL held by a task
    qtbot.waitUntil(lambda: dialog.pools is not None, timeout=TIMEOUT_MS)


def test_opening_and_each_edit_build_and_validate_the_graph_once(qtbot, farm, monkeypatch):
    from integrations import session as session_module
    from integrations.ui import dialog as dialog_module

    built, validated = [], []
    build, validate = session_module.Submission.build, dialog_module.validate
    monkeypatch.setattr(session_module.Submission, "build", lambda self: built.append(1) or build(self))
    monkeypatch.setattr(dialog_module, "validate", lambda *a, **k: validated.append(1) or validate(*a, **k))
    dialog = open_dialog(qtbot, seed_jobs())
    qtbot.wait(3 * dialog._validate_timer.interval())  # a second pass would have started by now
    assert (len(built), len(validated)) == (1, 1)
    for priority in (60, 61, 62):  # three quick edits: one pass, after the last
        dialog.common.priority_spin.setValue(priority)
    with qtbot.waitSignal(dialog.validated, timeout=TIMEOUT_MS):
        pass
    qtbot.wait(3 * dialog._validate_timer.interval())
    assert (len(built), len(validated)) == (2, 2)
