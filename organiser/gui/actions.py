"""The window's actions in one registry keyed by an enum; menus, toolbar and context menus share them."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from organiser.gui.i18n import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey


class ActionId(enum.Enum):
    IMPORT_FILES = enum.auto()
    IMPORT_FOLDER = enum.auto()
    NEW_FLYER = enum.auto()
    EXPORT = enum.auto()
    EDITIONS = enum.auto()
    PRINT = enum.auto()
    SHARE = enum.auto()
    OPEN_BUNDLE = enum.auto()
    BACKUP = enum.auto()
    RESTORE = enum.auto()
    QUIT = enum.auto()
    UNDO = enum.auto()
    REDO = enum.auto()
    DELETE = enum.auto()
    FIND = enum.auto()
    NEW_STATEMENT = enum.auto()
    EDIT_STATEMENT = enum.auto()
    TAG_STATEMENT = enum.auto()
    SHOW_STATEMENTS = enum.auto()
    SHOW_SOURCES = enum.auto()
    ABOUT = enum.auto()
    ADD_TO_FLYER = enum.auto()
    USE_AS_EVIDENCE = enum.auto()
    EDIT_SOURCE = enum.auto()
    PROFILE = enum.auto()
    APPLY_PROFILE = enum.auto()
    MERGE = enum.auto()


@dataclass(frozen=True)
class _Spec:
    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


# Texts are marked for translation here and translated when the actions are made (after the translators
# are installed). Undo and Redo come from the undo stack (createUndoAction/createRedoAction) and are
# registered by the window.
_SPECS: dict[ActionId, _Spec] = {
    ActionId.IMPORT_FILES: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Import files…"),
        QT_TRANSLATE_NOOP("Actions", "Add texts (txt, md, html, pdf, docx) to the corpus"), "Ctrl+I"),
    ActionId.IMPORT_FOLDER: _Spec(
        QT_TRANSLATE_NOOP("Actions", "Import a &folder…"),
        QT_TRANSLATE_NOOP("Actions", "Add every text in a folder and its subfolders")),
    ActionId.NEW_FLYER: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&New flyer"), QT_TRANSLATE_NOOP("Actions", "Start a new flyer"), Key.New),
    ActionId.EXPORT: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        QT_TRANSLATE_NOOP("Actions", "Export the current flyer as a print-ready PDF or PNG"), "Ctrl+E"),
    ActionId.EDITIONS: _Spec(
        QT_TRANSLATE_NOOP("Actions", "E&ditions…"),
        QT_TRANSLATE_NOOP("Actions", "The flyer in other languages: translate it, export an edition or a "
                                     "bilingual sheet")),
    ActionId.PRINT: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Print…"), QT_TRANSLATE_NOOP("Actions", "Print the current flyer"), Key.Print),
    ActionId.SHARE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Share…"),
        QT_TRANSLATE_NOOP("Actions", "Write a bundle of the corpus or the open flyer for another organiser")),
    ActionId.OPEN_BUNDLE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Open bundle…"),
        QT_TRANSLATE_NOOP("Actions", "Merge a bundle (.organiser) from another organiser into the corpus"), Key.Open),
    ActionId.BACKUP: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Back up corpus…"),
        QT_TRANSLATE_NOOP("Actions", "Write the whole corpus to one file (safe while you work)")),
    ActionId.RESTORE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Restore corpus from a backup…"),
        QT_TRANSLATE_NOOP("Actions", "Replace the corpus with a backup; the corpus as it is now is backed up first")),
    ActionId.QUIT: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), QT_TRANSLATE_NOOP("Actions", "Close Organiser"), Key.Quit),
    ActionId.DELETE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Delete"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected statement or block"), Key.Delete),
    ActionId.FIND: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Find statements"), QT_TRANSLATE_NOOP("Actions", "Search the corpus"), Key.Find),
    ActionId.NEW_STATEMENT: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Write a statement…"),
        QT_TRANSLATE_NOOP("Actions", "Add a statement of your own to the corpus"), "Ctrl+Shift+N"),
    ActionId.EDIT_STATEMENT: _Spec(
        QT_TRANSLATE_NOOP("Actions", "Edit s&tatement…"),
        QT_TRANSLATE_NOOP("Actions", "Change the text of the selected statement"), "F2"),
    ActionId.TAG_STATEMENT: _Spec(
        QT_TRANSLATE_NOOP("Actions", "T&ag statement…"),
        QT_TRANSLATE_NOOP("Actions", "Add or remove tags of the selected statement"), "Ctrl+T"),
    ActionId.SHOW_STATEMENTS: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Statements"), QT_TRANSLATE_NOOP("Actions", "Show the statement search"),
        "Ctrl+1"),
    ActionId.SHOW_SOURCES: _Spec(
        QT_TRANSLATE_NOOP("Actions", "S&ources"),
        QT_TRANSLATE_NOOP("Actions", "Show the sources and their statements"), "Ctrl+2"),
    ActionId.ABOUT: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&About Organiser"), QT_TRANSLATE_NOOP("Actions", "What this app is")),
    ActionId.ADD_TO_FLYER: _Spec(
        QT_TRANSLATE_NOOP("Actions", "Add to fl&yer"),
        QT_TRANSLATE_NOOP("Actions", "Quote the selected statements in the open flyer, before its sources"),
        "Ctrl+Return"),
    ActionId.USE_AS_EVIDENCE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "Use as e&vidence"),
        QT_TRANSLATE_NOOP("Actions", "Cite the selected statements as evidence of the selected chart cell"),
        "Ctrl+Shift+Return"),
    ActionId.EDIT_SOURCE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "Edit s&ource details…"),
        QT_TRANSLATE_NOOP("Actions", "Change the title, outlet, date, link, authors or rights of a source"),
        "Ctrl+Shift+E"),
    ActionId.PROFILE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "Or&ganisation profile…"),
        QT_TRANSLATE_NOOP("Actions", "Your group's name, contact, website, logo and the defaults of new flyers")),
    ActionId.APPLY_PROFILE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "Put the profile in this fl&yer"),
        QT_TRANSLATE_NOOP("Actions", "Fill the open flyer's footer, QR code and logo from the profile")),
    ActionId.MERGE: _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Merge with a table of rows…"),
        QT_TRANSLATE_NOOP("Actions", "One copy of the flyer per row of a CSV table (venue, time, contact…)")),
}


class Actions:
    """``actions[ActionId.EXPORT]`` is the one QAction for exporting, wherever it appears."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in _SPECS.items():
            tip = QCoreApplication.translate("Actions", spec.tip)
            action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
            action.setObjectName(action_id.name.lower())
            action.setStatusTip(tip)
            action.setToolTip(tip)
            if isinstance(spec.shortcut, str):
                action.setShortcut(QKeySequence(spec.shortcut))
            elif spec.shortcut is not None:
                action.setShortcuts(spec.shortcut)
            self._actions[action_id] = action

    def register(self, action_id: ActionId, action: QAction) -> None:
        action.setObjectName(action_id.name.lower())
        self._actions[action_id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: ActionId) -> bool:
        return action_id in self._actions
