"""``organiser flyer merge ID ROWS.csv -o DIR/``: one PDF per row of a table (or all rows in one PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_flyer_merge(fsub: argparse._SubParsersAction[Any]) -> None:
    p = fsub.add_parser("merge", help="fill the flyer's {field}s from each row of a CSV table: one PDF per row")
    p.add_argument("flyer_id", type=int, metavar="ID")
    p.add_argument("rows", type=Path, metavar="ROWS.csv", help="first line: field names; one copy per row")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR/",
                   help="folder for the PDFs (named from the first column)")
    p.add_argument("--one-file", action="store_true", help="all rows as the pages of one PDF")
    p.add_argument("--mode", choices=("home", "shop"), help="home printer or copy shop")
    p.add_argument("--nup", type=int, choices=(1, 2, 4, 8), help="copies per A4 sheet, with cut marks")
    p.set_defaults(func=cmd_flyer_merge)


def cmd_flyer_merge(args: argparse.Namespace) -> int:
    """Exit 0 when every row was made; 1 when a row could not be (each says why on one line)."""
    from organiser.flyers.merge import read_rows
    from organiser.flyers.storage import get_flyer
    from organiser.printing.export import ExportOptions
    from organiser.printing.merge_export import export_merge

    table = read_rows(args.rows)  # a bad table is refused before the corpus is opened
    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    report = export_merge(flyer, table, args.output, ExportOptions(mode=args.mode, nup=args.nup),
                          one_file=args.one_file)
    for line in report.errors:
        print(f"error: {line}", file=sys.stderr)
    for path in report.files:
        print(f"wrote {path}")
    print(f"{report.made} of {len(table.rows)} rows made ({', '.join('{' + f + '}' for f in report.fields)})")
    return 0 if not report.errors else 1
