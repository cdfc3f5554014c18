"""ActualText spans (ISO 32000-1 14.9.4): the logical text of a line drawn reordered or shaped.

Right-to-left lines are drawn in visual order with shaped glyphs (Arabic presentation forms, mirrored
brackets); the span tells a reader what to copy and search: the words in reading order, brackets as typed.
"""

from __future__ import annotations

from organiser.printing.layout.bidi_support import BIDI_CONTROLS

_NO_CONTROLS = str.maketrans(dict.fromkeys(BIDI_CONTROLS))


def pdf_text_string(text: str) -> str:
    """``text`` as a PDF text string in hex (UTF-16BE with its byte order mark)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def begin_span(text: str) -> str:
    """The marked-content operator that opens a span whose copied text is ``text`` (bidi controls dropped)."""
    return f"/Span <</ActualText {pdf_text_string(text.translate(_NO_CONTROLS))}>> BDC"


END_SPAN = "EMC"
