"""The call to action: what the reader should do next, set large in the theme's panel, with the website's QR code.

It is the one thing a passer-by must take away, so it is set larger than the body and bolder than anything but the
headline, in the theme's band (filled, outlined or ruled, as the headline is) so it reads in greyscale too. Web
addresses, e-mail and phone numbers are left-to-right runs: in an Arabic or Hebrew flyer they keep their own order
and sit on the page's start (right) edge.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from reportlab.platypus import Spacer as RLSpacer

from organiser.flyers.model import CallToAction
from organiser.flyers.profile import display_website, website_url
from organiser.printing.layout.boxes import qr_drawing
from organiser.printing.layout.context import Ctx, base_table_style
from organiser.printing.layout.labels import label
from organiser.printing.layout.text import ScriptParagraph, normalise, text_width

_DIGIT_SPACE = re.compile(r"(?<=\d) (?=[\d(])")
ACTION_SCALE = 1.5  # the imperative line, in subheadings: second only to the headline
MIN_TEXT_SHARE = 0.45  # of the panel's inner width the words keep beside a QR code; less: the code goes under


def action_text(b: CallToAction, lang: str) -> str:
    """The imperative line as printed: the block's own, or "Get involved" in the flyer's language."""
    return b.text.strip() or label("act", lang)


def on_start_edge(para: ScriptParagraph, ctx: Ctx) -> ScriptParagraph:
    """``para`` aligned on the flyer's start edge even when its own direction differs (a Latin line in Arabic)."""
    if (para.direction == "rtl") == ctx.rtl:
        return para
    return ScriptParagraph(para.text, replace(para.style, align="end"), para.direction)


def _address(text: str, ctx: Ctx, block_id: str, role: str, colour: str, bg: str, **kw: Any) -> ScriptParagraph:
    """A web address, e-mail or phone number: one left-to-right run, so "+380 44 123 4567" keeps its order in
    an Arabic flyer; a line with Arabic or Hebrew words in it ("هاتف: …") is a paragraph of its own direction."""
    text = _DIGIT_SPACE.sub("\u00a0", text)  # a phone number never breaks between its digit groups
    para = ctx.para(text, block_id, role, colour, bg=bg, hyphenate_lang=None, **kw)
    if not any("\u0590" <= ch <= "\u08ff" for ch in text):
        para = ScriptParagraph(text, para.style, "ltr")
    return on_start_edge(para, ctx)


def _fitted(para: ScriptParagraph, width: float, floor: float) -> ScriptParagraph:
    """``para`` smaller when one unbreakable word (an address) is wider than ``width``, never below ``floor``."""
    widest = para.minWidth()
    if widest <= width or widest <= 0:
        return para
    size = max(float(para.style.size) * width / widest * 0.97, floor)
    style = replace(para.style, size=round(size, 2), leading=round(size * 1.2, 2))
    return ScriptParagraph(para.text, style, para.direction)


def _natural(para: ScriptParagraph) -> float:
    """The width of ``para`` set on one line."""
    return text_width(normalise(para.text, para.style.uppercase, para.style.lang), para.style)


def _far_edge(para: ScriptParagraph, ctx: Ctx) -> ScriptParagraph:
    """``para`` aligned on the flyer's end edge (right in English, left in Arabic and Hebrew)."""
    own_end = (para.direction == "rtl") == ctx.rtl
    return ScriptParagraph(para.text, replace(para.style, align="end" if own_end else "start"), para.direction)


def _colours(ctx: Ctx) -> tuple[str, str, str]:
    """(panel fill or "", imperative colour, text colour) for the theme's band style."""
    t = ctx.theme
    if t.band_style == "filled":
        return t.band, t.band_ink, t.band_ink
    return "", t.heading_ink, t.ink


def build_action(b: CallToAction, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    fill, head_ink, ink = _colours(ctx)
    bg = fill or t.paper
    pad = s.body * (1.1 if fill or t.band_style == "outline" else 0.0)
    inner = ctx.width - 2 * pad
    url = website_url(b.website)
    qr = None
    if b.qr and url:
        qr = qr_drawing(url, b.id, b.size_mm, ctx)
    # Second only to the headline, and clearly so even where the scale is tight (an A6 headline is 1.1 × a
    # subheading); the address a step below the call.
    size = round(max(min(s.subheading * ACTION_SCALE, s.headline * 0.9), s.subheading * 1.05), 2)
    if ctx.poster_size:  # a slogan poster is read from metres away: the call grows with its lines
        size = round(max(size, ctx.poster_size * 0.36), 2)
    site_size = round(min(max(s.subheading, size * 0.6), size * 0.75), 2)
    contact_size = round(max(s.body, site_size * 0.7), 2)
    head = ctx.para(action_text(b, ctx.lang), b.id, "subheading", head_ink, bg=bg, size=size,
                    leading=round(size * 1.12, 2), balance=True, space_after=s.gap * 0.35,
                    uppercase=t.uppercase_headline)
    head = on_start_edge(head, ctx)
    addresses: list[ScriptParagraph] = []
    if b.website.strip():
        addresses.append(_address(display_website(url), ctx, b.id, "subheading", ink, bg, size=site_size,
                                  leading=round(site_size * 1.2, 2), space_after=s.gap * 0.2))
    if b.contact.strip():
        addresses.append(_address(b.contact.strip(), ctx, b.id, "body", ink, bg, bold=True, size=contact_size,
                                  leading=round(contact_size * 1.3, 2)))
    qr_w = float(qr.width) if qr is not None else 0.0
    gutter = s.body * 1.2
    # Beside the code only when every address fits whole at its own size: the code goes under the words rather
    # than an address being set smaller (or broken).
    floors = [s.body if i == 0 and b.website.strip() else s.small for i in range(len(addresses))]
    need = max((a.minWidth() for a in addresses), default=0.0)
    room = inner - qr_w - gutter
    beside = qr is not None and room >= max(inner * MIN_TEXT_SHARE, need)
    text_w = room if beside else inner
    head_w = _natural(head)
    banner = qr is None and addresses and head_w + gutter + max(map(_natural, addresses)) <= inner

    if banner:
        # No code to scan: the call and the address face each other across one band, the address on the far edge.
        addr_w = inner - head_w - gutter
        cells: list[Any] = [[head], [_far_edge(a, ctx) for a in addresses]]
        rows: list[list[Any]] = [cells[::-1] if ctx.rtl else cells]
        widths = [head_w + gutter + pad + 1.0, addr_w + pad - 1.0]  # 1 pt: rounding never breaks the call
        widths = widths[::-1] if ctx.rtl else widths
        head.style = replace(head.style, space_after=0.0)
    else:
        words: list[Flowable] = [_fitted(head, text_w, s.subheading)]
        words += [_fitted(a, text_w, f) for a, f in zip(addresses, floors, strict=True)]
        if qr is None:
            rows = [[words]]
            widths = [inner + 2 * pad]
        elif beside:
            qr.hAlign = "CENTER"
            cells = [words, qr]
            rows = [cells[::-1] if ctx.rtl else cells]
            widths = [text_w + pad + gutter, qr_w + pad]
            widths = widths[::-1] if ctx.rtl else widths
        else:
            qr.hAlign = "RIGHT" if ctx.rtl else "LEFT"
            rows = [[words], [qr]]
            widths = [inner + 2 * pad]
    table = Table(rows, colWidths=widths, hAlign="RIGHT" if ctx.rtl else "LEFT")
    style = base_table_style(ctx, 0.0)
    # Across a band the call and its address share a bottom line; beside a code the words centre on it.
    style += [("VALIGN", (0, 0), (-1, -1), "BOTTOM" if banner else "MIDDLE"),
              ("LEFTPADDING", (0, 0), (0, -1), pad), ("RIGHTPADDING", (-1, 0), (-1, -1), pad),
              ("TOPPADDING", (0, 0), (-1, 0), pad), ("BOTTOMPADDING", (0, -1), (-1, -1), pad)]
    if qr is not None and not beside:
        style.append(("TOPPADDING", (0, 1), (-1, 1), s.gap * 0.4))
    elif qr is not None or banner:
        # The gutter between the words and the code (or the address across the band) sits on the words' side.
        word_col = 1 if ctx.rtl else 0
        side = "LEFTPADDING" if ctx.rtl else "RIGHTPADDING"
        style.append((side, (word_col, 0), (word_col, 0), gutter))
    if fill:
        style.append(("BACKGROUND", (0, 0), (-1, -1), ctx.col(fill)))
    elif t.band_style == "outline":
        style.append(("BOX", (0, 0), (-1, -1), 2.0, ctx.col(t.accent)))
    else:  # ruled like the headline: a heavy rule above opens it, the space after closes it
        style += [("LINEABOVE", (0, 0), (-1, 0), 2.5, ctx.col(t.accent)),
                  ("TOPPADDING", (0, 0), (-1, 0), s.gap * 0.6)]
    table.setStyle(TableStyle(style))
    # On the page it moves whole to the next page rather than split; inside a column section (a table cell)
    # ReportLab cannot keep a group together, and the section's own row decides where it breaks.
    return [RLSpacer(1, s.gap * 0.4), KeepTogether([table]) if ctx.top else table, RLSpacer(1, s.gap * 1.1)]
