"""PDF glyphs to text lines: glyphs grouped by position (not by content-stream order), RTL lines put in logical order.

A PDF only says where each glyph is drawn. Producers write glyphs in any order (LibreOffice and Word write Hebrew
right to left, Apple left to right, InDesign in runs), so the reading order is rebuilt from the page geometry: rows by
baseline, glyphs by x, then the Unicode bidi algorithm turns a visual-order right-to-left line back into logical
order, and NFKC maps Arabic presentation forms back to letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
_PRESENTATION = re.compile("[\ufb00-\ufdff\ufe70-\ufeff]+")
_TATWEEL = "\u0640"
_SPACED_PUNCTUATION = re.compile(r"\s+([.,;:!?\u061f\u060c\u061b])(?=\s|$)")
_SPACE_GAP = 0.18  # a gap wider than this share of the font size is a word space
# Arabic justified by kashida leaves gaps of ~0.3 em inside words; a producer that writes its word spaces as space
# glyphs (InDesign, Word) is trusted for them, and only a much wider gap counts as a space of its own.
_SPACE_GAP_WITH_SPACES = 0.5
_JOINING = re.compile("[\u0620-\u064a\u066e-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")  # Arabic letters
_COLUMN_GAP = 3.0  # a gap wider than this many font sizes separates two blocks of text (table cells, frames)


@dataclass(frozen=True)
class Glyph:
    """One drawn character: its text (a base letter with any combining marks) and its box in points."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float
    baseline: float
    space: bool = False  # a space character drawn by the producer


@dataclass(frozen=True)
class Line:
    """A run of glyphs on one baseline with no column gap inside, its text in logical order."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float
    rtl: bool

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


def is_rtl_text(text: str) -> bool:
    """More right-to-left letters than left-to-right ones."""
    return len(_RTL_LETTER.findall(text)) > len(_LTR_LETTER.findall(text))


def base_letters(text: str) -> str:
    """Arabic presentation forms and ligatures back to base letters; kashida stretching removed."""
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return text.replace(_TATWEEL, "")


def logical_order(visual: str, rtl_page: bool = False) -> str:
    """A line read left to right off the page, in the order it was typed (UAX #9 applied to visual text). On a
    right-to-left page every line with right-to-left letters has a right-to-left base direction, even one that is
    mostly an English name or a URL; elsewhere the line's own majority decides."""
    if not _RTL_LETTER.search(visual):
        return visual
    from bidi import algorithm

    # The bidi algorithm maps logical to visual; on a single line it is its own inverse (runs are reversed back,
    # digits and Latin runs kept left to right, the bracket drawn ")" in a right-to-left run read as "(").
    # This pure-Python implementation resolves brackets as visual text needs (the compiled one pairs them first).
    storage = algorithm.get_empty_storage()
    storage["base_level"] = algorithm.PARAGRAPH_LEVELS["R" if rtl_page or is_rtl_text(visual) else "L"]
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    algorithm.get_embedding_levels(visual, storage, False, False)
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    return "".join(str(ch["ch"]) for ch in storage["chars"])


def cluster_marks(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """The letters of one ligature glyph (same box) stay together in the order the text layer gives them."""
    out: list[Glyph] = []
    for glyph in glyphs:
        same_box = out and (out[-1].left, out[-1].right) == (glyph.left, glyph.right) and not glyph.space
        if same_box:
            prev = out[-1]
            out[-1] = Glyph(
                prev.text + glyph.text, prev.left, prev.bottom, prev.right, prev.top, prev.size, prev.baseline
            )
        else:
            out.append(glyph)
    return out


def _rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs sharing a baseline (within a third of the type size: superscripts stay on their line), top first."""
    ordered = sorted(glyphs, key=lambda g: -g.baseline)
    rows: list[list[Glyph]] = []
    baseline = 0.0
    for glyph in ordered:
        if rows and baseline - glyph.baseline <= max(glyph.size, 1.0) / 3:
            rows[-1].append(glyph)
            continue
        rows.append([glyph])
        baseline = glyph.baseline
    return rows


_LAM = "\u0644"
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def ligature_order(text: str) -> str:
    """The letters of one Arabic ligature glyph in typing order. Arabic ligatures begin with lam (lam-alef, lam-jeem,
    lam-khah...), and alef never joins the letter after it; InDesign maps them backwards ("آل" for "لآ")."""
    if len(text) == 2 and text[1] == _LAM and text[0] != _LAM and _ARABIC_LETTER.match(text[0]):
        return text[::-1]
    return text


def _is_mark(glyph: Glyph) -> bool:
    return bool(glyph.text) and all(unicodedata.combining(ch) for ch in glyph.text)


def attach_marks(row: Sequence[Glyph]) -> list[Glyph]:
    """Combining marks (harakat, niqqud) joined to the letter they are drawn over; producers write them anywhere
    in the content stream (LibreOffice at the end of the word). ``row`` is sorted by x."""
    bases = [g for g in row if not _is_mark(g)]
    texts = {id(g): g.text for g in bases}
    for mark in (g for g in row if _is_mark(g)):
        centre = (mark.left + mark.right) / 2
        letters = [g for g in bases if not g.space]
        if not letters:
            continue
        base = min(letters, key=lambda g: abs((g.left + g.right) / 2 - centre) - (g.right - g.left) / 2)
        texts[id(base)] += mark.text
    return [Glyph(texts[id(g)], g.left, g.bottom, g.right, g.top, g.size, g.baseline, g.space) for g in bases]


def _visual_text(run: Sequence[Glyph]) -> str:
    parts: list[str] = []
    previous: Glyph | None = None
    spaced = any(g.space for g in run)
    for glyph in run:
        if glyph.space:
            parts.append(" ")
            previous = glyph
            continue
        kashida = spaced and previous is not None and _JOINING.match(previous.text) and _JOINING.match(glyph.text)
        threshold = _SPACE_GAP_WITH_SPACES if kashida else _SPACE_GAP
        if previous is not None and glyph.left - previous.right > threshold * max(glyph.size, 1.0):
            parts.append(" ")
        # A base letter with its marks (or a ligature's letters), stored right to left when the letter is: bidi
        # reverses it back.
        text = ligature_order(glyph.text)
        parts.append(text[::-1] if _RTL_LETTER.match(text) and len(text) > 1 else text)
        previous = glyph
    return " ".join("".join(parts).split())


def _line(run: Sequence[Glyph], rtl_page: bool) -> Line | None:
    visible = [g for g in run if not g.space]
    if not visible:
        return None
    text = base_letters(logical_order(_visual_text(run), rtl_page))
    rtl = bool(_RTL_LETTER.search(text)) and (rtl_page or is_rtl_text(text))
    if rtl:  # a trailing space drawn between a word and its full stop
        text = _SPACED_PUNCTUATION.sub(r"\1", text)
    sizes = sorted(g.size for g in visible)
    return Line(
        text=unicodedata.normalize("NFC", text),
        left=min(g.left for g in visible),
        right=max(g.right for g in visible),
        bottom=min(g.bottom for g in visible),
        top=max(g.top for g in visible),
        size=sizes[len(sizes) // 2],
        rtl=rtl,
    )


def find_gutter(rows: Sequence[Sequence[Glyph]], width: float) -> float | None:
    """The x of a column gutter: a vertical strip that no row crosses while many rows have text on both sides.
    Word spaces of justified text fall at different places on each row, so they never line up into one."""
    crossing = [0] * (int(width) + 2)
    both_sides = 0
    lo, hi = int(width * 0.25), int(width * 0.75)
    for row in rows:
        covered: set[int] = set()
        for glyph in row:
            covered.update(range(max(int(glyph.left) + 1, lo), min(int(glyph.right) + 1, hi)))
        for x in covered:
            crossing[x] += 1
        if row and min(g.left for g in row) < lo and max(g.right for g in row) > hi:
            both_sides += 1
    if both_sides < 4 or hi <= lo:
        return None
    best = min(range(lo, hi), key=lambda x: crossing[x])
    return float(best) if crossing[best] <= max(2, both_sides // 4) else None


def page_lines(glyphs: Sequence[Glyph], width: float = 0.0) -> tuple[list[Line], float | None]:
    """The lines of one page, top row first, and the column gutter if the page has two columns; a row splits at
    the gutter and at very wide gaps."""
    lines: list[Line] = []
    rtl_page = is_rtl_text("".join(glyph.text for glyph in glyphs))
    rows = _rows(cluster_marks(glyphs))
    gutter = find_gutter(rows, width) if width else None
    for row in rows:
        row.sort(key=lambda g: (g.left + g.right) / 2)
        run: list[Glyph] = []
        for glyph in attach_marks(row):
            solid = [g for g in run if not g.space]
            at_gutter = gutter is not None and solid and solid[-1].right <= gutter <= glyph.left
            wide = solid and glyph.left - solid[-1].right > _COLUMN_GAP * max(glyph.size, solid[-1].size, 1.0)
            if at_gutter or wide:
                if (line := _line(run, rtl_page)) is not None:
                    lines.append(line)
                run = []
            run.append(glyph)
        if (line := _line(run, rtl_page)) is not None:
            lines.append(line)
    return [line for line in lines if line.text], gutter
