"""Signatories set as a letter's signatures: names in bold, each role under its name in smaller, lighter type.

A short list stands in one column on the letter's own start edge; a long one runs down two or three columns (filled
column by column, the first at the start side: right in Arabic and Hebrew), so a hundred names take a third of a page
rather than three.
"""

from __future__ import annotations

import math
import re
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus import Spacer as RLSpacer

from organiser.flyers.model import Signatories
from organiser.printing.layout.action import on_start_edge
from organiser.printing.layout.context import Ctx, base_table_style
from organiser.printing.layout.flowables import Hanging, Rule
from organiser.printing.layout.labels import label
from organiser.printing.layout.text import ScriptParagraph, normalise, text_width

_SEPARATOR = re.compile(r"\s+[—–-]\s+|\t")  # "Name — role, organisation"
COLUMN_MIN_CHARS = 24  # a signatory column narrower than this many body characters breaks roles into scraps
MAX_COLUMNS = 3
ONE_COLUMN_UP_TO = 3  # names: a short list reads best straight down


def split_signatory(item: str) -> tuple[str, str]:
    """``"Name — role, organisation"`` → ``("Name", "role, organisation")``; a bare name has no role."""
    parts = _SEPARATOR.split(item.strip(), maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


def column_count(n: int, width: float, ctx: Ctx) -> int:
    """How many columns ``n`` signatories take in ``width``: as many as keep a readable column, at most three."""
    if n <= ONE_COLUMN_UP_TO:
        return 1
    fit = int(width // (COLUMN_MIN_CHARS * ctx.sizes.body * 0.55))
    return max(1, min(MAX_COLUMNS, fit, math.ceil(n / 2)))


def _entry(item: str, b: Signatories, ctx: Ctx, small_roles: bool) -> list[Flowable]:
    """A name in bold and its role under it in the muted colour: smaller in a list of columns, where the names must
    lead the eye down, at the reading size under a signature or two."""
    t, s = ctx.theme, ctx.sizes
    name, role = split_signatory(item)
    out: list[Flowable] = [on_start_edge(ctx.para(name, b.id, "body", t.ink, bold=True, hyphenate_lang=None,
                                                  leading=round(s.body * 1.2, 2)), ctx)]
    if role:
        role_style = ("small", round(s.small * 1.25, 2)) if small_roles else ("body", round(s.body * 1.2, 2))
        out.append(on_start_edge(ctx.para(role, b.id, role_style[0], t.muted, leading=role_style[1],
                                          space_before=s.small * 0.1), ctx))
    return out


def _first_baseline(para: ScriptParagraph) -> float:
    """Distance from the paragraph's top to its first baseline (as ScriptParagraph draws it)."""
    face = pdfmetrics.getFont(para.style.font).face
    size = float(para.style.size)
    asc, desc = face.ascent / 1000.0, -face.descent / 1000.0
    return float((para.line_h - size * (asc + desc)) / 2 + size * asc)


def _run_in(b: Signatories, ctx: Ctx) -> list[Flowable]:
    """No names, only how many signed ("More than 400 …"): the title runs in before it on the same baseline."""
    t, s = ctx.theme, ctx.sizes
    title = on_start_edge(ctx.para(b.title.strip(), b.id, "small", t.heading_ink, bold=True, uppercase=True,
                                   hyphenate_lang=None), ctx)
    note = on_start_edge(ctx.para(b.note, b.id, "body", t.ink), ctx)
    indent = min(text_width(normalise(title.text, True, title.style.lang), title.style) + s.body * 0.8,
                 ctx.width * 0.4)
    dy = max(_first_baseline(note) - _first_baseline(title), 0.0)
    return [RLSpacer(1, s.gap * 0.4), Hanging(title, note, indent, ctx.rtl, dy, space_after=s.gap * 0.8)]


def build_signatories(b: Signatories, ctx: Ctx) -> list[Flowable]:
    t, s = ctx.theme, ctx.sizes
    items = [i for i in b.items if i.strip()]
    many = len(items) > ONE_COLUMN_UP_TO
    if not items and b.title.strip() and b.note.strip():
        return _run_in(b, ctx)
    out: list[Flowable] = []
    if b.title.strip() or many:
        # A list of names is headed like the Sources list; a signature or two follows the closing directly.
        title = b.title.strip() or label("signatories", ctx.lang)
        out += [Rule(ctx.col(t.rule), 0.5, s.gap * 0.5),
                on_start_edge(ctx.para(title, b.id, "small", t.heading_ink, bold=True, uppercase=True,
                                       space_after=s.gap * 0.45, hyphenate_lang=None), ctx)]
    else:
        out.append(RLSpacer(1, s.gap * 0.4))
    head = len(out)
    if items:
        cols = column_count(len(items), ctx.width, ctx)
        rows = math.ceil(len(items) / cols)
        gutter = s.body * 1.4
        col_w = (ctx.width - gutter * (cols - 1)) / cols
        grid: list[list[Any]] = []
        for r in range(rows):
            row: list[Any] = [_entry(items[c * rows + r], b, ctx, many) if c * rows + r < len(items) else ""
                              for c in range(cols)]
            grid.append(row[::-1] if ctx.rtl else row)
        widths = [col_w + (gutter if c < cols - 1 else 0.0) for c in range(cols)]
        widths = widths[::-1] if ctx.rtl else widths
        table = Table(grid, colWidths=widths, hAlign="LEFT", splitByRow=1)
        style = base_table_style(ctx, 0.0)
        # The gutter sits between the columns; the outer columns keep the letter's edges.
        side = "LEFTPADDING" if ctx.rtl else "RIGHTPADDING"
        inner = (1, -1) if ctx.rtl else (0, -2)
        if cols > 1:
            style.append((side, (inner[0], 0), (inner[1], -1), gutter))
        style.append(("BOTTOMPADDING", (0, 0), (-1, -1), s.gap * 0.55))
        table.setStyle(TableStyle(style))
        out.append(table)
    if b.note.strip():
        out.append(on_start_edge(ctx.para(b.note, b.id, "body", t.ink, space_before=s.gap * 0.1,
                                          space_after=s.gap * 0.8), ctx))
    elif items:
        out.append(RLSpacer(1, s.gap * 0.3))
    return ctx.keep(out[:head], out[head:head + 1]) + out[head:]
