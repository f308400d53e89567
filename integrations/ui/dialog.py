"""The Submit to Smedge dialog: review, validate, fix, then submit or export a job graph.

A host opens it with its collected jobs, its sticky-settings store and its main window::

    dialog = show_submit_dialog(graph, settings=JsonFileSettings(scene_path), parent=main_window)

Everything that talks to Smedge (pools, validation, submission, export) runs on a thread pool; the
dialog only shows state. The logic lives in :mod:`.session`, so the widgets stay thin.
"""
import logging
import os
import uuid

from qtpy import QtCore, QtGui, QtWidgets

import smedge_core

from ..validate import ValidationError, validate
from .models import COLUMNS, WAITS_COLUMN, JobTableModel
from .session import Submission, export_steps, format_ids, submit_steps
from .settings import MemorySettings
from .workers import Task

__all__ = ["SubmitDialog", "show_submit_dialog"]

_log = logging.getLogger(__name__)

Qt = QtCore.Qt
_ICONS = {"error": QtWidgets.QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning}
#: Milliseconds to wait after the last edit before validating again.
VALIDATE_DELAY_MS = 150


def show_submit_dialog(jobs, settings=None, parent=None, **options):
    """Create, show (non-modal) and return a :class:`SubmitDialog`; keep a reference while it is open."""
    dialog = SubmitDialog(jobs, settings=settings, parent=parent, **options)
    dialog.show()
    return dialog


def _mono_font():
    font = QtGui.QFont("monospace")
    font.setStyleHint(QtGui.QFont.StyleHint.TypeWriter)
    return font


class SubmitDialog(QtWidgets.QDialog):
    """Review and submit a job graph.

    ``jobs``: a JobGraph or a list of Smedge job dicts. ``settings``: the scene's sticky-settings store
    (``load()``/``save(dict)``; in memory when None). ``parent``: the host's main window. ``name``: the
    base name of exported files. ``export_folder``: where the Export dialog starts.

    After a submission ``submitted_ids`` holds ``{node ID: job ID}`` and Submit stays off (the IDs are
    taken). Signals: ``submitted({node ID: job ID})``, ``exported((job file, JSON file))``, ``failed(message)``,
    ``validated(findings)``, ``pools_loaded(names)``.
    """

    submitted = QtCore.Signal(object)
    exported = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    validated = QtCore.Signal(object)
    pools_loaded = QtCore.Signal(object)

    def __init__(self, jobs, settings=None, parent=None, name="smedge_jobs", export_folder=None):
        super(SubmitDialog, self).__init__(parent)
        self.store = settings if settings is not None else MemorySettings()
        self.session = Submission(jobs, self.store.load())
        self.name = name
        self.export_folder = export_folder or os.getcwd()
        self.pool_names = []
        self.submitted_ids = None
        self._pool = QtCore.QThreadPool(self)
        self._tasks = set()
        self._generation = 0
        self._busy = False
        self._validate_timer = QtCore.QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._start_validation)
        self.setWindowTitle("Submit to Smedge")
        self._build()
        self._show_common()
        self._refresh()
        self._run(self._on_pools, self._on_pools_failed, _pool_names)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self):
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._build_common())
        self.table = QtWidgets.QTableView()
        self.model = JobTableModel(self.session, self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index(WAITS_COLUMN), QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.model.edited.connect(self._changed)
        self.model.rejected.connect(self._show_status)
        tabs = QtWidgets.QTabWidget()
        tabs.addTab(self._build_findings(), "Findings")
        self.preview = QtWidgets.QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(_mono_font())
        self.preview.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        tabs.addTab(self.preview, "Graph")
        self.tabs = tabs
        split = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(tabs)
        split.addWidget(self._build_result())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 1)
        layout.addWidget(split, 1)
        layout.addLayout(self._build_buttons())
        width = self.fontMetrics().averageCharWidth()
        self.resize(max(960, 125 * width), max(680, 90 * width))

    def _build_common(self):
        box = QtWidgets.QGroupBox("Common settings (a value set on a job in the table wins)")
        grid = QtWidgets.QGridLayout(box)
        self.pool_combo = QtWidgets.QComboBox()
        self.pool_combo.addItem("(each job's own)", None)
        self.priority_spin = QtWidgets.QSpinBox()
        self.priority_spin.setRange(-1, 100)
        self.priority_spin.setSpecialValueText("(each job's own)")
        self.packet_spin = QtWidgets.QSpinBox()
        self.packet_spin.setRange(0, 100000)
        self.packet_spin.setSpecialValueText("(each job's own)")
        self.paused_check = QtWidgets.QCheckBox("Submit paused")
        self.note_edit = QtWidgets.QLineEdit()
        self.note_edit.setPlaceholderText("Note on every job (optional)")
        for row, column, label, widget in ((0, 0, "Pool", self.pool_combo), (0, 2, "Priority", self.priority_spin),
                                           (0, 4, "Packet size", self.packet_spin), (1, 0, "Note", self.note_edit)):
            grid.addWidget(QtWidgets.QLabel(label), row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if widget is self.note_edit else 1)
        grid.addWidget(self.paused_check, 1, 4, 1, 2)
        grid.setColumnStretch(1, 1)
        self.pool_combo.currentIndexChanged.connect(self._common_edited)
        self.priority_spin.valueChanged.connect(self._common_edited)
        self.packet_spin.valueChanged.connect(self._common_edited)
        self.paused_check.toggled.connect(self._common_edited)
        self.note_edit.editingFinished.connect(self._common_edited)
        return box

    def _build_findings(self):
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.findings_tree = QtWidgets.QTreeWidget()
        self.findings_tree.setHeaderLabels(["", "Job", "Field", "Finding", "Fix"])
        self.findings_tree.setRootIsDecorated(False)
        self.findings_tree.currentItemChanged.connect(self._finding_selected)
        header = self.findings_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.findings_tree)
        row = QtWidgets.QHBoxLayout()
        self.findings_label = QtWidgets.QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_all_button = QtWidgets.QPushButton("Fix all")
        self.fix_all_button.clicked.connect(self._fix_all)
        row.addWidget(self.findings_label, 1)
        row.addWidget(self.fix_all_button)
        layout.addLayout(row)
        return page

    def _build_result(self):
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QtWidgets.QHBoxLayout()
        self.status_label = QtWidgets.QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.copy_button = QtWidgets.QPushButton("Copy")
        self.copy_button.setToolTip("Copy the result to the clipboard")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_result)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.result_text = QtWidgets.QPlainTextEdit()
        self.result_text.setReadOnly(True)
        self.result_text.setFont(_mono_font())
        self.result_text.setPlaceholderText("Job IDs, export paths or errors appear here.")
        self.result_text.setMinimumHeight(5 * self.fontMetrics().lineSpacing())
        layout.addWidget(self.result_text)
        return box

    def _build_buttons(self):
        row = QtWidgets.QHBoxLayout()
        self.export_button = QtWidgets.QPushButton("Export (dry run)...")
        self.export_button.setToolTip("Write the job file and its JSON form without submitting")
        self.submit_button = QtWidgets.QPushButton("Submit")
        self.submit_button.setDefault(True)
        self.close_button = QtWidgets.QPushButton("Close")
        self.export_button.clicked.connect(self._choose_export_folder)
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        row.addWidget(self.close_button)
        return row

    # -- state to widgets -----------------------------------------------------------------------
    def _show_common(self):
        common = self.session.common
        for widget in (self.pool_combo, self.priority_spin, self.packet_spin, self.paused_check, self.note_edit):
            widget.blockSignals(True)
        self._fill_pools(common["pool"])
        self.priority_spin.setValue(-1 if common["priority"] is None else common["priority"])
        self.packet_spin.setValue(0 if common["packet_size"] is None else common["packet_size"])
        self.paused_check.setChecked(bool(common["paused"]))
        self.note_edit.setText(common["note"] or "")
        for widget in (self.pool_combo, self.priority_spin, self.packet_spin, self.paused_check, self.note_edit):
            widget.blockSignals(False)

    def _fill_pools(self, chosen):
        names = list(self.pool_names)
        if chosen and not any(name.lower() == chosen.lower() for name in names):
            names.append(chosen)
        self.pool_combo.blockSignals(True)
        while self.pool_combo.count() > 1:
            self.pool_combo.removeItem(1)
        for name in names:
            self.pool_combo.addItem(name, name)
        index = next((i + 1 for i, name in enumerate(names) if chosen and name.lower() == chosen.lower()), 0)
        self.pool_combo.setCurrentIndex(index)
        self.pool_combo.blockSignals(False)

    def _refresh(self):
        """Show the session (table, findings, preview) and validate again shortly."""
        self.model.refresh()
        self._show_findings()
        try:
            self.preview.setPlainText(self.session.preview())
        except ValueError as err:
            self.preview.setPlainText(str(err))
        self._validate_timer.start()

    def _show_findings(self):
        tree = self.findings_tree
        tree.clear()
        for finding in self.session.findings:
            item = QtWidgets.QTreeWidgetItem(["", finding.job_name, finding.field, finding.message])
            icon = _ICONS["error" if finding.severity == "error" else "warning"]
            item.setIcon(0, self.style().standardIcon(icon))
            item.setToolTip(3, str(finding))
            item.setData(0, Qt.ItemDataRole.UserRole, str(finding.job_id) if finding.job_id else "")
            item.setToolTip(0, finding.severity)
            tree.addTopLevelItem(item)
            if finding.fix is not None:
                button = QtWidgets.QPushButton("Fix")
                button.setToolTip(finding.fix_description)
                button.setEnabled(not self._busy)
                button.clicked.connect(self._fix_clicked)
                button.setProperty("finding", tree.indexOfTopLevelItem(item))
                tree.setItemWidget(item, 4, button)
        for column in (0, 1, 2):
            tree.resizeColumnToContents(column)
        self.findings_label.setText(self._findings_summary())
        self.fix_all_button.setEnabled(not self._busy and any(f.fix for f in self.session.findings))
        self.tabs.setTabText(0, "Findings ({})".format(len(self.session.findings)))
        self._update_buttons()

    def _findings_summary(self):
        errors = sum(1 for f in self.session.findings if f.severity == "error")
        warnings = len(self.session.findings) - errors
        if not self.session.findings:
            return "No findings."
        return "{} error(s), {} warning(s); select one to read it in full.".format(errors, warnings)

    def _update_buttons(self):
        ready = not self._busy and not self.session.has_errors()
        self.submit_button.setEnabled(ready and self.submitted_ids is None)
        self.export_button.setEnabled(ready)
        for widget in (self.table, self.pool_combo, self.priority_spin, self.packet_spin, self.paused_check,
                       self.note_edit):
            widget.setEnabled(not self._busy)

    def _show_status(self, text):
        self.status_label.setText(text)

    def _set_busy(self, busy, text=""):
        self._busy = busy
        self.progress.setVisible(busy)
        self._show_status(text)
        self._show_findings()

    # -- user actions -------------------------------------------------------------------------
    def _common_edited(self, *ignored):
        values = {"pool": self.pool_combo.currentData(),
                  "priority": None if self.priority_spin.value() < 0 else self.priority_spin.value(),
                  "packet_size": None if self.packet_spin.value() < 1 else self.packet_spin.value(),
                  "paused": self.paused_check.isChecked(), "note": self.note_edit.text()}
        changed = False
        for key, value in values.items():
            if self.session.common[key] != value:
                self.session.set_common(key, value)
                changed = True
        if changed:
            self._changed()

    def _changed(self):
        self._refresh()

    def _fix_clicked(self):
        self.fix(self.sender().property("finding"))

    def fix(self, index):
        """Apply the fix of the finding at ``index`` in the findings list."""
        finding = self.session.findings[index]
        self.session.apply_fix(finding)
        self.session.findings = [f for f in self.session.findings if f is not finding]
        self._show_status("Fixed: {}".format(finding.fix_description or finding.message))
        self._refresh()

    def _fix_all(self):
        count = self.session.apply_all_fixes()
        self.session.findings = [f for f in self.session.findings if f.fix is None]
        self._show_status("Applied {} fix(es)".format(count))
        self._refresh()

    def _finding_selected(self, item, previous=None):
        """Show the finding in full below the list and select its job in the table."""
        index = self.findings_tree.indexOfTopLevelItem(item) if item is not None else -1
        if index < 0:
            self.findings_label.setText(self._findings_summary())
            return
        self.findings_label.setText(str(self.session.findings[index]))
        row = self.model.row_of(_uuid_or_none(item.data(0, Qt.ItemDataRole.UserRole)))
        if row >= 0:
            self.table.selectRow(row)

    def submit(self):
        """Submit the graph in the background; ``submitted`` or ``failed`` follows."""
        graph = self._graph_or_fail()
        if graph is not None:
            self._set_busy(True, "Submitting...")
            self._run(self._on_submitted, self._on_task_failed, submit_steps, graph,
                      self.session.common["paused"], progress=True)

    def export_to(self, folder):
        """Write the job file and JSON into ``folder`` in the background; ``exported`` or ``failed`` follows."""
        graph = self._graph_or_fail()
        if graph is not None:
            self.export_folder = folder
            self._set_busy(True, "Exporting...")
            self._run(self._on_exported, self._on_task_failed, export_steps, graph, folder, self.name,
                      self.session.common["paused"], progress=True)

    def _choose_export_folder(self):
        folder = QtWidgets.QFileDialog.getExistingDirectory(self, "Export the job file to", self.export_folder)
        if folder:
            self.export_to(folder)

    def copy_result(self):
        """Copy the result text (job IDs, paths or error) to the clipboard."""
        QtWidgets.QApplication.clipboard().setText(self.result_text.toPlainText())
        self._show_status("Copied to the clipboard")

    def save_settings(self):
        """Store the current choices through the settings store (errors are logged, not raised)."""
        try:
            self.store.save(self.session.to_settings())
        except (OSError, TypeError, ValueError) as err:
            _log.warning("Could not save the submit settings: %s", err)

    def reject(self):
        if self._busy:
            self._show_status("Wait until the current task has finished")
            return
        self.save_settings()
        super(SubmitDialog, self).reject()

    def closeEvent(self, event):
        if self._busy:
            event.ignore()
            self._show_status("Wait until the current task has finished")
            return
        self.save_settings()
        super(SubmitDialog, self).closeEvent(event)

    # -- background -----------------------------------------------------------------------------
    def _run(self, done, failed, function, *args, **options):
        task = Task(function, *args, **options)
        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        if options.get("progress"):
            task.signals.progress.connect(self._show_status)
        task.signals.ended.connect(self._forget_task)
        self._tasks.add(task)
        self._pool.start(task)
        return task

    @QtCore.Slot(object)
    def _forget_task(self, task):
        self._tasks.discard(task)

    def _graph_or_fail(self):
        try:
            return self.session.build()
        except (TypeError, ValueError) as err:
            self._on_task_failed(err)
            return None

    def _start_validation(self):
        graph = self._graph_or_fail()
        if graph is None:
            return
        self._generation += 1
        self._run(self._on_validated, self._on_validation_failed, _validate, graph, self._generation)

    @QtCore.Slot(object)
    def _on_validated(self, result):
        generation, findings = result
        if generation != self._generation:
            return
        self.session.findings = findings
        self.model.refresh()
        self._show_findings()
        self.validated.emit(findings)

    @QtCore.Slot(object)
    def _on_validation_failed(self, err):
        self._show_status("Could not validate: {}".format(err))
        self.validated.emit(None)

    @QtCore.Slot(object)
    def _on_pools(self, names):
        self.pool_names = names
        self._fill_pools(self.session.common["pool"])
        self.pools_loaded.emit(names)

    @QtCore.Slot(object)
    def _on_pools_failed(self, err):
        self._show_status("Could not list the pools: {}".format(err))
        self.pools_loaded.emit(None)

    @QtCore.Slot(object)
    def _on_submitted(self, ids):
        graph = self.session.build()
        self.submitted_ids = ids
        self._set_busy(False, "Submitted {} jobs".format(len(ids)))
        self._show_result(format_ids(graph, ids))
        self.save_settings()
        self.submitted.emit(ids)

    @QtCore.Slot(object)
    def _on_exported(self, paths):
        self._set_busy(False, "Exported; submit later with: Submit -FromFile {}".format(paths[0]))
        self._show_result("Job file: {}\nJSON:     {}\n".format(*paths))
        self.save_settings()
        self.exported.emit(paths)

    @QtCore.Slot(object)
    def _on_task_failed(self, err):
        text = str(err)
        if isinstance(err, ValidationError):
            self.session.findings = err.findings
            self.model.refresh()
        job_file = getattr(err, "job_file", None)
        if job_file:
            text += "\n\nThe job file is kept at:\n{}".format(job_file)
        self._set_busy(False, "Failed: {}".format(type(err).__name__))
        self._show_result(text)
        self.failed.emit(text)

    def _show_result(self, text):
        self.result_text.setPlainText(text.rstrip("\n"))
        self.copy_button.setEnabled(bool(text))


def _uuid_or_none(text):
    try:
        return uuid.UUID(text)
    except (TypeError, ValueError):
        return None


def _pool_names():
    return [pool.name for pool in smedge_core.get_pools()]


def _validate(graph, generation):
    return generation, validate(graph, fix_priorities=False)
