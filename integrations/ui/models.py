"""The job table: a thin Qt model over :class:`session.Submission` rows and its findings."""
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

__all__ = ["COLUMNS", "WAITS_COLUMN", "JobTableModel"]

_log = logging.getLogger(__name__)

Qt = QtCore.Qt
#: (header, row key, editable): the first column is the on/off check box.
WAITS_COLUMN = ("Waits on", "Waits", False)
COLUMNS = (("On", "enabled", False), ("Job", "Name", False), ("Type", "Type", False),
           ("Frames", "Range", True), ("Packet", "PacketSize", True), ("Pool", "Pool", True),
           ("Priority", "Priority", True), WAITS_COLUMN, ("Findings", None, False))
_DEFAULTED = ("PacketSize", "Pool", "Priority")  # Smedge fills these in when a job sets none
_COLORS = {ERROR: QtGui.QColor(255, 205, 205), "warning": QtGui.QColor(255, 236, 190)}


def _int(value: Any) -> int:
    """An enum or int as an int (PySide6 passes enums where PySide2 passes ints)."""
    return int(getattr(value, "value", value))


_DISPLAY, _EDIT, _TOOLTIP, _CHECK, _BACKGROUND, _FONT, _FOREGROUND = (_int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole))
_FIELD_OF = {"Waits": "waitforjobid"}


class JobTableModel(QtCore.QAbstractTableModel):
    """One row per collected job; editing a cell sets a per-job override.

    ``edited`` is emitted after a change; ``rejected(message)`` when a value is refused.
    """

    edited = QtCore.Signal()
    rejected = QtCore.Signal(str)

    def __init__(self, submission: Submission, parent: Optional[QtCore.QObject] = None) -> None:
        super().__init__(parent)
        self.submission = submission
        self._rows: List[Dict[Any, Any]] = submission.rows()  # read with the columns' keys, None included
        self._by_job: Dict[Optional[uuid.UUID], List[Finding]] = {}
        self._index_findings()

    def refresh(self) -> None:
        """Re-read the rows (after settings, fixes or findings changed)."""
        self.beginResetModel()
        self._rows = self.submission.rows()
        self._index_findings()
        self.endResetModel()

    def _index_findings(self) -> None:
        self._by_job = {}
        for finding in self.submission.findings:
            self._by_job.setdefault(finding.job_id, []).append(finding)

    def longest_texts(self) -> List[List[str]]:
        """Per column, the header and the longest cell texts (by length): what sizing the columns needs."""
        out = []
        for header, key, _ in COLUMNS:
            texts = [header]
            if key != "enabled":
                cells = (self._text(row, key, self._findings(row, key) if key is None else ()) for row in self._rows)
                texts += sorted((text or "" for text in cells), key=len)[-3:]
            out.append(texts)
        return out

    def job_id(self, row: int) -> uuid.UUID:
        """The job ID shown in ``row``."""
        return self._rows[row]["id"]

    def row_of(self, job_id: uuid.UUID) -> int:
        """The row showing ``job_id``, or -1."""
        return next((i for i, row in enumerate(self._rows) if row["id"] == job_id), -1)

    def rowCount(self, parent: Optional[_Index] = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Optional[_Index] = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation,
                   role: _Role = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and _int(role) == _DISPLAY:
            return COLUMNS[section][0]
        return None

    def flags(self, index: _Index) -> QtCore.Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif COLUMNS[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: _Role = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][1]
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
            if key == "Waits" and row["Waits"]:
                tips.insert(0, "Waits " + row["Waits"])
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
        key = COLUMNS[index.column()][1]
        job_id = self.job_id(index.row())
        if key == "enabled" and _int(role) == _int(Qt.ItemDataRole.CheckStateRole):
            value = _int(value) == _int(Qt.CheckState.Checked)
        elif not COLUMNS[index.column()][2] or _int(role) != _int(Qt.ItemDataRole.EditRole):
            return False
        assert key is not None  # the Findings column (no key) is not editable
        try:
            self.submission.set_override(job_id, key, value)
        except (TypeError, ValueError) as err:
            self.rejected.emit(str(err))
            return False
        self.refresh()
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


def _worst(findings: Iterable[Finding]) -> str:
    return ERROR if any(f.severity == ERROR for f in findings) else "warning"
