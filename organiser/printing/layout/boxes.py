"""Boxed and graphic blocks: image (with colour conversion), QR code, event box."""

from __future__ import annotations

import io
from dataclasses import replace
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Table, TableStyle
from reportlab.platypus import Spacer as RLSpacer

from organiser.errors import RenderError
from organiser.flyers.images import RasterImage, shown
from organiser.flyers.model import (
    PAPER_SIZES_MM,
    EventBlock,
    ImageBlock,
    QRBlock,
)
from organiser.printing.color import ColorMode
from organiser.printing.icc import image_to_cmyk
from organiser.printing.layout.context import Ctx, base_table_style
from organiser.printing.layout.facts import ImageUse, QrUse, TextUse
from organiser.printing.layout.labels import label
from organiser.printing.layout.qr_code import QrMark, qr_modules
from organiser.printing.layout.text import ScriptParagraph
from organiser.printing.layout.themes import paper_ratio
from organiser.printing.layout.verdicts import MarkedCell


@lru_cache(maxsize=16)
def _converted(digest: str, data: bytes, mode: str) -> bytes:
    """The image as gray PNG or CMYK JPEG, transparency flattened onto white paper (``data`` already checked)."""
    from PIL import Image as PILImage  # only flyers with pictures in grey or CMYK need Pillow

    with PILImage.open(io.BytesIO(data), formats=("PNG", "JPEG")) as src:
        src.load()
        im: PILImage.Image = src
        if im.mode in ("RGBA", "LA", "P", "PA"):
            rgba = im.convert("RGBA")
            flat = PILImage.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            im = flat
        buf = io.BytesIO()
        if mode == "gray":
            im.convert("L").save(buf, "PNG")
        else:
            image_to_cmyk(im).save(buf, "JPEG", quality=92)  # through the press profile, not the naive formula
        return buf.getvalue()


def _image_source(image: RasterImage, mode: ColorMode) -> io.BytesIO:
    """What ReportLab embeds: the checked bytes in RGB, a converted copy for grayscale or CMYK output."""
    if mode == "rgb":
        return io.BytesIO(image.data)
    return io.BytesIO(_converted(image.hash, image.data, mode))


def build_image(b: ImageBlock, ctx: Ctx) -> list[Flowable]:
    s = ctx.sizes
    image = ctx.images.get(b.path)
    if image is None:  # the renderer reads every image before layout; a bare Ctx has none
        raise RenderError(f"Image {shown(b.path)} (block {b.id}) was not read before layout")
    px_w, px_h = image.width, image.height
    width = min((b.width_mm * mm) if b.width_mm else ctx.width, ctx.width)
    height = width * px_h / max(px_w, 1)
    max_h = ctx.frame_height * 0.75
    if height > max_h:
        width, height = width * max_h / height, max_h
    ctx.facts.images.append(ImageUse(b.id, px_w, px_h, width / mm, height / mm))
    img = Image(_image_source(image, ctx.mode), width=width, height=height, mask="auto")
    img.hAlign = "RIGHT" if ctx.rtl else "LEFT"
    group: list[Flowable] = [img]
    if b.caption.strip():
        group.append(ctx.para(b.caption, b.id, "small", space_before=s.gap * 0.35))
    if b.credit.strip():
        group.append(ctx.para(b.credit, b.id, "small", ctx.theme.muted, space_before=s.gap * 0.1))
    return [KeepTogether(group), RLSpacer(1, s.gap * 0.8)]


QR_CAPTION_MIN_SHARE = 0.3  # of the column width, for a caption set beside the code
QR_CAPTION_MIN_MM = 25.0


def qr_drawing(url: str, block_id: str, size_mm: float, ctx: Ctx) -> QrMark:
    """A vector QR code of ``url`` with its white quiet zone, sized for the paper and logged for preflight."""
    # Scale with the paper: a poster is scanned from further away (A3: 1.41 × the A4 size).
    want = size_mm * mm * max(1.0, paper_ratio(*PAPER_SIZES_MM.get(ctx.facts.paper, (210.0, 297.0))))
    size = min(want, ctx.width, ctx.frame_height * 0.8)
    if size < size_mm * mm:
        ctx.facts.oversized.append(block_id)
    try:
        matrix = qr_modules(url.strip() or " ", "M")  # a blank line is no URL
    except Exception as exc:  # noqa: BLE001 - the encoder raises bare exceptions for oversize data
        raise RenderError(f"QR code (block {block_id}): the URL is too long to encode ({exc})") from None
    ctx.facts.qrs.append(QrUse(block_id, size / mm, len(matrix)))
    return QrMark(matrix, size, ctx.col("#000000"), ctx.col("#FFFFFF"))


def build_qr(b: QRBlock, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    drawing = qr_drawing(b.url, b.id, b.size_mm, ctx)
    size = float(drawing.width)
    if not b.caption.strip():
        drawing.hAlign = "RIGHT" if ctx.rtl else "LEFT"
        return [drawing, RLSpacer(1, s.gap * 0.8)]
    cap_w = ctx.width - size - s.body
    caption = ctx.para(b.caption, b.id, "body", t.ink, bold=True)
    if cap_w < max(ctx.width * QR_CAPTION_MIN_SHARE, QR_CAPTION_MIN_MM * mm) or \
            caption.wrap(cap_w, ctx.frame_height)[1] > max(size, ctx.frame_height * 0.5):
        # No room beside the code (a wide code on a small page, or a long caption): the caption goes under it,
        # where it can also flow on to the next page.
        drawing.hAlign = "RIGHT" if ctx.rtl else "LEFT"
        return [KeepTogether([drawing, RLSpacer(1, s.gap * 0.3), caption]), RLSpacer(1, s.gap * 0.8)]
    cells = [[drawing], [caption]] if not ctx.rtl else [[caption], [drawing]]
    widths = [size + s.body, cap_w] if not ctx.rtl else [cap_w, size + s.body]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    style = base_table_style(ctx, 0)
    style.append(("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
    table.setStyle(TableStyle(style))
    return [table, RLSpacer(1, s.gap * 0.8)]


def build_event(b: EventBlock, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    bg = t.zebra or t.paper
    pad = s.body * 0.8
    rows: list[list[Any]] = []
    what = ctx.para(b.what, b.id, "subheading", t.heading_ink, bg=bg, space_after=s.gap * 0.2)
    rows.append([[MarkedCell(None, what, 0, what.direction == "rtl")], ""])
    fields = [("when", b.when), ("where", b.where), ("speakers", ", ".join(x for x in b.speakers if x)),
              ("details", b.details)]
    lab_style = ctx.style("label", t.heading_ink, uppercase=True)
    labels = [(label(k, ctx.lang), v) for k, v in fields if v.strip()]
    from organiser.printing.layout.text import text_width

    lab_w = max((text_width(lbl, lab_style) for lbl, _ in labels), default=0.0) + s.body
    lab_w = min(lab_w, ctx.width * 0.35)
    key_fields = {label("when", ctx.lang), label("where", ctx.lang)}
    for lbl, value in labels:
        ctx.facts.texts.append(TextUse(b.id, float(lab_style.size), "small", t.heading_ink, bg, True))
        # WHEN and WHERE are what a passer-by must catch: set large and bold; the rest reads as body text.
        key = lbl in key_fields
        lead = s.subheading * 1.2 if key else s.body * s.body_leading
        lab = ScriptParagraph(lbl, replace(lab_style, leading=lead, align="start"), "rtl" if ctx.rtl else "ltr")
        if key:
            # Large, but never so large that a long word (a web address) has to break inside itself.
            val_w = ctx.width - 2 * pad - lab_w - pad
            widest = ScriptParagraph(value, ctx.style("subheading", t.ink)).minWidth()
            size = max(min(s.subheading, s.subheading * val_w / widest * 0.97 if widest else s.subheading), s.body)
            val = ctx.para(value, b.id, "subheading", t.ink, bg=bg, space_after=s.gap * 0.15,
                           size=round(size, 2), leading=round(size * 1.2, 2))
        else:
            val = ctx.para(value, b.id, "body", bg=bg)
        cells = [[MarkedCell(None, lab, 0, ctx.rtl)], [MarkedCell(None, val, 0, val.direction == "rtl")]]
        rows.append(cells[::-1] if ctx.rtl else cells)
    inner_w = ctx.width - 2 * pad
    widths = [inner_w - lab_w, lab_w] if ctx.rtl else [lab_w, inner_w - lab_w]
    widths = [widths[0] + pad, widths[1] + pad]
    table = Table(rows, colWidths=widths, splitInRow=1)
    style = base_table_style(ctx, pad * 0.5)
    style += [
        ("SPAN", (0, 0), (1, 0)),
        ("BOX", (0, 0), (-1, -1), 1.5, ctx.col(t.accent)),
        ("LEFTPADDING", (0, 0), (0, -1), pad),
        ("RIGHTPADDING", (-1, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, 0), pad),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ]
    if t.zebra:
        style.append(("BACKGROUND", (0, 0), (-1, -1), ctx.col(t.zebra)))
    table.setStyle(TableStyle(style))
    return [RLSpacer(1, s.gap * 0.3), table, RLSpacer(1, s.gap * 1.1)]

