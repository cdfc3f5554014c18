"""User edits of statements: ask with a dialog, then push one undoable command onto the window's stack."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from organiser.corpus.records import Statement
from organiser.errors import OrganiserError
from organiser.gui.corpus.commands import AddStatement, ChangeTags, DeleteStatement, EditStatementText
from organiser.gui.corpus.dialogs import StatementEditor, TagDialog
from organiser.gui.corpus.session import CorpusSession


class StatementEdits:
    """``ask_*`` open a dialog; ``edit_text``, ``change_tags``, ``write`` and ``delete`` do the edit."""

    def __init__(self, session: CorpusSession, undo_stack: QUndoStack, window: QWidget) -> None:
        self.session = session
        self.undo_stack = undo_stack
        self.window = window

    def _known_tags(self) -> list[str]:
        return [tag for tag, _count in self.session.corpus.tags()]

    # ---- the edits ------------------------------------------------------------------------------

    def edit_text(self, statement_id: int, text: str) -> bool:
        before = self.session.statement(statement_id).text
        text = text.strip()
        if not text or text == before:
            return False
        self.undo_stack.push(EditStatementText(self.session, statement_id, before, text))
        return True

    def change_tags(self, statement_id: int, added: Sequence[str], removed: Sequence[str]) -> bool:
        if not added and not removed:
            return False
        self.undo_stack.push(ChangeTags(self.session, statement_id, added, removed))
        return True

    def write(self, text: str, tags: Sequence[str] = ()) -> int | None:
        command = AddStatement(self.session, text, tags)
        self.undo_stack.push(command)
        return command.statement_id

    def delete(self, statement_id: int) -> None:
        text = self.session.statement(statement_id).text
        self.undo_stack.push(DeleteStatement(self.session, statement_id, text))

    # ---- with dialogs ---------------------------------------------------------------------------

    def ask_edit(self, statement: Statement) -> None:
        dialog = StatementEditor(self.window, QCoreApplication.translate("StatementEdits", "Edit statement"),
                                 statement.text)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._guard(lambda: self.edit_text(statement.id, dialog.text()))

    def ask_tags(self, statement: Statement) -> None:
        dialog = TagDialog(self.window, statement.tags, self._known_tags())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            added, removed = dialog.changes()
            self._guard(lambda: self.change_tags(statement.id, added, removed))

    def ask_write(self) -> int | None:
        dialog = StatementEditor(
            self.window, QCoreApplication.translate("StatementEdits", "Write a statement"), with_tags=True,
            known_tags=self._known_tags(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result: list[int | None] = []
        self._guard(lambda: result.append(self.write(dialog.text(), dialog.tags())))
        return result[0] if result else None

    def ask_delete(self, statement: Statement) -> None:
        # Undo puts it back, so no confirmation: Ctrl+Z is quicker than a question every time.
        self._guard(lambda: self.delete(statement.id))

    def _guard(self, edit: object) -> None:
        try:
            edit()  # type: ignore[operator]
        except OrganiserError as err:
            QMessageBox.warning(self.window, "Organiser", str(err))
