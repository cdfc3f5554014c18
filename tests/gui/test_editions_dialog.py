"""The Editions dialog: add an edition, translate texts beside their originals (undoable), see what is left."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from organiser.flyers import editions
from organiser.gui.flyers.editions_dialog import TRANSLATION, EditionsDialog
from tests.gui.flyer_support import chart_flyer, make_workspace, store_and_open
from tests.pdfcheck import pdf_text


def test_translating_in_the_dialog_is_an_undoable_edit_of_the_flyer(qtbot: QtBot, corpus_path: Path,
                                                                    tmp_path: Path) -> None:
    stack = QUndoStack()
    ws = make_workspace(qtbot, corpus_path, stack)
    store_and_open(ws, chart_flyer())
    dialog = EditionsDialog(ws)
    qtbot.addWidget(dialog)
    assert "no editions yet" in dialog.summary.text() and not dialog.export_button.isEnabled()

    assert ws.edit(lambda f: editions.add_edition(f, "uk"), "Add edition")
    assert dialog.current_lang() == "uk" and dialog.model.rowCount() == 15
    assert dialog.model.item(0, 0).text() == "Chart"  # the flyer's title, then its headline
    assert "0 of 15 texts translated" in dialog.summary.text()

    dialog.model.item(1, TRANSLATION).setText("Порівняння")
    flyer = ws.current_flyer()
    assert flyer is not None and editions.localise(flyer, "uk").blocks[0].text == "Порівняння"  # type: ignore[union-attr]
    assert "1 of 15 texts translated" in dialog.summary.text()
    assert dialog.model.item(1, 2).text() == "done"

    ws.undo.group.undo()
    assert dialog.model.item(1, TRANSLATION).text() == ""
    ws.undo.group.redo()

    out = tmp_path / "chart-uk.pdf"
    dialog.ask_export(out)
    text = pdf_text(out.read_bytes())
    assert "Порівняння" in text and "Alpha" in text  # untranslated texts print in the original


def test_arabic_translations_are_set_right_aligned(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    store_and_open(ws, chart_flyer())
    ws.edit(lambda f: editions.add_edition(f, "ar"), "Add edition")
    dialog = EditionsDialog(ws)
    qtbot.addWidget(dialog)
    alignment = dialog.model.item(0, TRANSLATION).textAlignment()
    assert alignment & Qt.AlignmentFlag.AlignRight
