"""Undoable corpus edits: one QUndoCommand per user edit of a statement (text, tags, new, delete)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from organiser.gui.corpus.session import CorpusSession, StatementSnapshot
from organiser.gui.i18n import arg


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EditStatementText(QUndoCommand):
    def __init__(self, session: CorpusSession, statement_id: int, before: str, after: str) -> None:
        super().__init__(arg(QCoreApplication.translate("UndoCommands", "Edit statement “%1”"), _short(after)))
        self._session, self._id, self._before, self._after = session, statement_id, before, after

    def redo(self) -> None:
        self._session.set_text(self._id, self._after)

    def undo(self) -> None:
        self._session.set_text(self._id, self._before)


class ChangeTags(QUndoCommand):
    """Tags added and removed in one step (the tag dialog's result)."""

    def __init__(
        self, session: CorpusSession, statement_id: int, added: Sequence[str], removed: Sequence[str]
    ) -> None:
        names = ", ".join([*added, *removed])
        super().__init__(arg(QCoreApplication.translate("UndoCommands", "Change tags (%1)"), _short(names)))
        self._session, self._id = session, statement_id
        self._added, self._removed = tuple(added), tuple(removed)

    def redo(self) -> None:
        if self._removed:
            self._session.remove_tags(self._id, self._removed)
        if self._added:
            self._session.add_tags(self._id, self._added)

    def undo(self) -> None:
        if self._added:
            self._session.remove_tags(self._id, self._added)
        if self._removed:
            self._session.add_tags(self._id, self._removed)


class AddStatement(QUndoCommand):
    """A statement written by the user; redo after undo puts back the same id."""

    def __init__(self, session: CorpusSession, text: str, tags: Sequence[str]) -> None:
        super().__init__(arg(QCoreApplication.translate("UndoCommands", "Write statement “%1”"), _short(text)))
        self._session, self._text, self._tags = session, text, tuple(tags)
        self._snapshot: StatementSnapshot | None = None
        self.statement_id: int | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.statement_id = self._session.add_statement(self._text, self._tags)
        else:
            self._session.restore(self._snapshot)

    def undo(self) -> None:
        assert self.statement_id is not None
        self._snapshot = self._session.delete(self.statement_id)


class DeleteStatement(QUndoCommand):
    def __init__(self, session: CorpusSession, statement_id: int, text: str) -> None:
        super().__init__(arg(QCoreApplication.translate("UndoCommands", "Delete statement “%1”"), _short(text)))
        self._session, self._id = session, statement_id
        self._snapshot: StatementSnapshot | None = None

    def redo(self) -> None:
        self._snapshot = self._session.delete(self._id)

    def undo(self) -> None:
        assert self._snapshot is not None
        self._session.restore(self._snapshot)
