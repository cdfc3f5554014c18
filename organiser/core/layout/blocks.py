"""Flyer blocks → ReportLab flowables, styled by the theme at the sizes chosen for the paper."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from PIL import Image as PILImage
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Image, KeepTogether, Table, TableStyle
from reportlab.platypus import Spacer as RLSpacer

from organiser.core.errors import RenderError
from organiser.core.layout.flowables import Band, Dot, Hanging, Rule, Stack
from organiser.core.layout.fonts import font_name
from organiser.core.layout.labels import label
from organiser.core.layout.sources import SourceIndex, source_line
from organiser.core.layout.text import ScriptParagraph, TextStyle, paragraph_direction
from organiser.core.layout.themes import Sizes, Theme
from organiser.core.layout.verdicts import MarkedCell
from organiser.core.model import (
    Block,
    BulletList,
    ComparisonBlock,
    Divider,
    EventBlock,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    Quote,
    SourcesBlock,
    Spacer,
    StatementBlock,
    Subheading,
    TextBlock,
    TwoColumns,
)
from organiser.core.preflight import ImageUse, LayoutFacts, QrUse, TextUse
from organiser.core.render.color import ColorMode, convert

_HYPHEN_LANGS = {"en": "en_GB", "uk": "uk"}


@dataclass
class Ctx:
    """Everything a block needs to become flowables: theme, sizes, colour mode, geometry and fact log."""

    theme: Theme
    sizes: Sizes
    mode: ColorMode
    sources: SourceIndex
    facts: LayoutFacts
    width: float  # column width in points
    frame_height: float
    lang: str = "en"
    rtl: bool = False  # the flyer's own direction (table column order, image alignment)
    extend_left: float = 0.0  # how far a full-bleed band may run past the column (shop mode, top level)
    extend_right: float = 0.0
    extend_top: float = 0.0
    poster: bool = False  # slogan poster: the headline fills the page
    poster_size: float = 0.0  # the headline size chosen for a poster (subheadings follow it)

    def col(self, hex_colour: str) -> Color:
        return convert(hex_colour, self.mode)

    def style(
        self, role: str, colour: str | None = None, **kw: Any
    ) -> TextStyle:
        """A text style for a role: headline, subheading, body, quote, small, table, label."""
        t, s = self.theme, self.sizes
        size = {
            "headline": s.headline, "subheading": s.subheading, "body": s.body, "quote": s.body * 1.15,
            "small": s.small, "table": s.table, "label": s.small,
        }[role]
        family = t.heading_family if role in ("headline", "subheading") else t.body_family
        bold = role in ("headline", "subheading", "label")
        leading = size * (s.headline_leading if role == "headline" else s.body_leading)
        if role == "subheading":
            leading = size * 1.2
        hyph = _HYPHEN_LANGS.get(self.lang.split("-")[0]) if role in ("body", "quote", "table") else None
        base = TextStyle(
            family=family, size=round(size, 2), leading=round(leading, 2), bold=bold,
            color=self.col(colour or t.ink), hyphenate_lang=hyph,
        )
        return replace(base, **kw) if kw else base

    def para(
        self, text: str, block_id: str, role: str, colour: str | None = None, bg: str | None = None,
        fact_role: str | None = None, **kw: Any,
    ) -> ScriptParagraph:
        """A paragraph of user text, logged for the legibility checks."""
        st = self.style(role, colour, **kw)
        fr = fact_role or (
            "small" if role in ("small", "label") else "large" if role == "headline" else "body")
        self.facts.texts.append(TextUse(
            block_id, float(st.size), fr, colour or self.theme.ink, bg or self.theme.paper, st.bold))
        return ScriptParagraph(text, st)

    def sub(self, width: float) -> Ctx:
        """The context of a column inside this one (no bleed)."""
        return replace(self, width=width, extend_left=0.0, extend_right=0.0, extend_top=0.0)


def base_table_style(ctx: Ctx, pad: float) -> list[tuple[Any, ...]]:
    """Common table commands; the FONT line keeps Helvetica out of the PDF even in empty cells."""
    return [
        ("FONT", (0, 0), (-1, -1), font_name(ctx.theme.body_family), ctx.sizes.body),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
    ]


def _headline(b: Headline, ctx: Ctx, first: bool) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    filled = t.band_style == "filled"
    colour = t.band_ink if filled else (t.heading_ink if t.band_style == "rule" else t.ink)
    bg = t.band if filled else t.paper
    pad = s.headline * 0.38 if t.band_style != "rule" else s.headline * 0.28
    inset = not ((filled and ctx.extend_left) or t.band_style == "rule")
    inner = ctx.width - (2 * pad if inset else 0)
    style = ctx.style("headline", colour, uppercase=t.uppercase_headline)
    if ctx.poster and first:
        style = _poster_style(b.text, style, ctx, inset)
        pad = float(style.size) * 0.3
        inner = ctx.width - (2 * pad if inset else 0)
        ctx.poster_size = float(style.size)
    # One word wider than the column: shrink the headline rather than break the word.
    widest = ScriptParagraph(b.text, style).minWidth()
    if widest > inner > 0:
        size = max(style.size * inner / widest * 0.98, s.subheading)
        style = replace(style, size=round(size, 2), leading=round(size * s.headline_leading, 2))
    ctx.facts.texts.append(TextUse(b.id, float(style.size), "large", colour, bg, True))
    para = ScriptParagraph(b.text, style)
    return [Band(
        para, t.band_style, ctx.col(t.band), pad,
        extend_left=ctx.extend_left if filled else 0.0,
        extend_right=ctx.extend_right if filled else 0.0,
        extend_top=ctx.extend_top if (filled and first) else 0.0,
        space_after=s.gap * 1.3,
    )]


POSTER_SHARE = 0.55  # of the frame height the headline may take on a slogan poster


def _poster_style(text: str, style: TextStyle, ctx: Ctx, inset: bool) -> TextStyle:
    """The largest headline size whose longest word fits the width and whose lines fit the page share."""
    lead = ctx.sizes.headline_leading
    lo, hi = float(style.size), 600.0
    for _ in range(12):
        mid = (lo + hi) / 2
        trial = replace(style, size=mid, leading=mid * lead)
        para = ScriptParagraph(text, trial)
        inner_mid = ctx.width - (2 * mid * 0.3 if inset else 0.0)
        fits = para.minWidth() <= inner_mid and para.wrap(inner_mid, 1e6)[1] + mid * 0.6 <= (
            ctx.frame_height * POSTER_SHARE)
        lo, hi = (mid, hi) if fits else (lo, mid)
    return replace(style, size=round(lo, 1), leading=round(lo * lead, 1))


def is_poster(blocks: tuple[Block, ...]) -> bool:
    """A slogan poster: a headline first and nothing but short lines, spacing, images or a QR code after it."""
    if not blocks or not isinstance(blocks[0], Headline):
        return False
    return all(isinstance(b, (Headline, Subheading, FooterBlock, Spacer, Divider, QRBlock, ImageBlock))
               for b in blocks)


def _attribution(text: str, num: int | None) -> str:
    return f"{text} [{num}]" if num is not None and text else (f"[{num}]" if num is not None else text)


def _statement(b: StatementBlock, ctx: Ctx) -> list[Flowable]:
    s = ctx.sizes
    line = _attribution(b.citation.attribution(), ctx.sources.number(b.citation))
    body = ctx.para(b.text, b.id, "body", space_after=s.gap * (0.25 if line else 0.8))
    out: list[Flowable] = [body]
    if line:
        attr = ctx.para(line, b.id, "small", ctx.theme.muted, space_after=s.gap * 0.8,
                        align="start")
        if paragraph_direction(b.text) == "rtl" and attr.direction != "rtl":
            attr = ScriptParagraph(line, attr.style, "rtl")
        out.append(attr)
    return out


def _quote(b: Quote, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    rtl = paragraph_direction(b.text) == "rtl"
    bar = max(2.5, s.body * 0.28)
    indent = bar + s.body * 0.9
    text = ctx.para(b.text, b.id, "quote", italic=not rtl, leading=round(s.body * 1.15 * 1.3, 2))
    parts: list[Flowable] = [text]
    who = b.attribution.strip()
    if b.citation is not None:
        extra = b.citation.attribution()
        who = f"— {who}" if who and not who.startswith(("—", "-")) else who
        who = f"{who}, {extra[2:]}" if who and extra else (who or extra)
    elif who and not who.startswith(("—", "-")):
        who = f"— {who}"
    line = _attribution(who, ctx.sources.number(b.citation))
    if line:
        attr = ctx.para(line, b.id, "small", t.muted, space_before=s.gap * 0.3)
        parts.append(ScriptParagraph(line, attr.style, "rtl" if rtl else "auto"))
    return [Stack(parts, ctx.col(t.accent), bar, indent, rtl, s.gap * 0.6, s.gap * 1.1)]


@lru_cache(maxsize=64)
def _first_line_mid(font: str, size: float, leading: float) -> float:
    """Distance from a paragraph's top to the middle of its first line's x-height."""
    face = pdfmetrics.getFont(font).face
    asc, desc = face.ascent / 1000.0, -face.descent / 1000.0
    baseline = (leading - size * (asc + desc)) / 2 + size * asc
    return float(baseline - size * 0.28)


def _bullets(b: BulletList, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    out: list[Flowable] = []
    if b.title.strip():
        out.append(ctx.para(b.title, b.id, "body", t.heading_ink, bold=True, family=t.heading_family,
                            space_before=s.gap * 0.4, space_after=s.gap * 0.3))
    n = len(b.items)
    for i, item in enumerate(b.items, 1):
        body = ctx.para(item, b.id, "body")
        rtl = body.direction == "rtl"
        last = i == n
        marker: Flowable
        if b.numbered:
            num_style = replace(body.style, bold=True, color=ctx.col(t.heading_ink), align="end",
                                hyphenate_lang=None)
            indent = s.body * (2.0 if n < 10 else 2.6)
            marker = ScriptParagraph(f"{i}.", num_style, "rtl" if rtl else "ltr")
            marker_dy = 0.0
            # leave a gap between the number and the text
            marker = _Inset(marker, s.body * 0.5, rtl)
        else:
            dot = s.body * 0.36
            indent = s.body * 1.5
            marker = Dot(dot, ctx.col(t.accent), rtl, square=t.band_style != "filled")
            mid = _first_line_mid(body.style.font, float(body.style.size), body.style.line_height)
            marker_dy = mid - dot / 2
        out.append(Hanging(marker, body, indent, rtl, marker_dy,
                           space_after=s.gap * (0.9 if last else 0.3)))
    return out


class _Inset(Flowable):  # type: ignore[misc]
    """Draws a flowable narrower by ``gap`` on the text side."""

    def __init__(self, inner: Flowable, gap: float, rtl: bool) -> None:
        super().__init__()
        self.inner, self.gap, self.rtl = inner, gap, rtl

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        w, h = self.inner.wrap(availWidth - self.gap, availHeight)
        self.width, self.height = availWidth, h
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, self.gap if self.rtl else 0.0, 0)


@lru_cache(maxsize=16)
def _converted(path: str, mtime: float, mode: str) -> bytes:
    """The image as gray PNG or CMYK JPEG, transparency flattened onto white paper."""
    with PILImage.open(path) as src:
        src.load()
        im: PILImage.Image = src
        if im.mode in ("RGBA", "LA", "P", "PA"):
            rgba = im.convert("RGBA")
            flat = PILImage.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            im = flat
        buf = io.BytesIO()
        if mode in ("gray", "kgray"):
            im.convert("L").save(buf, "PNG")
        else:
            im.convert("CMYK").save(buf, "JPEG", quality=92)
        return buf.getvalue()


def _image_source(path: str, mode: ColorMode) -> str | io.BytesIO:
    """What ReportLab embeds: the file itself in RGB, a converted copy for grayscale or CMYK output."""
    if mode == "rgb":
        return path
    return io.BytesIO(_converted(path, os.path.getmtime(path), mode))


def _image(b: ImageBlock, ctx: Ctx) -> list[Flowable]:
    s = ctx.sizes
    try:
        with PILImage.open(b.path) as im:
            px_w, px_h = im.size
    except (OSError, ValueError) as exc:
        reason = exc.__class__.__name__
        raise RenderError(f"Image {b.path!r} (block {b.id}) cannot be read: {reason}") from None
    width = min((b.width_mm * mm) if b.width_mm else ctx.width, ctx.width)
    height = width * px_h / max(px_w, 1)
    max_h = ctx.frame_height * 0.75
    if height > max_h:
        width, height = width * max_h / height, max_h
    ctx.facts.images.append(ImageUse(b.id, px_w, px_h, width / mm, height / mm))
    img = Image(_image_source(b.path, ctx.mode), width=width, height=height, mask="auto")
    img.hAlign = "RIGHT" if ctx.rtl else "LEFT"
    group: list[Flowable] = [img]
    if b.caption.strip():
        group.append(ctx.para(b.caption, b.id, "small", space_before=s.gap * 0.35))
    if b.credit.strip():
        group.append(ctx.para(b.credit, b.id, "small", ctx.theme.muted, space_before=s.gap * 0.1))
    return [KeepTogether(group), RLSpacer(1, s.gap * 0.8)]


def _qr(b: QRBlock, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    size = min(b.size_mm * mm, ctx.width, ctx.frame_height * 0.8)
    if size < b.size_mm * mm:
        ctx.facts.oversized.append(b.id)
    widget = QrCodeWidget(b.url or " ", barBorder=4, barLevel="M")
    try:
        widget.qr.make()
    except Exception as exc:  # noqa: BLE001 - the encoder raises bare exceptions for oversize data
        raise RenderError(f"QR code (block {b.id}): the URL is too long to encode ({exc})") from None
    modules = int(widget.qr.getModuleCount())
    ctx.facts.qrs.append(QrUse(b.id, size / mm, modules))
    widget.barWidth = widget.barHeight = size
    widget.barFillColor = ctx.col("#000000")
    drawing = Drawing(size, size)
    drawing.initialFontName = font_name("sans")  # the renderer's initial font: keeps Helvetica out
    drawing.initialFontSize = ctx.sizes.body
    # The quiet zone must be white even on a tinted page.
    drawing.add(Rect(0, 0, size, size, fillColor=ctx.col("#FFFFFF"), strokeColor=None, strokeWidth=0))
    drawing.add(widget)
    if not b.caption.strip():
        drawing.hAlign = "RIGHT" if ctx.rtl else "LEFT"
        return [drawing, RLSpacer(1, s.gap * 0.8)]
    cap_w = ctx.width - size - s.body
    caption = ctx.para(b.caption, b.id, "body", t.ink, bold=True)
    cells = [[drawing], [caption]] if not ctx.rtl else [[caption], [drawing]]
    widths = [size + s.body, cap_w] if not ctx.rtl else [cap_w, size + s.body]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    style = base_table_style(ctx, 0)
    style.append(("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
    table.setStyle(TableStyle(style))
    return [table, RLSpacer(1, s.gap * 0.8)]


def _event(b: EventBlock, ctx: Ctx) -> list[Flowable]:
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
    from organiser.core.layout.text import text_width

    lab_w = max((text_width(lbl, lab_style) for lbl, _ in labels), default=0.0) + s.body
    lab_w = min(lab_w, ctx.width * 0.35)
    for lbl, value in labels:
        ctx.facts.texts.append(TextUse(b.id, float(lab_style.size), "small", t.heading_ink, bg, True))
        lab = ScriptParagraph(lbl, replace(lab_style, leading=s.body * s.body_leading,
                                                align="start"), "rtl" if ctx.rtl else "ltr")
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


def _sources(b: SourcesBlock, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    if not ctx.sources.entries:
        return []
    title = b.title.strip() or label("sources", ctx.lang)
    out: list[Flowable] = [Rule(ctx.col(t.rule), 0.5, s.gap * 0.4),
                           ctx.para(title, b.id, "small", t.heading_ink, bold=True, uppercase=True,
                                    space_after=s.gap * 0.25)]
    n = len(ctx.sources.entries)
    for i, c in enumerate(ctx.sources.entries, 1):
        body = ctx.para(source_line(c), b.id, "small", t.ink)
        rtl = body.direction == "rtl"
        mstyle = replace(body.style, bold=True, color=ctx.col(t.heading_ink), align="end",
                         hyphenate_lang=None)
        marker = _Inset(ScriptParagraph(f"{i}.", mstyle, "rtl" if rtl else "ltr"), s.small * 0.5, rtl)
        indent = s.small * (1.9 if n < 10 else 2.5)
        out.append(Hanging(marker, body, indent, rtl, 0.0, space_after=s.small * 0.2))
    return out


def _columns(b: TwoColumns, ctx: Ctx) -> list[Flowable]:
    s = ctx.sizes
    gutter = s.body * 1.6
    cw = (ctx.width - gutter) / 2
    sub = ctx.sub(cw)
    left = build_blocks(b.left, sub, top_level=False) or [RLSpacer(1, 1)]
    right = build_blocks(b.right, sub, top_level=False) or [RLSpacer(1, 1)]
    table = Table([[left, "", right]], colWidths=[cw, gutter, cw], splitInRow=1)
    style = base_table_style(ctx, 0)
    table.setStyle(TableStyle(style))
    return [table, RLSpacer(1, s.gap * 0.6)]


def build_block(block: Block, ctx: Ctx, first: bool = False, top_level: bool = True) -> list[Flowable]:
    """The flowables of one block (footers at top level are drawn by the page, not here)."""
    t, s = ctx.theme, ctx.sizes
    if isinstance(block, Headline):
        return _headline(block, ctx, first)
    if isinstance(block, Subheading):
        if ctx.poster_size:
            size = round(max(ctx.poster_size * 0.4, s.subheading), 1)
            return [ctx.para(block.text, block.id, "subheading", t.heading_ink, size=size,
                             leading=round(size * 1.15, 1), space_before=size * 0.5, space_after=size * 0.2)]
        return [ctx.para(block.text, block.id, "subheading", t.heading_ink,
                         space_before=s.gap * 0.9, space_after=s.gap * 0.45)]
    if isinstance(block, TextBlock):
        return [ctx.para(block.text, block.id, "body", space_after=s.gap * 0.8)]
    if isinstance(block, StatementBlock):
        return _statement(block, ctx)
    if isinstance(block, Quote):
        return _quote(block, ctx)
    if isinstance(block, BulletList):
        return _bullets(block, ctx)
    if isinstance(block, ComparisonBlock):
        from organiser.core.layout.table import build_comparison

        return build_comparison(block, ctx)
    if isinstance(block, ImageBlock):
        return _image(block, ctx)
    if isinstance(block, QRBlock):
        return _qr(block, ctx)
    if isinstance(block, EventBlock):
        return _event(block, ctx)
    if isinstance(block, FooterBlock):
        if top_level:
            return []
        return [ctx.para(block.text, block.id, "small", t.muted, space_before=s.gap * 0.5)]
    if isinstance(block, SourcesBlock):
        return _sources(block, ctx)
    if isinstance(block, Divider):
        return [Rule(ctx.col(t.rule), 0.75, s.gap * 0.7)]
    if isinstance(block, Spacer):
        return [RLSpacer(1, max(block.height_mm, 0.0) * mm)]
    if isinstance(block, TwoColumns):
        return _columns(block, ctx)
    raise RenderError(f"Unknown block kind in block {getattr(block, 'id', '?')}")


def build_blocks(blocks: tuple[Block, ...], ctx: Ctx, top_level: bool = True) -> list[Flowable]:
    """All flowables of a block sequence in order."""
    out: list[Flowable] = []
    for i, b in enumerate(blocks):
        out.extend(build_block(b, ctx, first=(i == 0 and top_level), top_level=top_level))
    return out


def footer_paragraphs(blocks: tuple[Block, ...], ctx: Ctx) -> list[ScriptParagraph]:
    """The page footer: top-level footer blocks in small muted type."""
    return [ctx.para(b.text, b.id, "small", ctx.theme.muted) for b in blocks if isinstance(b, FooterBlock)]
