"""The open corpus in the GUI thread: edits go through here and are announced with signals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from organiser.corpus.records import Statement
from organiser.corpus.store import Corpus


@dataclass(frozen=True)
class StatementSnapshot:
    """Everything needed to put a deleted statement back with the same id (flyers refer to it by id)."""

    row: dict[str, Any]
    tags: tuple[str, ...]


class CorpusSession(QObject):
    """One ``Corpus`` for the GUI thread; workers open their own from ``path``."""

    statement_changed = Signal(int)
    statements_changed = Signal()
    sources_changed = Signal()

    def __init__(self, corpus: Corpus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.path: Path = corpus.path

    def statement(self, statement_id: int) -> Statement:
        return self.corpus.statement(statement_id)

    def set_text(self, statement_id: int, text: str) -> None:
        self.corpus.edit_statement(statement_id, text)
        self.statement_changed.emit(statement_id)

    def add_tags(self, statement_id: int, tags: Iterable[str]) -> None:
        self.corpus.tag(statement_id, tags)
        self.statement_changed.emit(statement_id)
        self.statements_changed.emit()  # the tag filter's list may have grown

    def remove_tags(self, statement_id: int, tags: Iterable[str]) -> None:
        self.corpus.untag(statement_id, tags)
        self.statement_changed.emit(statement_id)
        self.statements_changed.emit()

    def add_statement(self, text: str, tags: Sequence[str] = ()) -> int:
        statement_id = self.corpus.add_statement(text, tags=tags)
        self.statements_changed.emit()
        return statement_id

    def delete(self, statement_id: int) -> StatementSnapshot:
        snapshot = self.snapshot(statement_id)
        self.corpus.delete_statement(statement_id)
        self.statements_changed.emit()
        return snapshot

    def snapshot(self, statement_id: int) -> StatementSnapshot:
        row, tags = self.corpus.statement_snapshot(statement_id)
        return StatementSnapshot(row, tags)

    def restore(self, snapshot: StatementSnapshot) -> None:
        """Undo of a delete: the same row (the FTS trigger re-indexes it) and its tags."""
        self.corpus.restore_statement(snapshot.row, snapshot.tags)
        self.statements_changed.emit()

    def sources_updated(self) -> None:
        """After an import: lists, filters and the sources view reload."""
        self.sources_changed.emit()
        self.statements_changed.emit()
