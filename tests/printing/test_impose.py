"""N-up handout sheets and poster tiling, checked on the real PDF (poppler, qpdf, pypdfium2)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from organiser.errors import RenderError
from organiser.printing.layout.fonts import font_name
from organiser.printing.render.impose import MM, nup, plan_tiles, tile
from tests.pdfcheck import colour_operators, page_count, pdf_boxes, pdf_fonts, pdf_text, qpdf_check

A4 = (595.28, 841.89)


def _doc(w_mm: float, h_mm: float, pages: int = 1, square: str | None = None) -> bytes:
    """Pages with one word each ("Word1", "Word2"...) and, optionally, a black square in one top corner."""
    font = font_name("sans")
    out = io.BytesIO()
    w, h = w_mm * MM, h_mm * MM
    canv = Canvas(out, pagesize=(w, h), initialFontName=font)
    for p in range(pages):
        canv.setFont(font, 12)
        canv.drawString(w / 3, h / 2, f"Word{p + 1}")
        if square:
            # odd pages: square at the top left; even pages (backs): at the top right
            x = 8 * MM if p % 2 == 0 else w - 20 * MM
            canv.rect(x, h - 20 * MM, 12 * MM, 12 * MM, stroke=0, fill=1)
        canv.showPage()
    canv.save()
    return out.getvalue()


def _media(pdf: bytes, page: int = 1) -> tuple[float, float]:
    x0, y0, x1, y1 = pdf_boxes(pdf, page)["MediaBox"]
    return (x1 - x0, y1 - y0)


@pytest.mark.parametrize(("n", "size"), [(2, (148, 210)), (4, (105, 148)), (8, (74, 105)), (4, (210, 297))])
def test_nup_puts_n_copies_on_one_a4_sheet_per_page(n: int, size: tuple[float, float]) -> None:
    sheets = nup(_doc(*size, pages=2), n)  # type: ignore[arg-type]
    assert page_count(sheets) == 2
    for page in (1, 2):
        assert _media(sheets, page) == pytest.approx(A4, abs=1)
        assert pdf_text(sheets, page=page).count(f"Word{page}") == n
    assert qpdf_check(sheets)
    assert all(f["emb"] == "yes" for f in pdf_fonts(sheets))


def test_cut_marks_are_solid_black_hairlines_and_optional() -> None:
    doc = _doc(105, 148)
    marked = colour_operators(nup(doc, 4))
    # 100 % black on one plate (DeviceGray prints on K alone), never a four-plate registration mix
    assert ("G", (0.0,)) in marked and not any(op == "K" for op, _ in marked)
    assert not any(op == "G" for op, _ in colour_operators(nup(doc, 4, cut_marks=False)))


def _dark_mask(png: bytes) -> list[bool]:
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("L")
    return [v < 128 for v in img.tobytes()]


@pytest.mark.parametrize("n", [2, 4, 8])
def test_double_sided_backs_land_behind_fronts(n: int) -> None:
    """Flip the back sheet on its long edge: its squares (top right of each back) cover the front's
    squares (top left of each front) — each back is behind its front, read as a turned page."""
    from PIL import Image, ImageOps

    from organiser.printing.render.png import pdf_to_png

    size = {2: (148, 210), 4: (105, 148), 8: (74, 105)}[n]
    doc = _doc(*size, pages=2, square="yes")
    sheets = nup(doc, n, cut_marks=False, double_sided=True)  # type: ignore[arg-type]
    front_png, back_png = pdf_to_png(sheets, dpi=20)
    back = Image.open(io.BytesIO(back_png))
    flipped = io.BytesIO()
    ImageOps.mirror(back).save(flipped, format="PNG")
    front, behind = _dark_mask(front_png), _dark_mask(flipped.getvalue())
    # the words are not symmetric; compare only the squares, which are the large dark areas
    overlap = sum(a and b for a, b in zip(front, behind, strict=True))
    assert sum(front) > 0 and overlap >= 0.8 * min(sum(front), sum(behind))
    if n == 4:
        return  # upright copies in a symmetric grid: a back is already behind its front
    # turned copies (2-up, 8-up): a back must turn the other way, or it lands upside down
    single = nup(doc, n, cut_marks=False)  # type: ignore[arg-type]
    _, back_png = pdf_to_png(single, dpi=20)
    flipped = io.BytesIO()
    ImageOps.mirror(Image.open(io.BytesIO(back_png))).save(flipped, format="PNG")
    not_aligned = sum(a and b for a, b in zip(front, _dark_mask(flipped.getvalue()), strict=True))
    assert not_aligned < overlap / 2


@pytest.mark.parametrize(("paper", "count"), [((297, 420), 4), ((420, 594), 8), ((148, 210), 1), ((210, 297), 2)])
def test_tile_counts(paper: tuple[float, float], count: int) -> None:
    assert len(plan_tiles((paper[0] * MM, paper[1] * MM), "A4").regions) == count


def test_tile_a3_across_a4_sheets_with_index_and_overlap() -> None:
    poster = _doc(297, 420)
    sheets = tile(poster, "A4", overlap_mm=12)
    assert page_count(sheets) == 4
    assert _media(sheets) == pytest.approx(A4, abs=1)
    assert "row 1 / col 2 — tile 2 of 4" in pdf_text(sheets, page=2)
    assert "row 2 / col 2 — tile 4 of 4" in pdf_text(sheets, page=4)
    # the word sits at a third of the width, halfway down: on the left column's sheets, where the rows meet
    assert sum("Word1" in pdf_text(sheets, page=p) for p in (1, 2, 3, 4)) >= 1
    assert qpdf_check(sheets)
    assert all(f["emb"] == "yes" for f in pdf_fonts(sheets))


def test_tile_a2_uses_the_sheet_turn_with_fewer_tiles() -> None:
    sheets = tile(_doc(420, 594), "A4")
    assert page_count(sheets) == 8
    assert _media(sheets) == pytest.approx((A4[1], A4[0]), abs=1)


def test_tile_regions_overlap_and_cover_the_poster() -> None:
    plan = plan_tiles((297 * MM, 420 * MM), "A4", overlap_mm=12)
    (a, b) = plan.regions[0], plan.regions[1]
    assert a[2] - b[0] == pytest.approx(12 * MM)
    assert max(r[2] for r in plan.regions) == pytest.approx(297 * MM)
    assert min(r[1] for r in plan.regions) == pytest.approx(0)


def test_bad_input_is_a_render_error() -> None:
    with pytest.raises(RenderError, match="use 2, 4 or 8"):
        nup(_doc(105, 148), 3)  # type: ignore[arg-type]
    with pytest.raises(RenderError, match="not a readable PDF"):
        nup(b"not a pdf", 4)
    with pytest.raises(RenderError, match="unknown sheet size 'B9'"):
        tile(_doc(297, 420), "B9")
