"""The window's actions in one registry keyed by an enum; menus, toolbar and context menus share them."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

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


# Undo and Redo come from the undo stack (createUndoAction/createRedoAction) and are registered by the window.
_SPECS: dict[ActionId, _Spec] = {
    ActionId.IMPORT_FILES: _Spec(
        "&Import files…", "Add texts (txt, md, html, pdf, docx) to the corpus", "Ctrl+I"
    ),
    ActionId.IMPORT_FOLDER: _Spec("Import a &folder…", "Add every text in a folder and its subfolders"),
    ActionId.NEW_FLYER: _Spec("&New flyer", "Start a new flyer", Key.New),
    ActionId.EXPORT: _Spec("&Export…", "Export the current flyer as a print-ready PDF or PNG", "Ctrl+E"),
    ActionId.EDITIONS: _Spec("E&ditions…", "The flyer in other languages: translate it, export an edition or a "
                             "bilingual sheet"),
    ActionId.PRINT: _Spec("&Print…", "Print the current flyer", Key.Print),
    ActionId.SHARE: _Spec("&Share…", "Write a bundle of the corpus or the open flyer for another organiser"),
    ActionId.OPEN_BUNDLE: _Spec("&Open bundle…", "Merge a bundle (.organiser) from another organiser into the corpus",
                                Key.Open),
    ActionId.QUIT: _Spec("&Quit", "Close Organiser", Key.Quit),
    ActionId.DELETE: _Spec("&Delete", "Delete the selected statement or block", Key.Delete),
    ActionId.FIND: _Spec("&Find statements", "Search the corpus", Key.Find),
    ActionId.NEW_STATEMENT: _Spec(
        "&Write a statement…", "Add a statement of your own to the corpus", "Ctrl+Shift+N"
    ),
    ActionId.EDIT_STATEMENT: _Spec("Edit s&tatement…", "Change the text of the selected statement", "F2"),
    ActionId.TAG_STATEMENT: _Spec(
        "T&ag statement…", "Add or remove tags of the selected statement", "Ctrl+T"
    ),
    ActionId.SHOW_STATEMENTS: _Spec("&Statements", "Show the statement search", "Ctrl+1"),
    ActionId.SHOW_SOURCES: _Spec("S&ources", "Show the sources and their statements", "Ctrl+2"),
    ActionId.ABOUT: _Spec("&About Organiser", "What this app is"),
    ActionId.ADD_TO_FLYER: _Spec(
        "Add to fl&yer", "Quote the selected statements in the open flyer, before its sources", "Ctrl+Return"
    ),
    ActionId.USE_AS_EVIDENCE: _Spec(
        "Use as e&vidence", "Cite the selected statements as evidence of the selected chart cell", "Ctrl+Shift+Return"
    ),
    ActionId.EDIT_SOURCE: _Spec(
        "Edit s&ource details…", "Change the title, outlet, date, link, authors or rights of a source", "Ctrl+Shift+E"
    ),
    ActionId.PROFILE: _Spec(
        "Organisation p&rofile…", "Your group's name, contact, website, logo and the defaults of new flyers"
    ),
    ActionId.APPLY_PROFILE: _Spec(
        "Put the profile in this fl&yer", "Fill the open flyer's footer, QR code and logo from the profile"
    ),
    ActionId.MERGE: _Spec(
        "&Merge with a table of rows…", "One copy of the flyer per row of a CSV table (venue, time, contact…)"
    ),
}


class Actions:
    """``actions[ActionId.EXPORT]`` is the one QAction for exporting, wherever it appears."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in _SPECS.items():
            action = QAction(spec.text, parent)
            action.setObjectName(action_id.name.lower())
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
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
