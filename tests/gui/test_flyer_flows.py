"""User flows of the flyer workspace: drop a statement, undo/redo, export; chart edits; autosave; delete + undo."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.flyers.model import ComparisonBlock, StatementBlock, TextBlock
from organiser.flyers.storage import get_flyer
from organiser.gui.flyers.block_model import statement_mime
from organiser.gui.flyers.exporting import export_to
from tests.gui.flyer_support import (
    block_ids,
    chart_flyer,
    first_statement_with_source,
    make_workspace,
    simple_flyer,
    store_and_open,
)
from tests.pdfcheck import pdf_text


def _export(ws: object, path: Path) -> str:
    reports: list[object] = []
    assert export_to(ws, path, {"format": "pdf"}, reports.append, progress=False)  # type: ignore[arg-type]
    assert reports, "the synchronous export did not report"
    return " ".join(pdf_text(path.read_bytes()).split())


def test_search_drag_statement_undo_redo_export(qtbot: QtBot, corpus_path: Path, tmp_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    store_and_open(ws, simple_flyer())
    sid = first_statement_with_source(ws.corpus, "solidarity")
    statement = ws.corpus.statement(sid)

    # The corpus list drags QMimeData with this MIME type; the block list's model receives the drop at row 1.
    model = ws.editor.model
    mime = statement_mime([sid])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, model.index(-1))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, model.index(-1))
    flyer = ws.current_flyer()
    assert flyer is not None
    added = flyer.blocks[1]
    assert isinstance(added, StatementBlock)
    assert added.text == statement.text and added.statement_id == sid
    assert added.citation.source_title == statement.source.title
    assert ws.editor.selected_block_id() == added.id

    stack.undo()
    assert added.id not in block_ids(ws.current_flyer())
    stack.redo()
    assert block_ids(ws.current_flyer())[1] == added.id

    text = _export(ws, tmp_path / "out.pdf")
    assert " ".join(statement.text.split())[:60] in text
    assert statement.source.title in text


def test_chart_cell_edit_and_criteria_reorder_reach_the_pdf(qtbot: QtBot, corpus_path: Path,
                                                            tmp_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    store_and_open(ws, chart_flyer())
    assert ws.editor.select_block("chart")
    chart = ws.editor.chart
    assert chart.isVisibleTo(ws.editor)

    assert chart.model.setData(chart.model.index(0, 1), "Weak caps")  # edited in place through the model
    chart.view.setCurrentIndex(chart.model.index(2, 0))
    chart.move_criterion(-1)  # "Tenant unions" moves above "Public housing"
    chart.move_criterion(-1)  # ... and to the top
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, ComparisonBlock)
    assert [c.label for c in block.table.criteria] == ["Tenant unions", "Rent control", "Public housing"]
    assert block.table.criteria[1].cells[1].text == "Weak caps"
    assert chart.model.headerData(0, Qt.Orientation.Vertical) == "Tenant unions"

    text = _export(ws, tmp_path / "chart.pdf")
    assert "Weak caps" in text
    positions = [text.index(label) for label in ("Tenant unions", "Rent control", "Public housing")]
    assert positions == sorted(positions), text

    for _ in range(3):
        stack.undo()
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, ComparisonBlock)
    assert [c.label for c in block.table.criteria] == ["Rent control", "Public housing", "Tenant unions"]


def test_header_drag_moves_the_criterion_through_undo(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    store_and_open(ws, chart_flyer())
    ws.editor.select_block("chart")
    header = ws.editor.chart.view.verticalHeader()
    header.moveSection(0, 2)  # what a header drag does
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, ComparisonBlock)
    assert [c.label for c in block.table.criteria] == ["Public housing", "Tenant unions", "Rent control"]
    assert [header.logicalIndex(i) for i in range(3)] == [0, 1, 2]  # the view shows the document, no own order
    stack.undo()
    assert ws.editor.chart.model.headerData(0, Qt.Orientation.Vertical) == "Rent control"


def test_kill_and_restart_keeps_the_last_edit(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    flyer = store_and_open(ws, simple_flyer())
    ws.editor.select_block("t1")
    editor = ws.editor.properties.editor("text")
    assert editor is not None
    editor.setFocus()
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Rent strike on Monday")
    qtbot.waitUntil(lambda: not ws.session.dirty, timeout=3000)  # autosave, no Save button
    # No close_workspace(), no Corpus.close(): as if the process had been killed here.
    other = Corpus(corpus_path)
    try:
        assert flyer.id is not None
        stored = get_flyer(other, flyer.id)
        block = next(b for b in stored.blocks if b.id == "t1")
        assert isinstance(block, TextBlock) and block.text == "Rent strike on Monday"
    finally:
        other.close()
    again = make_workspace(qtbot, corpus_path)
    assert again.open_flyer(flyer.id)
    assert again.current_flyer() == stored


def test_typing_a_headline_saves_the_new_name_once_the_typing_pauses(qtbot: QtBot, corpus_path: Path) -> None:
    """The name follows the headline; writing the corpus at every key held each keystroke up ~15 ms while the
    preview rendered. The new name is stored, and listed, when the typing pauses; a rename undone shows at once."""
    ws = make_workspace(qtbot, corpus_path)
    flyer = store_and_open(ws, replace(simple_flyer(), title="Housing for all"))
    assert flyer.id is not None
    ws.editor.select_block("h1")
    editor = ws.editor.properties.editor("text")
    assert editor is not None
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, " now")
    assert ws.current_flyer().title == "Housing for all now"  # type: ignore[union-attr]
    assert get_flyer(ws.corpus, flyer.id).title == "Housing for all"  # not yet written: the typing goes on
    qtbot.waitUntil(lambda: not ws.session.dirty, timeout=3000)
    assert get_flyer(ws.corpus, flyer.id).title == "Housing for all now"
    row = ws.library.model.row_of(flyer.id)
    assert "Housing for all now" in str(ws.library.model.index(row).data())
    ws.undo.group.undo()  # a whole step back is stored at once
    assert get_flyer(ws.corpus, flyer.id).title == "Housing for all"


def test_typing_is_one_undo_step(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    store_and_open(ws, simple_flyer())
    ws.editor.select_block("h1")
    editor = ws.editor.properties.editor("text")
    assert editor is not None
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, " now")
    assert ws.undo.stack_for(ws.current_flyer().id).count() == 1  # type: ignore[union-attr]
    block = ws.current_flyer().blocks[0]  # type: ignore[union-attr]
    assert block.text.endswith(" now")  # type: ignore[union-attr]
    stack.undo()
    assert ws.current_flyer().blocks[0].text == "Housing for all"  # type: ignore[union-attr]
    assert editor.toPlainText() == "Housing for all"  # type: ignore[attr-defined]


def test_delete_block_then_undo_restores_it_in_place(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    store_and_open(ws, simple_flyer())
    ws.editor.select_block("t1")
    ws.delete_selected_block()
    assert block_ids(ws.current_flyer()) == ["h1", "t2", "src"]
    stack.undo()
    assert block_ids(ws.current_flyer()) == ["h1", "t1", "t2", "src"]
    assert re.search("Delete", stack.undoText() + stack.redoText())


def test_block_drag_reorders_and_undo(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    store_and_open(ws, simple_flyer())
    model = ws.editor.model
    mime = model.mimeData([model.index(0)])
    # Dropped "between t2 and src": row 3 counts the dragged headline still in place.
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1))
    assert block_ids(ws.current_flyer()) == ["t1", "t2", "h1", "src"]
    ws.editor.select_block("t2")
    ws.editor.move_selected(-1)
    assert block_ids(ws.current_flyer()) == ["t2", "t1", "h1", "src"]
    stack.undo()
    stack.undo()
    assert block_ids(ws.current_flyer()) == ["h1", "t1", "t2", "src"]
