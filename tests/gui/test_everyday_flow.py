"""The app's everyday flow (templates, profile, keyboard paths, preflight, undo, export settings, titles)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from organiser.flyers.model import (
    Cell,
    Citation,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    EventBlock,
    Flyer,
    FooterBlock,
    Headline,
    QRBlock,
    SourcesBlock,
    StatementBlock,
)
from organiser.flyers.profile import load_profile
from organiser.gui.actions import ActionId
from organiser.gui.flyers.block_model import PlaceholderRole
from organiser.gui.flyers.export_dialog import JUMP, ExportDialog
from organiser.gui.flyers.gallery import NewFlyerDialog
from organiser.gui.flyers.workspace import FlyerWorkspace
from organiser.gui.main_window import MainWindow
from organiser.gui.profile_dialog import ProfileDialog
from tests.gui.flyer_support import chart_flyer, simple_flyer, store_and_open
from tests.gui.modal import when_modal


def _workspace(qtbot: QtBot, window: MainWindow) -> FlyerWorkspace:
    window.load_workspace()
    ws = window.workspace
    assert isinstance(ws, FlyerWorkspace)
    return ws


def _codes(ws: FlyerWorkspace) -> list[str]:
    assert ws.last_result is not None
    return [w.code for w in ws.last_result.warnings]


# 1. Templates are up front, with example content and marked placeholders ---------------------------------------


def test_new_flyer_opens_the_template_gallery_with_thumbnails(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    seen: dict[str, object] = {}

    def choose_event(dialog: QWidget) -> None:
        assert isinstance(dialog, NewFlyerDialog)
        names = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole + 40) for i in range(dialog.list.count())]
        seen["names"] = names
        seen["thumbs"] = sum(bool(dialog.list.item(i).data(Qt.ItemDataRole.UserRole + 41))
                             for i in range(dialog.list.count()))
        qtbot.keyClicks(dialog.list, "Event")  # type-ahead finds "Event notice"
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(choose_event)
    main_window.registry[ActionId.NEW_FLYER].trigger()
    assert seen["names"] == ["", "chart", "open-letter", "event", "reading-list", "slogan", "excerpt",
                             "movement-letter"]  # "Blank" first, then every template
    assert seen["thumbs"] == 8  # a live thumbnail each
    flyer = ws.current_flyer()
    assert flyer is not None and flyer.template == "event"
    statements = [b for b in flyer.blocks if isinstance(b, StatementBlock)]
    assert statements and all(s.citation.source_title for s in statements)  # real text from the corpus
    marked = [ws.editor.model.index(r).data(PlaceholderRole) for r in range(ws.editor.model.rowCount())]
    assert any(any(h.startswith("Where") for h in hints) for hints in marked)  # shown in the editor
    assert "placeholder" in _codes(ws) and "event-incomplete" in _codes(ws)  # and flagged by preflight


# 2. Keyboard and menu paths for every drag -----------------------------------------------------------------------


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    view = window.corpus_view
    view.search_edit.setText(text)
    view.run_search()
    qtbot.waitUntil(lambda: view.model.rowCount() > 1, timeout=3000)


def test_ctrl_enter_adds_the_selected_statement_before_the_sources(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    store_and_open(ws, simple_flyer())
    _search(qtbot, main_window, "solidarity")
    table = main_window.corpus_view.table
    table.setFocus()
    table.select_row(1)
    chosen = main_window.corpus_view.current_statement()
    assert chosen is not None
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    blocks = ws.current_flyer().blocks  # type: ignore[union-attr]
    assert isinstance(blocks[-2], StatementBlock) and blocks[-2].statement_id == chosen.id
    assert isinstance(blocks[-1], SourcesBlock)
    # The same from the statement list's context menu.
    assert main_window.registry[ActionId.ADD_TO_FLYER] in table._context_actions
    assert main_window.registry[ActionId.USE_AS_EVIDENCE] in table._context_actions


def test_copy_a_statement_and_paste_it_into_blocks_and_a_chart_cell(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    flyer = store_and_open(ws, replace(chart_flyer(), blocks=(*chart_flyer().blocks, SourcesBlock("src"))))
    _search(qtbot, main_window, "occupation")
    table = main_window.corpus_view.table
    table.setFocus()
    table.select_row(0)
    statement = main_window.corpus_view.current_statement()
    assert statement is not None
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    ws.editor.select_block("chart")
    ws.editor.list.setFocus()
    qtbot.keyClick(ws.editor.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    blocks = ws.current_flyer().blocks  # type: ignore[union-attr]
    assert [b.kind for b in blocks] == ["headline", "comparison", "statement", "sources"]
    # Into a cell: select it, paste, and it is cited as that cell's evidence.
    ws.editor.select_block("chart")
    view = ws.editor.chart.view
    view.setFocus()
    view.setCurrentIndex(ws.editor.chart.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    chart = next(b for b in ws.current_flyer().blocks if isinstance(b, ComparisonBlock))  # type: ignore[union-attr]
    assert [c.statement_id for c in chart.table.criteria[1].cells[0].evidence] == [statement.id]
    # "Use as evidence" from the window, with the cell still selected.
    table.select_row(1)
    other = main_window.corpus_view.current_statement()
    assert other is not None and main_window.flows.use_as_evidence()
    chart = next(b for b in ws.current_flyer().blocks if isinstance(b, ComparisonBlock))  # type: ignore[union-attr]
    assert [c.statement_id for c in chart.table.criteria[1].cells[0].evidence] == [statement.id, other.id]
    assert flyer.id is not None


# 3. The organisation profile in the app ---------------------------------------------------------------------------


def test_profile_dialog_saves_and_fills_new_and_open_flyers(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    store_and_open(ws, Flyer("Old", blocks=(Headline("h", "Old"), QRBlock("q", "https://"), FooterBlock("f", ""))))
    assert "qr-url" in _codes(ws)  # "https://" prints a code that leads nowhere: said so

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        dialog.name.setText("Lviv Solidarity")
        dialog.contact.setText("hello[at]lviv-solidarity.org")
        dialog.website.setText("lviv-solidarity.org")
        dialog.paper.setCurrentIndex(dialog.paper.findData("A5"))
        dialog.apply_box.setChecked(True)
        dialog.accept()

    when_modal(fill)
    main_window.registry[ActionId.PROFILE].trigger()
    assert load_profile(ws.corpus).name == "Lviv Solidarity" and load_profile(ws.corpus).paper == "A5"
    flyer = ws.current_flyer()
    assert flyer is not None
    assert [b.text for b in flyer.blocks if isinstance(b, FooterBlock)] == [
        "Lviv Solidarity · hello[at]lviv-solidarity.org · lviv-solidarity.org"]
    assert [b.url for b in flyer.blocks if isinstance(b, QRBlock)] == ["https://lviv-solidarity.org"]
    assert "qr-url" not in _codes(ws)
    new = ws.new_flyer("event")
    assert new is not None and new.page.paper == "A5" and new.organisation == "Lviv Solidarity"


# 4. Honest preflight everywhere ------------------------------------------------------------------------------------


def test_dangling_citations_and_events_without_a_place_are_reported_and_the_export_dialog_lists_them(
        qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    cit = Citation(statement_id=1, source_id=1, source_title="Open letter", source_date="2024")
    table = ComparisonTable("T", ("A", "B"), (Criterion("c", (Cell("x", evidence=(cit,)), Cell("y"))),))
    store_and_open(ws, Flyer("Meeting", blocks=(Headline("h", "Meeting"), EventBlock("e", "Vigil", when="Fri"),
                                                ComparisonBlock("chart", table))))
    assert set(_codes(ws)) == {"event-incomplete", "dangling-citation"}
    assert not ws.preflight.isHidden() and "ready" not in ws.preflight.summary.text().lower()
    assert ws.last_result is not None
    dialog = ExportDialog(ws.current_flyer(), {}, ws, warnings=ws.last_result.warnings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("nothing about where" in t for t in texts) and any("Sources list" in t for t in texts)
    dialog.findings.setCurrentRow(1)
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Return)  # jump to the block
    assert dialog.result() == JUMP and dialog.jump_block in ("e", "chart")


# 5. Export settings belong to the flyer ----------------------------------------------------------------------------


def test_export_settings_are_the_flyers_own_and_png_greys_out_print_shop_options(
        qtbot: QtBot, main_window: MainWindow, monkeypatch: object) -> None:
    from organiser.gui.flyers import exporting

    ws = _workspace(qtbot, main_window)
    a = store_and_open(ws, replace(simple_flyer(), title="Poster"))

    def tile(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.tile.setCurrentIndex(dialog.tile.findData("A4"))
        dialog.reject()  # cancelled: nothing stored
    when_modal(tile)
    exporting.ask_and_export(ws)
    assert ws.current_flyer().print.tile == ""  # type: ignore[union-attr]

    choices = exporting.choices_of(a)
    choices["tile"] = "A4"
    ws.edit(lambda f: replace(f, print=exporting.print_settings_with(f.print, choices)), "Export settings")
    b = store_and_open(ws, replace(simple_flyer(), title="Handout"))
    dialog = ExportDialog(b, exporting.choices_of(b), ws)
    qtbot.addWidget(dialog)
    assert dialog.tile.currentData() == ""  # the poster's tiling did not follow into another flyer
    assert ws.open_flyer(a.id or 0)
    assert ExportDialog(ws.current_flyer(), exporting.choices_of(ws.current_flyer()),  # type: ignore[arg-type]
                        ws).tile.currentData() == "A4"
    dialog.mode.setCurrentIndex(dialog.mode.findData("shop"))
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert not dialog.mode.isEnabled() and not dialog.cmyk.isEnabled() and dialog.dpi.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.mode.isEnabled() and dialog.mode.currentData() == "shop" and not dialog.dpi.isEnabled()


# 6. Source editing ------------------------------------------------------------------------------------------------


def test_source_details_dialog_is_undoable_and_marks_quoting_flyers(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    store_and_open(ws, simple_flyer())
    _search(qtbot, main_window, "solidarity")
    main_window.corpus_view.table.setFocus()
    main_window.corpus_view.table.select_row(0)
    statement = main_window.corpus_view.current_statement()
    assert statement is not None and ws.add_statements([statement.id])
    added = next(b for b in ws.current_flyer().blocks if isinstance(b, StatementBlock))  # type: ignore[union-attr]

    def edit(dialog: QWidget) -> None:
        from organiser.gui.corpus.source_dialog import SourceDialog

        assert isinstance(dialog, SourceDialog)
        dialog.edits["outlet"].setText("Commons journal")
        dialog.edits["authors"].setText("A. Author; B. Author")
        dialog.edits["rights"].setText("CC BY 4.0")
        dialog.accept()

    main_window.corpus_view.table.setFocus()
    when_modal(edit)
    main_window.registry[ActionId.EDIT_SOURCE].trigger()
    source = ws.corpus.source(statement.source.id or 0)
    assert (source.outlet, source.authors, source.rights) == ("Commons journal", ("A. Author", "B. Author"),
                                                              "CC BY 4.0")
    stale = ws.editor.model.index(ws.editor.model.row_of(added.id)).data(Qt.ItemDataRole.UserRole + 3)
    assert stale  # the flyer quoting it is marked as changed
    main_window.undo_group.setActiveStack(main_window.undo_stack)
    main_window.registry[ActionId.UNDO].trigger()
    assert ws.corpus.source(statement.source.id or 0).outlet == statement.source.outlet


# 7. Per-flyer undo, redo keys, shortcuts from text fields -----------------------------------------------------------


def test_undo_never_reaches_into_another_flyer_and_both_redo_keys_work(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    a = store_and_open(ws, replace(simple_flyer(), title="A"))
    ws.edit(lambda f: replace(f, blocks=f.blocks[:-1]), "Delete block")
    b = store_and_open(ws, replace(simple_flyer(), title="B"))
    ws.editor.list.setFocus()
    qtbot.keyClick(ws.editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_flyer().id == b.id  # type: ignore[union-attr]  # still on B: nothing of A undone
    assert len(ws.corpus.list_flyers()) and len(ws.current_flyer().blocks) == 4  # type: ignore[union-attr]
    from organiser.flyers.storage import get_flyer

    assert len(get_flyer(ws.corpus, a.id or 0).blocks) == 3
    ws.edit(lambda f: replace(f, blocks=f.blocks[:-1]), "Delete block")
    for redo in ("Ctrl+Y", "Ctrl+Shift+Z"):
        qtbot.keyClick(ws.editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(ws.current_flyer().blocks) == 4  # type: ignore[union-attr]
        seq = QKeySequence(redo)[0]
        qtbot.keyClick(ws.editor.list, seq.key(), seq.keyboardModifiers())
        assert len(ws.current_flyer().blocks) == 3, redo  # type: ignore[union-attr]


def test_export_print_and_undo_shortcuts_work_from_text_fields(qtbot: QtBot, main_window: MainWindow,
                                                                monkeypatch: object) -> None:
    from organiser.gui.flyers import exporting

    ws = _workspace(qtbot, main_window)
    calls: list[str] = []
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(exporting, "ask_and_export", lambda _ws: calls.append("export"))
    mp.setattr(exporting, "ask_and_print", lambda _ws: calls.append("print"))
    try:
        store_and_open(ws, simple_flyer())
        ws.editor.select_block("t1")
        field = ws.editor.properties.editor("text")
        assert field is not None
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(ws.editor.title_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(main_window.corpus_view.search_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert calls == ["export", "export", "print"]
        qtbot.keyClicks(ws.editor.title_edit, "X")
        assert "X" in ws.current_flyer().title  # type: ignore[union-attr]
        qtbot.keyClick(ws.editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ws.current_flyer().title == "Test flyer"  # type: ignore[union-attr]  # the flyer's undo
    finally:
        mp.undo()


# 9. Headline and title; stable library order ----------------------------------------------------------------------


def test_the_name_follows_the_headline_until_renamed_and_the_library_keeps_its_order(
        qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    made = ws.new_flyer(None)
    assert made is not None and made.title == "Untitled flyer"
    order = [ws.library.model.summary(r).id for r in range(ws.library.model.rowCount())]
    head = made.blocks[0]
    ws.editor.select_block(head.id)
    field = ws.editor.properties.editor("text")
    assert field is not None
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, "Rent strike now")
    assert ws.current_flyer().title == "Rent strike now"  # type: ignore[union-attr]
    assert main_window.windowTitle().startswith("Rent strike now")  # the window title shows the flyer
    ws.session.save_now()
    ws.library.refresh()
    assert [ws.library.model.summary(r).id for r in range(ws.library.model.rowCount())] == order
    ws.rename_flyer(made.id or 0, "Strike handout")
    qtbot.keyClicks(field, "!")
    assert ws.current_flyer().title == "Strike handout"  # type: ignore[union-attr]  # renamed: stays


def test_a_statement_dropped_below_the_sources_lands_before_them(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    store_and_open(ws, simple_flyer())
    _search(qtbot, main_window, "solidarity")
    view = main_window.corpus_view
    mime = view.model.mimeData([view.model.index(0, 0)])
    model = ws.editor.model
    model.dropMimeData(mime, Qt.DropAction.CopyAction, model.rowCount(), 0, model.index(-1))
    assert [b.kind for b in ws.current_flyer().blocks][-2:] == ["statement", "sources"]  # type: ignore[union-attr]


# 10. 1024×700, language names, empty results --------------------------------------------------------------------


def test_language_names_and_empty_results_that_explain_themselves(qtbot: QtBot, main_window: MainWindow) -> None:
    view = main_window.corpus_view
    names = [view.lang_combo.itemText(i) for i in range(1, view.lang_combo.count())]
    assert names and all(len(n) > 3 for n in names) and "English" in names
    view.search_edit.setText("солідарність")
    view.run_search()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=3000)
    hint = view.count_label.text()
    assert "солідарність" in hint and "Українська" in hint and "import" in hint


# 11. Small things ------------------------------------------------------------------------------------------------


def test_small_things(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _workspace(qtbot, main_window)
    ws.session.open(None)
    assert ws.editor.paper.currentText() == ""  # no "A2" with nothing open
    store_and_open(ws, simple_flyer())
    assert main_window.windowTitle().startswith("Test flyer")
    ws.editor.add_block("qr")
    assert main_window.registry[ActionId.UNDO].text() == "&Undo Add QR code"
    # The detail pane shows the statement selected after a new search, never one from before it.
    view = main_window.corpus_view
    _search(qtbot, main_window, "solidarity")
    view.table.select_row(1)
    _search(qtbot, main_window, "occupation")
    assert view.detail.statement is not None and view.detail.statement.id == view.current_statement().id  # type: ignore[union-attr]


def test_files_dropped_while_a_dialog_is_open_are_imported_after_it(qtbot: QtBot, main_window: MainWindow,
                                                                     tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Housing is a right.\n\nRent control now, in every city.\n", encoding="utf-8")
    dialog = QDialog(main_window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=2000)
    before = main_window.session.corpus.sources()
    main_window.flows.import_dropped([text])
    assert "will be imported" in main_window.statusBar().currentMessage()
    assert len(main_window.session.corpus.sources()) == len(before)
    dialog.close()
    qtbot.waitUntil(lambda: len(main_window.session.corpus.sources()) == len(before) + 1, timeout=3000)
