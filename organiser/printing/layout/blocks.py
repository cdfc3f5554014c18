"""Flyer blocks → ReportLab flowables, styled by the theme at the sizes chosen for the paper.

The builders live by concept in ``text_blocks`` and ``boxes``; ``context`` holds :class:`Ctx`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Indenter, Table, TableStyle
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus.flowables import BalancedColumns

from organiser.errors import RenderError
from organiser.flyers.model import (
    Block,
    BulletList,
    CallToAction,
    ComparisonBlock,
    Divider,
    EventBlock,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    Quote,
    Signatories,
    SourcesBlock,
    Spacer,
    StatementBlock,
    Subheading,
    TextBlock,
    TwoColumns,
)
from organiser.printing.layout.action import build_action
from organiser.printing.layout.boxes import build_event, build_image, build_qr
from organiser.printing.layout.context import Ctx, base_table_style
from organiser.printing.layout.flowables import Rule
from organiser.printing.layout.signatories import build_signatories
from organiser.printing.layout.text import ScriptParagraph
from organiser.printing.layout.text_blocks import (
    build_bullets,
    build_headline,
    build_quote,
    build_sources,
    build_statement,
    is_poster,
    statement_attribution,
)

__all__ = ["Ctx", "base_table_style", "build_block", "build_blocks", "footer_paragraphs", "is_poster"]


def build_columns(b: TwoColumns, ctx: Ctx) -> list[Flowable]:
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
        return build_headline(block, ctx, first)
    if isinstance(block, Subheading):
        if ctx.poster_size:
            # A poster with room to spare (air > 1) sets its lines larger and further apart.
            size = round(max(ctx.poster_size * 0.4 * min(s.air, 1.45), s.subheading), 1)
            return [ctx.para(block.text, block.id, "subheading", t.heading_ink, size=size,
                             leading=round(size * 1.15, 1), space_before=size * 0.5 * min(s.air, 1.6),
                             space_after=size * 0.2)]
        return ctx.keep([ctx.para(block.text, block.id, "subheading", t.heading_ink,
                                  space_before=s.gap * 0.9, space_after=s.gap * 0.45)])
    if isinstance(block, TextBlock):
        return [ctx.para(block.text, block.id, "body", space_after=s.gap * 0.8)]
    if isinstance(block, StatementBlock):
        return build_statement(block, ctx)
    if isinstance(block, Quote):
        return build_quote(block, ctx)
    if isinstance(block, BulletList):
        return build_bullets(block, ctx)
    if isinstance(block, ComparisonBlock):
        from organiser.printing.layout.table import build_comparison

        return build_comparison(block, ctx)
    if isinstance(block, ImageBlock):
        return build_image(block, ctx)
    if isinstance(block, QRBlock):
        return build_qr(block, ctx)
    if isinstance(block, EventBlock):
        return build_event(block, ctx)
    if isinstance(block, CallToAction):
        return build_action(block, ctx)
    if isinstance(block, Signatories):
        return build_signatories(block, ctx)
    if isinstance(block, FooterBlock):
        if top_level:
            return []
        return [ctx.para(block.text, block.id, "small", t.muted, space_before=s.gap * 0.5)]
    if isinstance(block, SourcesBlock):
        return build_sources(block, ctx)
    if isinstance(block, Divider):
        return [Rule(ctx.col(t.rule), 0.75, s.gap * 0.7)]
    if isinstance(block, Spacer):
        return [RLSpacer(1, max(block.height_mm, 0.0) * mm)]
    if isinstance(block, TwoColumns):
        return build_columns(block, ctx)
    raise RenderError(f"Unknown block kind in block {getattr(block, 'id', '?')}")


_RUNNING = (TextBlock, StatementBlock, Quote, BulletList, Subheading, SourcesBlock, Divider)
MAX_MEASURE_CHARS = 80  # a single column wider than this (in average characters) is hard to read
MIN_MEASURE_CHARS = 40  # narrower columns are choppy (45–75 a line in one column, 40–50 in columns: Bringhurst)
MEASURE_CHARS = 66  # the measure of a single column of running text on a wide page
CHAR_EM = 0.55  # average character width of running text, in ems (sans and serif body faces)
MIN_COLUMN_TEXT = 900  # characters of running text worth setting in two columns


def _is_running(b: Block) -> bool:
    """Text read line after line. A reading list (every item "Title — Author. Outlet, date", as ``build_bullets``
    sets it) is a column of titles to scan: it stays in one column, however long."""
    if isinstance(b, BulletList) and len(b.items) >= 2 and all(" \u2014 " in item for item in b.items):
        return False
    return isinstance(b, _RUNNING)


def _text_len(b: Block) -> int:
    return len(getattr(b, "text", "")) + sum(len(x) for x in getattr(b, "items", ()))


def measure_chars(width: float, ctx: Ctx, own_size: bool = False) -> float:
    """About how many characters of body text one line of ``width`` holds (``own_size``: before growing)."""
    grown = max(ctx.facts.factor, 1.0) if own_size else 1.0
    return width / (ctx.sizes.body / grown * CHAR_EM)


def _build_seq(blocks: tuple[Block, ...], ctx: Ctx, top_level: bool, start: int = 0) -> list[Flowable]:
    out: list[Flowable] = []
    for i, b in enumerate(blocks):
        if isinstance(b, StatementBlock):
            # A run of statements from the same source prints its attribution once, after the last one.
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            same = isinstance(nxt, StatementBlock) and (
                statement_attribution(nxt, ctx) == statement_attribution(b, ctx))
            out.extend(_cached((b, "attributed", not same), ctx,
                               partial(build_statement, b, ctx, attribute=not same)))
            continue
        first = start + i == 0 and top_level
        out.extend(_cached((b, first, top_level), ctx,
                           partial(build_block, b, ctx, first=first, top_level=top_level)))
    return out


def _cached(parts: tuple[object, ...], ctx: Ctx, make: Callable[[], list[Flowable]]) -> list[Flowable]:
    """``make()`` through the build's block cache when it has one (``block_cache.py``)."""
    return make() if ctx.cache is None else ctx.cache.build(parts, ctx, make)


def build_blocks(blocks: tuple[Block, ...], ctx: Ctx, top_level: bool = True) -> list[Flowable]:
    """All flowables of a block sequence in order.

    On a wide page (a line of more than ~80 characters) long running text is set in two balanced columns
    under the full-width headline, so lines stay within a readable 45–75 characters.
    """
    # Whether a page is wide is decided at the paper's own size: type grown to fill a short flyer keeps a
    # readable measure instead of running into one long line.
    if not (top_level and not ctx.poster and measure_chars(ctx.width, ctx, own_size=True) > MAX_MEASURE_CHARS):
        return _build_seq(blocks, ctx, top_level)
    out: list[Flowable] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _is_running(blocks[j]):
            j += 1
        run = blocks[i:j]
        if run and sum(_text_len(b) for b in run) >= MIN_COLUMN_TEXT:
            gutter = ctx.sizes.body * 1.5
            two = (ctx.width - gutter) / 2
            if measure_chars(two, ctx) >= MIN_MEASURE_CHARS:
                col = ctx.sub(two)
                out.append(BalancedColumns(_build_seq(run, col, False, i), nCols=2, innerPadding=gutter,
                                           spaceAfter=ctx.sizes.gap * 0.6, needed=ctx.sizes.body * 6))
            else:
                # Two columns would be too narrow: one column at a readable measure on the page's start edge
                # (one left edge with the headline, date and sources; the free space on the far side).
                width = min(ctx.width, MEASURE_CHARS * ctx.sizes.body * CHAR_EM)
                left, right = (ctx.width - width, 0.0) if ctx.rtl else (0.0, ctx.width - width)
                inner = replace(ctx.sub(width), top=True)
                out += [Indenter(left, right), *_build_seq(run, inner, True, i), Indenter(-left, -right)]
            i = j
            continue
        j = max(j, i + 1)
        # Statements ending a short run still see their neighbour for the attribution rule.
        out.extend(_build_seq(blocks[i:j], ctx, True, i))
        i = j
    return out


def footer_paragraphs(blocks: tuple[Block, ...], ctx: Ctx) -> list[ScriptParagraph]:
    """The page footer: top-level footer blocks in small muted type."""
    return [ctx.para(b.text, b.id, "small", ctx.theme.muted) for b in blocks if isinstance(b, FooterBlock)]

