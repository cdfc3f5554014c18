"""Backup commands: ``organiser backup OUT.db`` and ``organiser restore IN.db`` (safe while the app runs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from organiser.errors import OrganiserError


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("backup", help="write a whole, consistent copy of the corpus to one file (safe while the "
                                      "app runs)")
    p.add_argument("out", type=Path, metavar="OUT.db")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the corpus with a backup (the current corpus is backed up first)")
    p.add_argument("source", type=Path, metavar="IN.db")
    p.set_defaults(func=cmd_restore)


def _corpus_path(args: argparse.Namespace) -> Path:
    from organiser.corpus.store import default_db_path

    return Path(args.db or default_db_path())


def cmd_backup(args: argparse.Namespace) -> int:
    from organiser.corpus.backup import backup
    from organiser.corpus.store import Corpus

    path = _corpus_path(args)
    if not path.is_file():
        raise OrganiserError(f"{path}: there is no corpus to back up.")
    with Corpus(path) as corpus:
        out = backup(corpus, args.out)
    print(f"backed up {path} to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from organiser.corpus.backup import check_backup, restore
    from organiser.corpus.store import Corpus

    check_backup(args.source)  # before the corpus file is even opened (or created)
    with Corpus(_corpus_path(args)) as corpus:
        before = restore(corpus, args.source)
        statements = corpus.db.execute("SELECT count(*) FROM statements").fetchone()[0]
        flyers = corpus.db.execute("SELECT count(*) FROM flyers").fetchone()[0]
    print(f"restored {args.source}: {statements} statements, {flyers} flyers (the corpus as it was is in {before})")
    return 0
