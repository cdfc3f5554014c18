"""Parallel editions: texts per language, what is missing or outdated, and the flyer as an edition prints."""

from __future__ import annotations

from dataclasses import replace

import pytest

from organiser.errors import OrganiserError
from organiser.flyers import editions, ops
from organiser.flyers.file_format import dumps, loads
from organiser.flyers.model import (
    CallToAction,
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    EventBlock,
    Flyer,
    Headline,
    Signatories,
    TwoColumns,
)
from organiser.flyers.sample_editions import with_sample_editions


def _chart() -> Flyer:
    table = ComparisonTable("Occupation", ("Israel in Palestine", "Russia in Ukraine"),
                            (Criterion("Genocide?", (Cell("Yes", "yes"), Cell("Arguably", "arguably"))),))
    return Flyer("Occupation is a crime", (Headline("h", "Occupation is a crime"), ComparisonBlock("c", table),
                                          TwoColumns("cols", (EventBlock("e", "Vigil", "Friday", "Square"),))))


def test_every_text_of_the_structure_is_a_slot_in_reading_order() -> None:
    keys = [s.key for s in editions.text_slots(_chart())]
    assert keys == ["title", "h.text", "c.title", "c.subject.0", "c.subject.1", "c.criterion.0", "c.cell.0.0",
                    "c.cell.0.1", "e.what", "e.when", "e.where"]


def test_an_edition_prints_its_texts_and_keeps_the_structure() -> None:
    flyer = editions.add_edition(_chart(), "uk")
    flyer = editions.set_text(flyer, "uk", "h.text", "Окупація — це злочин")
    flyer = editions.set_text(flyer, "uk", "c.cell.0.1", "Можливо")
    flyer = editions.set_text(flyer, "uk", "e.where", "Майдан")
    uk = editions.localise(flyer, "uk")
    assert uk.lang == "uk" and uk.editions == ()
    assert isinstance(uk.blocks[0], Headline) and uk.blocks[0].text == "Окупація — це злочин"
    chart = uk.blocks[1]
    assert isinstance(chart, ComparisonBlock)
    assert chart.table.criteria[0].cells[1] == Cell("Можливо", "arguably")  # the verdict is shared
    assert chart.table.criteria[0].cells[0].text == "Yes"  # untranslated: the original prints
    columns = uk.blocks[2]
    assert isinstance(columns, TwoColumns) and columns.left[0] == EventBlock("e", "Vigil", "Friday", "Майдан")


def test_a_call_to_action_and_signatories_are_translated_in_an_edition() -> None:
    flyer = Flyer("Letter", (Signatories("s", ("Olena Kovalenko — historian, Kyiv",), "Signed by", "and 270 others"),
                             CallToAction("a", "Join us", "lviv-solidarity.org", "phone 067 000 0000")))
    keys = [s.key for s in editions.text_slots(flyer)]
    # The web address is the same in every language; the words around it are translated.
    assert keys == ["title", "s.title", "s.note", "s.items.0", "a.text", "a.contact"]
    flyer = editions.add_edition(flyer, "uk")
    for key, text in (("s.items.0", "Олена Коваленко — історикиня, Київ"), ("s.note", "та ще 270 осіб"),
                      ("a.text", "Долучайтеся"), ("a.contact", "телефон 067 000 0000")):
        flyer = editions.set_text(flyer, "uk", key, text)
    uk = editions.localise(flyer, "uk")
    assert uk.blocks == (Signatories("s", ("Олена Коваленко — історикиня, Київ",), "Signed by", "та ще 270 осіб"),
                         CallToAction("a", "Долучайтеся", "lviv-solidarity.org", "телефон 067 000 0000"))
    assert editions.status(flyer, "uk").missing == ("title", "s.title")


def test_missing_and_outdated_texts_are_reported() -> None:
    flyer = editions.set_text(editions.add_edition(_chart(), "ar"), "ar", "h.text", "الاحتلال جريمة")
    status = editions.status(flyer, "ar")
    assert status.total == 11 and len(status.missing) == 10 and status.outdated == ()
    flyer = ops.replace_block(flyer, Headline("h", "Occupation is a war crime"))
    status = editions.status(flyer, "ar")
    assert status.outdated == ("h.text",) and not status.complete


def test_edition_mistakes_are_plain_errors() -> None:
    flyer = editions.add_edition(_chart(), "he")
    with pytest.raises(OrganiserError, match="already has an edition in he"):
        editions.add_edition(flyer, "he")
    with pytest.raises(OrganiserError, match="already in en"):
        editions.add_edition(flyer, "en")
    with pytest.raises(OrganiserError, match="no text 'nope'"):
        editions.set_text(flyer, "he", "nope", "x")
    with pytest.raises(OrganiserError, match="no edition in ar"):
        editions.localise(flyer, "ar")


def test_editions_round_trip_through_the_file_format() -> None:
    flyer = editions.set_text(editions.add_edition(_chart(), "uk"), "uk", "title", "Окупація", statement_id=7)
    again = loads(dumps(flyer))
    assert again.editions == flyer.editions
    assert again.editions[0].texts[0].statement_id == 7


def test_a_version_1_file_reads_as_a_flyer_without_editions() -> None:
    text = dumps(_chart()).replace('"version": 2', '"version": 1').replace('  "editions": [],\n', "")
    assert '"editions"' not in text.split('"flyer"')[1]
    assert loads(text).editions == ()


def test_sample_chart_carries_full_ukrainian_and_arabic_editions(seeded_corpus) -> None:  # type: ignore[no-untyped-def]
    from organiser.flyers.samples import build_samples

    chart = next(f for f in build_samples(seeded_corpus) if f.template == "chart")
    assert editions.all_languages(chart) == ["en", "uk", "ar"]
    for lang in ("uk", "ar"):
        assert editions.status(chart, lang).complete, lang
    assert with_sample_editions(replace(chart)) == chart  # attaching again changes nothing
