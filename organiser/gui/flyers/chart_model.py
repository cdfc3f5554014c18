"""A comparison table as a Qt table model: criteria are rows, subjects are columns; edits become requests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from organiser.flyers.model import Cell, ComparisonBlock, ComparisonTable
from organiser.gui.flyers.block_model import STATEMENT_MIME, statement_ids_from
from organiser.gui.i18n import QT_TRANSLATE_NOOP, arg
from organiser.gui.textdir import content

VerdictRole = Qt.ItemDataRole.UserRole + 10
EvidenceRole = Qt.ItemDataRole.UserRole + 11

VERDICT_MARKS: dict[str, str] = {"yes": "✔", "no": "✘", "partly": "◐", "arguably": "?", "unknown": "–"}
VERDICT_LABELS: dict[str, str] = {  # marked for translation; verdict_label() gives them translated
    "yes": QT_TRANSLATE_NOOP("Verdicts", "Yes"), "no": QT_TRANSLATE_NOOP("Verdicts", "No"),
    "partly": QT_TRANSLATE_NOOP("Verdicts", "Partly"), "arguably": QT_TRANSLATE_NOOP("Verdicts", "Arguably"),
    "unknown": QT_TRANSLATE_NOOP("Verdicts", "Unknown"),
}
_VERDICT_COLOURS: dict[str, str] = {
    "yes": "#1B7F3B", "no": "#B3261E", "partly": "#B26A00", "arguably": "#6A4C93", "unknown": "#6B6B6B",
}

Index = QModelIndex | QPersistentModelIndex


def verdict_label(verdict: str) -> str:
    """A verdict's name in the window's language."""
    return QCoreApplication.translate("Verdicts", VERDICT_LABELS.get(verdict, verdict))


class ChartTableModel(QAbstractTableModel):
    """Shows one ComparisonBlock. ``setData`` does not change the table: it emits ``cell_edit_requested``."""

    cell_edit_requested = Signal(int, int, str)  # row, column, new text
    evidence_dropped = Signal(int, int, list)  # row, column, statement ids

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._block: ComparisonBlock | None = None

    @property
    def block(self) -> ComparisonBlock | None:
        return self._block

    @property
    def table(self) -> ComparisonTable | None:
        return self._block.table if self._block else None

    def set_block(self, block: ComparisonBlock | None) -> None:
        old = self.table
        new = block.table if block else None
        if old is not None and new is not None and (
            len(old.subjects), len(old.criteria)) == (len(new.subjects), len(new.criteria)
        ) and self._block is not None and block is not None and self._block.id == block.id:
            self._block = block
            if old.subjects != new.subjects:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(new.subjects) - 1)
            if [c.label for c in old.criteria] != [c.label for c in new.criteria]:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(new.criteria) - 1)
            if old.criteria != new.criteria and new.criteria:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new.criteria) - 1, len(new.subjects) - 1))
            return
        self.beginResetModel()
        self._block = block
        self.endResetModel()

    def cell(self, row: int, col: int) -> Cell | None:
        t = self.table
        if t is None or not (0 <= row < len(t.criteria) and 0 <= col < len(t.subjects)):
            return None
        return t.criteria[row].cells[col]

    # ---- Qt model ------------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        t = self.table
        return 0 if parent.isValid() or t is None else len(t.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        t = self.table
        return 0 if parent.isValid() or t is None else len(t.subjects)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = VERDICT_MARKS[cell.verdict] + " " if cell.verdict else ""
            sources = f"  [{len(cell.evidence)}]" if cell.evidence else ""
            return f"{mark}{content(cell.text)}{sources}"
        if role == Qt.ItemDataRole.EditRole:
            return cell.text
        if role == Qt.ItemDataRole.ForegroundRole and cell.verdict:
            return QColor(_VERDICT_COLOURS[cell.verdict])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            verdict = verdict_label(cell.verdict) if cell.verdict else self.tr("no verdict")
            return arg(self.tr("Verdict: %1; %n piece(s) of evidence", "", len(cell.evidence)), verdict)
        if role == VerdictRole:
            return cell.verdict
        if role == EvidenceRole:
            return list(cell.evidence)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.table
        if t is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return content(t.subjects[section]) if 0 <= section < len(t.subjects) else None
        return content(t.criteria[section].label) if 0 <= section < len(t.criteria) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDropEnabled)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if text != cell.text:
            self.cell_edit_requested.emit(index.row(), index.column(), text)
        return True

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [STATEMENT_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return parent.isValid() and bool(statement_ids_from(data))

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = statement_ids_from(data)
        if not ids or not parent.isValid():
            return False
        self.evidence_dropped.emit(parent.row(), parent.column(), ids)
        return True
