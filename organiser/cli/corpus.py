"""Corpus commands: import, search, sources, statements, tag."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.cli.ids import count, record_id
from organiser.cli.output import say

if TYPE_CHECKING:
    from organiser.corpus.search import SearchFilters


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("import", help="import files or folders (.txt .md .html .pdf .docx) into the corpus")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="tag every imported statement")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("search", help="search statements (any language; every word must match)")
    p.add_argument("query")
    _add_filters(p)
    p.add_argument("--limit", type=count, default=20)
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("sources", help="list the sources in the corpus")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("statements", help="list statements")
    _add_filters(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_statements)

    p = sub.add_parser("tag", help="add tags to a statement")
    p.add_argument("statement_id", type=record_id("statement"), metavar="STATEMENT_ID")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.set_defaults(func=cmd_tag)


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", metavar="L", help="language code: en, uk, ar, he ...")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--source", type=record_id("source"), metavar="ID")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="sources published on or after (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="sources published on or before (YYYY-MM-DD)")


def _filters(args: argparse.Namespace) -> SearchFilters:
    from organiser.corpus.search import SearchFilters

    return SearchFilters(tag=args.tag, lang=args.lang, source_id=args.source, date_from=args.date_from,
                         date_to=args.date_to)


def _print_json(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_import(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        outcomes = corpus.import_paths(args.paths, tags=args.tag)
    for outcome in outcomes:
        say(outcome.line(), sys.stderr if outcome.status == "rejected" else sys.stdout)
    return 1 if any(o.status == "rejected" for o in outcomes) else 0


def cmd_search(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        hits = corpus.search(args.query, _filters(args), limit=args.limit, prefix_last=False)
    if args.json:
        _print_json([{**h.statement.as_json(), "snippet": h.marked_snippet(), "rank": h.rank} for h in hits])
        return 0
    for hit in hits:
        src = hit.statement.source
        where = f"{src.title}, {src.date}" if src.date else src.title or "no source"
        print(f"[{hit.statement.id}] {hit.marked_snippet()}\n      — {where}")
    if not hits:
        print("no statement matches", file=sys.stderr)
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        sources = corpus.sources()
    if args.json:
        _print_json([s.as_json() for s in sources])
        return 0
    for s in sources:
        print(f"[{s.id}] {s.title} — {s.outlet or 'unknown outlet'}, {s.date or 'undated'} "
              f"({s.statement_count} statements)")
    return 0


def cmd_statements(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        statements = corpus.statements(_filters(args))
    if args.json:
        _print_json([s.as_json() for s in statements])
        return 0
    for s in statements:
        tags = f"  #{' #'.join(s.tags)}" if s.tags else ""
        print(f"[{s.id}] ({s.lang or '?'}) {s.text}{tags}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    with args.open_corpus() as corpus:
        corpus.tag(args.statement_id, args.tags)
        tags = corpus.statement(args.statement_id).tags
    print(f"statement {args.statement_id}: {', '.join(tags)}")
    return 0
