"""Template and profile commands as a user runs them: whole processes, exit codes, stdout."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from organiser.cli.templates import add_flyer_new, cmd_flyer_new, cmd_profile
from organiser.corpus.store import Corpus
from organiser.flyers.storage import get_flyer
from tests.cli.conftest import run_organiser


def test_templates_json_lists_name_title_description(db: Path) -> None:
    proc = run_organiser(db, "templates", "--json")
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)
    assert [i["name"] for i in items][:3] == ["chart", "open-letter", "event"]
    assert all(i["title"] and i["description"] for i in items)


def test_flyer_new_from_template_prints_the_id(db: Path) -> None:
    proc = run_organiser(db, "flyer", "new", "--template", "chart", "--title", "Two occupations")
    assert proc.returncode == 0, proc.stderr
    flyer_id = int(proc.stdout.strip())
    with Corpus(db) as corpus:
        flyer = get_flyer(corpus, flyer_id)
    assert flyer.template == "chart" and flyer.title == "Two occupations"
    bad = run_organiser(db, "flyer", "new", "--template", "nope")
    assert bad.returncode == 1 and "nope" in bad.stderr and "chart" in bad.stderr


def _args(db: Path, **kw: object) -> argparse.Namespace:
    args = argparse.Namespace(json=False, name=None, contact=None, website=None, logo=None, title=None, **kw)
    args.open_corpus = lambda: Corpus(db)
    return args


def test_profile_set_and_show_in_process(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = _args(db)
    args.name, args.website, args.json = "Ukraine Information Group", "ukraine-solidarity.org", True
    assert cmd_profile(args) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "Ukraine Information Group" and shown["website"] == "ukraine-solidarity.org"
    assert cmd_profile(_args(db)) == 0
    assert "website: ukraine-solidarity.org" in capsys.readouterr().out


def test_flyer_new_handler_and_parser_in_process(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_flyer_new(parser.add_subparsers(dest="action"))
    args = parser.parse_args(["new", "--template", "event", "--title", "Teach-in"])
    args.open_corpus = lambda: Corpus(db)
    assert args.func is cmd_flyer_new and cmd_flyer_new(args) == 0
    with Corpus(db) as corpus:
        assert get_flyer(corpus, int(capsys.readouterr().out)).title == "Teach-in"
