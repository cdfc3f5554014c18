"""organiser backup / restore: a whole copy while another program writes; restore puts back the same rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from organiser.corpus.store import Corpus
from tests.cli.conftest import run_organiser
from tests.corpus.test_backup import rows


def test_backup_while_another_program_writes_then_restore(db: Path, tmp_path: Path) -> None:
    app = Corpus(db)  # the app, open meanwhile, with changes only in the WAL
    try:
        app.db.execute("PRAGMA wal_autocheckpoint = 0")
        statement = app.add_statement("Written while the backup runs.", tags=["live"])
        done = run_organiser(db, "backup", str(tmp_path / "b.db"))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"backed up {db} to {tmp_path / 'b.db'}"
        saved = rows(tmp_path / "b.db")
        assert any("Written while the backup runs." in r for r in saved["statements"])

        app.delete_statement(statement)
        done = run_organiser(db, "restore", str(tmp_path / "b.db"))
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"restored {tmp_path / 'b.db'}: ") and "before-restore-" in done.stdout
        assert app.statement(statement).tags == ("live",)  # the open connection sees the restored corpus
    finally:
        app.close()
    assert rows(db) == saved


def test_restore_refuses_what_is_not_a_backup_and_keeps_the_corpus(db: Path, tmp_path: Path) -> None:
    before = rows(db)
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    for bad in (notes, empty, tmp_path / "missing.db", db):
        done = run_organiser(db, "restore", str(bad))
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert rows(db) == before


def test_backup_of_a_corpus_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    done = run_organiser(tmp_path / "nowhere.db", "backup", str(tmp_path / "b.db"))
    assert done.returncode == 1 and "no corpus" in done.stderr
    assert not (tmp_path / "nowhere.db").exists() and not (tmp_path / "b.db").exists()
