"""The Submit to Smedge dialog: review, validate, fix, then submit or export a job graph.

A host package opens it with :func:`show` (``show(host, **options)``: collect, then the dialog with the
host's options, checks, settings store and main window). Any graph can be shown too::

    dialog = show_submit_dialog(graph, settings=JsonFileSettings(scene_path), parent=main_window)

Everything that grows with the graph or talks to Smedge (building the graph, validation, the column
widths, pools, submission, export, the graph tab) runs on a thread pool (``workers.start``) on a
snapshot of the session, once per change; the table reads its rows a slice per turn of the event loop.
The UI thread only shows state; of the work on a whole graph, only the host's own checks (which read the
scene) and a Fix (which may call the host; on the graph built in the background) run on it. The logic
lives in ``integrations.session``, so the widgets stay thin.
"""
from __future__ import annotations

import logging
import os
import uuid
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Tuple, Union

from qtpy import QtCore, QtGui, QtWidgets

import smedge_core
from smedge_core.errors import MasterUnreachableError, SubmissionError

from ..graph import JobGraph
from ..host import Host, all_checks, chosen_options, collect, offered
from ..products import FARM_CONTROLS, farm_controls
from ..session import Result, Submission, job_count, send
from ..settings import MemorySettings, Settings, SettingsStore
from ..settings import load as load_settings
from ..validate import Finding, ValidationError, max_priority, unique, validate
from .models import COLUMNS, OUTPUTS_COLUMN, WAITS_COLUMN, EditDelegate, JobTableModel, longest_texts
from .widgets import CommonSettings, FarmControls, FindingsPanel, OptionsPanel, ResultPanel, keep_open, mono_font
from .workers import start

if TYPE_CHECKING:
    from smedge_core import JobType, Parameter, Pool

    from ..session import Check

__all__ = ["SubmitDialog", "show", "show_submit_dialog"]

_log = logging.getLogger(__name__)

Qt = QtCore.Qt
#: Milliseconds to wait after the last edit before validating again.
VALIDATE_DELAY_MS = 150
#: Milliseconds a shown dialog waits for its first paint before its background work starts anyway.
FIRST_PAINT_MS = 500
#: Rows of the job table that stay visible however small the dialog is made.
MIN_TABLE_ROWS = 5


def show_submit_dialog(jobs: Union[JobGraph, Iterable[JobType]], settings: Optional[SettingsStore] = None,
                       parent: Optional[QtWidgets.QWidget] = None, **options: Any) -> SubmitDialog:
    """Create, show (non-modal) and return a :class:`SubmitDialog`; keep a reference while it is open."""
    dialog = SubmitDialog(jobs, settings=settings, parent=parent, **options)
    dialog.show()
    return dialog


def show(host: Host, **options: Any) -> SubmitDialog:
    """Collect and open the shared Submit dialog for ``host``, parented to its main window; return it.

    The host's shown :class:`~integrations.host.Option` s are offered, starting from ``options``, else
    the choice stored with the scene, else their defaults; changing one collects again. The dialog is
    kept alive while it is open.
    """
    store = host.settings_store()
    stored, problems = load_settings(store)
    offer = offered(host, options)
    chosen = chosen_options(offer, stored, options)
    graph = collect(host, **dict(options, **chosen))
    scene = host.scene_path()
    stored.options = dict(chosen)
    dialog = show_submit_dialog(graph, settings=store, parent=host.main_window(), name=host.job_name(),
                                export_folder=os.path.dirname(scene) or None, checks=all_checks(host),
                                options=offer, stored=(stored, problems),
                                rebuild=lambda choices: collect(host, **dict(options, **choices)))
    keep_open(dialog)
    return dialog


class SubmitDialog(QtWidgets.QDialog):
    """Review and submit a job graph.

    ``jobs``: a JobGraph or a list of Smedge job dicts. ``settings``: the scene's sticky-settings store
    (``load()``/``save(dict)``; in memory when None). ``parent``: the host's main window. ``name``: the
    base name of exported files. ``export_folder``: where the Export folder picker starts. ``checks``:
    the host's own checks (``graph -> findings``), run on the UI thread beside the shared validation,
    their findings shown with the others and their fixes applied by Fix. ``options`` (the host's
    ``integrations.host.Option`` list) and ``rebuild`` (``choices -> JobGraph``) show the host's build
    options; changing one collects again through ``rebuild``, on the UI thread. ``stored``: the settings
    already loaded from ``settings`` and what loading them ignored (``settings.load``); loaded here when
    None.

    After a submission ``submitted_ids`` holds ``{node ID: job ID}`` and Submit stays off (the IDs are
    taken). Signals: ``submitted({node ID: job ID})``, ``exported((job file, JSON file))``,
    ``failed(message)``, ``validated(findings, or None when validation could not run)``,
    ``pools_loaded(names, or None)``.
    """

    submitted = QtCore.Signal(object)
    exported = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    validated = QtCore.Signal(object)
    pools_loaded = QtCore.Signal(object)

    def __init__(self, jobs: Union[JobGraph, Iterable[JobType]], settings: Optional[SettingsStore] = None,
                 parent: Optional[QtWidgets.QWidget] = None, name: str = "smedge_jobs",
                 export_folder: Optional[str] = None, checks: Iterable[Check] = (), options: Iterable[Any] = (),
                 stored: Optional[Tuple[Settings, List[Tuple[str, str]]]] = None,
                 rebuild: Optional[Callable[[Dict[str, Any]], JobGraph]] = None) -> None:
        super().__init__(parent)
        self.store: SettingsStore = settings if settings is not None else MemorySettings()
        self.checks = list(checks)
        self.host_options = list(options)
        self.rebuild = rebuild
        self.session = Submission(jobs, *(stored or load_settings(self.store)))
        self.name = name
        self.export_folder = export_folder or os.getcwd()
        self.pools: Optional[List[Pool]] = None  # the farm's Pools once listed (once, in the background)
        self.pool_names: List[str] = []
        self.submitted_ids: Optional[Dict[uuid.UUID, uuid.UUID]] = None
        self._generation = 0  # bumped by every change: work started before it is not shown
        self._busy = False
        self._stale = True  # the findings shown predate the last edit
        self._built: Optional[JobGraph] = None  # the graph the findings shown came from, while they are fresh
        self._preview_stale = True
        self._refusal = ""  # the message of a refused table edit, shown until the next valid edit
        self._step = "Submit"  # what the artist asked for last: Submit or Export
        self._validate_timer = QtCore.QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._start_validation)
        self._begin_timer = QtCore.QTimer(self)
        self._begin_timer.setSingleShot(True)
        self._begin_timer.setInterval(0)
        self._begin_timer.timeout.connect(self._begin)
        self._painted = self._waited = False
        _FirstPaint(self, self._on_first_paint)
        self.setWindowTitle("Submit to Smedge")
        self._build()
        self.common.show_values(self.session.common)
        self._changed()
        self._begin_timer.start()

    def _begin(self) -> None:
        """Start the background work (validation without waiting for the debounce, and the pools) once
        the dialog has painted when it shows: its first paint calls into Python widget by widget, and
        while a task holds the GIL each call waits for it (``benchmarks/bench_dialog.py --why``). A dialog
        not shown starts at once; one shown but not painted within :data:`FIRST_PAINT_MS`, then."""
        if self.isVisible() and not self._painted and not self._waited:
            self._waited = True
            self._begin_timer.start(FIRST_PAINT_MS)
            return
        start(self, _farm, self.session.source, done=self._on_pools, failed=self._on_pools_failed)
        self._start_validation()

    def _on_first_paint(self) -> None:
        self._painted = True
        if self._waited and self._begin_timer.isActive():
            self._begin_timer.start(0)  # after this paint

    def _build(self) -> None:
        self.common = CommonSettings()
        self.common.changed.connect(self._common_edited)
        self.advanced = FarmControls()
        self.advanced.setVisible(False)  # folded by default
        self.advanced.changed.connect(self._farm_edited)
        self.common.advanced_button.toggled.connect(self._fold)
        self.model = JobTableModel(self.session, self)
        self.model.edited.connect(self._changed)
        self.model.rejected.connect(self._refused)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(EditDelegate(self.table))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        for stretched in (WAITS_COLUMN, OUTPUTS_COLUMN):  # the room left, shared; cut text has a tooltip
            header.setSectionResizeMode(COLUMNS.index(stretched), QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        # at the smallest size the table keeps MIN_TABLE_ROWS rows; the findings and the result give way
        self.table.setMinimumHeight(header.sizeHint().height() + MIN_TABLE_ROWS * self.table.verticalHeader()
                                    .defaultSectionSize() + self.table.horizontalScrollBar().sizeHint().height()
                                    + 2 * self.table.frameWidth())
        self.findings = FindingsPanel()
        self.findings.fix_requested.connect(self.fix)
        self.findings.fix_all_requested.connect(self.fix_all)
        self.findings.job_selected.connect(self._select_job)
        self.preview = QtWidgets.QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(mono_font())
        self.preview.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        for small in (self.findings.tree, self.preview):  # they scroll, so the job table keeps its rows
            small.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.findings, "Findings")
        self.tabs.addTab(self.preview, "Graph")
        self.tabs.currentChanged.connect(self._show_preview)
        self.result_panel = ResultPanel()
        split = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        for index, (widget, stretch) in enumerate(((self.table, 3), (self.tabs, 2), (self.result_panel, 1))):
            split.addWidget(widget)
            split.setStretchFactor(index, stretch)
        split.setCollapsible(0, False)
        self.export_button = QtWidgets.QPushButton("Export (dry run)...")
        self.export_button.setToolTip("Write the job file and its JSON form without submitting")
        self.export_button.clicked.connect(self._choose_export_folder)
        self.submit_button = QtWidgets.QPushButton("Submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        close_button = QtWidgets.QPushButton("Close")
        close_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setSpacing(4)
        if self.host_options:
            self.options_panel = OptionsPanel(self.host_options)
            self.options_panel.show_values(self.session.options)
            self.options_panel.changed.connect(self._options_edited)
            layout.addWidget(self.options_panel)
        layout.addWidget(self.common)
        layout.addWidget(self.advanced)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(max(960, 125 * width), max(680, 90 * width))

    # -- state to widgets -----------------------------------------------------------------------
    def _refresh(self) -> None:
        """After a change to the session: read the table's rows again, then as :meth:`_changed`."""
        self.model.refresh()
        self._changed()

    def _changed(self) -> None:
        """After a change: findings are stale, work started before it is dropped, validate again shortly
        (the column widths and findings come back from that pass)."""
        self._stale = True
        self._built = None
        self._generation += 1
        if self._refusal and self.result_panel.status_label.text() == self._refusal:
            self._status("")  # a refused edit's message goes with the next valid edit
        self._refusal = ""
        self._show_findings()
        self._preview_stale = True
        self._show_preview()
        self._validate_timer.start()

    def _show_preview(self, *ignored: object) -> None:
        """Draw the graph tab (in the background) when it is the one shown: a big graph nobody looks at is
        not drawn."""
        if self._preview_stale and self.tabs.currentWidget() is self.preview:
            self._preview_stale = False
            start(self, _preview, self.session.snapshot(), self._generation, done=self._on_preview,
                  failed=self._on_preview)

    def _on_preview(self, result: Union[Tuple[int, str], Exception]) -> None:
        if isinstance(result, Exception):
            self.preview.setPlainText(str(result))
        elif result[0] == self._generation:
            self.preview.setPlainText(result[1])

    def _size_columns(self, texts: List[List[str]]) -> None:
        """Fit the columns to ``texts`` (per column, its header and longest cells, measured in the
        background: asking the view to size them to their contents reads every cell of every role)."""
        metrics = self.table.fontMetrics()
        pad = 2 * metrics.averageCharWidth() + 12
        for column, shown in enumerate(texts):
            if self.model.columns[column] not in (WAITS_COLUMN, OUTPUTS_COLUMN):
                self.table.setColumnWidth(column, max(metrics.horizontalAdvance(text) for text in shown) + pad)

    def _show_findings(self) -> None:
        # a fix of findings older than the last edit could undo that edit: Fix waits for fresh ones
        self.findings.show_findings(self.session.findings, enabled=not self._busy and not self._stale)
        self.tabs.setTabText(0, f"Findings ({len(self.session.findings)})")
        ready = not self._busy and not self.session.has_errors()
        self.submit_button.setEnabled(ready and self.submitted_ids is None)
        self.export_button.setEnabled(ready and self.submitted_ids is None)  # its IDs are taken once submitted
        self.common.setEnabled(not self._busy)
        if self.host_options:
            self.options_panel.setEnabled(not self._busy)
        self.table.setEnabled(not self._busy)

    def _status(self, text: str) -> None:
        self.result_panel.set_status(text)

    def _refused(self, text: str) -> None:
        """A table edit was refused: say why until the next valid edit."""
        self._refusal = text
        self._status(text)

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.result_panel.set_status(text, busy)
        self._show_findings()

    def _select_job(self, job_id: uuid.UUID) -> None:
        row = self.model.row_of(job_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- user actions -------------------------------------------------------------------------
    def _common_edited(self, values: Dict[str, Any]) -> None:
        for key, value in values.items():
            if self.session.common[key] != value:
                self.session.set_common(key, value)
        self._refresh()

    def _farm_edited(self, values: Dict[str, Any]) -> None:
        for name, value in values.items():
            self.session.set_farm(name, value)
        self._refresh()

    def _fold(self, unfolded: bool) -> None:
        """Show or hide the Advanced section, and a table column per farm control it offers."""
        self.advanced.setVisible(unfolded)
        self.model.set_extra(list(self.advanced.widgets) if unfolded else [])
        self._changed()  # the new columns' widths come with the next pass

    def _options_edited(self, values: Dict[str, Any]) -> None:
        """Collect again with the host's options as now chosen; keep every other choice of the artist."""
        if self.rebuild is None:
            return
        try:  # the host collects on its main thread, which is this one
            graph = self.rebuild(values)
        except Exception as err:  # shown, never raised into the host's event loop
            _log.warning("Could not collect with options %s", values, exc_info=True)
            self.options_panel.show_values(self.session.options)
            self._status(f"Could not collect with these options: {err}")
            return
        settings = self.session.to_settings()
        settings.options = dict(values)
        offers = self.session.offered
        self.session = Submission(graph, settings)
        self.session.offered = offers
        self.model.set_submission(self.session)
        self._status(f"Collected {job_count(len(graph))}")
        self._changed()

    def fix(self, index: int) -> None:
        """Apply the fix of the finding at ``index`` in the findings list."""
        self._apply_fixes([self.session.findings[index]])

    def fix_all(self) -> None:
        """Apply every fix the current findings carry (a fix that fails is shown; the others still apply)."""
        self._apply_fixes([f for f in self.session.findings if f.fix is not None])

    def _apply_fixes(self, findings: List[Finding]) -> None:
        """Apply fixes on the UI thread (a fix may call the host) to the graph the findings came from, built
        in the background (building it here took 0.26 s with 10,000 jobs)."""
        failed: List[str] = []
        graph = self._built if self._built is not None else self.session.build()
        for finding in findings:
            try:  # a fix may call the host (saving the scene): its error is shown, not raised into the event loop
                self.session.apply_fix(finding, graph)
            except Exception as err:
                _log.warning("Fix failed: %s: %s", finding.fix_description, err, exc_info=True)
                failed.append(f"{finding.fix_description or finding.message}: {err}")
            else:
                self.session.findings = [f for f in self.session.findings if f is not finding]
        done = len(findings) - len(failed)
        if failed:
            self._status(f"{done} {'fix' if done == 1 else 'fixes'} applied, {len(failed)} failed")
            self.result_panel.set_result("Could not fix:\n" + "\n".join(failed))
        elif len(findings) == 1:
            self._status(f"Fixed: {findings[0].fix_description or findings[0].message}")
        else:
            self._status(f"Applied {done} {'fix' if done == 1 else 'fixes'}")
        self._refresh()

    def submit(self) -> None:
        """Build, validate and submit the graph in the background; ``submitted`` or ``failed`` follows."""
        self._step = "Submit"
        self._built = None  # the submission builds its own
        self._set_busy(True, "Submitting...")
        start(self, _send, self.session.snapshot(), None, self.name, done=self._on_submitted,
              failed=self._on_task_failed, progress=self._status)

    def export_to(self, folder: str) -> None:
        """Write the job file and JSON into ``folder`` in the background; ``exported`` or ``failed`` follows."""
        self.export_folder = folder
        self._step = "Export"
        self._built = None  # the export builds its own
        self._set_busy(True, "Exporting...")
        start(self, _send, self.session.snapshot(), folder, self.name, done=self._on_exported,
              failed=self._on_task_failed, progress=self._status)

    def _choose_export_folder(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(self, "Export the job file to", self.export_folder)
        if folder:
            self.export_to(folder)

    def save_settings(self) -> None:
        """Store the current choices through the settings store (errors are logged, not raised)."""
        try:
            self.store.save(self.session.to_settings().to_data())
        except (OSError, TypeError, ValueError) as err:
            _log.warning("Could not save the submit settings: %s", err)

    def done(self, result: int) -> None:
        """Close: stop the timers and drop the work still running (a submission still ends; see ``start``)."""
        self._begin_timer.stop()
        self._validate_timer.stop()
        self.model.stop()
        self._generation += 1
        super().done(result)

    def reject(self) -> None:
        if self._busy:
            self._status("Wait until the current task has finished")
            return
        self.save_settings()
        super().reject()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            self._status("Wait until the current task has finished")
            return
        self.save_settings()
        super().closeEvent(event)

    # -- background -----------------------------------------------------------------------------
    def _start_validation(self) -> None:
        self._validate_timer.stop()
        start(self, _prepare, self.session.snapshot(), self._generation, self.pools, self.model.extra,
              done=self._on_prepared, failed=self._on_validation_failed)

    @QtCore.Slot(object)
    def _on_prepared(self, prepared: Prepared) -> None:
        if prepared.generation != self._generation:
            return  # an edit came after this pass started: its own pass follows
        self._size_columns(prepared.texts)
        if isinstance(prepared.graph, Exception):
            self._on_validation_failed(prepared.graph)
            return
        try:  # host checks read the scene: on the UI thread, which is the host's main thread
            host = [finding for check in self.checks for finding in check(prepared.graph)]
        except Exception as err:  # a broken host check is shown, never raised into the host's event loop
            _log.exception("A host check failed")
            self._on_validation_failed(err)
            return
        self._stale = False
        self._built = prepared.graph
        self.session.findings = unique(prepared.findings + host + self.session.settings_findings)
        self.model.set_findings(self.session.findings)
        self._show_findings()
        self.validated.emit(prepared.findings)

    @QtCore.Slot(object)
    def _on_validation_failed(self, err: Exception) -> None:
        self._status(f"Could not validate: {err}")
        self.validated.emit(None)

    @QtCore.Slot(object)
    def _on_pools(self, facts: Tuple[List[Pool], Optional[int], Dict[str, List[Parameter]]]) -> None:
        pools, highest, controls = facts
        self.session.offered = {kind: {p.name.lower() for p in params} for kind, params in controls.items()}
        known = {p.name.lower(): p for params in controls.values() for p in params}
        self.advanced.set_parameters([known[n.lower()] for n in FARM_CONTROLS.values()
                                      if n.lower() in known and n != "Note"], self.session.farm)  # Note: common
        if self.common.advanced_button.isChecked():
            self._fold(True)
        if self.session.farm:
            self._refresh()  # the common controls now go only to the jobs whose products have them
        if highest is not None:
            self.common.set_max_priority(highest)
        self.pools = pools
        self.pool_names = names = [pool.name for pool in pools]
        self.common.show_values(self.session.common, names)
        self.pools_loaded.emit(names)

    @QtCore.Slot(object)
    def _on_pools_failed(self, err: Exception) -> None:
        self._status(f"Could not list the pools: {err}")
        self.pools_loaded.emit(None)

    @QtCore.Slot(object)
    def _on_submitted(self, sent: Tuple[Result, str]) -> None:
        result, summary = sent
        self.submitted_ids = result.ids
        self._set_busy(False, f"Submitted {job_count(len(result.ids))}")
        self.result_panel.set_result(summary.partition("\n")[2])
        self.save_settings()
        self.submitted.emit(result.ids)

    @QtCore.Slot(object)
    def _on_exported(self, sent: Tuple[Result, str]) -> None:
        result = sent[0]
        self._set_busy(False, f"Exported; submit later with: Submit -FromFile {result.job_file}")
        self.result_panel.set_result(f"Job file: {result.job_file}\nJSON:     {result.json_file}\n")
        self.save_settings()
        self.exported.emit((result.job_file, result.json_file))

    @QtCore.Slot(object)
    def _on_task_failed(self, err: Exception) -> None:
        text = str(err)
        if isinstance(err, ValidationError):
            self.session.findings = err.findings
            self.model.set_findings(err.findings)
        if isinstance(err, SubmissionError):
            text += f"\n\nThe job file is kept at:\n{err.job_file}"
        if isinstance(err, MasterUnreachableError) or isinstance(err.__cause__, MasterUnreachableError):
            where = os.environ.get("SMEDGE_MASTER") or "its default address (SMEDGE_MASTER is not set)"
            text = f"{self._step} failed: cannot reach the Smedge master at {where}.\n\n{text}"
        self._set_busy(False, f"{self._step} failed: {type(err).__name__}")
        self.result_panel.set_result(text)
        self.failed.emit(text)


class _FirstPaint(QtCore.QObject):
    """Calls ``then()`` when ``widget`` is first painted, once: an event filter removed then (a Python
    ``paintEvent`` would be called at every repaint, each call waiting for the GIL while a task runs)."""

    def __init__(self, widget: QtWidgets.QWidget, then: Callable[[], Any]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False


class Prepared:
    """One background pass over a snapshot of the session: the table's column texts, the graph to send
    (or why it could not be built) and the shared validation's findings."""

    def __init__(self, generation: int, texts: List[List[str]], graph: Union[JobGraph, Exception],
                 findings: List[Finding]) -> None:
        self.generation, self.texts, self.graph, self.findings = generation, texts, graph, findings


def _prepare(session: Submission, generation: int, pools: Optional[List[Pool]], extra: List[str]) -> Prepared:
    rows = session.rows(extra)
    try:
        graph: Union[JobGraph, Exception] = session.build()
    except (TypeError, ValueError) as err:
        graph = err
    findings = validate(graph, pools=pools) if isinstance(graph, JobGraph) else []
    return Prepared(generation, longest_texts(rows, findings, extra), graph, findings)


def _preview(session: Submission, generation: int) -> Tuple[int, str]:
    try:
        return generation, session.preview()
    except ValueError as err:
        return generation, str(err)


def _send(session: Submission, export_to: Optional[str], name: str,
          progress: Callable[[str], Any]) -> Tuple[Result, str]:
    """Build ``session``'s graph and send it (``session.send``), off the UI thread; the Result and its summary."""
    result = send(session.build(), session.common["paused"], export_to, name, progress=progress)
    return result, result.summary()


def _farm(graph: JobGraph) -> Tuple[List[Pool], Optional[int], Dict[str, List[Parameter]]]:
    """The farm's pools, the highest priority the products of the jobs allow (None: unknown), and each
    product's farm controls (by the jobs' Type, lower case; none for a product the master lacks)."""
    types = sorted({kind for kind in (graph.value(job_id, "Type") for job_id in graph) if kind})
    limits = [limit for limit in (max_priority(kind) for kind in types) if limit is not None]
    controls = {}
    for kind in types:
        try:
            controls[str(kind).lower()] = farm_controls(kind)
        except ValueError:  # a product the master lacks: validation's finding says so
            controls[str(kind).lower()] = []
    return smedge_core.get_pools(), (min(limits) if limits else None), controls
