"""File ▸ Share… writes a bundle; File ▸ Open bundle… and dropping a .organiser file merge one and say what happened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.gui import sharing
from organiser.gui.actions import ActionId
from organiser.gui.main_window import MainWindow
from organiser.gui.settings import Settings
from organiser.sharing.export import export_bundle


def _message(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "sharing_message")
    assert isinstance(box, QMessageBox)
    return box


def test_the_file_menu_offers_share_and_open(main_window: MainWindow) -> None:
    file_menu = main_window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert "&Share…" in texts and "&Open bundle…" in texts


def test_share_writes_a_bundle_another_corpus_can_open(main_window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
                                                      ui_settings: Settings) -> None:
    target = tmp_path / "ours"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), sharing.BUNDLE_FILTER))
    main_window.registry[ActionId.SHARE].trigger()
    bundle = tmp_path / "ours.organiser"
    assert bundle.exists() and "wrote" in main_window.statusBar().currentMessage()

    other_path = tmp_path / "other.db"
    Corpus(other_path).close()
    with Corpus(other_path) as other:
        window = MainWindow(other, ui_settings, synchronous=True, load_workspace=False)
        qtbot.addWidget(window)
        before = len(other.statements())
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), sharing.BUNDLE_FILTER))
        window.registry[ActionId.OPEN_BUNDLE].trigger()
        assert len(other.statements()) > before
        assert "added" in _message(window).text() and "0 conflicts" in _message(window).text()
        assert window.corpus_view.isEnabled()


def test_dropping_a_bundle_merges_it_and_a_bad_one_changes_nothing(main_window: MainWindow, corpus: Corpus,
                                                                   tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    shutil.copy(corpus.path, source)
    with Corpus(source) as other:
        other.add_statement("A statement written in the other corpus, shared by a bundle.")
        export_bundle(other, tmp_path / "shared.organiser", shared_by="<b>Friends</b>")
    bad = tmp_path / "broken.organiser"
    bad.write_bytes(b"not a zip")

    def drop(path: Path) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        main_window.dropEvent(event)

    count = len(corpus.statements())
    drop(bad)
    assert _message(main_window).icon() == QMessageBox.Icon.Warning
    assert "broken.organiser: not an Organiser bundle" in _message(main_window).text()
    assert len(corpus.statements()) == count
    _message(main_window).close()
    drop(tmp_path / "shared.organiser")
    assert "shared by <b>Friends</b>" in _message(main_window).text()  # shown as typed, not as markup
    assert _message(main_window).textFormat() == Qt.TextFormat.PlainText
    assert "A statement written in the other corpus, shared by a bundle." in {s.text for s in corpus.statements()}
