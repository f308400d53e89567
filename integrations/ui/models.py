"""The job table: a thin Qt model over :class:`session.Submission` rows and its findings.

:meth:`JobTableModel.refresh` reads the rows incrementally: :data:`ROWS_PER_SLICE` at once, the next
slice on the next turn of the event loop, so a big graph never holds the UI thread; new findings restyle
only the rows they change, a slice per turn too; an edit in the table updates only the rows it changes.
The cells are stored in Qt, so painting them runs no Python (and never waits for the GIL).
"""
from __future__ import annotations

import logging
import time
import uuid
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Union

from qtpy import QtCore, QtGui, QtWidgets

from ..validate import ERROR, Finding

if TYPE_CHECKING:
    from ..session import Submission

    _Index = Union[QtCore.QModelIndex, QtCore.QPersistentModelIndex]
    _Role = Union[int, QtCore.Qt.ItemDataRole]  # PySide6 passes enums where PySide2 passes ints

__all__ = ["COLUMNS", "EDIT_ROLE", "OUTPUTS_COLUMN", "ROWS_PER_SLICE", "SLICE_SECONDS", "WAITS_COLUMN", "EditDelegate",
           "JobTableModel", "longest_texts"]

_log = logging.getLogger(__name__)

Qt = QtCore.Qt
#: (header, row key, editable): the first column is the on/off check box.
WAITS_COLUMN = ("Waits on", "Waits", False)
#: What each job writes (``ImageFormat``, see ``integrations.outputs``): the first file pattern and how many
#: more; the tooltip lists them all, and findings about them (collisions) sit here.
OUTPUTS_COLUMN = ("Outputs", "Outputs", False)
COLUMNS = (("On", "enabled", False), ("Job", "Name", False), ("Type", "Type", False),
           ("Frames", "Range", True), ("Packet", "PacketSize", True), ("Pool", "Pool", True),
           ("Priority", "Priority", True), WAITS_COLUMN, OUTPUTS_COLUMN, ("Findings", None, False))
#: Rows read (or restyled) per turn of the event loop at most, and the seconds a turn may take: while a
#: background task holds the GIL, the UI thread gets it only every few milliseconds.
ROWS_PER_SLICE = 100
SLICE_SECONDS = 0.01
_DEFAULTED = ("PacketSize", "Pool", "Priority")  # Smedge fills these in when a job sets none
_PLAIN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_COLORS = {ERROR: QtGui.QColor(255, 205, 205), "warning": QtGui.QColor(255, 236, 190)}


def _int(value: Any) -> int:
    """An enum or int as an int (PySide6 passes enums where PySide2 passes ints)."""
    return int(getattr(value, "value", value))


_DISPLAY, _TOOLTIP, _CHECK, _BACKGROUND, _FONT, _FOREGROUND = (_int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole))
_FIELD_OF = {"Waits": "waitforjobid", "Outputs": "imageformat"}
#: The text an editor starts from (empty where the cell shows ``default``): Qt keeps one text for
#: DisplayRole and EditRole.
EDIT_ROLE = _int(Qt.ItemDataRole.UserRole)
#: Where a QStandardItem keeps its flags (``QStandardItem::setFlags`` sets this role, Qt 5 and 6).
_FLAGS = EDIT_ROLE - 1
_SHOWN = (_DISPLAY, _CHECK, EDIT_ROLE, _TOOLTIP, _BACKGROUND, _FONT, _FOREGROUND)  # the roles a cell is shown with


class JobTableModel(QtGui.QStandardItemModel):
    """One row per collected job; editing a cell sets a per-job override.

    The cells live in Qt (each cell's roles set once per change, :meth:`_show`), so painting the table
    calls no Python: with a Python ``data()``, every cell painted waited for the GIL while a background
    task ran. ``columns``: :data:`COLUMNS`, then one editable column per parameter in ``extra`` (the farm
    controls the Advanced section shows, see :meth:`set_extra`). ``edited`` is emitted after a change;
    ``rejected(message)`` when a value is refused. An editor starts from :data:`EDIT_ROLE` (see
    :class:`EditDelegate`).
    """

    edited = QtCore.Signal()
    rejected = QtCore.Signal(str)

    def __init__(self, submission: Submission, parent: Optional[QtCore.QObject] = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.submission = submission
        self.extra: List[str] = []
        self.columns = list(COLUMNS)
        self._flags = _column_flags(self.columns)
        self._rows: List[Dict[Any, Any]] = []  # read with the columns' keys, None included
        self._row_of: Dict[uuid.UUID, int] = {}
        self._by_job: Dict[Optional[uuid.UUID], List[Finding]] = {}
        self._ids: List[uuid.UUID] = []
        self._next = 0  # the first row not yet read since the last refresh
        self._restyle: List[int] = []  # rows whose findings changed since they were shown, the last first
        self._bold = QtGui.QFont()
        self._bold.setBold(True)
        self._grey = QtGui.QBrush(QtGui.QColor(140, 140, 140))
        self._brushes = {severity: QtGui.QBrush(color) for severity, color in _COLORS.items()}
        self._slicer = QtCore.QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._slice)
        self._show_headers()
        self.refresh()

    def refresh(self) -> None:
        """Read the rows again (after the submission or its common settings changed): the first slice
        now, the rest one slice per turn of the event loop."""
        ids = self.submission.ids()
        if ids != self._ids:
            self.setRowCount(0)
            self._ids, self._rows, self._row_of, self._restyle = ids, [], {}, []
        self._next = 0
        self._slice()

    def stop(self) -> None:
        """Stop reading rows (the dialog closed)."""
        self._slicer.stop()

    def filled(self) -> bool:
        """Whether every row has been read and shows the current findings."""
        return self._next >= len(self._ids) and not self._restyle

    def _slice(self) -> None:
        """Read the next rows, or when all are read, show the current findings on the next rows: at most
        :data:`ROWS_PER_SLICE` and :data:`SLICE_SECONDS`; go on next turn while anything is left."""
        deadline = time.perf_counter() + SLICE_SECONDS
        for _ in range(ROWS_PER_SLICE):
            if self._next < len(self._ids):
                self._read(self._next)
                self._next += 1
            elif self._restyle:
                self._show(self._restyle.pop())
            else:
                break
            if time.perf_counter() > deadline:
                break
        if self.filled():
            self._slicer.stop()
        elif not self._slicer.isActive():
            self._slicer.start()

    def _read(self, number: int) -> None:
        """Read and show row ``number`` (added after the others when it is new)."""
        row = self.submission.row(self._ids[number], self.extra)
        new = number >= len(self._rows)
        if new:
            self.insertRow(number)
            self._rows.append(row)
            self._row_of[row["id"]] = number
        else:
            self._rows[number] = row
        self._show(number)

    def _show(self, number: int) -> None:
        """Set every cell of row ``number`` from its row and findings: all its roles, flags included, in
        one call (a cell's Python wrapper is never made: PySide2 would keep each one)."""
        row = self._rows[number]
        for column, (_, key, editable) in enumerate(self.columns):
            roles = self._roles(row, key, editable)
            roles[_FLAGS] = self._flags[column]
            self.setItemData(self.index(number, column), roles)

    def _roles(self, row: Dict[str, Any], key: Optional[str], editable: bool) -> Dict[int, Any]:
        """The roles of one cell: its text, check box, editor text, tooltip, colours and font."""
        findings = self._findings(row, key)
        roles: Dict[int, Any] = dict.fromkeys(_SHOWN)  # None removes a role a cell had before
        whole = _text(row, key, ())  # a value's text; only the Findings column (key None) counts findings
        text = _text(row, key, findings) if key is None else whole
        if text is not None:
            roles[_DISPLAY] = text
        if key == "enabled":
            roles[_CHECK] = _int(Qt.CheckState.Checked if row["enabled"] else Qt.CheckState.Unchecked)
        if editable and key is not None:
            roles[EDIT_ROLE] = "" if row.get(key) is None else whole
        tips = [f"{f.severity}: {f.message}" for f in findings]
        if key == "Waits" and row["Waits"]:
            tips.insert(0, "Waits " + row["Waits"])
        elif key == "Outputs" and row["OutputFiles"]:
            tips.insert(0, "Writes:\n" + "\n".join(row["OutputFiles"]))
        elif key not in (None, "enabled") and whole:  # the whole text of a cell cut short
            tips.insert(0, whole)
        overridden = key is not None and key.lower() in row["overridden"]
        if overridden:
            tips.append("Set for this job (overrides the common setting)")
        if tips:
            roles[_TOOLTIP] = "\n".join(tips)
        if findings:
            roles[_BACKGROUND] = self._brushes[_worst(findings)]
        if overridden:
            roles[_FONT] = self._bold
        if not row["enabled"] or (key is not None and row.get(key, "") is None):
            roles[_FOREGROUND] = self._grey
        return roles

    def _show_headers(self) -> None:
        for column, (header, _, _) in enumerate(self.columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tooltip: a header cut short
                self.setHeaderData(column, Qt.Orientation.Horizontal, header, role)

    def set_submission(self, submission: Submission) -> None:
        """Show another submission (the host collected again)."""
        self.submission = submission
        self.refresh()

    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Show ``findings`` beside their jobs and fields (the rows they change, a slice per turn)."""
        before = self._by_job
        self._by_job = {}
        for finding in findings:
            self._by_job.setdefault(finding.job_id, []).append(finding)
        changed = {self._row_of.get(job_id, -1) for job_id in set(before) | set(self._by_job)
                   if job_id is not None and before.get(job_id) != self._by_job.get(job_id)}
        pending = set(self._restyle)
        self._restyle += sorted((n for n in changed if 0 <= n < len(self._rows) and n not in pending), reverse=True)
        self._slice()

    def set_extra(self, names: Iterable[str]) -> None:
        """Show an editable column per parameter in ``names`` after the others."""
        self.extra = list(names)
        self.columns = list(COLUMNS) + [(name, name, True) for name in self.extra]
        self._flags = _column_flags(self.columns)
        self.setRowCount(0)
        self.setColumnCount(len(self.columns))
        self._show_headers()
        self._ids, self._rows, self._row_of, self._restyle = [], [], {}, []
        self.refresh()

    def job_id(self, row: int) -> uuid.UUID:
        """The job ID shown in ``row``."""
        return self._rows[row]["id"]

    def row_of(self, job_id: uuid.UUID) -> int:
        """The row showing ``job_id``, or -1."""
        return self._row_of.get(job_id, -1)

    def setData(self, index: _Index, value: Any, role: _Role = Qt.ItemDataRole.EditRole) -> bool:
        """An edit from the view (or a caller): set the override, show the rows it changes."""
        if not index.isValid():
            return False
        key = self.columns[index.column()][1]
        job_id = self.job_id(index.row())
        if key == "enabled" and _int(role) == _int(Qt.ItemDataRole.CheckStateRole):
            value = _int(value) == _int(Qt.CheckState.Checked)
        elif not self.columns[index.column()][2] or _int(role) != _int(Qt.ItemDataRole.EditRole):
            return False
        assert key is not None  # the Findings column (no key) is not editable
        try:
            self.submission.set_override(job_id, key, value)
        except (TypeError, ValueError) as err:
            self.rejected.emit(str(err))
            return False
        changed = [job_id] + (self.submission.source.children(job_id) if key == "enabled" else [])
        for each in changed:  # the job, and the jobs whose "Waits on" names it (off or not)
            number = self.row_of(each)
            if number >= 0:
                self._rows[number] = self.submission.row(each, self.extra)
                self._show(number)
        self.edited.emit()
        return True

    def _findings(self, row: Dict[str, Any], key: Optional[str]) -> List[Finding]:
        mine = self._by_job.get(row["id"], ())
        if key is None or not mine:
            return list(mine)
        if key in ("enabled", "Type"):
            return []
        if key == "Name":  # findings about no field in particular sit beside the job's name
            return [f for f in mine if not f.field]
        field = _FIELD_OF.get(key, key.lower())
        return [f for f in mine if f.field.lower() == field]


class EditDelegate(QtWidgets.QStyledItemDelegate):
    """Starts an editor from the cell's :data:`EDIT_ROLE` (empty where the cell shows ``default``)."""

    def setEditorData(self, editor: QtWidgets.QWidget, index: _Index) -> None:
        text = index.data(EDIT_ROLE)
        if text is not None and isinstance(editor, QtWidgets.QLineEdit):
            editor.setText(text)
        else:
            super().setEditorData(editor, index)


def _column_flags(columns: Sequence[Any]) -> List[int]:
    """Each column's item flags: the first one checkable, the editable ones editable."""
    return [_int(_PLAIN | Qt.ItemFlag.ItemIsUserCheckable if column == 0 else
                 _PLAIN | Qt.ItemFlag.ItemIsEditable if editable else _PLAIN)
            for column, (_, _, editable) in enumerate(columns)]


def _text(row: Dict[str, Any], key: Optional[str], findings: Sequence[Finding]) -> Optional[str]:
    """A cell's text: ``findings`` counted in the Findings column (key None), else the row's value."""
    if key == "enabled":
        return None
    if key is None:
        errors = sum(1 for f in findings if f.severity == ERROR)
        counts = [(errors, "error"), (len(findings) - errors, "warning")]
        text = ", ".join("{} {}{}".format(n, word, "" if n == 1 else "s") for n, word in counts if n)
        return text + (" (Fix)" if any(f.fix is not None for f in findings) else "")
    value = row[key]
    if value is None:
        return "default" if key in _DEFAULTED else ""
    return getattr(value, "name", None) or str(value)


def longest_texts(rows: List[Dict[str, Any]], findings: Iterable[Finding],
                  extra: Iterable[str] = ()) -> List[List[str]]:
    """Per column (:data:`COLUMNS`, then ``extra``), the header and the longest cell texts of ``rows``:
    what sizing the columns needs. Plain Python, so it runs off the UI thread."""
    by_job: Dict[Optional[uuid.UUID], List[Finding]] = {}
    for finding in findings:
        by_job.setdefault(finding.job_id, []).append(finding)
    out = []
    for header, key, _ in list(COLUMNS) + [(name, name, True) for name in extra]:
        texts = [header]
        if key != "enabled":
            cells = (_text(row, key, by_job.get(row["id"], []) if key is None else ())
                     for row in rows)
            texts += sorted((text or "" for text in cells), key=len)[-3:]
        out.append(texts)
    return out


def _worst(findings: Iterable[Finding]) -> str:
    return ERROR if any(f.severity == ERROR for f in findings) else "warning"
