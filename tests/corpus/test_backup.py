"""Backups through SQLite's backup API: whole while another connection writes, restored row by row, rotated."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from organiser.corpus.backup import backup, check_backup, daily_backup, restore
from organiser.corpus.store import Corpus
from organiser.errors import OrganiserError
from organiser.flyers.profile import Profile, save_profile
from organiser.flyers.seeding import open_corpus

TABLES = ("sources", "statements", "statement_tags", "flyers", "profile", "comparisons")


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the user's tables, read from ``path`` alone (read-only: no WAL beside it is created)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def _busy_corpus(path: Path) -> Corpus:
    """The app's side: a connection with fresh, uncheckpointed changes in the WAL."""
    app = Corpus(path)
    app.db.execute("PRAGMA wal_autocheckpoint = 0")
    statement = app.add_statement("Rent freeze now, for every tenant.", tags=["housing", "urgent"])
    app.tag(statement, ["backup-check"])
    save_profile(app, Profile(name="Tenants' Union", contact="07700 900123", website="tenants.example"))
    return app


def test_a_backup_made_while_the_app_writes_holds_everything_and_restores_row_by_row(
    seeded_db_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "corpus.db"
    shutil.copy(seeded_db_template, path)
    app = _busy_corpus(path)
    try:
        assert Path(f"{path}-wal").stat().st_size > 0  # the newest rows are only in the WAL
        with Corpus(path) as other:
            out = backup(other, tmp_path / "backup.db")
        assert not Path(f"{out}-wal").exists()
        original = rows(path.parent / "backup.db")
        assert original["profile"] and any(r[1] == "backup-check" for r in original["statement_tags"])
        with sqlite3.connect(path) as live:  # what the app sees now, WAL included
            assert original == {t: live.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}

        # The user then loses work: statements deleted, a flyer changed, the profile cleared.
        app.db.execute("DELETE FROM statement_tags")
        app.db.execute("DELETE FROM statements WHERE id % 2 = 0")
        app.db.execute("UPDATE flyers SET title = 'scribbled over'")
        app.db.execute("DELETE FROM profile")
        app.db.conn.commit()
        damaged = rows(path) if app.checkpoint() else None

        with Corpus(path) as restorer:
            before = restore(restorer, out)
        # The app's own open connection reads the restored corpus.
        assert app.db.execute("SELECT count(*) FROM statement_tags").fetchone()[0] == len(original["statement_tags"])
        app.checkpoint()
        assert rows(path) == original
        assert damaged is not None and rows(before) == damaged  # the corpus as it was is kept too
    finally:
        app.close()


def test_after_quitting_the_database_file_alone_is_the_whole_corpus(empty_corpus: Corpus, tmp_path: Path) -> None:
    empty_corpus.add_statement("Only in the WAL until the checkpoint.")
    empty_corpus.close()
    assert not Path(f"{empty_corpus.path}-wal").exists() or Path(f"{empty_corpus.path}-wal").stat().st_size == 0
    copy = tmp_path / "copied" / "corpus.db"
    copy.parent.mkdir()
    shutil.copy(empty_corpus.path, copy)  # what a user does: copy the file the status bar names
    with Corpus(copy) as reopened:
        assert [s.text for s in reopened.statements()] == ["Only in the WAL until the checkpoint."]


@pytest.mark.parametrize("kind", ["zero bytes", "empty corpus", "copy without its WAL"])
def test_an_existing_file_is_never_filled_with_samples(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "corpus.db"
    if kind == "zero bytes":
        path.write_bytes(b"")
    elif kind == "empty corpus":
        Corpus(path).close()
    else:
        keeper = Corpus(tmp_path / "live.db")
        keeper.db.execute("PRAGMA wal_autocheckpoint = 0")
        keeper.add_statement("Written after the last checkpoint.")
        shutil.copy(tmp_path / "live.db", path)  # the WAL is left behind
        keeper.close()
    with open_corpus(path) as corpus:
        assert corpus.created is False
        assert corpus.list_flyers() == []
        assert corpus.db.execute("SELECT count(*) FROM sources").fetchone()[0] == 0


def test_only_a_new_file_gets_the_samples(tmp_path: Path) -> None:
    with open_corpus(tmp_path / "new.db") as corpus:
        assert corpus.created and corpus.list_flyers() and not corpus.is_empty()


def test_daily_backups_keep_the_last_seven(empty_corpus: Corpus, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = date(2026, 11, 1)
    for day in range(10):
        assert daily_backup(empty_corpus, folder, today=start + timedelta(days=day)) is not None
    assert daily_backup(empty_corpus, folder, today=start + timedelta(days=9)) is None  # once a day
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"corpus-2026-11-{d:02d}.db" for d in range(4, 11)]
    check_backup(folder / names[-1])


def test_something_that_is_not_a_backup_is_refused_and_the_corpus_kept(seeded_corpus: Corpus,
                                                                       tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database at all " * 200)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    count = len(seeded_corpus.statements())
    for bad in (text, other, tmp_path / "missing.db"):
        with pytest.raises(OrganiserError) as err:
            restore(seeded_corpus, bad)
        assert "\n" not in str(err.value) and str(bad) in str(err.value)
    assert len(seeded_corpus.statements()) == count


def test_corpus_files_and_folder_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "data" / "organiser"
        with Corpus(folder / "corpus.db") as corpus:
            corpus.add_statement("Private words.")
            out = backup(corpus, tmp_path / "b.db")
            files = [folder / "corpus.db", folder / "corpus.db-wal", out]
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert modes == {"corpus.db": 0o600, "corpus.db-wal": 0o600, "b.db": 0o600}
    finally:
        os.umask(old)


def test_only_the_apps_own_data_folder_is_narrowed(tmp_path: Path) -> None:
    from organiser.corpus.store import data_folder

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    Corpus(shared / "corpus.db").close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # the user's folder: theirs to set
    own = data_folder()  # inside this test's own XDG_DATA_HOME
    own.mkdir(parents=True, exist_ok=True)
    os.chmod(own, 0o755)
    Corpus(own / "corpus.db").close()
    assert stat.S_IMODE(own.stat().st_mode) == 0o700


def test_a_backup_whose_name_looks_like_a_uri_restores(seeded_corpus: Corpus, tmp_path: Path) -> None:
    odd = tmp_path / "back up #1 ?100%.db"
    backup(seeded_corpus, odd)
    check_backup(odd)
    restore(seeded_corpus, odd)
    assert seeded_corpus.statements()
