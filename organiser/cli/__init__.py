"""Command-line front over the core: the same operations as the GUI, one line per result, plain errors."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.core.errors import OrganiserError

if TYPE_CHECKING:
    from organiser.core.store import Corpus

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _add_db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--db", type=Path, default=default, metavar="PATH",
                        help="corpus database (default: $ORGANISER_DB or the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="organiser", description="Campaign texts, statements and print-ready flyers.")
    _add_db_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from organiser.cli import corpus, flyers, templates

    corpus.add_commands(sub)
    flyers.add_commands(sub)
    templates.add_commands(sub)
    gui = sub.add_parser("gui", help="start the desktop app (the default)")
    gui.set_defaults(func=_run_gui)
    for action in sub.choices.values():
        # Accept --db after the sub-command too ("organiser import --db x.db file").
        _add_db_option(action, argparse.SUPPRESS)
    return parser


def _open_corpus(args: argparse.Namespace) -> Corpus:
    from organiser.core.store import Corpus, default_db_path

    return Corpus(args.db or default_db_path())


def _no_screen() -> bool:
    """On Linux/BSD, Qt aborts the process when there is no display: tell the user instead."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _run_gui(args: argparse.Namespace) -> int:
    if _no_screen():
        print("error: there is no screen to show the window on (DISPLAY is not set). On a server, run it "
              "under a virtual screen: xvfb-run -a organiser", file=sys.stderr)
        return EXIT_FAILURE
    from organiser.gui.app import run

    return run(args.db)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args.func = _run_gui
    args.open_corpus = lambda: _open_corpus(args)
    try:
        return int(args.func(args))
    except OrganiserError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
