"""Right-to-left output of the renderer, checked by glyph positions and pixels of the real PDF."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image as PILImage

from organiser.flyers.model import (
    BulletList,
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Flyer,
    Headline,
    Quote,
    TextBlock,
)
from organiser.printing.render.pdf import render_flyer
from tests.pdfcheck import pdf_text, word_positions

A4_W = 595.28


def _x(words: list[tuple[str, float, float]], word: str) -> float:
    """xMin of ``word``; pdftotext -bbox gives RTL words in visual (reversed) character order."""
    hits = [x for w, x, _ in words if word in (w, w[::-1])]
    assert hits, (word, [w for w, _, _ in words])
    return hits[0]


def test_arabic_headline_reads_right_to_left() -> None:
    blocks = (Headline("h", "التضامن مع أوكرانيا"), TextBlock("t", "نص"))
    res = render_flyer(Flyer(title="t", blocks=blocks, lang="ar"))
    words = word_positions(res.pdf)
    x1, x2, x3 = _x(words, "التضامن"), _x(words, "مع"), _x(words, "أوكرانيا")
    assert x1 > x2 > x3
    # right-aligned: the first word ends near the right edge of the frame
    assert x1 > A4_W / 2


def test_hebrew_table_cell_right_to_left_and_right_aligned() -> None:
    table = ComparisonTable("t", ("Alpha", "Beta"), (
        Criterion("Crit", (Cell("שלום עולם יפה", "yes"), Cell("plain left text", "no"))),
    ))
    res = render_flyer(Flyer(title="t", blocks=(ComparisonBlock("c", table),)))
    words = word_positions(res.pdf)
    x1, x2, x3 = _x(words, "שלום"), _x(words, "עולם"), _x(words, "יפה")
    assert x1 > x2 > x3
    # the Hebrew cell is in the first subject column (left of "plain"), right-aligned within it
    assert x1 < _x(words, "plain")
    assert x1 - _x(words, "Alpha") > 60


def test_digits_and_latin_stay_left_to_right_inside_arabic() -> None:
    res = render_flyer(Flyer(title="t", blocks=(TextBlock("t", "قُتل 12000 مدني في Gaza عام 2024"),), lang="ar"))
    text = pdf_text(res.pdf)
    assert "12000" in text and "2024" in text and "Gaza" in text
    words = word_positions(res.pdf)
    # logical order, right to left: قتل … 12000 … مدني
    assert _x(words, "12000") > _x(words, "مدني")


def test_rtl_flyer_puts_criteria_column_on_the_right() -> None:
    table = ComparisonTable("t", ("ألف", "باء"), (Criterion("معيار", (Cell("نص", "yes"), Cell("كلام", "no"))),))
    res = render_flyer(Flyer(title="t", blocks=(ComparisonBlock("c", table),), lang="ar"))
    words = word_positions(res.pdf)
    assert _x(words, "معيار") > _x(words, "ألف") > _x(words, "باء")


def test_rtl_numbered_list_has_numbers_on_the_right() -> None:
    items = ("تعالوا إلى المسيرة", "أحضروا صديقًا")
    res = render_flyer(Flyer(title="t", blocks=(BulletList("b", items, numbered=True),), lang="ar"))
    words = word_positions(res.pdf)
    num = [x for w, x, _ in words if w.strip(".") == "1"]  # drawn as ".1" (the full stop at the text side)
    assert num, words
    assert num[0] > _x(words, "تعالوا")


def _accent_columns(pdf: bytes) -> list[int]:
    """x pixel columns (30 dpi) that hold the campaign theme's red."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "a.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(src), str(Path(tmp) / "p")], check=True)
        im = PILImage.open(Path(tmp) / "p.png").convert("RGB")
        cols = set()
        for x in range(im.width):
            for y in range(im.height):
                r, g, b = im.getpixel((x, y))  # type: ignore[misc]
                if r > 150 and g < 80 and b < 90:
                    cols.add(x)
                    break
        return sorted(cols)


def test_quote_rule_sits_at_the_start_side() -> None:
    ltr = _accent_columns(render_flyer(Flyer(title="t", blocks=(Quote("q", "Freedom is indivisible.", "A"),))).pdf)
    rtl = _accent_columns(render_flyer(Flyer(title="t", blocks=(Quote("q", "الحرية لا تتجزأ", "أ"),))).pdf)
    mid = int(A4_W / 72 * 30 / 2)
    assert ltr and max(ltr) < mid
    assert rtl and min(rtl) > mid
