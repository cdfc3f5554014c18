"""One line of a paragraph as drawable items in visual order: bidi runs per font, shaped, with direction marks.

Where the direction changes, zero-width marks (LRM/RLM) of both sides are drawn between the runs: text extractors
that rebuild lines from glyph positions with a simplified bidi (poppler's pdftotext) would otherwise give a neutral
at the edge of a run, such as a closing bracket, to the wrong side. A mirrored bracket of a right-to-left run is its
own item carrying the character it stands for (its glyph is the other bracket's), so extraction reads "(" where the
reader sees an opening bracket.
"""

from __future__ import annotations

from organiser.printing.layout.bidi_support import line_levels, mirror, visual_order
from organiser.printing.layout.fonts import font_scale
from organiser.printing.layout.memo import Memo
from organiser.printing.layout.shaping import shape_run
from organiser.printing.layout.text_style import _runs

Item = tuple[str, str, float, bool, float, str]  # drawable, font, width, is a space, size, character it stands for
DIRECTION_MARKS = ("\u200e", "\u200f")  # LRM, RLM: zero-width glyphs in every bundled font
# Shaped lines: pure results, reused by every fitting pass and re-render.
ITEMS: Memo[tuple[Item, ...]] = Memo(16384)


def line_items(text: str, raw: list[int], pref: str, size: float, base: int, justify: bool,
               hyphen: bool) -> tuple[Item, ...]:
    """The items of ``text`` (a line, its hyphen included) with its paragraph levels ``raw`` (memoised)."""
    key = (text, tuple(raw), pref, size, base, justify, hyphen)
    known = ITEMS.get(key)
    if known is None:
        known = _shaped_items(text, raw, pref, size, base, justify, hyphen)
        ITEMS.put(key, known)
    return known


def _shaped_items(text: str, raw: list[int], pref: str, size: float, base: int, justify: bool,
                  hyphen: bool) -> tuple[Item, ...]:
    raw = raw + [raw[-1] if raw else base] if hyphen else raw  # hyphen follows its word
    levels = line_levels(text, raw, base) if base or any(raw) else raw

    def mirrored(i: int) -> bool:  # a bracket drawn as its mirror image: an item of its own
        return levels[i] % 2 == 1 and mirror(text[i]) != text[i]

    runs: list[tuple[int, str, int, int]] = []  # level, font, start, end (line-relative)
    pos = 0
    for font, part in _runs(text, pref):
        i = pos
        end = pos + len(part)
        while i < end:
            j = i + 1
            sp = justify and text[i] == " "
            while (j < end and not mirrored(i) and not mirrored(j) and levels[j] == levels[i]
                   and (not justify or (text[j] == " ") == sp)):
                j += 1
            runs.append((levels[i], font, i, j))
            i = j
        pos = end
    items: list[Item] = []
    mixed = len({r[0] % 2 for r in runs}) > 1
    before = -1
    for idx in visual_order([r[0] for r in runs]):
        level, font, i, j = runs[idx]
        fsize = size * font_scale(font)
        if mixed and before >= 0 and level % 2 != before:
            items.append((DIRECTION_MARKS[before] + DIRECTION_MARKS[level % 2], font, 0.0, False, fsize, ""))
        before = level % 2
        s, w = shape_run(text[i:j], font, fsize, bool(level % 2))
        actual = text[i] if mirrored(i) else ""
        items.append((s, font, w, justify and text[i] == " ", fsize, actual))
    return tuple(items)
