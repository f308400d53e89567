"""The job table: a thin Qt model over :class:`session.Submission` rows and its findings.

:meth:`JobTableModel.refresh` reads the rows incrementally: :data:`ROWS_PER_SLICE` at once, the next
slice on the next turn of the event loop, so a big graph never holds the UI thread; an edit in the table
updates only the rows it changes.
"""
from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Union

from qtpy import QtCore, QtGui

from ..validate import ERROR, Finding

if TYPE_CHECKING:
    from ..session import Submission

    _Index = Union[QtCore.QModelIndex, QtCore.QPersistentModelIndex]
    _Role = Union[int, QtCore.Qt.ItemDataRole]  # PySide6 passes enums where PySide2 passes ints

__all__ = ["COLUMNS", "OUTPUTS_COLUMN", "ROWS_PER_SLICE", "WAITS_COLUMN", "JobTableModel", "longest_texts"]

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
#: Rows read per turn of the event loop (``Submission.row`` takes about 20 microseconds each when the machine is idle).
ROWS_PER_SLICE = 100
_DEFAULTED = ("PacketSize", "Pool", "Priority")  # Smedge fills these in when a job sets none
_COLORS = {ERROR: QtGui.QColor(255, 205, 205), "warning": QtGui.QColor(255, 236, 190)}


def _int(value: Any) -> int:
    """An enum or int as an int (PySide6 passes enums where PySide2 passes ints)."""
    return int(getattr(value, "value", value))


_DISPLAY, _EDIT, _TOOLTIP, _CHECK, _BACKGROUND, _FONT, _FOREGROUND = (_int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole))
_FIELD_OF = {"Waits": "waitforjobid", "Outputs": "imageformat"}


class JobTableModel(QtCore.QAbstractTableModel):
    """One row per collected job; editing a cell sets a per-job override.

    ``columns``: :data:`COLUMNS`, then one editable column per parameter in ``extra`` (the farm controls
    the Advanced section shows, see :meth:`set_extra`). ``edited`` is emitted after a change;
    ``rejected(message)`` when a value is refused.
    """

    edited = QtCore.Signal()
    rejected = QtCore.Signal(str)

    def __init__(self, submission: Submission, parent: Optional[QtCore.QObject] = None) -> None:
        super().__init__(parent)
        self.submission = submission
        self.extra: List[str] = []
        self.columns = list(COLUMNS)
        self._rows: List[Dict[Any, Any]] = []  # read with the columns' keys, None included
        self._row_of: Dict[uuid.UUID, int] = {}
        self._by_job: Dict[Optional[uuid.UUID], List[Finding]] = {}
        self._ids: List[uuid.UUID] = []
        self._next = 0  # the first row not yet read since the last refresh
        self._slicer = QtCore.QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._read_slice)
        self.refresh()

    def refresh(self) -> None:
        """Read the rows again (after the submission or its common settings changed): the first slice
        now, the rest one slice per turn of the event loop."""
        ids = self.submission.ids()
        if ids != self._ids:
            self.beginResetModel()
            self._ids, self._rows, self._row_of = ids, [], {}
            self.endResetModel()
        self._next = 0
        self._read_slice()
        if self._next < len(self._ids):
            self._slicer.start()

    def stop(self) -> None:
        """Stop reading rows (the dialog closed)."""
        self._slicer.stop()

    def filled(self) -> bool:
        """Whether every row has been read since the last refresh."""
        return self._next >= len(self._ids)

    def _read_slice(self) -> None:
        first, end = self._next, min(self._next + ROWS_PER_SLICE, len(self._ids))
        rows = [self.submission.row(job_id, self.extra) for job_id in self._ids[first:end]]
        self._next = end
        if end >= len(self._ids):
            self._slicer.stop()
        if first < len(self._rows):  # rows shown before: new values
            self._rows[first:end] = rows
            if rows:
                self.dataChanged.emit(self.index(first, 0), self.index(end - 1, len(self.columns) - 1))
        elif rows:  # rows not shown yet
            self.beginInsertRows(QtCore.QModelIndex(), first, end - 1)
            self._rows += rows
            self._row_of.update((row["id"], first + i) for i, row in enumerate(rows))
            self.endInsertRows()

    def set_submission(self, submission: Submission) -> None:
        """Show another submission (the host collected again)."""
        self.submission = submission
        self.refresh()

    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Show ``findings`` beside their jobs and fields."""
        self._by_job = {}
        for finding in findings:
            self._by_job.setdefault(finding.job_id, []).append(finding)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def set_extra(self, names: Iterable[str]) -> None:
        """Show an editable column per parameter in ``names`` after the others."""
        self.beginResetModel()
        self.extra = list(names)
        self.columns = list(COLUMNS) + [(name, name, True) for name in self.extra]
        self._ids, self._rows, self._row_of = [], [], {}
        self.endResetModel()
        self.refresh()

    def job_id(self, row: int) -> uuid.UUID:
        """The job ID shown in ``row``."""
        return self._rows[row]["id"]

    def row_of(self, job_id: uuid.UUID) -> int:
        """The row showing ``job_id``, or -1."""
        return self._row_of.get(job_id, -1)

    def rowCount(self, parent: Optional[_Index] = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Optional[_Index] = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation,
                   role: _Role = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and _int(role) in (_DISPLAY, _TOOLTIP):
            return self.columns[section][0]  # the tooltip shows a header cut short by a narrow column
        return None

    def flags(self, index: _Index) -> QtCore.Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif self.columns[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: _Role = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()][1]
        role = _int(role)
        if role == _DISPLAY:
            return self._text(row, key, self._findings(row, key))
        if role == _CHECK:
            if key != "enabled":
                return None
            return Qt.CheckState.Checked if row["enabled"] else Qt.CheckState.Unchecked
        if role == _EDIT:
            return "" if row.get(key) is None else self._text(row, key, ())
        if role == _TOOLTIP:
            tips = [f"{f.severity}: {f.message}" for f in self._findings(row, key)]
            text = self._text(row, key, ())
            if key == "Waits" and row["Waits"]:
                tips.insert(0, "Waits " + row["Waits"])
            elif key == "Outputs" and row["OutputFiles"]:
                tips.insert(0, "Writes:\n" + "\n".join(row["OutputFiles"]))
            elif key not in (None, "enabled") and text:  # the whole text of a cell cut short
                tips.insert(0, text)
            if key and key.lower() in row["overridden"]:
                tips.append("Set for this job (overrides the common setting)")
            return "\n".join(tips) or None
        if role == _BACKGROUND:
            findings = self._findings(row, key)
            return QtGui.QBrush(_COLORS.get(_worst(findings), _COLORS["warning"])) if findings else None
        if role == _FONT and key and key.lower() in row["overridden"]:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == _FOREGROUND and (not row["enabled"] or row.get(key, "") is None):
            return QtGui.QBrush(QtGui.QColor(140, 140, 140))
        return None

    def setData(self, index: _Index, value: Any, role: _Role = Qt.ItemDataRole.EditRole) -> bool:
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
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))
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

    @staticmethod
    def _text(row: Dict[str, Any], key: Optional[str], findings: Sequence[Finding]) -> Optional[str]:
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
            cells = (JobTableModel._text(row, key, by_job.get(row["id"], []) if key is None else ())
                     for row in rows)
            texts += sorted((text or "" for text in cells), key=len)[-3:]
        out.append(texts)
    return out


def _worst(findings: Iterable[Finding]) -> str:
    return ERROR if any(f.severity == ERROR for f in findings) else "warning"
