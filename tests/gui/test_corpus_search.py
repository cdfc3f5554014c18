"""Search as you type, filters, the detail pane, and right-to-left text in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.gui.corpus.corpus_view import _date_bound
from organiser.gui.main_window import MainWindow
from tests.gui.conftest import type_text


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    view = window.corpus_view
    view.search_edit.clear()
    with qtbot.waitSignal(view.results_shown, timeout=2000):
        if text.isascii():
            qtbot.keyClicks(view.search_edit, text)
        else:
            type_text(view.search_edit, text)


def test_window_opens_with_the_corpus_listed(main_window: MainWindow) -> None:
    assert main_window.corpus_view.model.rowCount() == 81
    assert "81 statements" in main_window.corpus_view.count_label.text()
    assert main_window.corpus_view.detail.statement is not None


def test_typing_a_query_updates_results_and_the_detail_pane(qtbot: QtBot, main_window: MainWindow) -> None:
    view = main_window.corpus_view
    _search(qtbot, main_window, "genocide")
    assert 0 < view.model.rowCount() < 81
    for row in range(view.model.rowCount()):
        assert "genocid" in view.model.hit(row).statement.text.lower()
    shown = view.detail.toPlainText()
    first = view.model.hit(0).statement
    assert first.text[:60] in shown
    assert first.source.title in shown
    if first.source.url:
        assert "URL" in shown and first.source.url in shown
    assert first.source.date and first.source.date in shown


def test_search_is_debounced_into_one_query(qtbot: QtBot, main_window: MainWindow) -> None:
    view = main_window.corpus_view
    calls: list[int] = []
    view.results_shown.connect(calls.append)
    qtbot.keyClicks(view.search_edit, "occupation")
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    qtbot.wait(120)
    assert len(calls) == 1


def test_any_text_is_a_valid_query(qtbot: QtBot, main_window: MainWindow) -> None:
    for text in ('"', "NEAR(", "budget-housing", "*"):
        _search(qtbot, main_window, text)
    assert main_window.statusBar().currentMessage() == "" or "error" not in main_window.statusBar().currentMessage()


def test_cyrillic_query_finds_ukrainian_statement(qtbot: QtBot, main_window: MainWindow, corpus: Corpus) -> None:
    corpus.add_statement("Ми вимагаємо справедливого житла для всіх переселенців.", tags=["житло"])
    main_window.session.statements_changed.emit()
    _search(qtbot, main_window, "ЖИТЛА")
    assert main_window.corpus_view.model.rowCount() == 1
    assert "written here" in main_window.corpus_view.detail.toPlainText().lower()


def test_tag_language_source_and_date_filters_narrow_results(
    qtbot: QtBot, main_window: MainWindow, corpus: Corpus
) -> None:
    view = main_window.corpus_view
    hits = corpus.search("solidarity")
    corpus.tag(hits[0].statement.id, ["housing"])
    corpus.tag(hits[1].statement.id, ["housing"])
    main_window.session.statements_changed.emit()
    _search(qtbot, main_window, "solidarity")
    everything = view.model.rowCount()
    assert everything > 2

    with qtbot.waitSignal(view.results_shown):
        view.tag_combo.setCurrentIndex(view.tag_combo.findData("housing"))
    assert view.model.rowCount() == 2
    view.clear_filters()
    assert view.model.rowCount() == everything

    source = corpus.sources()[0]
    with qtbot.waitSignal(view.results_shown):
        view.source_combo.setCurrentIndex(view.source_combo.findData(source.id))
    assert 0 < view.model.rowCount() < everything
    assert {view.model.hit(r).statement.source.id for r in range(view.model.rowCount())} == {source.id}
    view.clear_filters()

    dates = sorted({s.date for s in corpus.sources() if s.date})
    with qtbot.waitSignal(view.results_shown):
        qtbot.keyClicks(view.date_from, dates[-1][:7])
    assert all((view.model.hit(r).statement.source.date or "") >= dates[-1][:7] for r in range(view.model.rowCount()))
    assert view.model.rowCount() < everything
    view.clear_filters()

    with qtbot.waitSignal(view.results_shown):
        view.lang_combo.setCurrentIndex(view.lang_combo.findData("en"))
    assert view.model.rowCount() == everything


def test_date_bounds_accept_partial_dates() -> None:
    assert _date_bound("2023", upper=False) == "2023"
    assert _date_bound("2023", upper=True) == "2023-12-31"
    assert _date_bound("2023-11", upper=True) == "2023-11-31"
    assert _date_bound("2023-1", upper=True) is None


def test_arabic_and_hebrew_statements_run_right_to_left(
    qtbot: QtBot, main_window: MainWindow, corpus: Corpus
) -> None:
    arabic = corpus.add_statement("نطالب بسكن لائق للجميع في المدينة 2024")
    hebrew = corpus.add_statement("אנחנו דורשים דיור הוגן לכולם")
    main_window.session.statements_changed.emit()
    view = main_window.corpus_view
    for statement_id, query in ((arabic, "بسكن"), (hebrew, "דיור")):
        _search(qtbot, main_window, query)
        assert view.model.hit(0).statement.id == statement_id
        block = view.detail.document().firstBlock()
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    _search(qtbot, main_window, "solidarity")
    assert view.detail.document().firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def test_down_arrow_moves_from_search_to_results(qtbot: QtBot, main_window: MainWindow) -> None:
    view = main_window.corpus_view
    view.focus_search()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.current_statement() is not None
