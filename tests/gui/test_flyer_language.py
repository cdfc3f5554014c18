"""The flyer's language is chosen in the editor by name (never a code); the corpus language filter shows names."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.gui.actions import ActionId
from organiser.gui.flyers.workspace import FlyerWorkspace
from organiser.gui.main_window import MainWindow
from tests.gui.flyer_support import simple_flyer, store_and_open


def test_the_flyer_language_is_set_by_its_name_and_undone(main_window: MainWindow) -> None:
    main_window.load_workspace()
    ws = main_window.workspace
    assert isinstance(ws, FlyerWorkspace)
    store_and_open(ws, simple_flyer())
    combo = ws.editor.language
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Українська", "العربية", "עברית"]
    assert combo.currentText() == "English"
    combo.setCurrentIndex(combo.findData("ar"))
    combo.activated.emit(combo.currentIndex())
    assert ws.current_flyer().lang == "ar"  # type: ignore[union-attr]
    main_window.registry[ActionId.UNDO].trigger()
    assert ws.current_flyer().lang == "en"  # type: ignore[union-attr]
    assert combo.currentText() == "English"


def test_a_flyer_in_another_language_shows_that_language_by_name(main_window: MainWindow) -> None:
    main_window.load_workspace()
    ws = main_window.workspace
    assert isinstance(ws, FlyerWorkspace)
    from dataclasses import replace

    store_and_open(ws, replace(simple_flyer(), lang="de"))
    assert ws.editor.language.currentText() == "Deutsch"


def test_the_corpus_language_filter_lists_languages_by_name(qtbot: QtBot, main_window: MainWindow,
                                                             corpus: Corpus) -> None:
    corpus.add_statement("Ми вимагаємо справедливого житла для всіх переселенців і переселенок у місті.")
    corpus.add_statement("نطالب بسكن لائق للجميع في المدينة وبإيجارات عادلة للعائلات.")
    corpus.add_statement("אנחנו דורשים דיור הוגן לכולם ושכר דירה שאפשר לעמוד בו.")
    main_window.session.statements_changed.emit()
    combo = main_window.corpus_view.lang_combo
    names = {combo.itemText(i): combo.itemData(i) for i in range(1, combo.count())}
    assert names == {"English": "en", "Українська": "uk", "العربية": "ar", "עברית": "he"}
    combo.setCurrentIndex(combo.findData("uk"))
    qtbot.waitUntil(lambda: main_window.corpus_view.model.rowCount() == 1, timeout=3000)
