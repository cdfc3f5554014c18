"""Flyer commands: render, flyer list/show/import/export/delete, table import/export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.cli.merge import add_flyer_merge
from organiser.cli.templates import add_flyer_new
from organiser.flyers.storage import get_flyer, save_flyer

if TYPE_CHECKING:
    from organiser.flyers.model import Flyer
    from organiser.printing.export import ExportOptions, ExportReport

# reportlab, pypdf and jsonschema are imported inside the handlers: `organiser render` starts fast.


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("render", help="render a flyer file to a print-ready PDF or a PNG")
    p.add_argument("flyer_file", type=Path, metavar="FLYER.json")
    _add_output_options(p)
    p.set_defaults(func=cmd_render)

    flyer = sub.add_parser("flyer", help="flyers stored in the corpus")
    fsub = flyer.add_subparsers(dest="flyer_command", metavar="ACTION", required=True)
    add_flyer_new(fsub)
    p = fsub.add_parser("list", help="list the flyers")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=cmd_flyer_list)
    p = fsub.add_parser("show", help="print a flyer in the JSON file format")
    p.add_argument("flyer_id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="the JSON file format (the default)")
    p.set_defaults(func=cmd_flyer_show)
    p = fsub.add_parser("import", help="store a flyer file in the corpus; prints the new id")
    p.add_argument("flyer_file", type=Path, metavar="FILE.json")
    p.set_defaults(func=cmd_flyer_import)
    p = fsub.add_parser("export", help="render a stored flyer to PDF or PNG")
    p.add_argument("flyer_id", type=int, metavar="ID")
    _add_output_options(p)
    p.set_defaults(func=cmd_flyer_export)
    p = fsub.add_parser("delete", help="delete a flyer from the corpus")
    p.add_argument("flyer_id", type=int, metavar="ID")
    p.set_defaults(func=cmd_flyer_delete)
    add_flyer_merge(fsub)

    table = sub.add_parser("table", help="comparison charts as CSV")
    tsub = table.add_subparsers(dest="table_command", metavar="ACTION", required=True)
    p = tsub.add_parser("import", help="make a comparison-chart flyer from a CSV file; prints its id")
    p.add_argument("csv_file", type=Path, metavar="CHART.csv")
    p.add_argument("--title", metavar="T", help="chart title (default: the file name)")
    p.set_defaults(func=cmd_table_import)
    p = tsub.add_parser("export", help="write the first comparison table of a flyer as CSV")
    p.add_argument("flyer_id", type=int, metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="CHART.csv")
    p.set_defaults(func=cmd_table_export)


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf|OUT.png")
    p.add_argument("--mode", choices=("home", "shop"),
                   help="home printer (no bleed) or copy shop (bleed, crop marks)")
    p.add_argument("--paper", choices=("A2", "A3", "A4", "A5", "A6", "A7", "Letter", "Tabloid"),
                   help="override the flyer's page size")
    p.add_argument("--nup", type=int, choices=(1, 2, 4, 8), help="copies per A4 sheet, with cut marks")
    p.add_argument("--tile", metavar="SHEET", choices=("A4", "A3", "Letter"),
                   help="split a poster across sheets of this size")
    p.add_argument("--grayscale", action="store_true", default=None, help="grey only (photocopying)")
    p.add_argument("--cmyk", action="store_true", default=None, help="CMYK colours (copy shop)")
    p.add_argument("--double-sided", action="store_true", default=None,
                   help="N-up: backs aligned behind fronts (long-edge duplex)")
    p.add_argument("--strict", action="store_true", help="exit 1 when preflight reports any warning")


def _options(args: argparse.Namespace) -> ExportOptions:
    from organiser.printing.export import ExportOptions

    return ExportOptions(mode=args.mode, paper=args.paper, nup=args.nup, tile=args.tile,
                         grayscale=args.grayscale, cmyk=args.cmyk, double_sided=args.double_sided)


def _report(report: ExportReport, strict: bool) -> int:
    for w in report.warnings:
        where = f"[block {w.block_id}] " if w.block_id else ""
        print(f"warning: {where}{w.message}", file=sys.stderr)
    pages = f"{report.pages} page{'s' if report.pages != 1 else ''}"
    sheets = ""
    if report.sheets != report.pages:
        sheets = f", {report.sheets} sheet{'s' if report.sheets != 1 else ''}"
    files = ", ".join(str(p) for p in report.files)
    print(f"wrote {files} ({pages}{sheets})")
    if strict and report.warnings:
        count = len(report.warnings)
        print(f"error: {report.path}: {count} preflight warning(s) (--strict)", file=sys.stderr)
        return 1
    return 0


def _export(flyer: Flyer, args: argparse.Namespace) -> int:
    from organiser.printing.export import export_flyer

    return _report(export_flyer(flyer, args.output, _options(args)), args.strict)


def cmd_render(args: argparse.Namespace) -> int:
    from organiser.flyers.file_format import load

    return _export(load(args.flyer_file), args)


def cmd_flyer_list(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        flyers = corpus.list_flyers()
    if args.json:
        items = [{"id": f.id, "title": f.title, "template": f.template, "updated_at": f.updated_at}
                 for f in flyers]
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for f in flyers:
        print(f"[{f.id}] {f.title}  ({f.template or 'blank'}, {f.updated_at})")
    if not flyers:
        print("no flyers yet", file=sys.stderr)
    return 0


def cmd_flyer_show(args: argparse.Namespace) -> int:
    from organiser.flyers.file_format import dumps

    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    sys.stdout.write(dumps(flyer))
    return 0


def cmd_flyer_import(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from organiser.flyers.file_format import load

    flyer = load(args.flyer_file)  # validated before the corpus is opened: nothing stored when invalid
    with args.open_corpus() as corpus:
        print(save_flyer(corpus, replace(flyer, id=None)))
    return 0


def cmd_flyer_export(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    return _export(flyer, args)


def cmd_flyer_delete(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        corpus.delete_flyer(args.flyer_id)
    print(f"deleted flyer {args.flyer_id}")
    return 0


def cmd_table_import(args: argparse.Namespace) -> int:
    from organiser.flyers.chart_csv import chart_flyer, read_chart_csv

    table = read_chart_csv(args.csv_file, title=args.title)
    with args.open_corpus() as corpus:
        print(save_flyer(corpus, chart_flyer(table)))
    return 0


def cmd_table_export(args: argparse.Namespace) -> int:
    from organiser.flyers.chart_csv import first_table, write_chart_csv

    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    write_chart_csv(first_table(flyer), args.output)
    print(f"wrote {args.output}")
    return 0
