"""Closing the window never throws edits away: a final save that fails is retried, then the user decides.

An import holding the corpus, or a full disk, can make the last save fail. The window then stays open and says
why, offering to try again, to save the flyer as a file elsewhere, or to discard the edits.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from organiser.errors import OrganiserError
from organiser.gui.i18n import arg

if TYPE_CHECKING:
    from organiser.gui.flyers.session import FlyerSession

# Quiet retries before asking: an import commits file by file, so the lock is usually free again within these.
RETRY_DELAYS_S = (0.25, 0.75)


class Unsaved(Enum):
    RETRY = "retry"
    SAVE_COPY = "copy"
    DISCARD = "discard"
    KEEP_OPEN = "keep"


def ask_unsaved(parent: QWidget, title: str, reason: str) -> Unsaved:
    """The question, with one button per way out; Escape keeps the window open."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, "Organiser",
                      arg(translate("Closing", "The flyer “%1” could not be saved: %2"), title, reason), parent=parent)
    box.setInformativeText(translate("Closing", "Your edits are still here. Try again, save the flyer as a file "
                                                "somewhere else, or close without saving them."))
    retry = box.addButton(translate("Closing", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(translate("Closing", "Save a copy…"), QMessageBox.ButtonRole.ActionRole)
    discard = box.addButton(translate("Closing", "Discard edits"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Closing", "Keep the window open"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    for button, choice in ((retry, Unsaved.RETRY), (copy, Unsaved.SAVE_COPY), (discard, Unsaved.DISCARD)):
        if clicked is button:
            return choice
    return Unsaved.KEEP_OPEN


def ask_copy_path(parent: QWidget, title: str) -> Path | None:
    from organiser.gui.flyers.export_dialog import safe_file_name

    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Closing", "Save a copy of the flyer"),
                                          str(Path.home() / f"{safe_file_name(title)}.json"),
                                          QCoreApplication.translate("Closing", "Flyer (*.json)"))
    return Path(name) if name else None


def save_copy(session: FlyerSession, path: Path) -> None:
    """The open flyer as a flyer file (``organiser flyer import`` reads it back); atomic, never half-written."""
    from organiser.atomic import write_files_atomically
    from organiser.flyers.file_format import dumps

    assert session.flyer is not None
    write_files_atomically([(path, dumps(session.flyer).encode("utf-8"))])


class CloseGuard:
    """Decides whether the window may close; the question and the file dialog are replaceable (tests)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.ask: Callable[[str, str], Unsaved] = lambda title, reason: ask_unsaved(parent, title, reason)
        self.ask_path: Callable[[str], Path | None] = lambda title: ask_copy_path(parent, title)
        self.status = ""  # what to tell the user when the window stays open

    def may_close(self, session: FlyerSession | None) -> bool:
        if session is None or session.save_now():
            return True
        for delay in RETRY_DELAYS_S:
            time.sleep(delay)
            if session.save_now():
                return True
        while True:
            title = session.flyer.title if session.flyer is not None else ""
            choice = self.ask(title, session.last_error
                              or QCoreApplication.translate("Closing", "the corpus did not answer"))
            if choice is Unsaved.RETRY:
                if session.save_now():
                    return True
            elif choice is Unsaved.SAVE_COPY:
                path = self.ask_path(title)
                if path is None:
                    continue
                try:
                    save_copy(session, path)
                except OrganiserError as err:
                    session.last_error = str(err)
                    continue
                session.discard()  # the edits are safe in the file
                return True
            elif choice is Unsaved.DISCARD:
                session.discard()
                return True
            else:
                self.status = QCoreApplication.translate(
                    "Closing", "The window stays open: the flyer is not saved yet. Your edits are kept.")
                return False
