"""Text-ish blocks: headline (and slogan-poster sizing), statement, quote, bullet list, sources list."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from organiser.flyers.model import (
    Block,
    BulletList,
    CallToAction,
    Divider,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    Quote,
    SourcesBlock,
    Spacer,
    StatementBlock,
    Subheading,
)
from organiser.printing.layout.context import Ctx
from organiser.printing.layout.facts import TextUse
from organiser.printing.layout.flowables import Band, Dot, Hanging, Rule, Stack, WithTail
from organiser.printing.layout.labels import label
from organiser.printing.layout.sources import attribution, source_line
from organiser.printing.layout.text import ScriptParagraph, TextStyle, paragraph_direction


def build_headline(b: Headline, ctx: Ctx, first: bool) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    filled = t.band_style == "filled"
    colour = t.band_ink if filled else (t.heading_ink if t.band_style == "rule" else t.ink)
    bg = t.band if filled else t.paper
    pad = s.headline * 0.38 if t.band_style != "rule" else s.headline * 0.28
    inset = t.band_style != "rule"  # the same measure at home and in the shop (Band)
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
    return all(isinstance(b, (Headline, Subheading, FooterBlock, Spacer, Divider, QRBlock, ImageBlock,
                                  CallToAction))
               for b in blocks)


def _attribution(text: str, num: int | None) -> str:
    return f"{text} [{num}]" if num is not None and text else (f"[{num}]" if num is not None else text)


def statement_attribution(b: StatementBlock, ctx: Ctx) -> str:
    """The line printed under a statement: "— source, date [n]" (empty without a source)."""
    return _attribution(attribution(b.citation, ctx.lang), ctx.sources.number(b.citation))


def build_statement(b: StatementBlock, ctx: Ctx, attribute: bool = True) -> list[Flowable]:
    """The statement's text and, unless the next statement cites the same source, its attribution line.

    The attribution is kept with the last lines of the text (never alone at the top of a page).
    """
    s = ctx.sizes
    line = statement_attribution(b, ctx) if attribute else ""
    body = ctx.para(b.text, b.id, "body", space_after=0.0 if line else s.gap * 0.8)
    if not line:
        return [body]
    attr = ctx.para(line, b.id, "small", ctx.theme.muted, space_before=s.gap * 0.25, space_after=s.gap * 0.8,
                    align="start")
    if paragraph_direction(b.text) == "rtl" and attr.direction != "rtl":
        attr = ScriptParagraph(line, attr.style, "rtl")
    return [WithTail(body, attr)]


def build_quote(b: Quote, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    rtl = paragraph_direction(b.text) == "rtl"
    bar = max(2.5, s.body * 0.28)
    indent = bar + s.body * 0.9
    text = ctx.para(b.text, b.id, "quote", italic=not rtl, leading=round(s.body * 1.15 * 1.3, 2))
    parts: list[Flowable] = [text]
    who = b.attribution.strip()
    if b.citation is not None:
        extra = attribution(b.citation, ctx.lang)
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


def build_bullets(b: BulletList, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    out: list[Flowable] = []
    title = None
    if b.title.strip():
        title = ctx.para(b.title, b.id, "body", t.heading_ink, bold=True, family=t.heading_family,
                         space_before=s.gap * 0.4, space_after=s.gap * 0.3, hyphenate_lang=None)
    n = len(b.items)
    # A reading list ("Title — Author. Outlet, date" on every line): the title leads, the rest follows smaller.
    reading = n >= 2 and all(_READING_SEP in item for item in b.items)
    for i, item in enumerate(b.items, 1):
        meta_para: ScriptParagraph | None = None
        if reading:
            head, meta = item.split(_READING_SEP, 1)
            body = ctx.para(_unquoted(head), b.id, "body", t.heading_ink, bold=True, hyphenate_lang=None)
            meta_para = ctx.para(meta, b.id, "small", t.muted, space_before=s.gap * 0.1)
        else:
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
        after = s.gap * (0.9 if last else (0.55 if reading else 0.3))
        if meta_para is None:
            out.append(Hanging(marker, body, indent, rtl, marker_dy, space_after=after))
        else:
            out += [Hanging(marker, body, indent, rtl, marker_dy),
                    Hanging(None, meta_para, indent, rtl, space_after=after)]
    if title is not None:  # the list title goes along with (the start of) its first item
        out = ctx.keep([title], out[:1]) + out
    return out


_READING_SEP = " \u2014 "
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


def _unquoted(title: str) -> str:
    """A title without the quotes some items carry: titles are set in bold, never in quotes."""
    title = title.strip()
    if len(title) > 2 and title[0] in _QUOTES and title[-1] in _QUOTES:
        return title[1:-1].strip()
    return title


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



def build_sources(b: SourcesBlock, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    if not ctx.sources.entries:
        return []
    title = b.title.strip() or label("sources", ctx.lang)
    head: list[Flowable] = [Rule(ctx.col(t.rule), 0.5, s.gap * 0.4),
                            ctx.para(title, b.id, "small", t.heading_ink, bold=True, uppercase=True,
                                     space_after=s.gap * 0.25)]
    out: list[Flowable] = []
    n = len(ctx.sources.entries)
    for i, c in enumerate(ctx.sources.entries, 1):
        body = ctx.para(source_line(c, ctx.lang), b.id, "small", t.ink)
        rtl = body.direction == "rtl"
        mstyle = replace(body.style, bold=True, color=ctx.col(t.heading_ink), align="end",
                         hyphenate_lang=None)
        if n == 1:  # one source: nothing to number
            out.append(Hanging(None, body, 0.0, rtl, 0.0, space_after=s.small * 0.2))
            continue
        marker = _Inset(ScriptParagraph(f"{i}.", mstyle, "rtl" if rtl else "ltr"), s.small * 0.5, rtl)
        indent = s.small * (1.9 if n < 10 else 2.5)
        out.append(Hanging(marker, body, indent, rtl, 0.0, space_after=s.small * 0.2))
    return ctx.keep(head, out[:1]) + out

