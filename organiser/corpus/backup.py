"""Backups of the corpus through SQLite's online backup API: one whole, consistent file, safe while the app runs.

Copying ``corpus.db`` is not a backup: the latest changes live in ``corpus.db-wal`` until a checkpoint. The
backup API reads a consistent snapshot through SQLite itself (other connections keep working meanwhile) and
writes a file that stands alone (journal mode DELETE, no WAL beside it).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from organiser.corpus.store import Corpus
from organiser.errors import OrganiserError
from organiser.private import FILE_MODE, private_folder

# Tables a file must have to be taken for a corpus (restoring anything else would empty the user's corpus).
CORPUS_TABLES = ("sources", "statements", "statement_tags", "flyers")
KEEP_DAILY = 7
DAILY_PREFIX = "corpus-"


def backup_folder(corpus_path: Path) -> Path:
    """Where the automatic backups of a corpus go: ``backups/`` beside it (the data folder for the default)."""
    return corpus_path.parent / "backups"


def _read_only_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` read-only (percent-encoded: a name may hold ``?`` or ``#``)."""
    return path.resolve().as_uri() + "?mode=ro"


def _reason(err: BaseException) -> str:
    return (getattr(err, "strerror", None) or str(err)).lower()


def backup(corpus: Corpus, out: Path) -> Path:
    """Write a consistent copy of ``corpus`` to ``out`` (replaced atomically; private, 0600)."""
    out = Path(out)
    if out.resolve() == corpus.path.resolve():
        raise OrganiserError(f"{out}: a backup cannot overwrite the corpus itself.")
    if not out.parent.is_dir():
        raise OrganiserError(f"{out.parent}: there is no such folder.")
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    os.close(fd)
    try:
        os.chmod(tmp, FILE_MODE)
        target = sqlite3.connect(tmp)
        try:
            corpus.db.conn.backup(target)  # all pages in one step: one consistent snapshot
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            check = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
        if check != "ok":
            raise OrganiserError(f"{out}: the backup did not verify ({check}); nothing was replaced.")
        os.replace(tmp, out)
    except (sqlite3.Error, OSError) as err:
        raise OrganiserError(f"{out}: the backup could not be written ({_reason(err)}).") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return out


def check_backup(path: Path) -> None:
    """Refuse with one plain line a file that is not a readable, whole corpus."""
    path = Path(path)
    if not path.is_file():
        raise OrganiserError(f"{path}: there is no such file.")
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as err:
        raise OrganiserError(f"{path}: not a corpus backup ({_reason(err)}).") from None
    missing = [t for t in CORPUS_TABLES if t not in tables]
    if missing:
        raise OrganiserError(f"{path}: not a corpus backup (it has no {', '.join(missing)}).")
    if check != "ok":
        raise OrganiserError(f"{path}: the backup is damaged ({check}).")


def restore(corpus: Corpus, source: Path, safety_folder: Path | None = None) -> Path:
    """Replace the corpus's content with the backup ``source``; returns the backup made of it first.

    The current corpus is backed up into ``safety_folder`` (its backup folder by default) before anything
    changes, and the copy back goes through the backup API, so connections that are open meanwhile (the app)
    see the restored corpus on their next read.
    """
    source = Path(source)
    check_backup(source)
    if source.resolve() == corpus.path.resolve():
        raise OrganiserError(f"{source}: this is the corpus itself, not a backup of it.")
    folder = safety_folder or backup_folder(corpus.path)
    private_folder(folder)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%S")
    before = backup(corpus, folder / f"before-restore-{stamp}.db")
    try:
        src = sqlite3.connect(_read_only_uri(source), uri=True)
        try:
            src.backup(corpus.db.conn)
        finally:
            src.close()
    except sqlite3.Error as err:
        raise OrganiserError(f"{source}: the backup could not be restored ({_reason(err)}); "
                             f"the corpus is as it was, and also saved in {before}.") from None
    if corpus.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        corpus.db.enable_wal()
    from organiser.corpus.migrations import corpus_migrations

    corpus_migrations.apply(corpus.db)  # a backup from an older version gets today's tables
    corpus.checkpoint()
    return before


def daily_backup(corpus: Corpus, folder: Path | None = None, keep: int = KEEP_DAILY,
                 today: date | None = None) -> Path | None:
    """Once a day, a backup named by the date; the oldest beyond ``keep`` are removed. None if today's exists."""
    folder = folder or backup_folder(corpus.path)
    private_folder(folder)
    day = (today or datetime.now(UTC).date()).isoformat()
    out = folder / f"{DAILY_PREFIX}{day}.db"
    if out.exists():
        return None
    backup(corpus, out)
    daily = sorted(p for p in folder.glob(f"{DAILY_PREFIX}????-??-??.db"))
    for old in daily[:-keep] if keep > 0 else daily:
        old.unlink(missing_ok=True)
    return out
