"""Metadata and sections read from the five seed texts (the real test data)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from organiser.corpus.importers import ImportedDocument, read_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
IV = "Copyright © International Viewpoint - online socialist magazine - All rights reserved"
FORBIDDEN_IN_STATEMENTS = (
    "donating",
    "All rights reserved",
    "inc_notes_dist",
    "Israel in PalestineRussia in Ukraine",
    "Publication date",
    "IV Online magazine",
    "Download the flyer",
    "ΟΟΟΟΟ",
)


@cache
def seed(prefix: str) -> ImportedDocument:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return read_document(path)


def statements(doc: ImportedDocument) -> list[str]:
    return [s.text for s in doc.sections if s.kind == "statement"]


def test_seed_000_ukrainian_letter() -> None:
    doc = seed("000")
    assert doc.title == "Ukrainian Letter of Solidarity with Palestinian people"
    assert doc.date == "2023-11-02"
    assert doc.url == "https://internationalviewpoint.org/spip.php?article8300"
    assert doc.outlet == "International Viewpoint"
    assert doc.rights == IV
    assert doc.languages == ["en"]
    first = statements(doc)[0]
    assert first.startswith("We, Ukrainian researchers") and "**" not in first
    assert "settler colonial violence, ethnic cleansing" in first
    assert doc.sections[-1].kind == "boilerplate" and "donating" in doc.sections[-1].text
    assert any(s.kind == "heading" and s.text == "Call to Action" for s in doc.sections)


def test_seed_001_ukraine_information_group_flyer() -> None:
    doc = seed("001")
    assert doc.title == "From Ukraine to Palestine, occupation is a crime"
    # The text only states "July 2025": ISO 8601 reduced precision, not an invented day.
    assert doc.date == "2025-07"
    assert doc.url is None
    assert doc.outlet == "Ukraine Information Group"
    texts = statements(doc)
    for caption in (
        "Brussels, May 2025",
        "Photo from London march, 8 June 2024",
        "Munich, Germany, 18 May 2024",
    ):
        assert caption not in texts
    assert not any(
        t.startswith(("Invasion and occupation?", "Genocide?", "Settler colonial?")) for t in texts
    )
    assert not any("?More than" in t or "?Yes" in t for t in texts)
    assert any(s.kind == "heading" and s.text == "How can we respond?" for s in doc.sections)
    assert any(s.kind == "heading" and s.text == "Why we carry this banner" for s in doc.sections)


def test_seed_002_open_letter_from_israel() -> None:
    doc = seed("002")
    assert doc.title == "Open letter from Israel to the Russian Anti-War Movement"
    assert doc.date == "2022-02-24"
    assert doc.url is None
    assert doc.outlet == "LeftEast"
    assert doc.authors == ["Over 275 anti-war activists in Israel"]
    texts = statements(doc)
    assert len(texts) == len(set(texts))
    assert any(t.startswith("We are writing to you as citizens of Israel") for t in texts)
    assert "Dear friends," not in texts and "In solidarity," not in texts


def test_seed_003_international_socialist_league() -> None:
    doc = seed("003")
    assert doc.title == (
        "Solidarity with the Palestinian masses. For a single, secular, democratic and socialist Palestine"
    )
    # "10/07/2023" is read month-first because the text says "this Saturday, October 7".
    assert doc.date == "2023-10-07"
    assert doc.url is None
    assert doc.authors == ["Executive Committee of the International Socialist League"]
    assert doc.outlet == "International Socialist League"
    assert doc.rights is None
    assert doc.sections[-1].kind == "boilerplate"


def test_seed_004_building_international_solidarity() -> None:
    doc = seed("004")
    assert doc.title == "Building international solidarity with the Palestinians"
    # The "Publication date:" line wins over the "8 December 2023" written at the end.
    assert doc.date == "2023-12-11"
    assert doc.url == "https://internationalviewpoint.org/spip.php?article8345"
    assert doc.outlet == "International Viewpoint"
    assert doc.rights == IV
    assert doc.sections[-1] == doc.sections[-1].__class__("boilerplate", "inc_notes_dist")
    assert any("[11]" in t for t in statements(doc))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_boilerplate_offered_as_statement(prefix: str) -> None:
    doc = seed(prefix)
    for text in statements(doc):
        for marker in FORBIDDEN_IN_STATEMENTS:
            assert marker not in text, (marker, text)
        assert text != doc.title


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_title_is_the_only_level_one_heading_and_headings_are_not_statements(prefix: str) -> None:
    doc = seed(prefix)
    headings = [s for s in doc.sections if s.kind == "heading"]
    assert [h.text for h in headings if h.level == 1] == [doc.title]
    assert not {h.text for h in headings} & set(statements(doc))
    assert all(s.level == 0 for s in doc.sections if s.kind != "heading")


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_repeated_title_is_boilerplate(prefix: str) -> None:
    doc = seed(prefix)
    repeats = [s for s in doc.sections if s.text == doc.title]
    assert repeats[0].kind == "heading"
    assert all(s.kind == "boilerplate" for s in repeats[1:]) and len(repeats) >= 2
