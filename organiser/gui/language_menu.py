"""View ▸ Language: the window's language (the system's, or one chosen), stored in the settings for the next start."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from organiser.gui.i18n import UI_LANGUAGES, arg, current_language, language_name, system_language
from organiser.gui.settings import Settings


class LanguageMenu(QMenu):
    """One checkable entry per language plus "as the system"; a change asks to restart (or later)."""

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("language_menu")
        self._settings = settings
        self._window = window
        note = self.addAction(self.tr("Takes effect when Organiser starts again"))
        note.setEnabled(False)
        self.addSeparator()
        group = QActionGroup(self)
        group.setExclusive(True)
        saved = settings.ui_language()
        system = language_name(system_language())
        entries = [("", arg(self.tr("As the system (%1)"), system))]
        entries += list(UI_LANGUAGES.items())
        self.choices: dict[str, QAction] = {}
        for code, name in entries:
            action = self.addAction(name)
            action.setObjectName(f"language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == (saved if saved in UI_LANGUAGES else ""))
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.choices[code] = action

    def choose(self, code: str, *, ask: bool = True) -> None:
        """Remember ``code`` ("" = the system's); offer a restart when the window would change language."""
        self._settings.set_ui_language(code)
        self._settings.sync()
        wanted = code or system_language()
        if not ask or wanted == current_language():
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          arg(self.tr("Organiser will speak %1 when it starts again."), language_name(wanted)),
                          QMessageBox.StandardButton.NoButton, self._window)
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self) -> None:
        """Start a new Organiser with the same command line, then close this one (it saves on close)."""
        if self._window.close():
            QProcess.startDetached(sys.executable, list(sys.orig_argv[1:]))
