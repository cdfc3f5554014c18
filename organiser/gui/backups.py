"""File ▸ Back up corpus… and File ▸ Restore corpus…, and the daily backup at start-up (off the GUI thread)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from organiser.errors import OrganiserError
from organiser.gui.i18n import QT_TRANSLATE_NOOP, arg

if TYPE_CHECKING:
    from organiser.gui.corpus.session import CorpusSession
    from organiser.gui.workers import Workers


class MainWindow(Protocol):
    """What these flows use of the main window (which imports this module, so it is not imported here)."""

    session: CorpusSession
    workspace: Any
    importer: Any
    workers: Workers
    undo_stack: QUndoStack

    def window(self) -> QWidget: ...

    def show_status(self, message: str) -> None: ...

    def reload_after_restore(self) -> None: ...

log = logging.getLogger(__name__)
BACKUP_FILTER = QT_TRANSLATE_NOOP("Backups", "Corpus backup (*.db);;All files (*)")


def _filter() -> str:
    return QCoreApplication.translate("Backups", BACKUP_FILTER)


def start_daily_backup(window: MainWindow) -> None:
    """Today's backup in the corpus's ``backups`` folder, if there is none yet (the last 7 days are kept).

    It runs on a worker with its own connection: the backup API reads a snapshot while the app goes on."""
    path = window.session.path

    def work(_job: object) -> Path | None:
        from organiser.corpus.backup import daily_backup
        from organiser.corpus.store import Corpus

        with Corpus(path) as corpus:
            return daily_backup(corpus)

    def failed(message: str) -> None:
        log.warning("the daily backup failed: %s", message)
        window.show_status(arg(QCoreApplication.translate(
            "Backups", "Today's automatic backup could not be made: %1"), message))

    def done(out: Path | None) -> None:
        if out is not None:
            log.info("daily backup written to %s", out)

    window.workers.submit(work, done, failed, context=window.window())


def ask_and_back_up(window: MainWindow, out: Path | None = None) -> Path | None:
    from organiser.corpus.backup import backup

    if out is None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d")
        name, _ = QFileDialog.getSaveFileName(window.window(),
                                              QCoreApplication.translate("Backups", "Back up the corpus"),
                                              str(Path.home() / f"organiser-backup-{stamp}.db"), _filter())
        if not name:
            return None
        out = Path(name)
    _save_open_flyer(window)
    try:
        written = backup(window.session.corpus, out)
    except OrganiserError as err:
        QMessageBox.warning(window.window(), "Organiser", str(err))
        return None
    window.show_status(arg(QCoreApplication.translate("Backups", "The corpus is backed up to %1."), written))
    return written


def ask_and_restore(window: MainWindow, source: Path | None = None, confirm: bool = True) -> bool:
    from organiser.corpus.backup import check_backup, restore

    if window.importer.running:
        window.show_status(QCoreApplication.translate(
            "Backups", "An import is running: restore the backup once it has finished (or cancel it)."))
        return False
    if source is None:
        name, _ = QFileDialog.getOpenFileName(window.window(),
                                              QCoreApplication.translate("Backups", "Restore the corpus from a backup"),
                                              str(Path.home()), _filter())
        if not name:
            return False
        source = Path(name)
    try:
        check_backup(source)
    except OrganiserError as err:
        QMessageBox.warning(window.window(), "Organiser", str(err))
        return False
    if confirm and QMessageBox.question(
        window.window(), QCoreApplication.translate("Backups", "Restore the corpus"),
        arg(QCoreApplication.translate(
            "Backups", "Replace the whole corpus with the backup %1?\n\nThe corpus as it is now is backed up first, "
                       "so this can be undone by restoring that copy."), source.name),
    ) != QMessageBox.StandardButton.Yes:
        return False
    _save_open_flyer(window)
    window.undo_stack.clear()  # the steps refer to rows that the restore replaces
    try:
        before = restore(window.session.corpus, source)
    except OrganiserError as err:
        QMessageBox.warning(window.window(), "Organiser", str(err))
        return False
    window.reload_after_restore()
    window.show_status(arg(QCoreApplication.translate(
        "Backups", "Restored %1. The corpus as it was is kept in %2."), source.name, before))
    return True


def _save_open_flyer(window: MainWindow) -> None:
    if window.workspace is not None:
        window.workspace.session.save_now()
