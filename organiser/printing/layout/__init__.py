"""Fonts, bidi and multilingual text layout for ReportLab (installs the rlbidi shim on import)."""

from organiser.printing.layout.bidi_support import install_rlbidi

install_rlbidi()

from organiser.printing.layout.fonts import (  # noqa: E402
    FAMILIES,
    FONT_DIR,
    font_for_char,
    font_name,
    missing_glyphs,
    register_fonts,
)
from organiser.printing.layout.text import (  # noqa: E402
    ScriptParagraph,
    TextStyle,
    paragraph_direction,
    text_width,
)

register_fonts()

__all__ = [
    "FAMILIES",
    "FONT_DIR",
    "ScriptParagraph",
    "TextStyle",
    "font_for_char",
    "font_name",
    "install_rlbidi",
    "missing_glyphs",
    "paragraph_direction",
    "register_fonts",
    "text_width",
]
