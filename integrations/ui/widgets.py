"""The dialog's panels: common settings, findings with their Fix buttons, and the result area; and
:func:`keep_open`, which keeps the windows a host opens alive while they show."""
from __future__ import annotations

import uuid
from typing import Any, Dict, Iterable, List, Optional

from qtpy import QtCore, QtGui, QtWidgets

from ..validate import ERROR, Finding

__all__ = ["CommonSettings", "FarmControls", "FindingsPanel", "OptionsPanel", "ResultPanel", "keep_open",
           "mono_font"]

Qt = QtCore.Qt
#: What the pool combo, priority and packet size show when each job keeps its own value.
OWN = "(each job's own)"
#: The priority spin box's top until the farm's products say otherwise (``set_max_priority``).
DEFAULT_MAX_PRIORITY = 100
#: Margins (left, top, right, bottom) of the settings groups: they leave the height to the job table.
COMPACT = (6, 2, 6, 2)
#: The findings list shows this many findings (a long list would hold the UI thread); Fix all fixes all.
LISTED = 500
#: The result area shows this many lines of a result (job IDs, an error); Copy copies all.
SHOWN_LINES = 500
_ICONS = {ERROR: QtWidgets.QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning}


#: The windows :func:`keep_open` keeps: a host keeps no reference to a dialog or message box it opens.
_OPEN: List[QtWidgets.QWidget] = []


def keep_open(widget: QtWidgets.QWidget) -> None:
    """Keep ``widget`` alive while it shows (until it is hidden, or Qt deletes it: WA_DeleteOnClose)."""
    _OPEN[:] = [w for w in _OPEN if _shown(w)] + [widget]


def _shown(widget: QtWidgets.QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # "Internal C++ object already deleted"
        return False


def mono_font() -> QtGui.QFont:
    """A fixed-pitch font for IDs, paths and the graph tree."""
    font = QtGui.QFont("monospace")
    font.setStyleHint(QtGui.QFont.StyleHint.TypeWriter)
    return font


class CommonSettings(QtWidgets.QGroupBox):
    """Pool, priority, packet size, submit paused and note; ``changed(values)`` after an edit."""

    changed = QtCore.Signal(object)

    def __init__(self, parent: Optional[QtWidgets.QWidget] = None) -> None:
        super().__init__("Common settings (a value set on a job in the table wins)", parent)
        self.pool_combo = QtWidgets.QComboBox()
        self.pool_combo.addItem(OWN, None)
        self.priority_spin = QtWidgets.QSpinBox()
        self.priority_spin.setRange(-1, DEFAULT_MAX_PRIORITY)
        self.priority_spin.setSpecialValueText(OWN)
        self.packet_spin = QtWidgets.QSpinBox()
        self.packet_spin.setRange(0, 100000)
        self.packet_spin.setSpecialValueText(OWN)
        self.paused_check = QtWidgets.QCheckBox("Submit paused")
        self.advanced_button = QtWidgets.QToolButton()
        self.advanced_button.setText("Advanced")
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolTip("Show the farm controls of the jobs' products (CPUs, RAM, ...)")
        self.advanced_button.toggled.connect(lambda unfolded: self.advanced_button.setArrowType(
            Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow))
        self.note_edit = QtWidgets.QLineEdit()
        self.note_edit.setPlaceholderText("Note on every job (optional)")
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(*COMPACT)
        grid.setVerticalSpacing(2)
        for row, column, label, widget in ((0, 0, "Pool", self.pool_combo), (0, 2, "Priority", self.priority_spin),
                                           (0, 4, "Packet size", self.packet_spin), (1, 0, "Note", self.note_edit)):
            grid.addWidget(QtWidgets.QLabel(label), row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if widget is self.note_edit else 1)
        grid.addWidget(self.paused_check, 1, 4)
        grid.addWidget(self.advanced_button, 1, 5)
        grid.setColumnStretch(1, 1)
        self.pool_combo.currentIndexChanged.connect(self._edited)
        self.priority_spin.valueChanged.connect(self._edited)
        self.packet_spin.valueChanged.connect(self._edited)
        self.paused_check.toggled.connect(self._edited)
        self.note_edit.editingFinished.connect(self._edited)

    def set_max_priority(self, highest: int) -> None:
        """Let the priority go up to ``highest`` (the highest any product of the jobs allows)."""
        self.priority_spin.setMaximum(highest)

    def values(self) -> Dict[str, Any]:
        """The common settings as ``Submission.common`` keeps them (None: each job's own)."""
        return {"pool": self.pool_combo.currentData(),
                "priority": None if self.priority_spin.value() < 0 else self.priority_spin.value(),
                "packet_size": None if self.packet_spin.value() < 1 else self.packet_spin.value(),
                "paused": self.paused_check.isChecked(), "note": self.note_edit.text()}

    def show_values(self, common: Dict[str, Any], pools: Iterable[str] = ()) -> None:
        """Show ``common`` (a ``Submission.common`` dict) with ``pools`` (names) in the combo; no signal."""
        self.blockSignals(True)
        chosen = common["pool"]
        names = list(pools)
        if chosen and not any(name.lower() == chosen.lower() for name in names):
            names.append(chosen)
        while self.pool_combo.count() > 1:
            self.pool_combo.removeItem(1)
        for name in names:
            self.pool_combo.addItem(name, name)
        self.pool_combo.setCurrentIndex(
            next((i + 1 for i, name in enumerate(names) if chosen and name.lower() == chosen.lower()), 0))
        self.priority_spin.setValue(-1 if common["priority"] is None else common["priority"])
        self.packet_spin.setValue(0 if common["packet_size"] is None else common["packet_size"])
        self.paused_check.setChecked(bool(common["paused"]))
        self.note_edit.setText(common["note"] or "")
        self.blockSignals(False)

    def _edited(self, *ignored: object) -> None:
        if not self.signalsBlocked():
            self.changed.emit(self.values())


class FarmControls(QtWidgets.QGroupBox):
    """The Advanced section: the farm controls of the jobs' products (``integrations.products``), each
    empty for each job's own value; ``changed(values)`` after an edit (Smedge parameter -> text, bool or
    choice key; None: each job's own). Values are checked against each job's product by validation."""

    changed = QtCore.Signal(object)

    def __init__(self, parent: Optional[QtWidgets.QWidget] = None) -> None:
        super().__init__("Advanced: farm controls (a value set on a job in the table wins)", parent)
        self.widgets: Dict[str, QtWidgets.QWidget] = {}
        self.grid = QtWidgets.QGridLayout(self)
        self.grid.setContentsMargins(*COMPACT)
        self.grid.setVerticalSpacing(2)
        self.empty = QtWidgets.QLabel("The farm's products are not known yet.")
        self.grid.addWidget(self.empty, 0, 0)

    def set_parameters(self, parameters: Iterable[Any], values: Dict[str, Any]) -> None:
        """Offer ``parameters`` (``smedge_core.Parameter`` s) showing ``values``; no signal."""
        for number in reversed(range(self.grid.count())):
            item = self.grid.itemAt(number)
            old = item.widget() if item is not None else None
            if old is not None and old is not self.empty:
                self.grid.removeWidget(old)
                old.deleteLater()
        self.widgets = {}
        parameters = list(parameters)
        self.empty.setText("" if parameters else "The jobs' products have no farm controls.")
        self.empty.setVisible(not parameters)
        for index, parameter in enumerate(parameters):
            widget: QtWidgets.QWidget
            if parameter.type.lower() in ("choice", "bool"):
                combo = QtWidgets.QComboBox()
                combo.addItem(OWN, None)
                choices = parameter.choices.items() if parameter.type.lower() == "choice" else (
                    ("1", "On"), ("0", "Off"))
                for key, label in choices:
                    combo.addItem(label, key)
                combo.currentIndexChanged.connect(self._edited)
                widget = combo
            else:
                edit = QtWidgets.QLineEdit()
                edit.setPlaceholderText(OWN)
                edit.editingFinished.connect(self._edited)
                widget = edit
            description = parameter.settings.get("Description") or parameter.settings.get("Help") or ""
            widget.setToolTip("{} ({}{})".format(parameter.name, parameter.type,
                                                 ": " + description if description else ""))
            row, column = divmod(index, 3)
            self.grid.addWidget(QtWidgets.QLabel(parameter.name), row, 2 * column)
            self.grid.addWidget(widget, row, 2 * column + 1)
            self.widgets[parameter.name] = widget
        self.show_values(values)

    def values(self) -> Dict[str, Any]:
        """The controls as set: Smedge parameter -> value, None for each job's own."""
        values: Dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QtWidgets.QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QtWidgets.QLineEdit):
                values[name] = widget.text().strip() or None
        return values

    def show_values(self, values: Dict[str, Any]) -> None:
        """Show ``values`` (Smedge parameter -> value, any case) without emitting ``changed``."""
        lowered = {str(k).lower(): v for k, v in values.items()}
        self.blockSignals(True)
        for name, widget in self.widgets.items():
            value = lowered.get(name.lower())
            if isinstance(widget, QtWidgets.QComboBox):
                text = None if value is None else str(int(value) if isinstance(value, bool) else value)
                widget.setCurrentIndex(max(0, widget.findData(text)) if text is not None else 0)
            elif isinstance(widget, QtWidgets.QLineEdit):
                widget.setText("" if value is None else str(value))
        self.blockSignals(False)

    def _edited(self, *ignored: Any) -> None:
        if not self.signalsBlocked():
            self.changed.emit(self.values())


class OptionsPanel(QtWidgets.QGroupBox):
    """The host's build options (``integrations.host.Option``): a check box per bool, a list per option
    with choices, a text field per other str; ``changed(values)`` after an edit."""

    changed = QtCore.Signal(object)

    def __init__(self, options: Iterable[Any], parent: Optional[QtWidgets.QWidget] = None) -> None:
        super().__init__("What to render (collects the scene again)", parent)
        self.widgets: Dict[str, QtWidgets.QWidget] = {}
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(*COMPACT)
        for option in options:
            widget: QtWidgets.QWidget
            if isinstance(option.default, bool):
                box = QtWidgets.QCheckBox(option.label)
                box.toggled.connect(self._edited)
                widget = box
            elif option.choices:
                layout.addWidget(QtWidgets.QLabel(option.label))
                combo = QtWidgets.QComboBox()
                combo.addItems(list(option.choices))
                combo.currentIndexChanged.connect(self._edited)
                widget = combo
            else:
                layout.addWidget(QtWidgets.QLabel(option.label))
                edit = QtWidgets.QLineEdit()
                edit.editingFinished.connect(self._edited)
                widget = edit
            widget.setToolTip(option.tooltip)
            layout.addWidget(widget, 1 if isinstance(widget, QtWidgets.QLineEdit) else 0)
            self.widgets[option.name] = widget
        layout.addStretch(1)

    def values(self) -> Dict[str, Any]:
        """The options as chosen: name -> bool or str."""
        values: Dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QtWidgets.QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QtWidgets.QComboBox):
                values[name] = widget.currentText()
            elif isinstance(widget, QtWidgets.QLineEdit):
                values[name] = widget.text()
        return values

    def show_values(self, values: Dict[str, Any]) -> None:
        """Show ``values`` without emitting ``changed``."""
        self.blockSignals(True)
        for name, widget in self.widgets.items():
            if isinstance(widget, QtWidgets.QCheckBox):
                widget.setChecked(bool(values.get(name)))
            elif isinstance(widget, QtWidgets.QComboBox):
                widget.setCurrentIndex(max(0, widget.findText(str(values.get(name) or ""))))
            elif isinstance(widget, QtWidgets.QLineEdit):
                widget.setText(str(values.get(name) or ""))
        self.blockSignals(False)

    def _edited(self, *ignored: Any) -> None:
        if not self.signalsBlocked():
            self.changed.emit(self.values())


class FindingsPanel(QtWidgets.QWidget):
    """The findings list: ``fix_requested(index)``, ``fix_all_requested()``, ``job_selected(job ID)``."""

    fix_requested = QtCore.Signal(int)
    fix_all_requested = QtCore.Signal()
    job_selected = QtCore.Signal(object)

    def __init__(self, parent: Optional[QtWidgets.QWidget] = None) -> None:
        super().__init__(parent)
        self.findings: List[Finding] = []
        self.tree = QtWidgets.QTreeWidget()
        self.tree.setHeaderLabels(["", "Job", "Field", "Finding", "Fix"])
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(self._selected)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.label = QtWidgets.QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_all_button = QtWidgets.QPushButton("Fix all")
        self.fix_all_button.clicked.connect(self.fix_all_requested)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.fix_all_button)
        layout.addLayout(row)

    def show_findings(self, findings: Iterable[Finding], enabled: bool = True) -> None:
        """List ``findings``, with a Fix button (enabled or not) on each that has a fix."""
        self.findings = list(findings)
        self.tree.clear()
        for index, finding in enumerate(self.findings[:LISTED]):
            item = QtWidgets.QTreeWidgetItem(["", finding.job_name, finding.field, finding.message])
            item.setIcon(0, self.style().standardIcon(_ICONS.get(finding.severity, _ICONS["warning"])))
            item.setToolTip(0, finding.severity)
            item.setToolTip(1, finding.job_name)  # the whole text of columns cut short
            item.setToolTip(2, finding.field)
            item.setToolTip(3, str(finding))
            self.tree.addTopLevelItem(item)
            if finding.fix is not None:
                button = QtWidgets.QPushButton("Fix")
                button.setToolTip(finding.fix_description)
                button.setEnabled(enabled)
                button.setProperty("finding", index)
                button.clicked.connect(self._fix_clicked)
                self.tree.setItemWidget(item, 4, button)
        for column in (0, 1, 2):
            self.tree.resizeColumnToContents(column)
        self.label.setText(self._summary())
        self.fix_all_button.setEnabled(enabled and any(f.fix is not None for f in self.findings))

    def fix_button(self, index: int) -> Optional[QtWidgets.QWidget]:
        """The Fix button of the finding at ``index``, or None."""
        item = self.tree.topLevelItem(index)
        return self.tree.itemWidget(item, 4) if item is not None else None

    def _summary(self) -> str:
        if not self.findings:
            return "No findings."
        errors = sum(1 for f in self.findings if f.severity == ERROR)
        listed = f" (the first {LISTED:,} are listed)" if len(self.findings) > LISTED else ""
        return (f"{_count(errors, 'error')}, {_count(len(self.findings) - errors, 'warning')}{listed}; "
                "select one to read it in full.")

    def _fix_clicked(self) -> None:
        self.fix_requested.emit(self.sender().property("finding"))

    def _selected(self, item: Optional[QtWidgets.QTreeWidgetItem],
                  previous: Optional[QtWidgets.QTreeWidgetItem] = None) -> None:
        index = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        if index < 0:
            self.label.setText(self._summary())
            return
        finding = self.findings[index]
        self.label.setText(str(finding))
        if isinstance(finding.job_id, uuid.UUID):
            self.job_selected.emit(finding.job_id)


def _count(number: int, word: str) -> str:
    return "{:,} {}{}".format(number, word, "" if number == 1 else "s")


class ResultPanel(QtWidgets.QWidget):
    """A status line with a busy bar, and a read-only text of job IDs, paths or an error with Copy."""

    def __init__(self, parent: Optional[QtWidgets.QWidget] = None) -> None:
        super().__init__(parent)
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
        self.copy_button.clicked.connect(self.copy)
        self.result = ""
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(mono_font())
        self.text.setPlaceholderText("Job IDs, export paths or errors appear here.")
        self.text.setMinimumHeight(2 * self.fontMetrics().lineSpacing())  # scrolls: the job table keeps its rows
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        layout.addWidget(self.text)

    def set_status(self, text: str, busy: Optional[bool] = None) -> None:
        """Show ``text`` on the status line; show or hide the busy bar when ``busy`` is given."""
        self.status_label.setText(text)
        if busy is not None:
            self.progress.setVisible(busy)

    def set_result(self, text: str) -> None:
        """Show ``text`` (selectable; Copy copies all of it): its first :data:`SHOWN_LINES` lines."""
        self.result = text.rstrip("\n")
        lines = self.result.split("\n", SHOWN_LINES)
        if len(lines) > SHOWN_LINES:  # laying out 10,000 lines would hold the UI thread
            more = self.result.count("\n") + 1 - SHOWN_LINES
            lines[SHOWN_LINES:] = [f"... and {more:,} more lines (Copy copies them all)"]
        self.text.setPlainText("\n".join(lines))
        self.copy_button.setEnabled(bool(text))

    def copy(self) -> None:
        """Copy the whole result text to the clipboard."""
        QtWidgets.QApplication.clipboard().setText(self.result)
        self.status_label.setText("Copied to the clipboard")
