"""Menu accelerators are unique in every window state; 1024×700 truncates nothing that matters; printing keeps
the PDF vector and takes the export's N-up, cut-mark and mode choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from organiser.gui.flyers.workspace import FlyerWorkspace
from organiser.gui.main_window import MainWindow
from tests.gui.flyer_support import chart_flyer, simple_flyer, store_and_open
from tests.gui.modal import when_modal


def _workspace(window: MainWindow) -> FlyerWorkspace:
    window.load_workspace()
    ws = window.workspace
    assert isinstance(ws, FlyerWorkspace)
    return ws


def _mnemonics(window: MainWindow) -> dict[str, list[str]]:
    """Alt+letter → what claims it (menu titles, labels of visible fields, visible buttons)."""
    claims: dict[str, list[str]] = {}

    def claim(text: str, who: str) -> None:
        keys = QKeySequence.mnemonic(text)
        if not keys.isEmpty():
            claims.setdefault(keys.toString(), []).append(who)

    for action in window.menuBar().actions():
        claim(action.text(), f"menu {action.text()}")
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisibleTo(window) and buddy.isVisibleTo(window):
            claim(label.text(), f"label {label.text()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            claim(button.text(), f"button {button.text()}")
    return claims


@pytest.mark.parametrize("chart_shown", [False, True])
def test_every_accelerator_is_unique_and_alt_letters_open_the_menus(qtbot: QtBot, main_window: MainWindow,
                                                                    chart_shown: bool) -> None:
    ws = _workspace(main_window)
    flyer = store_and_open(ws, chart_flyer())
    ws.editor.select_block("chart" if chart_shown else flyer.blocks[0].id)
    qtbot.wait(10)
    assert ws.editor.chart.isVisibleTo(main_window) == chart_shown
    claims = _mnemonics(main_window)
    assert {k: v for k, v in claims.items() if len(v) > 1} == {}
    assert len(claims) >= 14  # four menus, the corpus filters, the editor's fields and lists
    for action in main_window.menuBar().actions():
        keys = QKeySequence.mnemonic(action.text())
        combination = keys[0]
        main_window.activateWindow()
        main_window.corpus_view.date_from.setFocus()  # the field that used to steal Alt+F
        qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.corpus_view.date_from, timeout=2000)
        qtbot.keyClick(main_window.corpus_view.date_from, combination.key(), combination.keyboardModifiers())
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu) and popup.title() == action.text(), action.text()
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
        qtbot.keyClick(main_window.menuBar(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)
    for menu_action in main_window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        letters = [QKeySequence.mnemonic(a.text()).toString() for a in menu.actions() if not a.isSeparator()]
        letters = [x for x in letters if x]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def _truncated(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        text, room = widget.currentText(), widget.width() - 30  # the arrow and the frame
    elif isinstance(widget, QLabel) and not widget.wordWrap():
        text, room = widget.text(), widget.width()
    else:
        return False
    return bool(text) and "<" not in text and widget.fontMetrics().horizontalAdvance(text) > room + 1


def test_1024x700_truncates_no_control_of_the_flyer_editor(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(main_window)
    store_and_open(ws, chart_flyer())
    main_window.resize(1024, 700)
    qtbot.wait(20)
    ws.default_sizes()
    ws.editor.select_block("chart")
    qtbot.wait(20)
    assert main_window.width() <= 1024 and main_window.height() <= 700
    editor = ws.editor
    cut = [w.accessibleName() or getattr(w, "text", lambda: "")() for w in
           (editor.paper, editor.orientation, editor.theme, editor.mode) if _truncated(w)]
    assert cut == []
    header = editor.chart.view.horizontalHeader()
    for col in range(editor.chart.model.columnCount()):
        title = str(editor.chart.model.headerData(col, Qt.Orientation.Horizontal))
        assert header.fontMetrics().horizontalAdvance(title) <= header.sectionSize(col), title


def test_printing_sends_the_vector_pdf_with_the_chosen_nup_and_marks(qtbot: QtBot, main_window: MainWindow,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from organiser.gui.flyers import exporting, printing
    from tests.pdfcheck import pdf_text

    ws = _workspace(main_window)
    store_and_open(ws, simple_flyer())
    sent: list[bytes] = []
    monkeypatch.setattr(printing, "cups_available", lambda: True)
    monkeypatch.setattr(printing, "send_with_lp", lambda path, *_a: sent.append(Path(path).read_bytes()) or "job")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    # A machine with a CUPS printer chosen in the dialog (this one has none).
    monkeypatch.setattr(QPrinter, "outputFormat", lambda self: QPrinter.OutputFormat.NativeFormat)

    def four_up(dialog: QWidget) -> None:
        from organiser.gui.flyers.export_dialog import ExportDialog

        assert isinstance(dialog, ExportDialog) and dialog.for_print
        assert dialog.format.isHidden() and not dialog.nup.isHidden() and not dialog.marks.isHidden()
        dialog.nup.setCurrentIndex(dialog.nup.findData(4))
        dialog.marks.setChecked(True)
        dialog.accept()

    when_modal(four_up)
    exporting.ask_and_print(ws)
    assert len(sent) == 1
    pdf = sent[0]
    import io

    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.width)) == 595  # one A4 sheet...
    assert pdf_text(pdf).count("Housing for all") == 4  # ...with four copies, as text (vector, not a picture)
    assert ws.current_flyer().print.nup == 4  # type: ignore[union-attr]  # remembered with the flyer


def _stray_ampersands(root: QWidget) -> list[str]:
    """Labels that print their Alt+letter marker as a literal "&" (a caption with no field to reach)."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if "&" in text.replace("&&", "") and "<" not in text and label.buddy() is None:
            found.append(text)
    return found


def test_every_caption_with_an_alt_letter_reaches_its_field(qtbot: QtBot, main_window: MainWindow) -> None:
    from organiser.flyers.profile import Profile
    from organiser.gui.flyers.export_dialog import ExportDialog
    from organiser.gui.flyers.merge_dialog import MergeDialog
    from organiser.gui.profile_dialog import ProfileDialog

    ws = _workspace(main_window)
    flyer = store_and_open(ws, chart_flyer())
    dialogs = [ExportDialog(flyer, {}, ws), ExportDialog(flyer, {}, ws, for_print=True),
               ProfileDialog(Profile("", "", "", ""), True, main_window), MergeDialog(ws, main_window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert _stray_ampersands(dialog) == [], type(dialog).__name__
    assert _stray_ampersands(main_window) == []
