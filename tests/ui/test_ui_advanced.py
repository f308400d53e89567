"""The Advanced section (issue 19 item 4): the farm controls of the jobs' products, folded by default,
common and per job, sticky with the scene, checked by conform_job through the shared validation."""
from fakes.farm import seed_jobs
from uifixtures import qt_or_skip

qt_or_skip()

from qtpy import QtCore  # noqa: E402

from integrations.products import FARM_CONTROLS  # noqa: E402
from integrations.session import Submission  # noqa: E402
from integrations.settings import JsonFileSettings  # noqa: E402
from integrations.ui.models import COLUMNS  # noqa: E402
from test_ui_dialog import edit_and_validate, open_dialog  # noqa: E402

Qt = QtCore.Qt


def column(dialog, name):
    return [c[0] for c in dialog.model.columns].index(name)


def built(dialog, name):
    return next(job for job in dialog.session.build().jobs() if job["Name"] == name)


def test_folded_by_default_with_the_controls_of_the_jobs_products(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    assert not dialog.common.advanced_button.isChecked() and dialog.advanced.isHidden()
    assert list(dialog.advanced.widgets) == [name for name in FARM_CONTROLS.values() if name != "Note"]
    assert dialog.model.columnCount() == len(COLUMNS)  # no farm columns while folded
    dialog.common.advanced_button.setChecked(True)
    assert not dialog.advanced.isHidden()
    assert [c[0] for c in dialog.model.columns][len(COLUMNS):] == list(dialog.advanced.widgets)


def test_common_and_per_job_values_reach_the_jobs_and_stick_with_the_scene(qtbot, farm, tmp_path):
    store = JsonFileSettings(tmp_path / "shot.mb")
    dialog = open_dialog(qtbot, seed_jobs(), settings=store)
    dialog.common.advanced_button.setChecked(True)
    cpus = dialog.advanced.widgets["CPUs"]
    mode = dialog.advanced.widgets["DistributeMode"]

    def set_common():
        cpus.setText("8")
        cpus.editingFinished.emit()
        mode.setCurrentIndex(mode.findText("Reverse"))

    assert edit_and_validate(qtbot, dialog, set_common) == []
    source = dialog.session.source
    comp_row = dialog.model.row_of(next(j for j in source if source.name(j) == "Comp layers"))
    index = dialog.model.index(comp_row, column(dialog, "CPUs"))
    qtbot.waitUntil(lambda: index.data() == "8")
    assert edit_and_validate(qtbot, dialog, lambda: dialog.model.setData(index, "2", Qt.ItemDataRole.EditRole)) == []
    assert index.data(Qt.ItemDataRole.FontRole).bold()  # set for this job
    assert [built(dialog, name)["CPUs"] for name in ("Render - layer1", "Comp layers")] == ["8", "2"]
    assert built(dialog, "Render - layer1")["DistributeMode"] == "1"
    dialog.reject()

    again = open_dialog(qtbot, seed_jobs(), settings=JsonFileSettings(tmp_path / "shot.mb"))
    assert again.advanced.widgets["CPUs"].text() == "8"
    assert again.advanced.widgets["DistributeMode"].currentText() == "Reverse"
    assert again.session.to_settings().jobs == {"Comp layers": {"CPUs": "2"}}
    assert [built(again, name)["CPUs"] for name in ("Render - layer1", "Comp layers")] == ["8", "2"]


def test_a_bad_value_is_a_finding_of_the_shared_validation(qtbot, farm):
    dialog = open_dialog(qtbot, seed_jobs())
    dialog.common.advanced_button.setChecked(True)
    ram = dialog.advanced.widgets["RAM"]

    def set_bad():
        ram.setText("lots")
        ram.editingFinished.emit()

    findings = edit_and_validate(qtbot, dialog, set_bad)
    assert {(f.field, f.severity) for f in findings} == {("RAM", "error")}
    assert all("'lots'" in f.message for f in findings) and len(findings) == 3
    assert not dialog.submit_button.isEnabled()


def test_a_common_control_goes_only_to_jobs_whose_product_has_it(seed):
    submission = Submission(seed, {"farm": {"GPUs": 2}})
    submission.offered = {"maya": {"gpus", "cpus"}, "nuke": {"cpus"}}
    jobs = {job["Name"]: job for job in submission.build().jobs()}
    assert jobs["Render - layer1"]["GPUs"] == 2 and "GPUs" not in jobs["Comp layers"]
    assert submission.to_settings().farm == {"GPUs": 2}


def test_a_bad_stored_farm_control_is_dropped_with_a_warning(seed):
    submission = Submission(seed, {"farm": {"CPUs": {"nested": 1}}})
    assert submission.farm == {}
    assert [f.field for f in submission.settings_findings] == ["farm"]
