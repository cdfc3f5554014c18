"""Command-line front: the same operations as the GUI, one line per result, plain errors."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.cli.output import warn
from organiser.errors import OrganiserError

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
# Starts the desktop app on a corpus file (None: the default one) and returns its exit code.
RunWindow = Callable[[Path | None], int]


def _add_db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--db", type=Path, default=default, metavar="PATH",
                        help="corpus database (default: $ORGANISER_DB or the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="organiser", description="Campaign texts, statements and print-ready flyers.")
    _add_db_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from organiser.cli import bundles, corpus, desktop, flyers, templates

    corpus.add_commands(sub)
    flyers.add_commands(sub)
    templates.add_commands(sub)
    bundles.add_commands(sub)
    desktop.add_commands(sub)
    gui = sub.add_parser("gui", help="start the desktop app (the default)")
    gui.set_defaults(func=_run_window)
    for action in sub.choices.values():
        # Accept --db after the sub-command too ("organiser import --db x.db file").
        _add_db_option(action, argparse.SUPPRESS)
    return parser


def _open_corpus(args: argparse.Namespace) -> Corpus:
    from organiser.corpus.store import default_db_path
    from organiser.flyers.seeding import open_corpus

    return open_corpus(args.db or default_db_path())


def _run_window(args: argparse.Namespace) -> int:
    if args.run_window is None:
        print("error: the desktop app is not part of this installation; use the commands (organiser --help).",
              file=sys.stderr)
        return EXIT_FAILURE
    return int(args.run_window(args.db))


def main(argv: Sequence[str] | None = None, run_window: RunWindow | None = None) -> int:
    """Run one command; with no command, ``run_window`` (given by the launcher) starts the desktop app."""
    # Libraries (pypdf: "EOF marker not found", encoding dumps) log warnings that Python would print on the terminal;
    # every outcome the user needs is already one line of ours.
    logging.getLogger().addHandler(logging.NullHandler())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)  # an id no corpus can hold is "There is no ..." (organiser.cli.ids)
        args.run_window = run_window
        if not getattr(args, "func", None):
            args.func = _run_window
        args.open_corpus = lambda: _open_corpus(args)
        return int(args.func(args))
    except OrganiserError as err:
        warn(f"error: {err}")
        return EXIT_FAILURE
    except sqlite3.Error as err:  # a full disk, a locked or read-only corpus: nothing was half-written
        warn(f"error: the corpus could not be changed ({err})")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
