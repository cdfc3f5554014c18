"""Edition commands: ``flyer edition list/add/remove/texts/set`` and the edition options of exports."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.errors import OrganiserError

if TYPE_CHECKING:
    from organiser.flyers.model import Flyer
    from organiser.printing.export import ExportOptions, ExportReport


def add_commands(fsub: argparse._SubParsersAction[Any]) -> None:
    """``flyer edition ACTION``, for the ``flyer`` command's sub-parsers."""
    edition = fsub.add_parser("edition", help="the flyer in other languages (parallel editions)")
    esub = edition.add_subparsers(dest="edition_command", metavar="ACTION", required=True)
    p = esub.add_parser("list", help="the flyer's languages and what each edition still lacks")
    p.add_argument("flyer_id", type=int, metavar="ID")
    p.set_defaults(func=cmd_list)
    for name, help_text, func in (("add", "add an edition in another language", cmd_add),
                                  ("remove", "remove an edition", cmd_remove)):
        p = esub.add_parser(name, help=help_text)
        p.add_argument("flyer_id", type=int, metavar="ID")
        p.add_argument("lang", metavar="LANG", help="language code: en, uk, ar, he…")
        p.set_defaults(func=func)
    p = esub.add_parser("texts", help="every text of an edition beside the original (JSON with --json)")
    p.add_argument("flyer_id", type=int, metavar="ID")
    p.add_argument("lang", metavar="LANG")
    p.add_argument("--json", action="store_true", help="one JSON array: key, place, original, translation, state")
    p.set_defaults(func=cmd_texts)
    p = esub.add_parser("set", help="translate one text of an edition (an empty TEXT removes the translation)")
    p.add_argument("flyer_id", type=int, metavar="ID")
    p.add_argument("lang", metavar="LANG")
    p.add_argument("key", metavar="KEY", help="the text's key, as `flyer edition texts` lists it")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(func=cmd_set)


def add_export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--edition", metavar="LANG",
                   help="export this language's edition; 'all' exports every edition (a file each: NAME-LANG.pdf)")
    p.add_argument("--one-file", action="store_true", help="with --edition all: every edition in one PDF")
    p.add_argument("--bilingual", metavar="LANG,LANG", help="two editions on one sheet, e.g. en,ar")
    p.add_argument("--bilingual-layout", choices=("side", "stacked"), default="side",
                   help="side by side on a landscape sheet (the default) or stacked on a portrait one")


def export_editions(flyer: Flyer, args: argparse.Namespace, options: ExportOptions) -> list[ExportReport] | None:
    """The reports of an edition or bilingual export; None when the export is of the flyer itself."""
    if not (args.bilingual or args.edition):
        return None
    from organiser.printing import editions as printing

    output: Path = args.output
    if args.bilingual:
        langs = [s.strip() for s in args.bilingual.split(",") if s.strip()]
        if len(langs) != 2:
            raise OrganiserError("--bilingual takes two languages, e.g. --bilingual en,ar")
        return [printing.export_bilingual(flyer, (langs[0], langs[1]), output, args.bilingual_layout, options)]
    if args.edition == "all":
        return printing.export_all_editions(flyer, output, options, one_file=args.one_file)
    if args.edition:
        return [printing.export_edition(flyer, args.edition, output, options)]
    return None


def cmd_list(args: argparse.Namespace) -> int:
    from organiser.flyers import editions
    from organiser.flyers.storage import get_flyer
    from organiser.printing.editions import language_name

    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    print(f"{flyer.lang}  {language_name(flyer.lang)} (original)")
    for lang in editions.all_languages(flyer)[1:]:
        s = editions.status(flyer, lang)
        done = s.total - len(s.missing) - len(s.outdated)
        print(f"{lang}  {language_name(lang)}: {done} of {s.total} texts translated"
              + (f", {len(s.outdated)} older than the original" if s.outdated else ""))
    return 0


def _change(args: argparse.Namespace, edit: Any, message: str) -> int:
    from organiser.flyers.storage import get_flyer, save_flyer

    with args.open_corpus() as corpus:
        save_flyer(corpus, edit(get_flyer(corpus, args.flyer_id)))
    print(message)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from organiser.flyers import editions

    return _change(args, lambda f: editions.add_edition(f, args.lang), f"added the {args.lang} edition")


def cmd_remove(args: argparse.Namespace) -> int:
    from organiser.flyers import editions

    return _change(args, lambda f: editions.remove_edition(f, args.lang), f"removed the {args.lang} edition")


def cmd_set(args: argparse.Namespace) -> int:
    from organiser.flyers import editions

    return _change(args, lambda f: editions.set_text(f, args.lang, args.key, args.text),
                   f"{args.lang}: {args.key} translated" if args.text.strip() else f"{args.lang}: {args.key} cleared")


def cmd_texts(args: argparse.Namespace) -> int:
    from organiser.flyers import editions
    from organiser.flyers.storage import get_flyer

    with args.open_corpus() as corpus:
        flyer = get_flyer(corpus, args.flyer_id)
    current = editions.edition(flyer, args.lang)
    if current is None:
        raise OrganiserError(f"The flyer has no edition in {args.lang}.")
    status = editions.status(flyer, args.lang)
    translated = {t.key: t.text for t in current.texts}
    rows = [{"key": s.key, "place": s.place, "original": s.text, "translation": translated.get(s.key, ""),
             "state": "missing" if s.key in status.missing else "outdated" if s.key in status.outdated else "done"}
            for s in editions.text_slots(flyer)]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in rows:
        print(f"{r['key']}  [{r['state']}]  {r['original'][:60]}  →  {r['translation'][:60]}")
    return 0
