"""The comparison chart: subjects × criteria with verdict marks, numbered citations and a legend."""

from __future__ import annotations

import re
from collections.abc import Hashable
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable
from reportlab.platypus import Spacer as RLSpacer

from organiser.flyers.model import VERDICTS, Cell, ComparisonBlock, Criterion
from organiser.printing.layout.cell_cache import Row, Setting
from organiser.printing.layout.cell_cache import cell as cell_template
from organiser.printing.layout.chart_narrow import banded_chart, stacked_chart
from organiser.printing.layout.chart_table import ChartTable
from organiser.printing.layout.context import Ctx, base_table_style
from organiser.printing.layout.facts import TextUse
from organiser.printing.layout.labels import LANGS, label
from organiser.printing.layout.text import ScriptParagraph, TextStyle
from organiser.printing.layout.text_style import restyle
from organiser.printing.layout.themes import MIN_SMALL_SIZE
from organiser.printing.layout.verdicts import MarkedCell, VerdictBadge

BANDED_BELOW_MM = 50.0  # answer columns narrower than this beside the criteria column: bands instead
_LEAD_PUNCT = re.compile(r"^[\s.,;:!\u2013\u2014-]+")


@lru_cache(maxsize=4096)
def without_verdict_word(text: str, verdict: str | None) -> str:
    """``text`` without a leading verdict word the mark already says ("Yes. At least…" → "At least…")."""
    if not verdict:
        return text
    for lang in LANGS:
        word = label(verdict, lang)
        if text[: len(word)].casefold() == word.casefold() and not text[len(word):len(word) + 1].isalnum():
            rest = _LEAD_PUNCT.sub("", text[len(word):])
            if rest:
                return rest[0].upper() + rest[1:]
    return text


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _cell_text(cell: Cell, ctx: Ctx) -> str:
    nums: list[int] = []
    for ev in cell.evidence:
        n = ctx.sources.number(ev)
        if n is not None and n not in nums:
            nums.append(n)
    text = without_verdict_word(cell.text.strip(), cell.verdict)
    if not text and cell.verdict:
        text = label(cell.verdict, ctx.lang)
    if nums:
        cite = "[" + ", ".join(str(n) for n in nums) + "]"
        text = f"{text} {cite}" if text else cite
    return text


def build_comparison(block: ComparisonBlock, ctx: Ctx) -> list[Flowable]:
    """Title, the table (header row repeats on every page) and the legend of the marks used."""
    t, s = ctx.theme, ctx.sizes
    tb = block.table
    n = max(len(tb.subjects), 1)
    out: list[Flowable] = []
    if tb.title.strip() and _plain(tb.title) != _plain(ctx.headline):
        title = ctx.para(tb.title, block.id, "subheading", t.heading_ink, space_before=s.gap * 0.4,
                         space_after=s.gap * 0.5)
        # Keep the title with the first rows, but let a long table start on this page (no keepWithNext).
        out += [CondPageBreak(s.subheading * 2 + s.table * 7), title]
    crit_frac = 0.27 if n <= 2 else 0.22 if n == 3 else 0.18
    crit_w = ctx.width * crit_frac
    subj_w = (ctx.width - crit_w) / n
    size = s.table
    # Narrow pages (A6, A7) stack each criterion's answers under it instead of side by side; half-wide ones (A5)
    # set the question as a band over the answers, which then share the whole width.
    stacked = n >= 2 and subj_w / size < 12.0
    banded = not stacked and n >= 2 and subj_w < BANDED_BELOW_MM * mm
    measure = ctx.width * 0.7 if stacked else ctx.width / n if banded else subj_w
    if measure / size < 8.0:
        # A column narrower than ~15 characters beside its mark cannot be read: smaller type (preflight warns).
        size = max(measure / 8.0, 4.0)
    # Stacked and banded (narrow-page) charts are set tighter: the text stays at the readable size, the air goes.
    leading = size * (1.2 if stacked else 1.22 if banded else 1.3)
    cell_style = ctx.style("table", size=round(size, 2), leading=round(leading, 2))
    # Read at arm's length: subject headers a third larger than the answers (14 pt over 10.5 pt at A4), the
    # criteria a step larger; stacked (narrow) charts keep the bands compact.
    head = size * (1.08 if stacked else 1.2 if banded else 1.33)
    head_style = restyle(cell_style, bold=True, family=t.heading_family, color=ctx.col(t.header_ink),
                         size=round(head, 2), leading=round(head * 1.2, 2), hyphenate_lang=None)
    # Labels (criteria, subjects, headers) never hyphenate: only the answers are running text.
    crit_size = size * (1.0 if stacked else 1.06)
    crit_style = restyle(cell_style, bold=True, color=ctx.col(t.heading_ink), hyphenate_lang=None,
                         size=round(crit_size, 2), leading=round(crit_size * 1.25, 2))
    zebra_bg = t.zebra or t.paper
    head_bg = t.header_bg
    pad = size * (0.4 if stacked else 0.45 if banded else 0.6)
    paper = ctx.col(t.paper)
    mark_ink = ctx.col(t.verdicts.mark_ink)
    ctx.facts.texts.append(TextUse(block.id, max(size * 0.74, MIN_SMALL_SIZE), "small", t.verdicts.mark_ink,
                                   t.verdicts.yes, True))

    def log(style: TextStyle, fg: str, bg: str, role: str = "table") -> None:
        ctx.facts.texts.append(TextUse(block.id, float(style.size), role, fg, bg, style.bold))

    # Cells are lists: ReportLab can split a row too tall for a whole page only inside list-valued cells.
    def text_cell(text: str, style: TextStyle) -> list[Flowable]:
        def make() -> MarkedCell:
            p = ScriptParagraph(text, style)
            return MarkedCell(None, p, 0, p.direction == "rtl")
        return [cell_template(("text", text, Setting.of(style)), make)]

    used: list[str] = []

    badge_style = restyle(cell_style, size=round(max(size * 0.74, MIN_SMALL_SIZE), 2))
    # Everything an answer cell is made of besides its own text and verdict: one hashed key part per build.
    answer_setting = Setting.of(cell_style, badge_style, t.verdicts, ctx.mode, mark_ink, paper, size, ctx.rtl)
    fills = {v: ctx.col(t.verdicts.for_verdict(v)) for v in VERDICTS}
    row_setting = Setting.of(answer_setting, crit_style, ctx.lang)

    def answer(cell: Cell) -> list[Flowable]:
        if cell.verdict and cell.verdict not in used:
            used.append(cell.verdict)
        text = _cell_text(cell, ctx)
        word = label(cell.verdict, ctx.lang) if cell.verdict else ""
        fill = fills[cell.verdict] if cell.verdict else None

        def make() -> MarkedCell:
            para = ScriptParagraph(text, cell_style)
            mark = None
            if cell.verdict and fill is not None:
                mark = VerdictBadge(cell.verdict, word, badge_style, fill, mark_ink, paper)
            # The badge stays on the table's start side whatever the direction of the text beside it.
            return MarkedCell(mark, para, size * 0.4, ctx.rtl)
        key = ("answer", text, cell.verdict, word, answer_setting)
        return [cell_template(key, make)]

    if stacked:
        out += stacked_chart(block, ctx, text_cell, answer, head_style, crit_style, cell_style, pad, log)
        _legend(block, ctx, used, out)
        return out
    if banded:
        out.append(banded_chart(block, ctx, text_cell, answer, head_style, crit_style, cell_style, pad, log))
        _legend(block, ctx, used, out)
        return out

    # The last version of this chart (an edit): its rows that did not change are taken over as they are.
    before = next((f for f in ctx.previous or () if isinstance(f, ChartTable)), None)
    reuse = before.parts if before is not None else {}
    parts: dict[Hashable, Any] = {}
    header_key = ("header", tb.criterion_heading, tb.subjects, Setting.of(head_style))
    header = reuse.pop(header_key, None) or [text_cell(tb.criterion_heading, head_style),
                                              *(text_cell(subj, head_style) for subj in tb.subjects)]
    parts[header_key] = header
    log(head_style, t.header_ink, head_bg)
    rows: list[list[Any]] = [header]
    for ci, crit in enumerate(tb.criteria):
        row_bg = zebra_bg if ci % 2 else t.paper
        log(crit_style, t.heading_ink, row_bg)
        log(cell_style, t.ink, row_bg)
        answers = [crit.cells[k] if k < len(crit.cells) else Cell() for k in range(len(tb.subjects))]
        used.extend(c.verdict for c in answers if c.verdict and c.verdict not in used)

        def make_row(crit: Criterion = crit, answers: list[Cell] = answers) -> Row:
            return Row([text_cell(crit.label, crit_style), *(answer(c) for c in answers)])
        # A criterion's row as a whole: an edit elsewhere in the chart finds it with one lookup.
        cites = tuple(tuple(ctx.sources.number(ev) for ev in c.evidence) for c in answers)
        key = ("row", crit, len(answers), cites, row_setting)
        row = reuse.pop(key, None) or list(cell_template(key, make_row))
        parts[key] = row
        rows.append(row)
    widths = [crit_w] + [subj_w] * len(tb.subjects)
    if ctx.rtl:
        rows = [list(reversed(r)) for r in rows]
        widths = list(reversed(widths))
    style = base_table_style(ctx, pad)
    last = len(rows) - 1
    crit_col = len(widths) - 1 if ctx.rtl else 0
    style += [
        ("TOPPADDING", (0, 0), (-1, 0), pad * 1.1),
        ("BOTTOMPADDING", (0, 0), (-1, 0), pad * 1.1),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 1), (-1, last), 0.5, ctx.col(t.rule)),
    ]
    if t.band_style == "outline" or head_bg == t.paper:
        style += [("LINEABOVE", (0, 0), (-1, 0), 1.5, ctx.col(t.ink)),
                  ("LINEBELOW", (0, 0), (-1, 0), 1.5, ctx.col(t.ink))]
    else:
        style.append(("BACKGROUND", (0, 0), (-1, 0), ctx.col(head_bg)))
    if t.zebra and last >= 1:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, last), [ctx.col(t.paper), ctx.col(t.zebra)]))
    # A hairline between subject columns keeps long cells apart without boxing every cell.
    subj_cols = [i for i in range(len(widths)) if i != crit_col]
    for i in subj_cols[1:] if not ctx.rtl else subj_cols[:-1]:
        side = "LINEBEFORE" if not ctx.rtl else "LINEAFTER"
        style.append((side, (i, 1), (i, last), 0.35, ctx.col(t.rule)))
    out.append(ChartTable(rows, widths, style, parts, repeatRows=1, hAlign="CENTER"))
    _legend(block, ctx, used, out)
    return out


def _legend(block: ComparisonBlock, ctx: Ctx, used: list[str], out: list[Flowable]) -> None:
    """Room under the table. Word badges say their verdict themselves: no legend of symbols is needed."""
    out.append(RLSpacer(1, ctx.sizes.gap))
