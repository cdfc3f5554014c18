"""A table view of statements: highlighted snippets, whole-row selection, drag out to the flyer editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from organiser.corpus.records import Statement
from organiser.gui.corpus.delegate import HighlightDelegate, row_height
from organiser.gui.corpus.statement_model import (
    DATE_COLUMN,
    SOURCE_COLUMN,
    TEXT_COLUMN,
    StatementModel,
    StatementRole,
)


class StatementTable(QTableView):
    def __init__(self, model: StatementModel, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.statement_model = model
        self.setAccessibleName(accessible_name)
        self.setItemDelegateForColumn(TEXT_COLUMN, HighlightDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setWordWrap(False)  # source titles elide on one line; the delegate wraps the snippet itself
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users reach the next control
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(row_height(self.fontMetrics()))
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.Fixed)
        metrics = QFontMetrics(self.font())
        self.setColumnWidth(SOURCE_COLUMN, metrics.horizontalAdvance("M") * 12)
        self.setColumnWidth(DATE_COLUMN, metrics.horizontalAdvance("0000-00-00") + 16)
        header.setHighlightSections(False)
        self._context_actions: list[QAction] = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The source column takes a share of a narrow pane instead of a fixed width, so snippets stay readable.
        em = self.fontMetrics().horizontalAdvance("M")
        self.setColumnWidth(SOURCE_COLUMN, max(em * 6, min(em * 14, event.size().width() // 4)))
        super().resizeEvent(event)

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        self._context_actions = list(actions)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self._context_actions:
            return
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())

    def current_statement(self) -> Statement | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        statement = index.data(StatementRole)
        return statement if isinstance(statement, Statement) else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.statement_model.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(self.statement_model.index(row, TEXT_COLUMN), flags)

    def select_statement(self, statement_id: int) -> bool:
        row = self.statement_model.row_of(statement_id)
        self.select_row(row)
        return row >= 0
