"""Importing from the window: a folder with one bad file, drops on the window, workers with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.gui.main_window import MainWindow
from organiser.gui.workers import Job, Workers

GOOD_TEXT = (
    "Tenants Union statement\n\n"
    "We demand rent controls for every flat in the city, because wages have not kept up.\n\n"
    "Housing is a right: empty homes must be requisitioned for families who need them now.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    (folder / "tenants.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "sub" / "notes.md").write_text(
        "# Школа\n\nМи вимагаємо відкрити школу в нашому районі до вересня цього року.\n", encoding="utf-8"
    )
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 400)
    return folder


def test_import_folder_with_a_bad_file_lists_it_and_keeps_the_rest(
    qtbot: QtBot, main_window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    sources_before = len(corpus.sources())
    with qtbot.waitSignal(main_window.importer.finished, timeout=5000):
        main_window.import_paths([_folder(tmp_path)])
    summary = main_window.importer.summary
    assert summary is not None and summary.isVisible()
    lines = summary.lines()
    assert len(lines) == 3
    assert "broken.txt: rejected: " in lines[0] and len(lines[0]) > len("broken.txt: rejected: ") + 30
    assert any("tenants.txt: imported" in line for line in lines)
    assert "2 imported" in summary.headline.text() and "1 rejected" in summary.headline.text()
    assert len(corpus.sources()) == sources_before + 2
    assert corpus.search("requisitioned")
    # The window's lists follow the import.
    assert main_window.corpus_view.source_combo.count() == sources_before + 3
    summary.close()

    with qtbot.waitSignal(main_window.importer.finished, timeout=5000):
        main_window.import_paths([_folder(tmp_path)])
    assert main_window.importer.summary is not None
    assert "2 already in the corpus" in main_window.importer.summary.headline.text()
    main_window.importer.summary.close()


def test_dropping_files_on_the_window_imports_them(
    qtbot: QtBot, main_window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    file = tmp_path / "drop.txt"
    file.write_text(GOOD_TEXT.replace("rent controls", "a rent freeze"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(main_window.importer.finished, timeout=5000):
        main_window.dropEvent(event)
    assert corpus.search("rent freeze")
    assert main_window.importer.summary is not None
    main_window.importer.summary.close()


def test_sources_tab_lists_sources_and_their_statements_in_order(main_window: MainWindow, corpus: Corpus) -> None:
    main_window.tabs.setCurrentIndex(1)
    view = main_window.sources_view
    assert view.source_model.rowCount() == 5
    source = view.current_source()
    assert source is not None
    positions = [view.statement_model.hit(r).statement.position for r in range(view.statement_model.rowCount())]
    assert positions == sorted(positions) and len(positions) == source.statement_count
    assert source.title in view.info.toPlainText()


def test_threaded_job_reports_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    workers = Workers()
    gate = threading.Event()
    seen: list[tuple[int, int]] = []

    def work(job: Job) -> str:
        for i in range(1000):
            if job.cancelled():
                return f"stopped at {i}"
            job.report(i + 1, 1000)
            gate.wait(0.002)
        return "done"

    job = workers.submit(work, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=3000)
    assert threading.current_thread() is threading.main_thread()
    with qtbot.waitSignal(job.finished, timeout=3000) as blocker:
        job.cancel()
    assert str(blocker.args[0]).startswith("stopped at")
    assert workers.wait(1000)


def test_failed_job_reports_one_plain_line(qtbot: QtBot) -> None:
    workers = Workers(synchronous=True)
    messages: list[str] = []

    def work(_job: Job) -> None:
        raise ZeroDivisionError("boom")

    workers.submit(work, on_failed=messages.append)
    assert messages == ["The task stopped because of an unexpected problem (ZeroDivisionError)."]
