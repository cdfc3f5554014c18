"""File ▸ Back up corpus… and Restore…, while the window works on the corpus: the same rows come back."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from organiser.flyers.model import Headline
from organiser.gui import backups
from organiser.gui.actions import ActionId
from organiser.gui.main_window import MainWindow
from tests.corpus.test_backup import rows
from tests.gui.flyer_support import simple_flyer, store_and_open


def test_backup_and_restore_from_the_menu_while_the_window_is_open(main_window: MainWindow, tmp_path: Path) -> None:
    assert "Back up" in main_window.registry[ActionId.BACKUP].text()
    assert main_window.registry[ActionId.RESTORE].isEnabled()
    main_window.load_workspace()
    ws = main_window.workspace
    assert ws is not None
    flyer = store_and_open(ws, simple_flyer())
    ws.edit(lambda f: replace(f, blocks=tuple(replace(b, text="Backed up while typing")
                                              if isinstance(b, Headline) else b for b in f.blocks)), "Edit")
    first = main_window.session.corpus.statements()[0]
    main_window.edits.change_tags(first.id, ["before-backup"], [])

    out = backups.ask_and_back_up(main_window, tmp_path / "backup.db")
    assert out is not None and "backed up" in main_window.statusBar().currentMessage()
    original = rows(out)
    assert any(r[1] == "before-backup" for r in original["statement_tags"])
    assert any("Backed up while typing" in str(r) for r in original["flyers"])  # the unsaved edit went in

    # Work goes on, then the user restores the backup.
    main_window.edits.delete(first.id)
    ws.delete_flyer(flyer.id or 0)
    assert backups.ask_and_restore(main_window, out, confirm=False)
    with sqlite3.connect(main_window.session.path) as live:
        tables = tuple(original)
        assert {t: live.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables} == original
    assert main_window.session.statement(first.id).tags == ("before-backup",)
    assert ws.current_flyer() is not None and main_window.undo_stack.count() == 0
    assert "Restored backup.db" in main_window.statusBar().currentMessage()
    safety = list((main_window.session.path.parent / "backups").glob("before-restore-*.db"))
    assert len(safety) == 1 and rows(safety[0]) != original


def test_a_file_that_is_not_a_backup_is_refused_with_one_line(main_window: MainWindow, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "photo.db"
    bad.write_bytes(b"\x89PNG not a corpus" * 100)
    shown: list[str] = []
    monkeypatch.setattr(backups.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    before = len(main_window.session.corpus.statements())
    assert not backups.ask_and_restore(main_window, bad, confirm=False)
    assert len(main_window.session.corpus.statements()) == before
    assert len(shown) == 1 and "not a corpus backup" in shown[0] and "\n" not in shown[0]
