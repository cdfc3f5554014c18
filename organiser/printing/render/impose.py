"""Imposition of rendered pages with pypdf: N-up handout sheets with cut marks, and poster tiling."""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from organiser.errors import RenderError
from organiser.flyers.model import PAPER_SIZES_MM

MM = 72.0 / 25.4
HAIRLINE_PT = 0.25
EDGE_MARK_MM = 8.0  # home printers do not print the outer 3-5 mm: a longer mark still shows
CROSS_MM = 3.0
TILE_MARGIN_MM = 8.0
MARK_INK = "0 G"  # 100 % black DeviceGray: one plate in CMYK output, allowed in RGB, grey and PDF/A files
# Shop sheets: SRA sizes leave room around A-size pieces for bleed, gutters and marks.
SHEETS_MM: dict[str, tuple[float, float]] = {**PAPER_SIZES_MM, "SRA3": (320.0, 450.0), "SRA4": (225.0, 320.0)}

Matrix = tuple[float, float, float, float, float, float]  # pypdf/PDF order: a b c d e f
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1


def sheet_size(sheet: str, landscape: bool = False) -> tuple[float, float]:
    """Sheet size in points."""
    try:
        w, h = SHEETS_MM[sheet]
    except KeyError:
        raise RenderError(f"unknown sheet size {sheet!r} (use one of {', '.join(SHEETS_MM)})") from None
    return (h * MM, w * MM) if landscape else (w * MM, h * MM)


# ---- matrices ----------------------------------------------------------------------------------------------


def mul(m: Matrix, n: Matrix) -> Matrix:
    """Apply ``m`` first, then ``n``."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def bounds(m: Matrix, r: Rect) -> Rect:
    pts = [_apply(m, x, y) for x in (r[0], r[2]) for y in (r[1], r[3])]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def _translate(x: float, y: float) -> Matrix:
    return (1.0, 0.0, 0.0, 1.0, x, y)


def fit(trim: Rect, cell: Rect, rotate: int) -> tuple[float, Matrix]:
    """Scale and matrix that centre ``trim`` in ``cell``, turned by ``rotate`` degrees (0, 90 or -90)."""
    tw, th = trim[2] - trim[0], trim[3] - trim[1]
    cw, ch = cell[2] - cell[0], cell[3] - cell[1]
    w, h = (tw, th) if rotate == 0 else (th, tw)
    s = min(cw / w, ch / h)
    rot: Matrix = {0: (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 90: (0.0, 1.0, -1.0, 0.0, 0.0, 0.0),
                   -90: (0.0, -1.0, 1.0, 0.0, 0.0, 0.0)}[rotate]
    m = mul(mul(_translate(-trim[0], -trim[1]), rot), (s, 0.0, 0.0, s, 0.0, 0.0))
    x0, y0, _, _ = bounds(m, trim)
    ox, oy = cell[0] + (cw - w * s) / 2, cell[1] + (ch - h * s) / 2
    return s, mul(m, _translate(ox - x0, oy - y0))


# ---- pypdf plumbing ----------------------------------------------------------------------------------------


def read_pdf(pdf: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        if len(reader.pages) == 0:
            raise RenderError("cannot impose: the PDF has no pages")
        return reader
    except PdfReadError as exc:
        raise RenderError(f"cannot impose: not a readable PDF ({exc})") from None


def trim_box(page: Any) -> Rect:
    box = page.trimbox
    return (float(box.left), float(box.bottom), float(box.right), float(box.top))


def page_form(writer: Any, page: Any, bbox: Rect) -> Any:
    """The page as a Form XObject in ``writer``: drawn many times, stored once, clipped to ``bbox``."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    form = DecodedStreamObject()
    contents = page.get_contents()
    form.set_data(contents.get_data() if contents is not None else b"")
    res = page.get("/Resources")
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in bbox),
        NameObject("/Resources"): res.get_object().clone(writer) if res is not None else DictionaryObject(),
    })
    return writer._add_object(form.flate_encode())


def add_sheet(writer: Any, size: tuple[float, float], forms: dict[str, Any], ops: Iterable[str]) -> None:
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    page = writer.add_blank_page(width=size[0], height=size[1])
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject(k): v for k, v in forms.items()})}
    )
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())


def write_sheets(writer: Any, reader: Any) -> bytes:
    """The sheets, keeping the flyer's title, author, keywords, provenance and language."""
    from pypdf.generic import NameObject

    info = reader.metadata
    if info:
        writer.add_metadata({k: v for k, v in info.items() if k != "/Producer"})
    root = reader.trailer["/Root"]
    for key in ("/Lang", "/ViewerPreferences"):
        if key in root:
            writer._root_object[NameObject(key)] = root[key].clone(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _num(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".")


def draw_form(name: str, m: Matrix) -> str:
    return f"q {' '.join(_num(v) for v in m)} cm /{name} Do Q"


def mark_lines(segments: Sequence[Rect]) -> str:
    path = " ".join(f"{_num(a)} {_num(b)} m {_num(c)} {_num(d)} l" for a, b, c, d in segments)
    return f"q {HAIRLINE_PT} w 0 J {MARK_INK} {path} S Q" if segments else ""


# ---- N-up --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    cols: int
    rows: int
    rotate: int
    scale: float


def _layout(n: int, trim: Rect, size: tuple[float, float]) -> _Layout:
    """The grid and turn that print the page largest; ties keep the page upright."""
    grids = {2: ((1, 2), (2, 1)), 4: ((2, 2),), 8: ((2, 4), (4, 2))}[n]
    best: _Layout | None = None
    for rotate in (0, 90):
        for cols, rows in grids:
            cell = (0.0, 0.0, size[0] / cols, size[1] / rows)
            s, _ = fit(trim, cell, rotate)
            if best is None or s > best.scale + 1e-6:
                best = _Layout(cols, rows, rotate, s)
    assert best is not None
    return best


def _cells(layout: _Layout, size: tuple[float, float]) -> list[Rect]:
    cw, ch = size[0] / layout.cols, size[1] / layout.rows
    return [(c * cw, size[1] - (r + 1) * ch, (c + 1) * cw, size[1] - r * ch)
            for r in range(layout.rows) for c in range(layout.cols)]


def _cut_marks(rects: Sequence[Rect], size: tuple[float, float]) -> list[Rect]:
    """Hairlines on the cut lines: from each sheet edge inwards, and small crosses where cut lines meet."""
    w, h = size
    xs = sorted({round(v, 2) for r in rects for v in (r[0], r[2])})
    ys = sorted({round(v, 2) for r in rects for v in (r[1], r[3])})
    edge, cross = EDGE_MARK_MM * MM, CROSS_MM * MM
    bottom, top = min(ys), max(ys)
    left, right = min(xs), max(xs)
    segs: list[Rect] = []
    # Where pieces reach the sheet edge the mark runs along the cut line; else it stops 2 mm short of them.
    y_lo = edge if bottom < edge else bottom - 2 * MM
    y_hi = h - edge if h - top < edge else top + 2 * MM
    x_lo = edge if left < edge else left - 2 * MM
    x_hi = w - edge if w - right < edge else right + 2 * MM
    for x in xs:
        if 0.5 < x < w - 0.5:
            segs += [(x, 0.0, x, y_lo), (x, h, x, y_hi)]
    for y in ys:
        if 0.5 < y < h - 0.5:
            segs += [(0.0, y, x_lo, y), (w, y, x_hi, y)]
    for x in xs:
        for y in ys:
            if edge < x < w - edge and edge < y < h - edge:
                segs.append((x - cross, y, x + cross, y))
                segs.append((x, y - cross, x, y + cross))
    return [s for s in segs if (s[0], s[1]) != (s[2], s[3])]


def nup_scale(n: int, page_size: tuple[float, float], sheet: str = "A4") -> float:
    """How much N-up shrinks (or enlarges) a page of ``page_size`` points on ``sheet``."""
    return _layout(n, (0.0, 0.0, *page_size), sheet_size(sheet)).scale


def nup(pdf: bytes, n: Literal[2, 4, 8], sheet: str = "A4", cut_marks: bool = True,
        double_sided: bool = False) -> bytes:
    """One portrait sheet per page holding ``n`` copies of it; with ``double_sided`` every second page is
    the back of the one before and lands exactly behind it when printed long-edge duplex."""
    from pypdf import PdfWriter

    if n not in (2, 4, 8):
        raise RenderError(f"cannot put {n} copies on a sheet: use 2, 4 or 8")
    reader = read_pdf(pdf)
    size = sheet_size(sheet)
    writer = PdfWriter()
    mirror: Matrix = (-1.0, 0.0, 0.0, 1.0, size[0], 0.0)  # what lies behind a point, seen from the back
    for index, page in enumerate(reader.pages):
        trim = trim_box(page)
        layout = _layout(n, trim, size)
        name = f"P{index}"
        form = page_form(writer, page, trim)
        back = double_sided and index % 2 == 1
        page_mirror: Matrix = (-1.0, 0.0, 0.0, 1.0, trim[0] + trim[2], 0.0)
        ops, rects = [], []
        for cell in _cells(layout, size):
            if back:
                # B = M ∘ F ∘ m: the back of each copy sits behind its front, read as a turned page.
                front_cell = bounds(mirror, cell)
                _, front = fit(trim, front_cell, layout.rotate)
                m = mul(mul(page_mirror, front), mirror)
            else:
                _, m = fit(trim, cell, layout.rotate)
            ops.append(draw_form(name, m))
            rects.append(bounds(m, trim))
        if cut_marks:
            ops.append(mark_lines(_cut_marks(rects, size)))
        add_sheet(writer, size, {f"/{name}": form}, ops)
    return write_sheets(writer, reader)


# ---- tiling ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TilePlan:
    """How a poster page splits: sheet size, grid, the poster region of each tile (row-major, top first)."""

    sheet: tuple[float, float]
    cols: int
    rows: int
    regions: tuple[Rect, ...]  # in poster coordinates, origin at the trim box's lower-left


def _count(length: float, usable: float, overlap: float) -> int:
    if length <= usable + 0.01:
        return 1
    return math.ceil((length - overlap) / (usable - overlap) - 1e-9)


def plan_tiles(poster: tuple[float, float], sheet: str = "A4", overlap_mm: float = 12.0) -> TilePlan:
    pw, ph = poster
    o, m = overlap_mm * MM, TILE_MARGIN_MM * MM
    best: TilePlan | None = None
    for landscape in (False, True):
        size = sheet_size(sheet, landscape)
        uw, uh = size[0] - 2 * m, size[1] - 2 * m
        if uw <= o or uh <= o:
            raise RenderError(f"overlap of {overlap_mm:g} mm is too large for {sheet} sheets")
        cols, rows = _count(pw, uw, o), _count(ph, uh, o)
        regions = []
        for r in range(rows):
            for c in range(cols):
                x0 = c * (uw - o)
                y1 = ph - r * (uh - o)
                regions.append((x0, max(0.0, y1 - uh), min(pw, x0 + uw), y1))
        plan = TilePlan(size, cols, rows, tuple(regions))
        if best is None or cols * rows < best.cols * best.rows:
            best = plan
    assert best is not None
    return best


def _tile_overlays(plan: TilePlan, overlap: float, margin: float, page_label: str) -> bytes:
    """One page per tile (ReportLab, embedded font): trim marks, glue bands and the tile index."""
    from reportlab.pdfgen.canvas import Canvas

    from organiser.printing.layout.fonts import font_name

    font = font_name("sans")
    out = io.BytesIO()
    canv = Canvas(out, pagesize=plan.sheet, initialFontName=font, initialFontSize=7)
    w, h = plan.sheet
    mark0, mark1 = 1.0 * MM, margin - 1.5 * MM
    band = 4.0 * MM
    for t, (x0, y0, x1, y1) in enumerate(plan.regions):
        r, c = divmod(t, plan.cols)
        rx0, rx1, ry1 = margin, margin + (x1 - x0), h - margin
        ry0 = ry1 - (y1 - y0)
        canv.setFillGray(0.82)
        if c < plan.cols - 1:  # the next column's sheet is glued over this band
            canv.rect(rx1 - overlap, ry1 + mark0, overlap, band, stroke=0, fill=1)
            canv.rect(rx1 - overlap, ry0 - mark0 - band, overlap, band, stroke=0, fill=1)
        if r < plan.rows - 1:  # the next row's sheet is glued over this band
            canv.rect(rx0 - mark0 - band, ry0, band, overlap, stroke=0, fill=1)
            canv.rect(rx1 + mark0, ry0, band, overlap, stroke=0, fill=1)
        canv.setStrokeGray(0)
        canv.setLineWidth(HAIRLINE_PT)
        lines = []
        for x in (rx0, rx1):
            lines += [(x, ry0 - mark0, x, ry0 - mark1), (x, ry1 + mark0, x, ry1 + mark1)]
        for y in (ry0, ry1):
            lines += [(rx0 - mark0, y, rx0 - mark1, y), (rx1 + mark0, y, rx1 + mark1, y)]
        canv.lines(lines)
        canv.setFillGray(0)
        canv.setFont(font, 7)
        label = f"{page_label}row {r + 1} / col {c + 1} — tile {t + 1} of {len(plan.regions)}"
        canv.drawCentredString(w / 2, 4.5 * MM, label)
        if c < plan.cols - 1 or r < plan.rows - 1:
            canv.setFont(font, 5.5)
            hint = "grey bands: glue the next sheet here, after cutting its margin"
            canv.drawString(rx0, h - 4.5 * MM, hint)
        canv.showPage()
    canv.save()
    return out.getvalue()


def tile(pdf: bytes, sheet: str = "A4", overlap_mm: float = 12.0) -> bytes:
    """Split each page across sheets at 100 %, with overlap, trim marks, glue bands and a tile index."""
    from pypdf import PdfWriter

    reader = read_pdf(pdf)
    writer = PdfWriter()
    m, o = TILE_MARGIN_MM * MM, overlap_mm * MM
    for index, page in enumerate(reader.pages):
        trim = trim_box(page)
        plan = plan_tiles((trim[2] - trim[0], trim[3] - trim[1]), sheet, overlap_mm)
        w, h = plan.sheet
        form = page_form(writer, page, trim)
        label = f"page {index + 1} · " if len(reader.pages) > 1 else ""
        overlays = read_pdf(_tile_overlays(plan, o, m, label))
        for t, (x0, y0, x1, y1) in enumerate(plan.regions):
            ov = page_form(writer, overlays.pages[t], (0.0, 0.0, w, h))
            e, f = m - x0 - trim[0], h - m - y1 - trim[1]
            clip = f"{_num(m)} {_num(h - m - (y1 - y0))} {_num(x1 - x0)} {_num(y1 - y0)} re W n"
            poster = draw_form("Poster", (1.0, 0.0, 0.0, 1.0, e, f))
            ops = [f"q {clip} {poster} Q", draw_form("Marks", (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))]
            add_sheet(writer, plan.sheet, {"/Poster": form, "/Marks": ov}, ops)
    return write_sheets(writer, reader)
