"""The call to action and the signatories as printed: words, order, fonts, sizes, QR modules, right-to-left."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget

from organiser.flyers.model import (
    CallToAction,
    Flyer,
    FooterBlock,
    Headline,
    PageSpec,
    Signatories,
    TextBlock,
)
from organiser.printing.render.pdf import RenderOptions, render_flyer
from tests.pdfcheck import content_streams, pdf_fonts, pdf_text, word_positions

LETTER = "We stand with the people of Palestine and of Ukraine against every occupation. " * 6
NAMES = tuple(f"Signatory{i} Surname — Researcher, Institute {i}" for i in range(1, 10))


def _y(words: list[tuple[str, float, float]], word: str) -> float:
    hits = [y for w, _, y in words if word in (w, w[::-1])]
    assert hits, (word, [w for w, _, _ in words])
    return hits[0]


def _x(words: list[tuple[str, float, float]], word: str) -> float:
    hits = [x for w, x, _ in words if word in (w, w[::-1])]
    assert hits, (word, [w for w, _, _ in words])
    return hits[0]


def _qr_matrices(pdf: bytes) -> list[set[tuple[int, int]]]:
    """Dark modules of every QR code drawn in the PDF, as (row, column) sets, read back from the drawn rectangles."""
    rects = [tuple(map(float, m)) for m in re.findall(r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re",
                                                      content_streams(pdf))]
    by_module: dict[float, list[tuple[float, ...]]] = defaultdict(list)
    for x, y, w, h in rects:
        if 0.5 < h < 5 and w >= h * 0.99:
            by_module[round(h, 3)].append((x, y, w, h))
    out = []
    for box, runs in by_module.items():
        if len(runs) < 20:
            continue
        top = max(y for _, y, _, _ in runs)
        left = min(x for x, _, _, _ in runs)
        cells = set()
        for x, y, w, _ in runs:
            row, col = round((top - y) / box), round((x - left) / box)
            cells |= {(row, col + k) for k in range(round(w / box))}
        out.append(cells)
    return out


def _expected_modules(url: str) -> set[tuple[int, int]]:
    widget = QrCodeWidget(url, barBorder=4, barLevel="M")
    widget.qr.make()
    cells = {(r, c) for r, row in enumerate(widget.qr.modules) for c, dark in enumerate(row) if dark}
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return {(r - top, c - left) for r, c in cells}


def _letter(lang: str = "en", **kw: object) -> Flyer:
    blocks = (Headline("h", "Occupation is a crime"), TextBlock("t", LETTER), Signatories("s", NAMES),
              CallToAction("a", "Join us", "ukraine-solidarity.org", "hello[at]ukraine-solidarity.org"),
              FooterBlock("f", "Printed by volunteers"))
    return Flyer("Letter", blocks=blocks, lang=lang, **kw)  # type: ignore[arg-type]


def test_the_call_to_action_is_printed_large_in_order_in_embedded_fonts() -> None:
    res = render_flyer(_letter())
    assert not res.warnings
    text = pdf_text(res.pdf)
    for words in ("Join us", "ukraine-solidarity.org", "hello[at]ukraine-solidarity.org"):
        assert words in text
    words = word_positions(res.pdf)
    # Read top to bottom: the call, the address, the contact, then the footer's small print.
    assert _y(words, "Join") < _y(words, "ukraine-solidarity.org") < _y(words, "hello[at]ukraine-solidarity.org")
    assert _y(words, "hello[at]ukraine-solidarity.org") < _y(words, "volunteers")
    assert all(f["emb"] == "yes" for f in pdf_fonts(res.pdf))
    sizes = _sizes(res.pdf)
    body = sizes["stand"]
    assert sizes["Join"] >= body * 1.8  # second only to the headline
    assert sizes["ukraine-solidarity.org"] > body and sizes["Join"] < sizes["Occupation"]


def test_the_qr_code_carries_the_website() -> None:
    res = render_flyer(_letter())
    assert _expected_modules("https://ukraine-solidarity.org") in _qr_matrices(res.pdf)
    off = render_flyer(Flyer("x", blocks=(CallToAction("a", "Join us", "ukraine-solidarity.org", qr=False),)))
    assert _qr_matrices(off.pdf) == []


def test_arabic_call_to_action_reads_right_to_left_and_keeps_addresses_whole() -> None:
    flyer = Flyer("t", lang="ar", blocks=(
        Headline("h", "التضامن مع فلسطين"), TextBlock("t", "نقف متضامنين مع شعب فلسطين " * 8),
        CallToAction("a", "انضموا إلينا اليوم", "commons.com.ua/sign", "+380 44 123 4567")))
    res = render_flyer(flyer)
    assert not res.warnings
    words = word_positions(res.pdf)
    # The Arabic words run right to left on the page's right edge.
    assert _x(words, "انضموا") > _x(words, "إلينا") > _x(words, "اليوم")
    assert _x(words, "انضموا") > 595.28 / 2
    # Web address and phone number keep their own left-to-right order.
    assert "commons.com.ua/sign" in pdf_text(res.pdf)
    assert _x(words, "+380") < _x(words, "44") < _x(words, "123") < _x(words, "4567")
    # ...and end on the same right edge as the Arabic (not flung to the left).
    assert _x(words, "4567") > 595.28 / 2
    assert _expected_modules("https://commons.com.ua/sign") in _qr_matrices(res.pdf)
    # The QR code is at the far (left) side in a right-to-left flyer.
    assert _qr_left(res.pdf) < _x(words, "+380")


def _qr_left(pdf: bytes) -> float:
    rects = re.findall(r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re", content_streams(pdf))
    return min(float(x) for x, _, w, h in rects if 0.5 < float(h) < 5)


@pytest.mark.parametrize(("lang", "word"), [("en", "Get"), ("uk", "Долучайтеся"), ("ar", "انضمّوا"),
                                            ("he", "הצטרפו")])
def test_an_empty_call_prints_the_flyers_own_language(lang: str, word: str) -> None:
    res = render_flyer(Flyer("t", lang=lang, blocks=(CallToAction("a", website="ukraine-solidarity.org"),)))
    assert unicodedata.normalize("NFKC", word).replace("\u0651", "") in pdf_text(res.pdf).replace("\u0651", "")


def test_a_call_to_action_fits_an_a6_handout_and_survives_greyscale() -> None:
    flyer = _letter(page=PageSpec("A6"))
    res = render_flyer(flyer, RenderOptions(grayscale=True))
    assert not [w for w in res.warnings if w.code in ("low-contrast", "small-text", "qr-too-small")]
    assert "ukraine-solidarity.org" in pdf_text(res.pdf)  # whole: an address is never broken
    assert "hello[at]ukraine-solidarity.org" in pdf_text(res.pdf)


def _sizes(pdf: bytes) -> dict[str, float]:
    """Font size of the first character of every word (pypdfium2's text page)."""
    out: dict[str, float] = {}
    for page in pdfium.PdfDocument(pdf):
        tp = page.get_textpage()
        for m in re.finditer(r"\S+", tp.get_text_range()):
            out.setdefault(m.group(0), round(pdfium_c.FPDFText_GetFontSize(tp, m.start()), 2))
    return out


def test_signatories_are_set_apart_from_the_letter_in_columns() -> None:
    res = render_flyer(_letter())
    sizes, words = _sizes(res.pdf), word_positions(res.pdf)
    body = sizes["stand"]
    # Names bold at the body size, roles smaller under them.
    assert sizes["Signatory1"] == pytest.approx(body, abs=0.01)
    assert sizes["Researcher,"] < body * 0.9
    assert _y(words, "Researcher,") > _y(words, "Signatory1")
    bold = [f["name"] for f in pdf_fonts(res.pdf) if "Bold" in f["name"]]
    assert bold, pdf_fonts(res.pdf)
    # Nine names run in columns, filled down first; the first column on the letter's left edge.
    x1, x2 = _x(words, "Signatory1"), _x(words, "Signatory9")
    assert x2 > x1 + 100 and _y(words, "Signatory2") > _y(words, "Signatory1")
    assert x1 == pytest.approx(_x(words, "We"), abs=1.0)
    assert "SIGNATORIES" in pdf_text(res.pdf)


def test_hebrew_signatories_run_from_the_right() -> None:
    names = tuple(f"חותם{i} — מורה, חיפה" for i in range(1, 8))
    flyer = Flyer("t", lang="he", blocks=(TextBlock("t", "אנו כותבים אליכם בסולידריות. " * 10),
                                         Signatories("s", names, note="ועוד 270")))
    words = word_positions(render_flyer(flyer).pdf)
    assert _x(words, "חותם1") > _x(words, "חותם7")  # the first column is the right-hand one
    assert _y(words, "חותם2") > _y(words, "חותם1")


def test_one_signature_follows_the_closing_without_a_heading() -> None:
    flyer = Flyer("t", blocks=(TextBlock("t", "In solidarity,"),
                               Signatories("s", ("Over 275 anti-war activists in Israel — 24 February 2022",))))
    text = pdf_text(render_flyer(flyer).pdf)
    assert "Over 275 anti-war activists in Israel" in text and "24 February 2022" in text
    assert "SIGNATORIES" not in text and "—" not in text
