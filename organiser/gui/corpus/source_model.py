"""Table model of the corpus's sources (title, outlet, date, statement count)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from organiser.corpus.records import Source
from organiser.gui.corpus.rows_model import Index, RowsTableModel
from organiser.gui.i18n import QT_TRANSLATE_NOOP
from organiser.gui.textdir import content

SourceIdRole = Qt.ItemDataRole.UserRole + 1
SourceRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Title"), QT_TRANSLATE_NOOP("Columns", "Outlet"),
           QT_TRANSLATE_NOOP("Columns", "Date"), QT_TRANSLATE_NOOP("Columns", "Statements"))


class SourceModel(RowsTableModel[Source]):
    COLUMNS = COLUMNS

    def set_sources(self, sources: Sequence[Source]) -> None:
        self._set_rows(sources)

    def source(self, row: int) -> Source:
        return self._rows[row]

    def row_of(self, source_id: int) -> int:
        return next((r for r, s in enumerate(self._rows) if s.id == source_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self._row(index)
        if source is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return content(source.title or source.original_name or "") or self.tr("(untitled)")
            if column == 1:
                return content(source.outlet or "")
            if column == 2:
                return source.date or ""
            return source.statement_count if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SourceIdRole:
            return source.id
        if role == SourceRole:
            return source
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
