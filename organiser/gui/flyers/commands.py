"""Undo commands for flyers: each holds whole before/after documents and applies them through the session."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QUndoCommand

from organiser.flyers.model import Flyer
from organiser.flyers.storage import get_flyer
from organiser.gui.flyers.session import FlyerSession

# One id for every mergeable edit; mergeWith then checks the merge key (block id + field, say).
MERGE_ID = 0x0F1E


class EditFlyer(QUndoCommand):
    """One user edit: ``before`` → ``after``. Edits with the same ``merge_key`` in a row merge into one step."""

    def __init__(
        self,
        session: FlyerSession,
        before: Flyer,
        after: Flyer,
        text: str,
        merge_key: Hashable | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.session = session
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.session.apply(self.after, typing=self.merge_key is not None)

    def undo(self) -> None:
        self.session.apply(self.before)

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, EditFlyer) or other.merge_key is None or other.merge_key != self.merge_key:
            return False
        if self.session.resolve(other.before.id) != self.session.resolve(self.after.id):
            return False
        self.after = other.after
        return True


class CreateFlyer(QUndoCommand):
    """New or duplicated flyer: redo stores it (again), undo deletes it."""

    def __init__(self, session: FlyerSession, flyer: Flyer, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.flyer = flyer

    def redo(self) -> None:
        self.flyer = self.session.create(self.flyer)

    def undo(self) -> None:
        if self.flyer.id is not None:
            self.session.save_now()
            self.flyer = get_flyer(self.session.corpus, self.session.resolve(self.flyer.id) or self.flyer.id)
            self.session.delete(self.flyer.id or 0)


class DeleteFlyer(QUndoCommand):
    """Delete a flyer; undo puts the same document back (under a new id that older commands resolve to)."""

    def __init__(self, session: FlyerSession, flyer: Flyer, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.flyer = flyer

    def redo(self) -> None:
        if self.session.flyer is not None and self.session.flyer.id == self.session.resolve(self.flyer.id):
            self.session.save_now()
        flyer_id = self.session.resolve(self.flyer.id)
        if flyer_id is not None:
            self.flyer = get_flyer(self.session.corpus, flyer_id)
            self.session.delete(flyer_id)

    def undo(self) -> None:
        self.flyer = self.session.create(self.flyer)
