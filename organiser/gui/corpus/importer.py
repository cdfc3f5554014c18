"""Import files and folders off the GUI thread, with a progress bar, Cancel, and a summary at the end."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from organiser.corpus.records import ImportOutcome
from organiser.corpus.store import Corpus
from organiser.gui.corpus.dialogs import ImportSummaryDialog, summary_counts
from organiser.gui.corpus.session import CorpusSession
from organiser.gui.i18n import arg
from organiser.gui.workers import Job, Workers


class ImportProgress(QWidget):
    """Shown in the status bar while an import runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Importing…"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.label.setText(arg(self.tr("Importing %1 of %2…"), done, total))


class ImportController(QObject):
    """One import at a time, in a worker with its own corpus connection."""

    status = Signal(str)
    finished = Signal(object)  # list[ImportOutcome]

    def __init__(self, session: CorpusSession, workers: Workers, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._workers = workers
        self._window = window
        self.progress_widget = ImportProgress()
        self.progress_widget.hide()
        self.progress_widget.cancel_button.clicked.connect(self.cancel)
        self._job: Job | None = None
        self.summary: ImportSummaryDialog | None = None
        self.outcomes: list[ImportOutcome] = []

    @property
    def running(self) -> bool:
        return self._job is not None

    def import_paths(self, paths: Sequence[Path]) -> None:
        if self._job is not None:
            self.status.emit(self.tr("An import is already running; wait for it or cancel it first."))
            return
        if not paths:
            return
        db_path = self._session.path

        def work(job: Job) -> tuple[list[ImportOutcome], bool]:
            with Corpus(db_path) as corpus:
                outcomes = corpus.import_paths(paths, progress=job.report, should_cancel=job.cancelled)
            return outcomes, job.cancelled()

        self.progress_widget.set_progress(0, 0)
        self.progress_widget.bar.setMaximum(0)  # busy until the files are listed
        self.progress_widget.show()
        self.status.emit(self.tr("Importing…"))
        job = self._workers.submit(work, self._on_finished, self._on_failed, self.progress_widget.set_progress,
                                   context=self)
        # A synchronous run (tests) has finished already.
        self._job = None if job.done else job

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_widget.label.setText(self.tr("Cancelling…"))

    def _on_finished(self, result: tuple[list[ImportOutcome], bool]) -> None:
        outcomes, cancelled = result
        self._job = None
        self.progress_widget.hide()
        self.outcomes = outcomes
        self._session.sources_updated()
        self.status.emit(summary_counts(outcomes, cancelled))
        if not outcomes:
            self.status.emit(self.tr("No text files were found there (txt, md, html, pdf, docx)."))
        else:
            self.summary = ImportSummaryDialog(self._window, outcomes, cancelled)
            self.summary.open()
        self.finished.emit(outcomes)

    def _on_failed(self, message: str) -> None:
        self._job = None
        self.progress_widget.hide()
        self.status.emit(arg(self.tr("Import failed: %1"), message))
        self.finished.emit([])
