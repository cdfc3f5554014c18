"""File ▸ Share… and opening (or dropping) a .organiser bundle: dialogs and background jobs around organiser.sharing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from organiser.gui.corpus.session import CorpusSession
    from organiser.gui.flyers.workspace import FlyerWorkspace
    from organiser.gui.settings import Settings
    from organiser.gui.workers import Workers
    from organiser.sharing.export import ExportSummary
    from organiser.sharing.merge import MergeSummary


class MainWindow(Protocol):
    """What sharing needs of the main window (a QWidget): its corpus, settings, flyers, workers and status bar."""

    session: CorpusSession
    settings: Settings
    workspace: FlyerWorkspace | None
    workers: Workers

    def show_status(self, message: str) -> None: ...

BUNDLE_FILTER = "Organiser bundles (*.organiser)"
WHOLE_CORPUS = "The whole corpus"
OPEN_FLYER = "The open flyer, the statements it quotes and its images"


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() == ".organiser"


def _tell(window: MainWindow, title: str, text: str, warning: bool = False) -> None:
    """A window-modal message that does not block (a test or a background job can go on)."""
    parent = cast(QWidget, window)
    old = parent.findChild(QMessageBox, "sharing_message")
    if isinstance(old, QMessageBox):  # one message at a time: the newest replaces the last
        old.setObjectName("")
        old.close()
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons come from the bundle: never rich text
    box.setObjectName("sharing_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # parented to the window, which keeps it alive while it shows


def ask_share(window: MainWindow) -> None:
    """Choose what to share and where; the bundle is written off the GUI thread."""
    flyer_ids: list[int] = []
    flyer = window.workspace.current_flyer() if window.workspace is not None else None
    if flyer is not None and flyer.id is not None:
        choice, ok = QInputDialog.getItem(cast(QWidget, window), "Share", "What to share:",
                                          [WHOLE_CORPUS, OPEN_FLYER], 0, False)
        if not ok:
            return
        if choice == OPEN_FLYER:
            flyer_ids = [flyer.id]
    suggested = Path(window.settings.last_import_dir()) / ("flyer.organiser" if flyer_ids else "corpus.organiser")
    name, _filter = QFileDialog.getSaveFileName(cast(QWidget, window), "Share as a bundle", str(suggested),
                                                BUNDLE_FILTER)
    if name:
        share_to(window, Path(name), flyer_ids)


def share_to(window: MainWindow, path: Path, flyer_ids: list[int]) -> None:
    if not is_bundle(path):
        path = path.with_name(path.name + ".organiser")
    if window.workspace is not None:
        window.workspace.session.save_now()  # the bundle holds what is on screen
    db_path = window.session.path

    def work(_job: object) -> ExportSummary:
        from organiser.corpus.store import Corpus
        from organiser.flyers.profile import load_profile
        from organiser.sharing.export import export_bundle

        with Corpus(db_path) as corpus:
            return export_bundle(corpus, path, flyer_ids=flyer_ids, shared_by=load_profile(corpus).name)

    def done(summary: ExportSummary) -> None:
        window.show_status(summary.line())

    def failed(message: str) -> None:
        _tell(window, "Not shared", f"The bundle was not written.\n\n{message}", warning=True)

    window.workers.submit(work, done, failed, context=cast(QWidget, window))


def ask_open_bundle(window: MainWindow) -> None:
    name, _filter = QFileDialog.getOpenFileName(cast(QWidget, window), "Open a bundle",
                                                window.settings.last_import_dir(), BUNDLE_FILTER)
    if name:
        open_bundle(window, Path(name))


def open_bundle(window: MainWindow, path: Path) -> None:
    """Merge a bundle into the corpus off the GUI thread, then reload the lists and show the summary."""
    db_path = window.session.path
    window.show_status(f"Opening {path.name}…")

    def work(_job: object) -> MergeSummary:
        from organiser.corpus.store import Corpus
        from organiser.sharing.merge import import_bundle

        with Corpus(db_path) as corpus:
            return import_bundle(corpus, path)

    def done(summary: MergeSummary) -> None:
        window.session.sources_updated()
        if window.workspace is not None:
            window.workspace.session.library_changed.emit()
        line = summary.line()
        window.show_status(line)
        note = "\n\nStatements that were edited on both sides are kept twice and tagged “conflict”." \
            if summary.conflicts else ""
        _tell(window, "Bundle opened", line + note)

    def failed(message: str) -> None:
        _tell(window, "Bundle not opened", f"Nothing was changed.\n\n{message}", warning=True)

    window.workers.submit(work, done, failed, context=cast(QWidget, window))
