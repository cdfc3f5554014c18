"""The Statements tab: search as you type, filters, highlighted results and the detail pane."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from organiser.corpus.records import SearchHit, Source, Statement
from organiser.corpus.search import SearchFilters
from organiser.corpus.store import Corpus
from organiser.errors import OrganiserError
from organiser.gui.corpus.detail import StatementDetail
from organiser.gui.corpus.search_runner import RESULT_LIMIT, SearchRunner
from organiser.gui.corpus.session import CorpusSession
from organiser.gui.corpus.statement_model import StatementModel, plain_hit
from organiser.gui.corpus.statement_table import StatementTable
from organiser.gui.i18n import arg, language_name
from organiser.gui.textdir import content

DEBOUNCE_MS = 80
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date_bound(text: str, upper: bool) -> str | None:
    """A typed date (2023, 2023-11 or 2023-11-02) as an inclusive ISO bound."""
    text = text.strip()
    if not _DATE_RE.match(text):
        return None
    if upper:
        return text + ("-12-31" if len(text) == 4 else "-31" if len(text) == 7 else "")
    return text


def _filter_combo(accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    # Long titles and Ukrainian labels must not widen the pane.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class CorpusView(QWidget):
    """Search box → ``SearchRunner`` (debounced) → ``StatementModel``; the current row fills the detail."""

    status = Signal(str)
    results_shown = Signal(int)  # number of rows, after each search

    def __init__(self, session: CorpusSession, *, synchronous: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = StatementModel(self)
        self.runner = SearchRunner(session.corpus, synchronous=synchronous, parent=self)
        self.runner.results.connect(self._show_results)
        self.runner.failed.connect(self.status)
        self._sources: dict[int, Source] = {}
        self._keep_selection: int | None = None
        self._languages: list[str] = []

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search statements (any language)…"))
        self.search_edit.setAccessibleName(self.tr("Search statements"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self._debounce.start)

        self.tag_combo = _filter_combo(self.tr("Filter by tag"))
        self.lang_combo = _filter_combo(self.tr("Filter by language"))
        self.source_combo = _filter_combo(self.tr("Filter by source"))
        validator = QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), self)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit, name in ((self.date_from, self.tr("Published from")), (self.date_to, self.tr("Published until"))):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setAccessibleName(name)
            edit.setValidator(validator)
            edit.setFixedWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
            edit.textChanged.connect(self._date_changed)
        for combo in (self.tag_combo, self.lang_combo, self.source_combo):
            combo.currentIndexChanged.connect(self.run_search)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.table = StatementTable(self.model, self.tr("Search results"), self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = StatementDetail(self)

        # Two filters a row: the pane stays narrow enough beside the flyer workspace, labels can be long.
        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        for row, column, text, widget in (
            (0, 0, self.tr("Ta&g"), self.tag_combo),
            (0, 2, self.tr("La&nguage"), self.lang_combo),
            (1, 0, self.tr("S&ource"), self.source_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, row, column)
            filters.addWidget(widget, row, column + 1, 1, 3 if row == 1 else 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        for text, edit in ((self.tr("Published f&rom"), self.date_from), (self.tr("&until"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit)
        dates.addStretch(1)
        filters.addLayout(dates, 2, 0, 1, 4)
        date_row = QHBoxLayout()
        date_row.addWidget(self.count_label, 1)
        date_row.addWidget(self.clear_button)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("corpus_detail_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addLayout(date_row)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search_edit, self.tag_combo)

        session.statement_changed.connect(self._statement_changed)
        session.statements_changed.connect(self._corpus_changed)
        session.sources_changed.connect(self._sources_changed)
        for combo, everything in (
            (self.tag_combo, self.tr("All tags")),
            (self.lang_combo, self.tr("All languages")),
            (self.source_combo, self.tr("All sources")),
        ):
            combo.addItem(everything, None)
        self.reload_filters()
        # The first listing runs here, in the GUI thread, so the window opens with statements listed.
        self._show_results(0, [plain_hit(st) for st in session.corpus.statements(limit=RESULT_LIMIT)])

    # ---- filters --------------------------------------------------------------------------------

    def reload_filters(self) -> None:
        """Fill the filter lists from the corpus, off the GUI thread (10,000 sources take half a second)."""

        def load(corpus: Corpus) -> tuple[list[tuple[str, int]], list[str], list[Source]]:
            return corpus.tags(), corpus.languages(), corpus.sources()

        self.runner.call(load, self._fill_filters)

    def _fill_filters(self, lists: tuple[list[tuple[str, int]], list[str], list[Source]]) -> None:
        tags, languages, sources = lists
        self._fill(self.tag_combo, self.tr("All tags"), [(f"{tag} ({count})", tag) for tag, count in tags])
        self._languages = languages
        self._fill(self.lang_combo, self.tr("All languages"), [(language_name(lang), lang) for lang in languages])
        self._sources = {s.id: s for s in sources}
        titles = [(content(s.title or s.original_name or "") or arg(self.tr("source %1"), s.id), s.id) for s in sources]
        self._fill(self.source_combo, self.tr("All sources"), titles)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def filters(self) -> SearchFilters:
        return SearchFilters(
            tag=self.tag_combo.currentData(),
            lang=self.lang_combo.currentData(),
            source_id=self.source_combo.currentData(),
            date_from=_date_bound(self.date_from.text(), upper=False),
            date_to=_date_bound(self.date_to.text(), upper=True),
        )

    def clear_filters(self) -> None:
        for widget in (self.tag_combo, self.lang_combo, self.source_combo, self.date_from, self.date_to):
            widget.blockSignals(True)
        self.tag_combo.setCurrentIndex(0)
        self.lang_combo.setCurrentIndex(0)
        self.source_combo.setCurrentIndex(0)
        self.date_from.clear()
        self.date_to.clear()
        for widget in (self.tag_combo, self.lang_combo, self.source_combo, self.date_from, self.date_to):
            widget.blockSignals(False)
        self.run_search()

    def _date_changed(self, text: str) -> None:
        if not text or _DATE_RE.match(text):
            self._debounce.start()

    # ---- search ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def run_search(self) -> None:
        self._debounce.stop()
        current = self.table.current_statement()
        if current is not None:
            self._keep_selection = current.id
        self.runner.request(self.search_edit.text(), self.filters())

    def _show_results(self, _generation: int, hits: list[SearchHit]) -> None:
        keep = self._keep_selection
        self._keep_selection = None
        self.model.set_hits(hits)
        count = len(hits)
        self.count_label.setWordWrap(True)
        if count >= RESULT_LIMIT:
            self.count_label.setText(self.tr("%n statement(s) (the best matches)", "", count))
        elif count:
            self.count_label.setText(self.tr("%n statement(s)", "", count))
        else:  # say why, and what to try
            from organiser.gui.corpus.empty_hint import empty_hint

            # Whether there is any statement at all (counting them all takes a second at a million).
            total = self.session.corpus.db.execute("SELECT EXISTS (SELECT 1 FROM statements)").fetchone()[0]
            self.count_label.setText(empty_hint(self.search_edit.text(), self.filters(), self._languages, total))
        if not (keep is not None and self.table.select_statement(keep)) and count:
            self.table.select_row(0)
        # The detail always shows the statement selected now (never one from the previous results).
        self._current_changed(self.table.currentIndex(), QModelIndex())
        self.results_shown.emit(count)

    # ---- detail ---------------------------------------------------------------------------------

    def current_statement(self) -> Statement | None:
        return self.table.current_statement()

    def _selection_changed(self, *_args: object) -> None:
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        statement = self.table.current_statement()
        if statement is None:
            self.detail.clear_statement()
            return
        self.show_detail(statement)

    def show_detail(self, statement: Statement) -> None:
        source = None
        if statement.source.id is not None:
            source = self._sources.get(statement.source.id)
            if source is None:
                try:
                    source = self.session.corpus.source(statement.source.id)
                except OrganiserError:
                    source = None
        self.detail.show_statement(statement, source)

    # ---- corpus changes -------------------------------------------------------------------------

    def _statement_changed(self, statement_id: int) -> None:
        try:
            statement = self.session.statement(statement_id)
        except OrganiserError:
            return
        self.model.replace_statement(statement)
        if self.detail.statement is not None and self.detail.statement.id == statement_id:
            self.show_detail(statement)

    def _corpus_changed(self) -> None:
        self.reload_filters()
        self.run_search()

    def _sources_changed(self) -> None:
        self.reload_filters()

    # ---- keyboard -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.current_statement():
                    self.table.select_row(0)
                return True
        return super().eventFilter(watched, event)
