"""Per-flyer undo: one QUndoStack per flyer in a QUndoGroup with the window's stack for corpus and library edits.

Ctrl+Z undoes where the user is: in the flyer on screen when the focus is in the flyer workspace (never an edit
of another flyer), in the corpus when the focus is there; right after an edit, wherever that edit was made.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from organiser.gui.flyers.session import FlyerSession


class FlyerUndo(QObject):
    def __init__(self, general: QUndoStack, session: FlyerSession, workspace: QWidget,
                 group: QUndoGroup | None = None) -> None:
        super().__init__(workspace)
        self.general = general
        self.session = session
        self._workspace = workspace
        self.group: QUndoGroup = group if group is not None else QUndoGroup(self)
        if general not in self.group.stacks():
            self.group.addStack(general)
        self._stacks: dict[int, QUndoStack] = {}
        self._general_count = general.count()
        general.indexChanged.connect(self._general_changed)
        self.group.setActiveStack(general)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            # The application outlives this object: cut the connection when the workspace goes, or a focus change
            # during shutdown would call into a deleted object.
            workspace.destroyed.connect(lambda *_a, a=app, f=self._focus_changed: _disconnect(a.focusChanged, f))

    def _general_changed(self, _index: int) -> None:
        """A new corpus or library edit makes the window's stack the one to undo (its undo and redo do not:
        undoing a deletion opens the flyer again, whose own history comes next)."""
        if not (isValid(self) and isValid(self.group) and isValid(self.general)):
            return
        count = self.general.count()
        if count != self._general_count and self.general.index() == count:
            self.group.setActiveStack(self.general)
        self._general_count = count

    # ---- stacks --------------------------------------------------------------------------------------------------

    def _key(self, flyer_id: int | None) -> int | None:
        """The stack's key for a flyer id (a flyer restored by undo has a new id that older ids resolve to)."""
        target = self.session.resolve(flyer_id)
        for key in self._stacks:
            if self.session.resolve(key) == target:
                return key
        return None

    def stack_for(self, flyer_id: int | None) -> QUndoStack:
        key = self._key(flyer_id)
        if key is not None:
            return self._stacks[key]
        stack = self._new_stack()
        if flyer_id is not None:
            self._stacks[flyer_id] = stack
        return stack

    def _new_stack(self) -> QUndoStack:
        stack = QUndoStack(self)
        self.group.addStack(stack)
        stack.indexChanged.connect(lambda _i, s=stack: self._changed(s))
        return stack

    def adopt(self, stack: QUndoStack, flyer_id: int | None) -> None:
        """``stack`` (made by ``fresh_stack``) now belongs to ``flyer_id``: a new flyer's first step is its birth."""
        if flyer_id is not None:
            self._stacks[flyer_id] = stack
        self.group.setActiveStack(stack)

    def fresh_stack(self) -> QUndoStack:
        return self._new_stack()

    def push(self, command: QUndoCommand, flyer_id: int | None) -> None:
        stack = self.stack_for(flyer_id)
        self.group.setActiveStack(stack)
        stack.push(command)

    def active_stack(self) -> QUndoStack | None:
        return self.group.activeStack()

    # ---- which stack Ctrl+Z uses ---------------------------------------------------------------------------------

    def _changed(self, stack: QUndoStack) -> None:
        if not (isValid(self) and isValid(self.group) and isValid(self.session)):
            return
        flyer = self.session.flyer
        if flyer is not None and self._stacks.get(self._key(flyer.id) or -1) is stack:
            self.group.setActiveStack(stack)

    def show_flyer(self, flyer_id: int | None) -> None:
        """A flyer was opened: its own history is the one to undo."""
        if flyer_id is None:
            self.group.setActiveStack(self.general)
        else:
            self.group.setActiveStack(self.stack_for(flyer_id))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isValid(self) or not isValid(self._workspace):
            return
        window = self._workspace.window()
        if new.window() is not window:
            return  # a dialog: undo keeps pointing where it was
        if new is self._workspace or self._workspace.isAncestorOf(new):
            flyer = self.session.flyer
            self.show_flyer(flyer.id if flyer else None)
        else:
            self.group.setActiveStack(self.general)


def _disconnect(signal: Any, slot: Any) -> None:
    with suppress(RuntimeError, TypeError):  # already gone with its receiver
        signal.disconnect(slot)
