"""Comparison charts on pages too narrow for a criteria column: the question becomes a band over its answers.

Banded (A5): one header row of subjects, then per criterion a band with the question and a row with the answers
side by side, kept together. Stacked (A6, A7): per criterion a band, then one row per subject under it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.platypus import Flowable, TableStyle

from organiser.flyers.model import Cell, ComparisonBlock
from organiser.printing.layout.chart_rows import WholeRowsTable
from organiser.printing.layout.context import Ctx, base_table_style
from organiser.printing.layout.text import TextStyle


def banded_chart(block: ComparisonBlock, ctx: Ctx, text_cell: Any, answer: Any, head_style: TextStyle,
                 crit_style: TextStyle, cell_style: TextStyle, pad: float, log: Any) -> Flowable:
    """Subjects across the top (repeated on every page); each question in a band above its answers."""
    t, tb = ctx.theme, block.table
    n = len(tb.subjects)
    filled = not (t.band_style == "outline" or t.header_bg == t.paper)
    log(head_style, t.header_ink if filled else t.heading_ink, t.header_bg if filled else t.paper)
    head = [text_cell(subj, head_style) for subj in tb.subjects]
    rows: list[list[Any]] = [head[::-1] if ctx.rtl else head]
    cmds: list[tuple[Any, ...]] = [
        ("TOPPADDING", (0, 0), (-1, 0), pad * 1.1),
        ("BOTTOMPADDING", (0, 0), (-1, 0), pad * 1.1),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]
    if filled:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), ctx.col(t.header_bg)))
    else:
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.5, ctx.col(t.ink)),
                 ("LINEBELOW", (0, 0), (-1, 0), 1.5, ctx.col(t.ink))]
    for ci, crit in enumerate(tb.criteria):
        bg = (t.zebra or t.paper) if ci % 2 else t.paper
        log(crit_style, t.heading_ink, bg)
        log(cell_style, t.ink, bg)
        band, ans = len(rows), len(rows) + 1
        rows.append([text_cell(crit.label, crit_style)] + [""] * (n - 1))
        cells = [answer(crit.cells[k] if k < len(crit.cells) else Cell()) for k in range(n)]
        rows.append(cells[::-1] if ctx.rtl else cells)
        cmds += [("SPAN", (0, band), (-1, band)),
                 ("NOSPLIT", (0, band), (-1, ans)),  # the question never ends a page without its answers
                 ("BOTTOMPADDING", (0, band), (-1, band), pad * 0.2),
                 ("TOPPADDING", (0, ans), (-1, ans), pad * 0.3),
                 ("LINEBELOW", (0, ans), (-1, ans), 0.5, ctx.col(t.rule))]
        if bg != t.paper:
            cmds.append(("BACKGROUND", (0, band), (-1, ans), ctx.col(bg)))
        for i in range(1, n):  # a hairline between the answers keeps long cells apart
            cmds.append(("LINEBEFORE", (i, ans), (i, ans), 0.35, ctx.col(t.rule)))
    table = WholeRowsTable(rows, colWidths=[ctx.width / n] * n, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(base_table_style(ctx, pad) + cmds))
    return table


def stacked_chart(block: ComparisonBlock, ctx: Ctx, text_cell: Any, answer: Any, head_style: TextStyle,
                  crit_style: TextStyle, cell_style: TextStyle, pad: float, log: Any) -> list[Flowable]:
    """One small table per criterion: a band with the question, then one row per subject: subject name | answer.

    Each criterion stays whole on one side when it fits one; a longer one repeats its band where it breaks.
    """
    t, tb = ctx.theme, block.table
    filled = not (t.band_style == "outline" or t.header_bg == t.paper)
    band_style = head_style if filled else replace(crit_style, color=ctx.col(t.heading_ink))
    subj_style = replace(cell_style, bold=True, color=ctx.col(t.heading_ink), hyphenate_lang=None)
    log(band_style, t.header_ink if filled else t.heading_ink, t.header_bg if filled else t.paper)
    log(subj_style, t.heading_ink, t.paper)
    log(cell_style, t.ink, t.paper)
    subj_w = ctx.width * 0.21
    widths = [subj_w, ctx.width - subj_w]
    if ctx.rtl:
        widths.reverse()
    out: list[Flowable] = []
    for crit in tb.criteria:
        rows: list[list[Any]] = [[text_cell(crit.label, band_style), ""]]
        cmds: list[tuple[Any, ...]] = [("SPAN", (0, 0), (1, 0)),
                                       ("NOSPLIT", (0, 0), (-1, -1)),
                                       ("TOPPADDING", (0, 0), (1, 0), pad * 0.7),
                                       ("BOTTOMPADDING", (0, 0), (1, 0), pad * 0.6)]
        if filled:
            cmds.append(("BACKGROUND", (0, 0), (1, 0), ctx.col(t.header_bg)))
        else:
            cmds.append(("LINEABOVE", (0, 0), (1, 0), 1.2, ctx.col(t.ink)))
        for k, subj in enumerate(tb.subjects):
            cell = crit.cells[k] if k < len(crit.cells) else Cell()
            pair = [text_cell(subj, subj_style), answer(cell)]
            rows.append(pair[::-1] if ctx.rtl else pair)
            if k < len(tb.subjects) - 1:
                cmds.append(("LINEBELOW", (0, len(rows) - 1), (1, len(rows) - 1), 0.35, ctx.col(t.rule)))
        # A hair of white between criteria: where a side has room to spare, these are the gaps that open.
        table = WholeRowsTable(rows, colWidths=widths, repeatRows=1, hAlign="CENTER", spaceBefore=pad * 0.8)
        table.setStyle(TableStyle(base_table_style(ctx, pad) + cmds))
        out.append(table)
    return out
