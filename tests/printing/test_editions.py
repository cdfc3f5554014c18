"""Editions on paper: a Ukrainian and an Arabic sample chart print wholly in their language; bilingual sheets."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from organiser.corpus.store import Corpus
from organiser.errors import RenderError
from organiser.flyers.model import Flyer
from organiser.flyers.samples import build_samples
from organiser.printing.editions import export_all_editions, export_bilingual, export_edition
from tests.pdfcheck import pdf_boxes, pdf_fonts, pdf_text

# Names that stay as they are in every edition: the source's name, its e-mail and web address.
KEPT_LATIN = {"Ukraine", "Information", "Group", "2022ukrainesolidarity", "at", "gmail", "com", "ukraine",
              "solidarity", "org"}


@pytest.fixture
def chart(seeded_corpus: Corpus) -> Flyer:
    return next(f for f in build_samples(seeded_corpus) if f.template == "chart")


def _latin_words(pdf: Path) -> set[str]:
    text = unicodedata.normalize("NFKC", pdf_text(pdf.read_bytes()))
    return {w for w in re.findall(r"\w+", text) if re.search("[A-Za-z]", w)}


@pytest.mark.parametrize(("lang", "script"), [("uk", "[А-ЩЬЮЯҐЄІЇа-щьюяґєії]"), ("ar", "[\u0600-\u06ff]")])
def test_an_edition_prints_every_word_in_its_language(chart: Flyer, tmp_path: Path, lang: str, script: str) -> None:
    out = tmp_path / f"chart-{lang}.pdf"
    report = export_edition(chart, lang, out)
    assert not [w for w in report.warnings if w.code.startswith("edition-")]
    assert _latin_words(out) <= KEPT_LATIN, _latin_words(out) - KEPT_LATIN
    text = unicodedata.normalize("NFKC", pdf_text(out.read_bytes()))
    assert len(re.findall(script, text)) > 600  # the whole chart, not a headline
    assert all(f["emb"] == "yes" for f in pdf_fonts(out.read_bytes()))


def test_an_unfinished_edition_warns_and_prints_the_original_text(chart: Flyer, tmp_path: Path) -> None:
    from organiser.flyers import editions

    flyer = editions.add_edition(chart, "he")
    flyer = editions.set_text(flyer, "he", "title", "מכיבוש לכיבוש")
    report = export_edition(flyer, "he", tmp_path / "he.pdf")
    codes = {w.code for w in report.warnings}
    assert "edition-missing" in codes
    assert "Israel in Palestine" in pdf_text((tmp_path / "he.pdf").read_bytes())


def test_all_editions_as_files_or_one_pdf(chart: Flyer, tmp_path: Path) -> None:
    reports = export_all_editions(chart, tmp_path / "chart.pdf")
    assert [r.path.name for r in reports] == ["chart-en.pdf", "chart-uk.pdf", "chart-ar.pdf"]
    (one,) = export_all_editions(chart, tmp_path / "all.pdf", one_file=True)
    text = pdf_text((tmp_path / "all.pdf").read_bytes())
    assert one.sheets == 3 and "Israel in Palestine" in text and "Ізраїль у Палестині" in text
    with pytest.raises(RenderError, match="needs a .pdf"):
        export_all_editions(chart, tmp_path / "all.png", one_file=True)


@pytest.mark.parametrize(("layout", "landscape"), [("side", True), ("stacked", False)])
def test_bilingual_sheet_sets_two_editions_on_one_page(chart: Flyer, tmp_path: Path, layout: str,
                                                        landscape: bool) -> None:
    out = tmp_path / "bi.pdf"
    export_bilingual(chart, ("en", "ar"), out, layout)  # type: ignore[arg-type]
    pdf = out.read_bytes()
    first = unicodedata.normalize("NFKC", pdf_text(pdf, page=1))
    assert "From Ukraine" in first and "أوكرانيا" in first
    x0, y0, x1, y1 = pdf_boxes(pdf)["MediaBox"]
    assert ((x1 - x0) > (y1 - y0)) == landscape
    assert round(max(x1 - x0, y1 - y0)) == 842  # an A4 sheet


def test_bilingual_needs_two_known_languages(chart: Flyer, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="no Hebrew edition"):
        export_bilingual(chart, ("en", "he"), tmp_path / "x.pdf")
    with pytest.raises(RenderError, match="two different languages"):
        export_bilingual(chart, ("ar", "ar"), tmp_path / "x.pdf")
