"""Statement edits through the undo stack: edit text, tags, write, delete; and the editor's text direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.errors import NotFound
from organiser.gui.actions import ActionId
from organiser.gui.corpus.dialogs import StatementEditor, TagDialog, parse_tags
from organiser.gui.main_window import MainWindow
from tests.gui.conftest import type_text


def test_edit_statement_then_undo_restores_it(qtbot: QtBot, main_window: MainWindow, corpus: Corpus) -> None:
    view = main_window.corpus_view
    statement = view.current_statement()
    assert statement is not None
    original = statement.text
    assert main_window.edits.edit_text(statement.id, "Housing is a right, not a commodity.")
    assert corpus.statement(statement.id).text == "Housing is a right, not a commodity."
    assert corpus.statement(statement.id).edited
    assert "Housing is a right" in view.detail.toPlainText()
    assert view.model.hit(view.model.row_of(statement.id)).statement.text.startswith("Housing")
    assert main_window.isWindowModified()

    main_window.registry[ActionId.UNDO].trigger()
    assert corpus.statement(statement.id).text == original
    assert not corpus.statement(statement.id).edited
    assert original[:50] in view.detail.toPlainText()
    assert not main_window.isWindowModified()
    main_window.undo_stack.redo()
    assert corpus.statement(statement.id).text == "Housing is a right, not a commodity."


def test_unchanged_or_empty_edit_pushes_nothing(main_window: MainWindow) -> None:
    statement = main_window.corpus_view.current_statement()
    assert statement is not None
    assert not main_window.edits.edit_text(statement.id, statement.text)
    assert not main_window.edits.edit_text(statement.id, "   ")
    assert main_window.undo_stack.count() == 0


def test_tag_change_is_undoable_and_feeds_the_tag_filter(main_window: MainWindow, corpus: Corpus) -> None:
    statement = main_window.corpus_view.current_statement()
    assert statement is not None
    main_window.edits.change_tags(statement.id, ["housing", "rent"], [])
    assert corpus.statement(statement.id).tags == ("housing", "rent")
    assert main_window.corpus_view.tag_combo.findData("rent") > 0
    assert "housing, rent" in main_window.corpus_view.detail.toPlainText()
    main_window.edits.change_tags(statement.id, [], ["rent"])
    assert corpus.statement(statement.id).tags == ("housing",)
    main_window.undo_stack.undo()
    main_window.undo_stack.undo()
    assert corpus.statement(statement.id).tags == ()


def test_write_new_statement_undo_and_redo_keep_its_id(main_window: MainWindow, corpus: Corpus) -> None:
    statement_id = main_window.edits.write("Rent caps now!", ["housing"])
    assert statement_id is not None
    assert corpus.statement(statement_id).source.id is None
    main_window.undo_stack.undo()
    try:
        corpus.statement(statement_id)
        raise AssertionError("the statement should be gone")
    except NotFound:
        pass
    main_window.undo_stack.redo()
    assert corpus.statement(statement_id).text == "Rent caps now!"
    assert corpus.statement(statement_id).tags == ("housing",)
    assert corpus.search("rent caps")[0].statement.id == statement_id


def test_delete_key_removes_statement_and_undo_puts_it_back(
    qtbot: QtBot, main_window: MainWindow, corpus: Corpus
) -> None:
    view = main_window.corpus_view
    view.table.setFocus()
    statement = view.current_statement()
    assert statement is not None
    corpus.tag(statement.id, ["keep"])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.row_of(statement.id) == -1
    assert view.model.rowCount() == 80
    main_window.undo_stack.undo()
    restored = corpus.statement(statement.id)
    assert restored.text == statement.text and restored.tags == ("keep",)
    assert view.model.row_of(statement.id) >= 0


def test_statement_editor_types_arabic_right_to_left(qtbot: QtBot) -> None:
    editor = StatementEditor(None, "Write a statement", with_tags=True, known_tags=["housing"])
    qtbot.addWidget(editor)
    assert not editor.ok_button.isEnabled()
    editor.text_edit.setFocus()
    type_text(editor.text_edit, "السكن حق للجميع")
    assert editor.ok_button.isEnabled()
    assert editor.text() == "السكن حق للجميع"
    assert editor.text_edit.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.tags_edit is not None
    type_text(editor.tags_edit, "житло, housing, житло")
    assert editor.tags() == ["житло", "housing"]


def test_tag_dialog_reports_added_and_removed(qtbot: QtBot) -> None:
    dialog = TagDialog(None, ["a", "b"], ["a", "b", "c"])
    qtbot.addWidget(dialog)
    dialog.edit.setText("b, c")
    assert dialog.changes() == (["c"], ["a"])
    assert parse_tags(" x ,, y,x ") == ["x", "y"]
