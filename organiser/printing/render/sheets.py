"""Shop handout sheets: N copies per sheet, each with its own bleed, a gutter and its own crop marks.

Home N-up butts the copies together and cuts once between them; a shop cuts each copy out separately, so a
colour band that runs to the trim needs bleed past every cut, and 0.5 mm of cutting error must land in ink,
not on white paper. SRA sheets (SRA3, SRA4) are the shop standard for it.
"""

from __future__ import annotations

from typing import Any, Literal

from organiser.errors import RenderError
from organiser.printing.render.impose import (
    HAIRLINE_PT,
    MM,
    Matrix,
    Rect,
    add_sheet,
    bounds,
    draw_form,
    fit,
    mark_lines,
    mul,
    read_pdf,
    sheet_size,
    trim_box,
    write_sheets,
)

GAP_MM = 6.0  # white between neighbouring bleeds: room for the crop marks of both copies
EDGE_MM = 10.0  # sheet margin: printers and guillotines need a grip edge
MARK_MM = 5.0
_GRIDS = {2: ((1, 2), (2, 1)), 4: ((2, 2),), 8: ((2, 4), (4, 2))}


def _bleed(page: Any) -> Rect:
    box = page.bleedbox
    return (float(box.left), float(box.bottom), float(box.right), float(box.top))


def _plan(n: int, trim: Rect, bleed: float, size: tuple[float, float]) -> tuple[int, int, int, float]:
    """Columns, rows, turn and scale (at most 100 %) that print the copies largest."""
    best: tuple[int, int, int, float] | None = None
    tw, th = trim[2] - trim[0], trim[3] - trim[1]
    for rotate in (0, 90):
        w, h = (tw, th) if rotate == 0 else (th, tw)
        for cols, rows in _GRIDS[n]:
            # Scaling shrinks the page with its bleed; the gap between copies stays GAP_MM on paper.
            room_w = size[0] - 2 * EDGE_MM * MM - (cols - 1) * GAP_MM * MM
            room_h = size[1] - 2 * EDGE_MM * MM - (rows - 1) * GAP_MM * MM
            s = min(1.0, room_w / (cols * (w + 2 * bleed)), room_h / (rows * (h + 2 * bleed)))
            if best is None or s > best[3] + 1e-6:
                best = (cols, rows, rotate, s)
    assert best is not None
    return best


def _copy_marks(trim: Rect, bleed: float) -> list[Rect]:
    """Eight short hairlines on the trim lines extended, starting just outside this copy's bleed."""
    x0, y0, x1, y1 = trim
    off, ln = bleed + 0.5 * MM, min(MARK_MM * MM, GAP_MM * MM - 1.0 * MM)
    segs: list[Rect] = []
    for x in (x0, x1):
        segs += [(x, y0 - off, x, y0 - off - ln), (x, y1 + off, x, y1 + off + ln)]
    for y in (y0, y1):
        segs += [(x0 - off, y, x0 - off - ln, y), (x1 + off, y, x1 + off + ln, y)]
    return segs


def shop_nup(pdf: bytes, n: Literal[2, 4, 8], sheet: str = "SRA3", crop_marks: bool = True,
             double_sided: bool = False) -> bytes:
    """``n`` copies of each page on a ``sheet``, each with the bleed its page was rendered with."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    if n not in _GRIDS:
        raise RenderError(f"cannot put {n} copies on a sheet: use 2, 4 or 8")
    reader = read_pdf(pdf)
    size = sheet_size(sheet)
    writer = PdfWriter()
    flip: Matrix = (-1.0, 0.0, 0.0, 1.0, size[0], 0.0)
    for index, page in enumerate(reader.pages):
        trim, bleed_box = trim_box(page), _bleed(page)
        bleed = max(trim[0] - bleed_box[0], 0.0)
        cols, rows, rotate, scale = _plan(n, trim, bleed, size)
        tw, th = trim[2] - trim[0], trim[3] - trim[1]
        w, h = ((tw, th) if rotate == 0 else (th, tw))
        cw, ch = (w + 2 * bleed) * scale, (h + 2 * bleed) * scale
        gap = GAP_MM * MM
        total_w, total_h = cols * cw + (cols - 1) * gap, rows * ch + (rows - 1) * gap
        left, top = (size[0] - total_w) / 2, (size[1] + total_h) / 2
        back = double_sided and index % 2 == 1
        page_flip: Matrix = (-1.0, 0.0, 0.0, 1.0, trim[0] + trim[2], 0.0)
        name = f"P{index}"
        form = page_form_bleed(writer, page, bleed_box)
        ops, trims = [], []
        for r in range(rows):
            for c in range(cols):
                x0 = left + c * (cw + gap)
                y1 = top - r * (ch + gap)
                cell = (x0, y1 - ch, x0 + cw, y1)
                if back:  # behind its front when turned on the long edge
                    _, front = fit(bleed_box, bounds(flip, cell), rotate)
                    m = mul(mul(page_flip, front), flip)
                else:
                    _, m = fit(bleed_box, cell, rotate)
                ops.append(draw_form(name, m))
                trims.append(bounds(m, trim))
        if crop_marks:
            marks = [seg for t in trims for seg in _copy_marks(t, bleed * scale)]
            ops.append(mark_lines(marks))
        add_sheet(writer, size, {f"/{name}": form}, ops)
        sheet_page = writer.pages[-1]
        xs = [v for t in trims for v in (t[0], t[2])]
        ys = [v for t in trims for v in (t[1], t[3])]
        b = bleed * scale
        sheet_page[NameObject("/TrimBox")] = ArrayObject(FloatObject(v) for v in (min(xs), min(ys), max(xs), max(ys)))
        sheet_page[NameObject("/BleedBox")] = ArrayObject(
            FloatObject(v) for v in (min(xs) - b, min(ys) - b, max(xs) + b, max(ys) + b))
    return write_sheets(writer, reader)


def page_form_bleed(writer: Any, page: Any, bleed_box: Rect) -> Any:
    """The page as a form clipped to its bleed box (not its trim): the bleed is what each copy needs."""
    from organiser.printing.render.impose import page_form

    return page_form(writer, page, bleed_box)


def shop_scale(n: int, page_mm: tuple[float, float], bleed_mm: float, sheet: str) -> float:
    """How much shop N-up shrinks a page (1.0 when the copies fit at full size)."""
    trim = (0.0, 0.0, page_mm[0] * MM, page_mm[1] * MM)
    return _plan(n, trim, bleed_mm * MM, sheet_size(sheet))[3]


__all__ = ["HAIRLINE_PT", "shop_nup", "shop_scale"]
