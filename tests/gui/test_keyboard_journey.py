"""A new organiser's first handout, by keyboard alone: an event notice from a template, the group's details through
the profile, two statements from a search, and a 4-up handout sheet exported.

Every step is a key press sent to whatever has the focus (or to the open menu), as a user's keyboard would; no
widget is clicked or set directly. With ``ORGANISER_FLOW_SHOTS=folder`` each step also saves a screenshot there
(``scripts/flow-screenshots.sh`` makes the sequence in ``docs/screenshots/flow/``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from organiser.flyers.model import EventBlock, StatementBlock
from organiser.gui.flyers.workspace import FlyerWorkspace
from organiser.gui.main_window import MainWindow
from tests.gui.modal import when_modal
from tests.pdfcheck import pdf_text

Mod = Qt.KeyboardModifier
_shots: list[str] = []


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("ORGANISER_FLOW_SHOTS")
    if folder:
        QApplication.processEvents()
        path = Path(folder) / f"{len(_shots) + 1:02d}-{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.window().grab().save(str(path))
        _shots.append(path.name)


def _focus() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """A closed dialog hands the keyboard back to the window, as the window manager does (offscreen has none)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None,
                    timeout=2000)


def _field_text(widget: QWidget) -> str:
    for getter in ("text", "toPlainText", "currentText"):
        if hasattr(widget, getter):
            return str(getattr(widget, getter)())
    return ""


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    """One key press, delivered where the keyboard is (the open menu, else the focused widget)."""
    qtbot.keyClick(_focus(), key, modifiers)
    QApplication.processEvents()


def type_keys(text: str) -> None:
    """Typing into the focused widget (any script)."""
    widget = _focus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Mod.NoModifier, ch))


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_event_notice_from_template_to_4up_handout_without_the_mouse(
        qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    window = main_window
    window.load_workspace()
    ws = window.workspace
    assert isinstance(ws, FlyerWorkspace)
    window.resize(1280, 800)  # a laptop screen
    window.activateWindow()
    window.corpus_view.search_edit.setFocus()  # where the window starts: the search field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.corpus_view.search_edit, timeout=2000)
    _shot(window, "start")

    # 1. Ctrl+N: the template gallery; type-ahead "Event", Enter.
    def gallery(dialog: QWidget) -> None:
        _shot(dialog, "gallery")
        type_keys("Event")
        press(qtbot, Qt.Key.Key_Return)

    when_modal(gallery)
    press(qtbot, Qt.Key.Key_N, Mod.ControlModifier)
    back_to(qtbot, window)
    flyer = ws.current_flyer()
    assert flyer is not None and flyer.template == "event"
    _shot(window, "event-notice")

    # 2. Alt+F, G: the organisation profile; name, contact, website; Alt+F puts them in this flyer; Enter.
    def profile(dialog: QWidget) -> None:
        for text in ("Kyiv Solidarity Circle", "hello@kyiv-solidarity.org", "kyiv-solidarity.org"):
            press(qtbot, Qt.Key.Key_A, Mod.ControlModifier)
            type_keys(text)
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_F, Mod.AltModifier)  # "Also put these details in the open flyer"
        qtbot.waitUntil(dialog.apply_box.isChecked, timeout=2000)  # type: ignore[attr-defined]  # animated click
        _shot(dialog, "profile")
        press(qtbot, Qt.Key.Key_Return)

    when_modal(profile)
    press(qtbot, Qt.Key.Key_F, Mod.AltModifier)
    press(qtbot, Qt.Key.Key_G)
    back_to(qtbot, window)
    flyer = ws.current_flyer()
    assert flyer is not None and flyer.organisation == "Kyiv Solidarity Circle"
    before = [b.statement_id for b in flyer.blocks if isinstance(b, StatementBlock)]

    # 3. Ctrl+F, a search, Down into the results, Ctrl+Enter twice.
    press(qtbot, Qt.Key.Key_F, Mod.ControlModifier)
    press(qtbot, Qt.Key.Key_A, Mod.ControlModifier)
    type_keys("solidarity")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.corpus_view.model.rowCount() > 2, timeout=3000)
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.corpus_view.table
    chosen = []
    for _ in range(2):
        statement = window.corpus_view.current_statement()
        assert statement is not None
        chosen.append(statement.id)
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
        press(qtbot, Qt.Key.Key_Down)
    _shot(window, "two-statements-added")
    flyer = ws.current_flyer()
    assert flyer is not None
    added = [b.statement_id for b in flyer.blocks if isinstance(b, StatementBlock)]
    assert added[len(before):] == chosen or added[-2:] == chosen
    assert [b.kind for b in flyer.blocks].index("statement") < [b.kind for b in flyer.blocks].index("footer")

    # 4. The event's details: Alt+B to the blocks, Home and Down to the event, Tab into each placeholder, type.
    press(qtbot, Qt.Key.Key_B, Mod.AltModifier)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)
    for text in ("Saturday 14 March 2026, 18:00", "Taras Shevchenko Park, Kyiv", "Kyiv Solidarity Circle; all welcome"):
        for _ in range(20):
            press(qtbot, Qt.Key.Key_Tab)
            if "[[" in _field_text(_focus()):
                break
        else:
            raise AssertionError("Tab found no placeholder left to replace")
        press(qtbot, Qt.Key.Key_A, Mod.ControlModifier)
        type_keys(text)
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field commits it
    _shot(window, "event-details")
    flyer = ws.current_flyer()
    assert flyer is not None
    event = next(b for b in flyer.blocks if isinstance(b, EventBlock))
    assert "14 March" in event.when and "Shevchenko" in event.where

    # 5. Ctrl+E: four copies per sheet (Alt+C, "4"), the file (Alt+S), Alt+X exports; the report closes on Esc.
    out = Path(os.environ.get("ORGANISER_FLOW_OUT", tmp_path)) / "handout.pdf"

    def finished(dialog: QWidget) -> None:
        _shot(dialog, "exported")
        press(qtbot, Qt.Key.Key_Escape)

    def export(dialog: QWidget) -> None:
        press(qtbot, Qt.Key.Key_C, Mod.AltModifier)
        type_keys("4")
        press(qtbot, Qt.Key.Key_S, Mod.AltModifier)
        press(qtbot, Qt.Key.Key_A, Mod.ControlModifier)
        type_keys(str(out))
        _shot(dialog, "export-4-up")
        when_modal(finished, after=dialog)
        press(qtbot, Qt.Key.Key_X, Mod.AltModifier)

    when_modal(export)
    press(qtbot, Qt.Key.Key_E, Mod.ControlModifier)
    qtbot.waitUntil(out.exists, timeout=20000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=20000)

    # What the organiser hands out: one sheet, four copies, with the two statements and the group's details.
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    sheets = int(pages.split("Pages:")[1].split()[0])
    assert sheets <= 2  # the notice's front (and back): four A6 copies on each A4 sheet
    assert "A4" in pages
    front = " ".join(pdf_text(out.read_bytes(), page=1).split())
    assert front.count("Taras Shevchenko Park") == 4
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert text.count("Kyiv Solidarity Circle") >= 4 or text.count("kyiv-solidarity.org") >= 4
    quotes = [b for b in flyer.blocks if isinstance(b, StatementBlock)][-2:]
    for quote in quotes:
        assert " ".join(quote.text.split()[:4]) in text
    assert "[[" not in text  # every placeholder replaced
