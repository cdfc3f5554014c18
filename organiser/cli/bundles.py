"""Bundle commands: share part or all of a corpus as a .organiser file, and merge one in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from organiser.cli.ids import record_id
from organiser.cli.output import say


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    bundle = sub.add_parser("bundle", help="share sources, statements and flyers with another organiser")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", help="write a .organiser bundle (everything unless sources or flyers are chosen)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.organiser")
    p.add_argument("--source", dest="sources", action="append", type=record_id("source"), default=[],
                   metavar="ID", help="a source and its statements (repeat for more)")
    p.add_argument("--flyer", dest="flyers", action="append", type=record_id("flyer"), default=[],
                   metavar="ID", help="a flyer, the statements it quotes and its images (repeat for more)")
    p.add_argument("--from", dest="shared_by", metavar="NAME",
                   help="who shares it (default: the organisation in the profile)")
    p.set_defaults(func=cmd_bundle_export)
    p = bsub.add_parser("import", help="merge a .organiser bundle into the corpus; prints a summary")
    p.add_argument("bundle_file", type=Path, metavar="FILE.organiser")
    p.set_defaults(func=cmd_bundle_import)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from organiser.flyers.profile import load_profile
    from organiser.sharing.export import export_bundle

    with args.open_corpus() as corpus:
        shared_by = args.shared_by if args.shared_by is not None else load_profile(corpus).name
        summary = export_bundle(corpus, args.output, args.sources, args.flyers, shared_by=shared_by)
    say(summary.line())
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from organiser.sharing.merge import import_bundle

    with args.open_corpus() as corpus:
        summary = import_bundle(corpus, args.bundle_file)
    say(summary.line())
    return 0
