"""Cached HarfBuzz shaping of single-font, single-direction runs into ReportLab ShapedStr objects."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from organiser.printing.layout.bidi_support import mirror

_FEATURES = {"kern": True, "liga": True}
_hb_fonts: dict[str, Any] = {}


def _plain(ch: str) -> bool:
    """Characters drawn one glyph per code point: below U+0300, Cyrillic, unpointed Hebrew letters."""
    return ch < "\u0300" or ("\u0370" <= ch < "\u0591") or ("\u05d0" <= ch <= "\u05f4")


# What ``_plain`` leaves out, as one negated character class (a class of small ranges compiles in microseconds; one
# reaching U+10FFFF takes milliseconds at every start): combining marks below U+0370, Hebrew points and cantillation,
# everything from U+05F5 on. A regular expression scans a word ~10× faster than a loop per character.
_SHAPED = re.compile("[^\\x00-\\u02ff" + "".join(re.escape(chr(c)) for c in range(0x300, 0x370)
                                               if not unicodedata.combining(chr(c)))
                     + "\\u0370-\\u0590\\u05d0-\\u05f4]")


def needs_shaping(text: str) -> bool:
    """True if a run has characters whose glyphs depend on context (Arabic, Hebrew points, marks...)."""
    return _SHAPED.search(text) is not None


def _hb_font(font: str) -> tuple[Any, Any]:
    ttf = pdfmetrics.getFont(font)
    hbf = _hb_fonts.get(font)
    if hbf is None:
        hbf = _hb_fonts[font] = ttf.hbFont(10)
    return ttf, hbf


@lru_cache(maxsize=65536)
def shape_run(text: str, font: str, size: float, rtl: bool) -> tuple[str, float]:
    """Visual-order drawable string (plain str or ShapedStr) and its width in points.

    ``rtl`` runs are reversed and mirrored (Bidi_Mirroring_Glyph); complex runs go through HarfBuzz with
    an explicit direction so Arabic joins and brackets mirror exactly once.
    """
    if not text:
        return "", 0.0
    if not needs_shaping(text):
        if rtl:
            text = "".join(mirror(ch) for ch in reversed(text))
        return text, float(pdfmetrics.stringWidth(text, font, size))
    ttf, hbf = _hb_font(font)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hbf, buf, _FEATURES)
    face = ttf.face
    glyph_to_char = face.glyphToChar
    scale = ttf.pdfScale
    chars: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            code = glyph_to_char[gid][0]
        except (KeyError, IndexError):
            code = ttf.hbAddPrivate(hbf.glyph_to_string(gid), gid, pos.x_advance)
        x_adv = scale(pos.x_advance)
        advance += x_adv
        chars.append(chr(code))
        data.append(
            ShapeData(info.cluster, x_adv, scale(pos.y_advance), scale(pos.x_offset), scale(pos.y_offset),
                      face.charWidths.get(code, face.defaultWidth))
        )
    drawn = "".join(chars)
    if all(d.x_offset == 0 and d.y_offset == 0 and abs(d.x_advance - d.width) < 1e-6 for d in data):
        return drawn, advance * size / 1000.0  # nominal advances: a plain string draws the same, faster
    return ShapedStr(drawn, shapeData=data), advance * size / 1000.0
