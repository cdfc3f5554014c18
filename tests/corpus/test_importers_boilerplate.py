"""Page furniture is recognised; ordinary statements are not mistaken for it."""

from __future__ import annotations

import pytest

from organiser.corpus.importers.boilerplate import is_boilerplate
from organiser.corpus.importers.dates import find_dates, first_date, is_date_only


@pytest.mark.parametrize(
    "text",
    [
        "If you like this article or have found it useful, please consider donating towards our work.",
        "Copyright © International Viewpoint - online socialist magazine - All rights reserved",
        "Publication date: Thursday 2 November 2023",
        "inc_notes_dist",
        "==",
        "PS:",
        "https://internationalviewpoint.org/spip.php?article8300",
        "ΟΟΟΟΟ Ukraine Information group home ○○○○○ Ukraine: civil society and labour ○○○○○",
        "Download the flyer as a PDF here, or as a PNG file here.",
        "Source Commons. Follow the link to see the signatures and sign.",
        "Photo from London march, 8 June 2024",
        "Brussels, May 2025",
        "2 November 2023",
        "In solidarity,",
    ],
)
def test_furniture(text: str) -> None:
    assert is_boilerplate(text)


def test_breadcrumb_and_glued_table_rows() -> None:
    assert is_boilerplate(
        "IV Online magazine - 2023 - IV586 - November 2023 -", ("- IV Online magazine - 2023 -",)
    )
    rows = (" Israel in PalestineRussia in Ukraine", "Genocide?Yes – now recognised.Arguably. Putin speaks.")
    assert is_boilerplate(" ".join(rows), rows)


@pytest.mark.parametrize(
    "text",
    [
        "We call on the Ukrainian government to condemn the use of state sanctioned terror.",
        "Both Ukrainians and Palestinians have a right to be free and to resist genocide and occupation.",
        "Since Netanyahu took office for his third term as prime minister in December 2022, attacks grew.",
        "We urge everyone to donate blood and money to the relief effort in Gaza.",
    ],
)
def test_statements_are_not_furniture(text: str) -> None:
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thursday 2 November 2023", "2023-11-02"),
        ("February 24, 2022", "2022-02-24"),
        ("2023-11-02T10:00:00Z", "2023-11-02"),
        ("2 листопада 2023 р.", "2023-11-02"),
        ("published by the group, July 2025.", "2025-07"),
        ("25/12/2023", "2023-12-25"),
        ("12/25/2023", "2023-12-25"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    assert first_date(text) == iso


def test_ambiguous_numeric_date_uses_the_text_then_day_first() -> None:
    assert first_date("Signed – 10/07/2023", context="this Saturday, October 7, Hamas") == "2023-10-07"
    assert first_date("Signed – 10/07/2023", context="no hint here") == "2023-07-10"
    assert find_dates("31/02/2023") == []
    assert is_date_only("Monday 11 December 2023") and not is_date_only("London, 8 June 2024")
