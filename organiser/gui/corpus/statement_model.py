"""Table model of statements (search hits or a source's statements), with roles and drag-out as ids."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from organiser.core.records import SearchHit, Statement
from organiser.core.search import SNIPPET_CHARS

STATEMENT_IDS_MIME = "application/x-organiser-statement-ids"

StatementIdRole = Qt.ItemDataRole.UserRole + 1
HitRole = Qt.ItemDataRole.UserRole + 2
StatementRole = Qt.ItemDataRole.UserRole + 3
SpansRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Statement", "Source", "Date")
TEXT_COLUMN, SOURCE_COLUMN, DATE_COLUMN = range(3)


def plain_hit(statement: Statement) -> SearchHit:
    """A listing row: the text's start as snippet, nothing marked (cheaper than highlighting with no query)."""
    text = statement.text
    if len(text) > SNIPPET_CHARS:
        cut = text.rfind(" ", 0, SNIPPET_CHARS)
        text = text[: cut if cut > SNIPPET_CHARS // 2 else SNIPPET_CHARS] + " …"
    return SearchHit(statement, 0.0, text, ())


def attribution(statement: Statement) -> str:
    parts = [p for p in (statement.source.title, statement.source.outlet, statement.source.date) if p]
    return ", ".join(parts) if parts else "no source (written here)"


class StatementModel(QAbstractTableModel):
    """Rows are ``SearchHit`` objects; a plain listing is hits without spans."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    # ---- contents -------------------------------------------------------------------------------

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def row_of(self, statement_id: int) -> int:
        for row, hit in enumerate(self._hits):
            if hit.statement.id == statement_id:
                return row
        return -1

    def replace_statement(self, statement: Statement) -> None:
        """Show an edited statement in place (its snippet is the new text's start)."""
        row = self.row_of(statement.id)
        if row < 0:
            return
        self._hits[row] = SearchHit(statement, self._hits[row].rank, plain_hit(statement).snippet, ())
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ---- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        statement = hit.statement
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT_COLUMN:
                return hit.snippet
            if column == SOURCE_COLUMN:
                return statement.source.title or "(written here)"
            return statement.source.date or ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole:
            return statement.text if column == TEXT_COLUMN else attribution(statement)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{statement.text} — {attribution(statement)}" if column == TEXT_COLUMN else None
        if role == StatementIdRole:
            return statement.id
        if role == HitRole:
            return hit
        if role == StatementRole:
            return statement
        if role == SpansRole:
            return list(hit.spans) if column == TEXT_COLUMN else []
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # ---- drag out -------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [STATEMENT_IDS_MIME, "text/plain"]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        statements = [self._hits[r].statement for r in rows]
        mime = QMimeData()
        mime.setData(STATEMENT_IDS_MIME, json.dumps([s.id for s in statements]).encode())
        mime.setText("\n\n".join(f"“{s.text}” — {attribution(s)}" for s in statements))
        return mime
