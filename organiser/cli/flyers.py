"""Flyer commands: render, flyer list/show/import/export/delete, table import/export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.cli import editions
from organiser.cli.ids import record_id
from organiser.cli.merge import add_flyer_merge
from organiser.cli.output import say, warn
from organiser.cli.templates import add_flyer_new
from organiser.flyers.images import ImageSource, adopt_images

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
    p.add_argument("flyer_id", type=record_id("flyer"), metavar="ID")
    p.add_argument("--json", action="store_true", help="the JSON file format (the default)")
    p.set_defaults(func=cmd_flyer_show)
    p = fsub.add_parser("import", help="store a flyer file in the corpus; prints the new id")
    p.add_argument("flyer_file", type=Path, metavar="FILE.json")
    p.set_defaults(func=cmd_flyer_import)
    p = fsub.add_parser("export", help="render a stored flyer to PDF or PNG")
    p.add_argument("flyer_id", type=record_id("flyer"), metavar="ID")
    _add_output_options(p)
    p.set_defaults(func=cmd_flyer_export)
    editions.add_commands(fsub)
    p = fsub.add_parser("delete", help="delete a flyer from the corpus")
    p.add_argument("flyer_id", type=record_id("flyer"), metavar="ID")
    p.set_defaults(func=cmd_flyer_delete)
    add_flyer_merge(fsub)

    table = sub.add_parser("table", help="comparison charts as CSV")
    tsub = table.add_subparsers(dest="table_command", metavar="ACTION", required=True)
    p = tsub.add_parser("import", help="make a comparison-chart flyer from a CSV file; prints its id")
    p.add_argument("csv_file", type=Path, metavar="CHART.csv")
    p.add_argument("--title", metavar="T", help="chart title (default: the file name)")
    p.set_defaults(func=cmd_table_import)
    p = tsub.add_parser("export", help="write the first comparison table of a flyer as CSV")
    p.add_argument("flyer_id", type=record_id("flyer"), metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="CHART.csv")
    p.set_defaults(func=cmd_table_export)


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf|OUT.png")
    p.add_argument("--mode", choices=("home", "shop"),
                   help="home printer (no bleed) or copy shop (bleed, crop marks)")
    p.add_argument("--paper", choices=("A2", "A3", "A4", "A5", "A6", "A7", "Letter", "Tabloid"),
                   help="override the flyer's page size")
    p.add_argument("--nup", type=int, choices=(1, 2, 4, 8),
                   help="copies per sheet, with cut marks (shop mode: each copy with its own bleed and marks)")
    p.add_argument("--sheet", choices=("A4", "A3", "SRA4", "SRA3"), default="A4",
                   help="the sheet N-up copies are printed on (shops: SRA3 or SRA4)")
    p.add_argument("--tile", metavar="SHEET", choices=("A4", "A3", "Letter"),
                   help="split a poster across sheets of this size")
    p.add_argument("--grayscale", action="store_true", default=None, help="grey only (photocopying)")
    p.add_argument("--cmyk", action="store_true", default=None,
                   help="CMYK colours converted through the FOGRA39 press profile (copy shop)")
    p.add_argument("--pdfx", action="store_true", help="PDF/X-4 for a press: CMYK, output intent, trim boxes")
    p.add_argument("--pdfa", action="store_true", help="PDF/A-2b for archiving: XMP, colour profile, fonts")
    p.add_argument("--double-sided", action="store_true", default=None,
                   help="N-up: backs aligned behind fronts (long-edge duplex)")
    p.add_argument("--force", action="store_true",
                   help="N-up: print the sheet even when its type would be under 6 pt (warns instead of refusing)")
    p.add_argument("--strict", action="store_true", help="exit 1 when preflight reports any warning")
    editions.add_export_options(p)


def _options(args: argparse.Namespace, images: ImageSource) -> ExportOptions:
    from organiser.printing.export import ExportOptions

    return ExportOptions(mode=args.mode, paper=args.paper, nup=args.nup, tile=args.tile,
                         grayscale=args.grayscale, cmyk=args.cmyk, double_sided=args.double_sided,
                         sheet=args.sheet, images=images, force=args.force,
                         standards=tuple(s for s in ("pdfx", "pdfa") if getattr(args, s)))


def _report(report: ExportReport, strict: bool) -> int:
    for w in report.warnings:
        where = f"[block {w.block_id}] " if w.block_id else ""
        warn(f"warning: {where}{w.message}")
    pages = f"{report.pages} page{'s' if report.pages != 1 else ''}"
    sheets = ""
    if report.sheets != report.pages:
        sheets = f", {report.sheets} sheet{'s' if report.sheets != 1 else ''}"
    files = ", ".join(str(p) for p in report.files)
    say(f"wrote {files} ({pages}{sheets})")
    if strict and report.warnings:
        count = len(report.warnings)
        warn(f"error: {report.path}: {count} preflight warning(s) (--strict)")
        return 1
    return 0


def _export(flyer: Flyer, args: argparse.Namespace, images: ImageSource) -> int:
    from organiser.printing.export import export_flyer

    reports = editions.export_editions(flyer, args, _options(args, images))
    if reports is None:
        reports = [export_flyer(flyer, args.output, _options(args, images))]
    return max(_report(report, args.strict) for report in reports)


def cmd_render(args: argparse.Namespace) -> int:
    """A flyer file's images are read from its own folder only (absolute paths, '..' and links out refused)."""
    from organiser.flyers.file_format import load

    return _export(load(args.flyer_file), args, ImageSource(folder=args.flyer_file.parent))


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
    from organiser.flyers.storage import get_flyer

    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    sys.stdout.write(dumps(flyer))
    return 0


def cmd_flyer_import(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from organiser.flyers.file_format import load
    from organiser.flyers.storage import save_flyer

    flyer = load(args.flyer_file)  # validated before the corpus is opened: nothing stored when invalid
    with args.open_corpus() as corpus, corpus.write():
        # Its images come along from the file's folder (never from elsewhere), so the stored flyer keeps them.
        flyer = adopt_images(corpus, flyer, ImageSource(folder=args.flyer_file.parent))
        print(save_flyer(corpus, replace(flyer, id=None)))
    return 0


def cmd_flyer_export(args: argparse.Namespace) -> int:
    from organiser.flyers.storage import get_flyer

    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
        images = ImageSource(corpus_path=corpus.path)
    return _export(flyer, args, images)


def cmd_flyer_delete(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        corpus.delete_flyer(args.flyer_id)
    print(f"deleted flyer {args.flyer_id}")
    return 0


def cmd_table_import(args: argparse.Namespace) -> int:
    from organiser.flyers.chart_csv import chart_flyer, read_chart_csv
    from organiser.flyers.storage import save_flyer

    table = read_chart_csv(args.csv_file, title=args.title)
    with args.open_corpus() as corpus:
        print(save_flyer(corpus, chart_flyer(table)))
    return 0


def cmd_table_export(args: argparse.Namespace) -> int:
    from organiser.flyers.chart_csv import first_table, write_chart_csv
    from organiser.flyers.storage import get_flyer

    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    write_chart_csv(first_table(flyer), args.output, lang=flyer.lang)  # verdict words in the flyer's language
    say(f"wrote {args.output}")
    return 0
