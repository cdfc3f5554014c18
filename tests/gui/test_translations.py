"""The window in Ukrainian, Arabic and Hebrew: nothing left in English, mirrored for right-to-left, plural forms."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from organiser.corpus.records import ImportOutcome
from organiser.corpus.store import Corpus
from organiser.flyers.model import ComparisonBlock, Flyer
from organiser.gui import i18n
from organiser.gui.corpus.dialogs import ImportSummaryDialog, StatementEditor, TagDialog
from organiser.gui.flyers import chart_menus
from organiser.gui.flyers.editions_dialog import EditionsDialog
from organiser.gui.flyers.export_dialog import ExportDialog
from organiser.gui.icons import _icon as drawn_icon
from organiser.gui.main_window import MainWindow
from organiser.gui.settings import Settings
from tests.gui.translation_walk import untranslated, visible_texts

LANGUAGES = ("uk", "ar", "he")


@pytest.fixture(params=LANGUAGES)
def window_in(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot, corpus: Corpus,
              ui_settings: Settings) -> Iterator[tuple[str, MainWindow]]:
    """The whole window in one language, with the flyer workspace and the sample chart open."""
    lang = request.param
    assert i18n.install(qapp, lang) == lang
    window = MainWindow(corpus, ui_settings, synchronous=True, load_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_workspace()
    assert window.workspace is not None
    flyers = sorted(s.id for s in corpus.list_flyers())
    assert window.workspace.open_flyer(flyers[0])
    yield lang, window
    i18n.install(qapp, "en")


def _content_views(window: MainWindow) -> tuple[QWidget, ...]:
    """Widgets that show the user's own texts (statements, flyer blocks), not the window's."""
    views: list[QWidget] = [window.corpus_view.detail, window.sources_view.info]
    if window.workspace is not None:
        views += [window.workspace.editor.list, window.workspace.editor.chart.view, window.workspace.library.list]
    return tuple(views)


def test_every_string_of_the_window_is_translated(window_in: tuple[str, MainWindow]) -> None:
    lang, window = window_in
    texts = list(visible_texts(window, _content_views(window)))
    assert len(texts) > 300  # the walk reaches the menus, the corpus, the editor, the chart and the preview
    assert untranslated(iter(texts), lang) == []


def test_the_walk_finds_english_left_in_a_window(main_window: MainWindow) -> None:
    """The check above can fail: an English window is full of texts the Ukrainian file translates."""
    found = {text for _where, text in untranslated(visible_texts(main_window), "uk")}
    assert {"Clear filters", "&File", "Search statements (any language)…", "Statement"} <= found


def test_dialogs_are_translated(window_in: tuple[str, MainWindow]) -> None:
    lang, window = window_in
    outcomes = [ImportOutcome("a.txt", "imported", statements=3), ImportOutcome("b.txt", "duplicate"),
                ImportOutcome("c.pdf", "rejected", reason="no text layer")]
    assert window.workspace is not None
    dialogs = [ExportDialog(Flyer(title="x"), {}, window), EditionsDialog(window.workspace, window),
               StatementEditor(window, "", "", with_tags=True, known_tags=["housing"]),
               TagDialog(window, ["housing"], ["housing"]), ImportSummaryDialog(window, outcomes)]
    for dialog in dialogs:
        texts = [(where, text) for where, text in visible_texts(dialog) if "window title" not in where
                 or text]  # StatementEditor's title is given by its caller
        assert untranslated(iter(texts), lang) == [], type(dialog).__name__
        dialog.deleteLater()


def test_right_to_left_languages_mirror_the_window(window_in: tuple[str, MainWindow]) -> None:
    lang, window = window_in
    rtl = lang in ("ar", "he")
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == expected
    assert window.layoutDirection() == expected
    assert window.workspace is not None
    corpus_x = window.tabs.mapTo(window, QPoint(0, 0)).x()
    flyers_x = window.workspace.mapTo(window, QPoint(0, 0)).x()
    assert (corpus_x > flyers_x) == rtl  # the corpus, first in reading order, is on the right in Arabic and Hebrew
    # The user's texts in lists keep their own direction ("Settler colonial?" ends with its question mark).
    first_block = window.workspace.editor.model.index(0).data()
    assert ("\u2068" in first_block) == rtl
    # "Previous page" points against the reading direction: it wears the "next page" drawing (pointing right)
    # in a right-to-left window.
    prev = window.workspace.preview._buttons["prev"].icon()
    assert prev.cacheKey() == drawn_icon("next-page" if rtl else "prev-page").cacheKey()


def test_menus_say_when_a_language_change_applies(window_in: tuple[str, MainWindow]) -> None:
    lang, window = window_in
    menu = window.language_menu
    assert menu.actions()[0].text() != "Takes effect when Organiser starts again"
    assert not menu.actions()[0].isEnabled()
    names = [a.text() for a in menu.actions() if a.isCheckable()]
    assert names[1:] == ["English", "Українська", "العربية", "עברית"]


@pytest.mark.parametrize(("lang", "counts"), [
    ("uk", {1: "1 висловлювання", 3: "3 висловлювання", 5: "5 висловлювань", 11: "11 висловлювань",
            21: "21 висловлювання", 22: "22 висловлювання", 25: "25 висловлювань"}),
    ("ar", {0: "لا مقاطع", 1: "مقطع واحد", 2: "مقطعان", 3: "3 مقاطع", 10: "10 مقاطع", 11: "11 مقطعًا",
            99: "99 مقطعًا", 100: "100 مقطع", 103: "103 مقاطع"}),
    ("he", {1: "קטע אחד", 2: "2 קטעים", 10: "10 קטעים"}),
    ("en", {1: "1 statement", 2: "2 statements", 0: "0 statements"}),
])
def test_plural_forms_follow_each_language(qapp: QApplication, lang: str, counts: dict[int, str]) -> None:
    i18n.install(qapp, lang)
    for n, expected in counts.items():
        assert QCoreApplication.translate("CorpusView", "%n statement(s)", "", n) == expected


def test_qt_standard_buttons_are_translated_too(qapp: QApplication) -> None:
    i18n.install(qapp, "uk")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"


def test_language_choice_is_saved_for_the_next_start(main_window: MainWindow, ui_settings: Settings,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    main_window.language_menu.choose("he", ask=False)
    assert ui_settings.ui_language() == "he"
    assert i18n.choose_language(ui_settings.ui_language()) == "he"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "uk")
    assert i18n.choose_language("he") == "uk"
    main_window.language_menu.choose("", ask=False)  # back to the system's language
    monkeypatch.delenv(i18n.ENV_LANGUAGE)
    assert i18n.choose_language(ui_settings.ui_language()) == i18n.system_language()


def test_a_missing_translation_falls_back_to_english(qapp: QApplication) -> None:
    assert i18n.install(qapp, "xx") == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_choosing_another_language_says_it_applies_at_the_next_start(main_window: MainWindow,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def answer_later(box: QMessageBox) -> int:
        shown.append(box.text())
        later = next(b for b in box.buttons() if b.text() == "Later")
        later.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_later)
    restarted: list[bool] = []
    monkeypatch.setattr(type(main_window.language_menu), "restart", lambda _menu: restarted.append(True))
    main_window.language_menu.choices["ar"].trigger()
    assert shown == ["Organiser will speak العربية when it starts again."]
    assert restarted == []
    assert main_window.language_menu.choices["ar"].isChecked()
    assert main_window.isVisible()


def test_right_click_menus_are_translated(window_in: tuple[str, MainWindow]) -> None:
    """The menus made when they open: the chart's headers and cells, the block list, the flyer library."""
    lang, window = window_in
    ws = window.workspace
    assert ws is not None
    opened: list[QMenu] = []

    def take_menu(open_menu: Callable[[], object]) -> None:
        """Open a menu the way a right click does and close it at once, keeping it for the walk."""
        def close() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            opened.append(menu)
            menu.close()

        QTimer.singleShot(0, close)
        open_menu()

    flyer = ws.current_flyer()
    assert flyer is not None
    chart = next(b for b in flyer.blocks if isinstance(b, ComparisonBlock))
    assert ws.editor.select_block(chart.id)
    editor = ws.editor.chart
    for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):
        take_menu(partial(chart_menus.show_header_menu, editor, editor, orientation, QPoint(2, 2)))
    take_menu(partial(chart_menus.show_cell_menu, editor, editor,
                      editor.view.visualRect(editor.model.index(0, 0)).center()))
    take_menu(partial(ws.editor._context_menu, ws.editor.list.visualRect(ws.editor.model.index(0)).center()))
    ws.library.list.setCurrentIndex(ws.library.model.index(0))
    opened.append(ws.library._menu())
    assert len(opened) == 5
    texts = [text for menu in opened for text in visible_texts(menu)]
    assert sum(1 for _where, text in texts if text) > 40
    assert untranslated(iter(texts), lang) == []


def test_placeholders_are_filled_in_the_translators_order(qapp: QApplication) -> None:
    assert i18n.arg("%2 of %1", 5, 3) == "3 of 5"
    assert i18n.arg("Saved %1.", "%1 copy") == "Saved %1 copy."  # a value's own "%1" stays as it is
    i18n.install(qapp, "he")
    assert i18n.arg("נשמר %1.", "/tmp/a.db") == "נשמר \u2068/tmp/a.db\u2069."  # a path keeps its own direction
