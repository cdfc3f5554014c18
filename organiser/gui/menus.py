"""Where each action appears: the menu bar and the main toolbar (icons, icon texts, accessible names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from organiser.gui.actions import ActionId, Actions


def build_menus_and_toolbar(window: QMainWindow, a: Actions, extra_view_menu: QMenu | None = None) -> QToolBar:
    """The menu bar and toolbar; ``extra_view_menu`` (the language menu) ends the View menu."""
    groups: dict[str, list[ActionId | None]] = {
        QCoreApplication.translate("Menus", "&File"): [
            ActionId.IMPORT_FILES,
            ActionId.IMPORT_FOLDER,
            None,
            ActionId.NEW_FLYER,
            ActionId.EXPORT,
            ActionId.EDITIONS,
            ActionId.PRINT,
            ActionId.MERGE,
            None,
            ActionId.PROFILE,
            ActionId.APPLY_PROFILE,
            None,
            ActionId.SHARE,
            ActionId.OPEN_BUNDLE,
            ActionId.BACKUP,
            ActionId.RESTORE,
            None,
            ActionId.QUIT,
        ],
        QCoreApplication.translate("Menus", "&Edit"): [
            ActionId.UNDO,
            ActionId.REDO,
            None,
            ActionId.NEW_STATEMENT,
            ActionId.EDIT_STATEMENT,
            ActionId.TAG_STATEMENT,
            ActionId.DELETE,
            None,
            ActionId.ADD_TO_FLYER,
            ActionId.USE_AS_EVIDENCE,
            ActionId.EDIT_SOURCE,
            None,
            ActionId.FIND,
        ],
        QCoreApplication.translate("Menus", "&View"): [ActionId.SHOW_STATEMENTS, ActionId.SHOW_SOURCES],
        QCoreApplication.translate("Menus", "&Help"): [ActionId.ABOUT],
    }
    for number, (title, ids) in enumerate(groups.items()):
        menu = window.menuBar().addMenu(title)
        for action_id in ids:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(a[action_id])
        if number == 2 and extra_view_menu is not None:
            menu.addSeparator()
            menu.addMenu(extra_view_menu)
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    icons = {
        ActionId.IMPORT_FILES: ("document-open", QStyle.StandardPixmap.SP_DialogOpenButton),
        ActionId.NEW_STATEMENT: ("document-new", QStyle.StandardPixmap.SP_FileDialogNewFolder),
        ActionId.NEW_FLYER: ("document-new", QStyle.StandardPixmap.SP_FileIcon),
        ActionId.EXPORT: ("document-save-as", QStyle.StandardPixmap.SP_DialogSaveButton),
        ActionId.PRINT: ("document-print", QStyle.StandardPixmap.SP_ComputerIcon),
        ActionId.UNDO: ("edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
        ActionId.REDO: ("edit-redo", QStyle.StandardPixmap.SP_ArrowForward),
    }
    if window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        # Undo turns back against the reading direction: the mirrored arrows (the style's fallbacks mirror
        # themselves, SP_ArrowBack points right in a right-to-left window).
        icons[ActionId.UNDO], icons[ActionId.REDO] = ("edit-redo", icons[ActionId.UNDO][1]), \
            ("edit-undo", icons[ActionId.REDO][1])
    for action_id, (theme, fallback) in icons.items():
        a[action_id].setIcon(QIcon.fromTheme(theme, window.style().standardIcon(fallback)))
    for action_id in (
        ActionId.IMPORT_FILES,
        ActionId.NEW_STATEMENT,
        None,
        ActionId.UNDO,
        ActionId.REDO,
        None,
        ActionId.NEW_FLYER,
        ActionId.EXPORT,
        ActionId.PRINT,
    ):
        if action_id is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(a[action_id])
    a[ActionId.NEW_STATEMENT].setIconText(QCoreApplication.translate("Menus", "Write statement"))
    a[ActionId.IMPORT_FILES].setIconText(QCoreApplication.translate("Menus", "Import"))
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            # Screen readers say the action's plain name; the tooltip adds its shortcut.
            name = action.text().replace("&", "").rstrip("…").split(" “")[0]
            button.setAccessibleName(name)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.statusTip() or name} ({keys})" if keys else action.statusTip() or name)
    window.addToolBar(toolbar)
    return toolbar
