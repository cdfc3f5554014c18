"""GUI fixtures: a seeded corpus file per test, a main window on it, and typing any script into a widget."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.gui import i18n
from organiser.gui.main_window import MainWindow
from organiser.gui.settings import Settings


@pytest.fixture(autouse=True)
def _english_window(qapp: QCoreApplication) -> Iterator[None]:
    """The window speaks English (with its plural forms) whatever the machine's locale; tests of other
    languages switch and this puts English back."""
    i18n.install(qapp, "en")
    yield
    if i18n.current_language() != "en":
        i18n.install(qapp, "en")


@pytest.fixture
def corpus_path(seeded_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    shutil.copy(seeded_db_template, path)
    return path


@pytest.fixture
def corpus(corpus_path: Path) -> Iterator[Corpus]:
    c = Corpus(corpus_path)
    yield c
    c.close()


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "ui.ini")


@pytest.fixture
def main_window(qtbot: QtBot, corpus: Corpus, ui_settings: Settings) -> MainWindow:
    """Synchronous workers (imports and searches run inline); no flyer workspace unless a test loads it."""
    window = MainWindow(corpus, ui_settings, synchronous=True, load_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type any script: QTest.keyClicks aborts the process on non-ASCII, so send key events with text."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
