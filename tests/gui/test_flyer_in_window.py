"""The flyer workspace inside the real main window: corpus search → drag → the window's undo/redo and Delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from organiser.flyers.model import StatementBlock
from organiser.gui.actions import ActionId
from organiser.gui.flyers.block_model import StaleRole
from organiser.gui.flyers.workspace import FlyerWorkspace
from organiser.gui.main_window import MainWindow
from tests.gui.flyer_support import block_ids, simple_flyer, store_and_open
from tests.pdfcheck import pdf_text


def test_search_drag_undo_redo_export_in_the_window(qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    main_window.load_workspace()
    ws = main_window.workspace
    assert isinstance(ws, FlyerWorkspace)
    assert ws.workers.synchronous  # follows the window's test mode
    store_and_open(ws, simple_flyer())

    view = main_window.corpus_view
    qtbot.keyClicks(view.search_edit, "solidarity")
    view.run_search()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=3000)
    mime = view.model.mimeData([view.model.index(0, 0)])  # what the corpus table drags
    ids = ws.editor.model.mimeTypes()
    assert any(mime.hasFormat(t) for t in ids)
    ws.editor.model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, ws.editor.model.index(-1))
    added = ws.current_flyer().blocks[1]  # type: ignore[union-attr]
    assert isinstance(added, StatementBlock)
    statement = ws.corpus.statement(added.statement_id or 0)

    main_window.registry[ActionId.UNDO].trigger()
    assert added.id not in block_ids(ws.current_flyer())
    main_window.registry[ActionId.REDO].trigger()
    assert block_ids(ws.current_flyer())[1] == added.id

    ws.editor.list.setFocus()
    ws.editor.select_block(added.id)
    main_window.registry[ActionId.DELETE].trigger()  # Delete acts on the flyer when the focus is there
    assert added.id not in block_ids(ws.current_flyer())
    main_window.registry[ActionId.UNDO].trigger()
    assert block_ids(ws.current_flyer())[1] == added.id

    from organiser.gui.flyers.exporting import export_to

    out = tmp_path / "window.pdf"
    assert export_to(ws, out, {"format": "pdf", "nup": 2}, progress=False)
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert statement.source.title in text
    assert " ".join(statement.text.split())[:50] in text


def test_editing_a_quoted_statement_marks_the_flyer_block_at_once(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.load_workspace()
    ws = main_window.workspace
    assert isinstance(ws, FlyerWorkspace)
    store_and_open(ws, simple_flyer())
    statement = main_window.session.corpus.statements(limit=1)[0]
    assert ws.add_statements([statement.id])
    added = ws.current_flyer().blocks[-2]  # type: ignore[union-attr]  # before the Sources list
    assert isinstance(added, StatementBlock)

    def stale() -> bool:
        return bool(ws.editor.model.index(ws.editor.model.row_of(added.id)).data(StaleRole))

    assert not stale()

    main_window.edits.edit_text(statement.id, statement.text + " Edited in the corpus.")
    assert stale()  # no focus change, no save needed: the mark is there now
    main_window.registry[ActionId.UNDO].trigger()  # undo of the corpus edit: the text matches again
    assert not stale()
    main_window.registry[ActionId.REDO].trigger()
    assert stale()
