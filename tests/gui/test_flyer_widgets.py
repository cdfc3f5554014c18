"""Flyer workspace widgets: library commands, live preview, preflight, right-to-left typing, stale statements, CSV."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from organiser.flyers.model import ComparisonBlock, Quote, StatementBlock
from organiser.gui.flyers.block_model import statement_mime
from organiser.gui.textdir import AutoLineEdit, AutoTextEdit
from tests.gui.conftest import type_text
from tests.gui.flyer_support import (
    block_ids,
    chart_flyer,
    first_statement_with_source,
    make_workspace,
    simple_flyer,
    store_and_open,
)


def test_new_duplicate_delete_are_undoable(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    before = len(ws.corpus.list_flyers())
    made = ws.new_flyer()
    assert made is not None and made.id is not None
    assert ws.current_flyer() == made
    assert len(ws.corpus.list_flyers()) == before + 1
    ws.edit(lambda f: replace(f, title="Tenants meeting"), "Rename flyer")
    copy = ws.duplicate_flyer(made.id)
    assert copy is not None and copy.title == "Tenants meeting (copy)"
    ws.delete_flyer(made.id)
    titles = [s.title for s in ws.corpus.list_flyers()]
    assert "Tenants meeting" not in titles
    stack.undo()  # the deleted flyer comes back (under a new id) and opens with its own history
    restored = ws.current_flyer()
    assert restored is not None and restored.title == "Tenants meeting"
    stack.undo()  # its history: the rename is undone on the restored flyer
    titles = [s.title for s in ws.corpus.list_flyers()]
    assert "Untitled flyer" in titles and "Tenants meeting (copy)" in titles
    assert ws.open_flyer(copy.id or 0)
    stack.undo()  # the copy's history: its creation
    assert "Tenants meeting (copy)" not in [s.title for s in ws.corpus.list_flyers()]
    assert ws.open_flyer(restored.id or 0)
    stack.undo()  # undo "New flyer"
    assert len(ws.corpus.list_flyers()) == before
    assert ws.library.model.rowCount() == before


def test_new_from_template(qtbot: QtBot, corpus_path: Path) -> None:
    from organiser.flyers.templates import list_templates

    ws = make_workspace(qtbot, corpus_path)
    template = list_templates()[0]
    flyer = ws.new_flyer(template.name)
    assert flyer is not None and flyer.template == template.name and flyer.blocks


def test_preview_renders_off_the_gui_thread_and_keeps_the_newest(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path, synchronous=False)
    ws.show()
    timings: list[float] = []
    ws.preview_refreshed.connect(timings.append)
    with qtbot.waitSignal(ws.preview_refreshed, timeout=5000):
        store_and_open(ws, chart_flyer())
    assert ws.preview.page_count() == 1
    ws.editor.select_block("chart")
    chart = ws.editor.chart
    for i in range(5):  # a burst of edits: renders are folded, the last one wins
        chart.model.setData(chart.model.index(0, 0), f"Version {i}")
    qtbot.waitUntil(lambda: not ws.renderer.busy and len(timings) >= 2, timeout=5000)
    from tests.pdfcheck import pdf_text

    assert "Version 4" in pdf_text(ws.preview.pdf)
    assert len(timings) < 7
    ws.preview.zoom_by(1.25)
    assert ws.preview.zoom_factor() > 0
    ws.close_workspace()


def test_preflight_click_selects_the_block(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    flyer = simple_flyer()
    flyer = replace(flyer, blocks=(*flyer.blocks, Quote("q1", "Words without a source")))
    store_and_open(ws, flyer)
    warnings = ws.preflight.model.warnings
    assert any(w.block_id == "q1" for w in warnings), warnings
    row = next(i for i, w in enumerate(warnings) if w.block_id == "q1")
    index = ws.preflight.model.index(row)
    ws.preflight.list.activated.emit(index)
    assert ws.editor.selected_block_id() == "q1"


def test_arabic_and_hebrew_run_right_to_left(qtbot: QtBot) -> None:
    line, text = AutoLineEdit(), AutoTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    type_text(line, "שלום עולם")
    assert line.text() == "שלום עולם"
    assert line.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text.setFocus()
    type_text(text, "التضامن")
    assert text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    line.setText("Solidarity")
    assert line.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_stale_statement_take_new_text(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    store_and_open(ws, simple_flyer())
    sid = first_statement_with_source(ws.corpus, "solidarity")
    assert ws.add_statements([sid], 1)
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, StatementBlock)
    ws.corpus.edit_statement(sid, "A corrected statement text.")
    ws.check_stale()
    assert ws.editor.model.index(1).data().startswith("⚠")
    ws.editor.select_block(block.id)
    assert ws.editor.properties._stale_row.isVisibleTo(ws.editor.properties)
    ws.editor.properties._stale_button.click()
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, StatementBlock) and block.text == "A corrected statement text."
    assert not ws.editor.model.index(1).data().startswith("⚠")


def test_evidence_dropped_on_a_cell_and_csv_round_trip(qtbot: QtBot, corpus_path: Path, tmp_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    stack = ws.undo.group  # undo/redo act on the open flyer's own history
    store_and_open(ws, chart_flyer())
    ws.editor.select_block("chart")
    chart = ws.editor.chart
    sid = first_statement_with_source(ws.corpus, "occupation")
    target = chart.model.index(1, 1)
    assert chart.model.canDropMimeData(statement_mime([sid]), Qt.DropAction.CopyAction, -1, -1, target)
    chart.model.dropMimeData(statement_mime([sid]), Qt.DropAction.CopyAction, -1, -1, target)
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, ComparisonBlock)
    assert block.table.criteria[1].cells[1].evidence[0].statement_id == sid
    assert chart.evidence_model.rowCount() == 1

    chart.view.setCurrentIndex(chart.model.index(2, 0))
    chart.set_verdict("partly")
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, ComparisonBlock) and block.table.criteria[2].cells[0].verdict == "partly"

    path = tmp_path / "chart.csv"
    chart.export_csv(path)
    chart.add_criterion()
    assert chart.model.rowCount() == 4
    chart.import_csv(path)
    assert chart.model.rowCount() == 3
    # the verdict set in the editor travels as a word at the start of the cell (the flyer's language)
    assert chart.model.index(2, 0).data(Qt.ItemDataRole.EditRole) == "Partly. Strong"
    block = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(block, ComparisonBlock) and block.table.criteria[2].cells[0].verdict == "partly"
    assert stack.undoText() == "Import chart from CSV"


def test_limits_are_shown_not_raised(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    store_and_open(ws, chart_flyer())
    ws.editor.select_block("chart")
    messages: list[str] = []
    ws.status_message.connect(messages.append)
    ws.editor.chart.view.setCurrentIndex(ws.editor.chart.model.index(0, 0))
    ws.editor.chart.remove_subject()  # a chart needs two subjects
    assert messages and "at least" in messages[-1]
    assert block_ids(ws.current_flyer()) == ["h1", "chart"]


def test_zoom_in_from_fit_width_starts_at_the_shown_size(qtbot: QtBot) -> None:
    from organiser.gui.flyers.preview import PreviewPane
    from organiser.printing.render.pdf import render_flyer
    from tests.gui.flyer_support import chart_flyer

    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(400, 600)
    pane.show()
    pane.show_pdf(render_flyer(chart_flyer()).pdf)
    view = pane._view
    assert view is not None
    # The layout settles (scroll bars appear) after the document is shown: wait for the final viewport width.
    qtbot.waitUntil(lambda: pane.page_count() == 1 and 300 < view.viewport().width() <= 400)
    qtbot.wait(50)
    pane.zoom_by(1.25)
    assert 0.3 < pane.zoom_factor() < 1.0  # an A4 page fitted into 400 px is shown at about 50 %, not 100 %


def test_a_late_worker_result_does_not_touch_a_deleted_model(qtbot: QtBot) -> None:
    """A thumbnail or search result that arrives after its model is gone is dropped, not an error."""
    import shiboken6
    from PySide6.QtCore import QObject

    from organiser.gui.workers import Workers

    workers = Workers()
    owner = QObject()
    arrived: list[object] = []
    gate = __import__("threading").Event()
    workers.submit(lambda _job: gate.wait(5) and "late", arrived.append, context=owner)
    shiboken6.delete(owner)
    gate.set()
    assert workers.wait(5000)
    qtbot.wait(50)
    assert arrived == []
