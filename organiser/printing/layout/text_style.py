"""Text as it is measured: the style of a run of text, its normal form, direction, font runs and shaped width.

ScriptParagraph (``text.py``) breaks lines with these; tables and badges measure with them too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any, Literal

from organiser.printing.layout.bidi_support import first_strong
from organiser.printing.layout.fonts import covers, font_for_char, font_name, font_scale, has_glyph
from organiser.printing.layout.shaping import shape_run
from organiser.printing.layout.typography import text_lang, typeset

Align = Literal["start", "center", "end", "justify"]
Direction = Literal["ltr", "rtl"]

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_DROP = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad]")
_SPACES = re.compile(r"[\t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]")
_INHERIT_CATS = frozenset(("Mn", "Me", "Cf"))


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph looks; ``color`` is a hex string or a reportlab Color/CMYKColor."""

    family: str = "sans"
    size: float = 11
    leading: float | None = None
    bold: bool = False
    italic: bool = False
    color: object = "#000000"
    align: Align = "start"
    space_before: float = 0
    space_after: float = 0
    hyphenate_lang: str | None = None
    uppercase: bool = False
    lang: str | None = None  # set: quotes, dashes and no-break spaces follow this language (typography.py)
    balance: bool = False  # headlines: lines of even length, never one word alone on the last line
    first_indent: float = 0.0  # room kept free at the start of the first line (a run-in verdict badge)

    def __hash__(self) -> int:
        """Hashed once: styles are keys of every layout memo, looked up thousands of times per render."""
        known: int | None = self.__dict__.get("_hash")
        if known is None:
            known = hash(tuple(map(self.__dict__.__getitem__, _STYLE_FIELDS)))
            object.__setattr__(self, "_hash", known)
        return known

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}  # string hashes differ per process

    @property
    def line_height(self) -> float:
        """Baseline-to-baseline distance (1.3 × size unless ``leading`` is set)."""
        return self.leading if self.leading is not None else 1.3 * self.size

    @property
    def font(self) -> str:
        """Registered name of the preferred font."""
        return font_name(self.family, self.bold, self.italic)


_STYLE_FIELDS = tuple(f.name for f in fields(TextStyle))


@lru_cache(maxsize=2048)
def _restyled(style: TextStyle, changes: tuple[tuple[str, Any], ...]) -> TextStyle:
    return replace(style, **dict(changes))


def restyle(style: TextStyle, **changes: Any) -> TextStyle:
    """``replace(style, ...)``, remembered: every build derives the same badge, header and cell styles again."""
    return _restyled(style, tuple(sorted(changes.items())))


def normalise(text: str, uppercase: bool = False, lang: str | None = None) -> str:
    """Text as laid out: one newline kind, tabs and odd spaces as spaces, C0/C1 controls and SHY dropped.

    With ``lang``, also the typographic characters of the paragraph's language (stored text is never changed).
    """
    text = _SPACES.sub(" ", _DROP.sub("", _NEWLINES.sub("\n", text)))
    if lang is not None:
        text = typeset(text, text_lang(text, lang))
    return text.upper() if uppercase else text


def paragraph_direction(text: str) -> Direction:
    """'rtl' if the first strong character is Arabic/Hebrew (R/AL), else 'ltr'."""
    return "rtl" if first_strong(text) == "rtl" else "ltr"


def _runs(text: str, preferred: str) -> list[tuple[str, str]]:
    """Split into (font, substring) runs; whitespace, marks and format characters stay with their base."""
    if text and covers(preferred, text):
        return [(preferred, text)]  # most words: every letter in the preferred face
    out: list[tuple[str, str]] = []
    cur_font = ""
    start = 0
    for i, ch in enumerate(text):
        if cur_font and (ch == " " or unicodedata.category(ch) in _INHERIT_CATS) and (
            has_glyph(cur_font, ch) or not ch.isprintable()
        ):
            continue
        f = font_for_char(ch, preferred)
        if f != cur_font:
            if i > start:
                out.append((cur_font, text[start:i]))
            cur_font, start = f, i
    if len(text) > start:
        out.append((cur_font or preferred, text[start:]))
    return out


@lru_cache(maxsize=65536)
def _word_width(word: str, preferred: str, size: float) -> float:
    return sum(shape_run(s, f, size * font_scale(f), first_strong(s) == "rtl")[1] for f, s in _runs(word, preferred))


def text_width(text: str, style: TextStyle) -> float:
    """Shaped width of one line of text (cached per font, size and word)."""
    text = normalise(text, style.uppercase, style.lang)
    pref, size = style.font, float(style.size)
    space = _word_width(" ", pref, size)
    total = 0.0
    for part in text.split("\n"):
        words = part.split(" ")
        total = max(total, sum(_word_width(w, pref, size) for w in words if w) + space * (len(words) - 1))
    return total
