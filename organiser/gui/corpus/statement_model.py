"""Table model of statements (search hits or a source's statements), with roles and drag-out as ids."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, Qt

from organiser.corpus.records import SearchHit, Statement
from organiser.corpus.search import SNIPPET_CHARS
from organiser.gui.corpus.rows_model import Index, RowsTableModel
from organiser.gui.i18n import QT_TRANSLATE_NOOP
from organiser.gui.textdir import content

STATEMENT_IDS_MIME = "application/x-organiser-statement-ids"

StatementIdRole = Qt.ItemDataRole.UserRole + 1
HitRole = Qt.ItemDataRole.UserRole + 2
StatementRole = Qt.ItemDataRole.UserRole + 3
SpansRole = Qt.ItemDataRole.UserRole + 4

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Statement"), QT_TRANSLATE_NOOP("Columns", "Source"),
           QT_TRANSLATE_NOOP("Columns", "Date"))
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
    return ", ".join(parts) if parts else QCoreApplication.translate("StatementModel", "no source (written here)")


class StatementModel(RowsTableModel[SearchHit]):
    """Rows are ``SearchHit`` objects; a plain listing is hits without spans."""

    COLUMNS = COLUMNS

    # ---- contents -------------------------------------------------------------------------------

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self._set_rows(hits)

    def hit(self, row: int) -> SearchHit:
        return self._rows[row]

    def row_of(self, statement_id: int) -> int:
        for row, hit in enumerate(self._rows):
            if hit.statement.id == statement_id:
                return row
        return -1

    def replace_statement(self, statement: Statement) -> None:
        """Show an edited statement in place (its snippet is the new text's start)."""
        row = self.row_of(statement.id)
        if row < 0:
            return
        self._rows[row] = SearchHit(statement, self._rows[row].rank, plain_hit(statement).snippet, ())
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ---- QAbstractTableModel --------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self._row(index)
        if hit is None:
            return None
        statement = hit.statement
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT_COLUMN:
                return hit.snippet
            if column == SOURCE_COLUMN:
                return content(statement.source.title) or self.tr("(written here)")
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
        statements = [self._rows[r].statement for r in rows]
        mime = QMimeData()
        mime.setData(STATEMENT_IDS_MIME, json.dumps([s.id for s in statements]).encode())
        mime.setText("\n\n".join(f"“{s.text}” — {attribution(s)}" for s in statements))
        return mime
