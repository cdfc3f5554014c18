"""The Sources tab: every imported source, its metadata, and its statements in reading order."""

from __future__ import annotations

import contextlib
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from organiser.corpus.records import Source, Statement
from organiser.corpus.search import SearchFilters
from organiser.errors import OrganiserError
from organiser.gui.corpus.detail import source_html
from organiser.gui.corpus.session import CorpusSession
from organiser.gui.corpus.source_model import SourceModel, SourceRole
from organiser.gui.corpus.statement_model import StatementModel, plain_hit
from organiser.gui.corpus.statement_table import StatementTable


class SourcesView(QWidget):
    def __init__(self, session: CorpusSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.source_model = SourceModel(self)
        self.statement_model = StatementModel(self)
        self._loaded = False

        self.sources_table = QTableView()
        self.sources_table.setModel(self.source_model)
        self.sources_table.setAccessibleName(self.tr("Sources"))
        self.sources_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_table.setTabKeyNavigation(False)
        self.sources_table.setShowGrid(False)
        self.sources_table.setAlternatingRowColors(True)
        self.sources_table.verticalHeader().hide()
        self.sources_table.setWordWrap(False)
        header = self.sources_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.sources_table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("M") * 10)
        self.sources_table.selectionModel().currentRowChanged.connect(self._source_changed)

        self.info = QTextBrowser()
        self.info.setAccessibleName(self.tr("Source details"))
        self.info.setOpenExternalLinks(True)
        self.statements_table = StatementTable(self.statement_model, self.tr("Statements of the source"), self)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("sources_splitter")
        for widget in (self.sources_table, self.info, self.statements_table):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.splitter)

        session.sources_changed.connect(self.reload)
        session.statements_changed.connect(self._reload_statements)
        session.statement_changed.connect(self._statement_changed)

    def ensure_loaded(self) -> None:
        """Loaded the first time the tab is shown, not at start-up."""
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        current = self.current_source()
        self.source_model.set_sources(self.session.corpus.sources())
        row = self.source_model.row_of(current.id) if current else 0
        if self.source_model.rowCount():
            self.sources_table.selectionModel().setCurrentIndex(
                self.source_model.index(max(row, 0), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.info.setHtml(f"<p>{escape(self.tr('No sources yet: import texts with File → Import.'))}</p>")
            self.statement_model.set_hits([])

    def current_source(self) -> Source | None:
        index = self.sources_table.currentIndex()
        source = index.data(SourceRole) if index.isValid() else None
        return source if isinstance(source, Source) else None

    def select_source(self, source_id: int) -> None:
        row = self.source_model.row_of(source_id)
        if row >= 0:
            self.sources_table.selectRow(row)

    def current_statement(self) -> Statement | None:
        return self.statements_table.current_statement()

    def _source_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._reload_statements()

    def _reload_statements(self) -> None:
        if not self._loaded:
            return
        source = self.current_source()
        if source is None:
            self.statement_model.set_hits([])
            return
        try:
            source = self.session.corpus.source(source.id)
        except OrganiserError:
            self.reload()
            return
        self.info.setHtml(source_html(source))
        statements = self.session.corpus.statements(SearchFilters(source_id=source.id))
        self.statement_model.set_hits([plain_hit(s) for s in statements])

    def _statement_changed(self, statement_id: int) -> None:
        if self.statement_model.row_of(statement_id) >= 0:
            with contextlib.suppress(OrganiserError):
                self.statement_model.replace_statement(self.session.statement(statement_id))
