"""Dates print as the flyer's language writes them; the stored ISO date stays as it is."""

from __future__ import annotations

import pytest

from organiser.flyers.model import Citation, Flyer, SourcesBlock, StatementBlock
from organiser.printing.layout.dates import printed_date
from organiser.printing.render.pdf import render_flyer
from tests.pdfcheck import pdf_text


@pytest.mark.parametrize(("value", "lang", "printed"), [
    ("2023-11-02", "en", "2 November 2023"),
    ("2023-11-02", "uk", "2 листопада 2023\u202fр."),  # a narrow no-break space keeps "р." with its year
    ("2023-11-02", "ar", "2 نوفمبر 2023"),
    ("2023-11-02", "he", "2 בנובמבר 2023"),
    ("2025-07", "en", "July 2025"),
    ("2025-07", "uk", "липень 2025\u202fр."),
    ("2024", "ar", "2024"),
    ("spring 2024", "uk", "spring 2024"),  # not an ISO date: as typed
    ("2024-02-30", "en", "2024-02-30"),  # no such day: as typed
])
def test_iso_dates_in_each_language(value: str, lang: str, printed: str) -> None:
    assert printed_date(value, lang) == printed


def test_a_ukrainian_flyer_prints_its_attribution_and_sources_in_ukrainian() -> None:
    citation = Citation(statement_id=1, source_id=1, source_title="Лист солідарності", source_date="2023-11-02")
    flyer = Flyer("Лист", (StatementBlock("s", 1, "Ми стоїмо пліч-о-пліч.", citation), SourcesBlock("src")),
                  lang="uk")
    text = pdf_text(render_flyer(flyer).pdf).replace("\u202f", " ").replace("\u00a0", " ")
    assert "2 листопада 2023 р." in text and "2023-11-02" not in text
