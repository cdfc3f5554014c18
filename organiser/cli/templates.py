"""Template commands: templates (list), profile (show/set), and the handler of ``flyer new --template``."""

from __future__ import annotations

import argparse
import json
import sys


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("templates", help="list the built-in flyer templates")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("profile", help="show or set the organisation profile printed on new flyers")
    p.add_argument("--name", metavar="TEXT", help="organisation name")
    p.add_argument("--contact", metavar="TEXT", help='contact as printed, e.g. "info[at]example.org"')
    p.add_argument("--website", metavar="TEXT", help="web site, e.g. example.org (also the QR code)")
    p.add_argument("--logo", metavar="PATH", help="logo image file (an empty value removes it)")
    p.add_argument("--json", action="store_true", help="print the profile as JSON")
    p.set_defaults(func=cmd_profile)


def add_flyer_new(fsub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``flyer new --template NAME [--title T]``, for the ``flyer`` command's sub-parsers."""
    p = fsub.add_parser("new", help="create a flyer from a template; prints its id")
    p.add_argument("--template", required=True, metavar="NAME", help="template name (see: organiser templates)")
    p.add_argument("--title", metavar="T", help="flyer title (also its headline)")
    p.set_defaults(func=cmd_flyer_new)


def cmd_templates(args: argparse.Namespace) -> int:
    from organiser.flyers.templates import list_templates

    templates = list_templates()
    if args.json:
        json.dump([t.as_json() for t in templates], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    width = max(len(t.name) for t in templates)
    for t in templates:
        print(f"{t.name:<{width}}  {t.title} ({t.paper}): {t.description}")
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from dataclasses import asdict, replace
    from pathlib import Path

    from organiser.errors import OrganiserError
    from organiser.flyers.profile import load_profile, save_profile

    changes = {k: getattr(args, k) for k in ("name", "contact", "website", "logo") if getattr(args, k) is not None}
    if changes.get("logo") and not Path(changes["logo"]).expanduser().is_file():
        raise OrganiserError(f"{changes['logo']}: no such image file")
    with args.open_corpus() as corpus:
        if changes.get("logo"):
            # Copied into the corpus: flyers then carry the logo when shared, and no path leaves the corpus.
            from organiser.flyers.images import add_image_file

            changes["logo"] = add_image_file(corpus, Path(changes["logo"]).expanduser())
        profile = load_profile(corpus)
        if changes:
            profile = replace(profile, **changes).cleaned()
            save_profile(corpus, profile)
    if args.json:
        json.dump(asdict(profile), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for key, value in asdict(profile).items():
            print(f"{key}: {value}")
    return 0


def cmd_flyer_new(args: argparse.Namespace) -> int:
    from organiser.flyers.templates import create_from_template, get_template

    get_template(args.template)  # an unknown name fails before the corpus is opened
    with args.open_corpus() as corpus:
        print(create_from_template(corpus, args.template, args.title))
    return 0
