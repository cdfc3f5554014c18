"""Bundled fonts: registration, family/style names, per-character fallback, missing glyphs, embedding."""

from __future__ import annotations

import io

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from organiser.printing.layout import FAMILIES, FONT_DIR, font_for_char, font_name, missing_glyphs, register_fonts
from tests.pdfcheck import pdf_fonts


def test_font_files_and_licence_are_bundled() -> None:
    assert (FONT_DIR / "LICENSE-DejaVu.txt").is_file()
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONT_DIR / "LICENSE-Noto-OFL.txt").read_text(encoding="utf-8")
    for fam in FAMILIES.values():
        for _name, filename in (fam.regular, fam.bold, fam.italic, fam.bold_italic):
            assert (FONT_DIR / filename).is_file()


def test_register_is_idempotent_and_names_resolve() -> None:
    register_fonts()
    register_fonts()
    assert font_name("sans") == "Org-Sans"
    assert font_name("sans", bold=True) == "Org-Sans-Bold"
    assert font_name("serif", italic=True) == "Org-Serif-Italic"
    assert font_name("display", bold=True) == "Org-Display-Bold"
    assert font_name("display") == "Org-Sans"
    for fam in FAMILIES:
        for bold in (False, True):
            for italic in (False, True):
                assert pdfmetrics.getFont(font_name(fam, bold, italic)).face is not None


def test_font_for_char_falls_back_to_the_partner_of_the_same_design() -> None:
    assert font_for_char("a", "Org-Serif") == "Org-Serif"
    assert font_for_char("ґ", "Org-Serif") == "Org-Serif"
    assert font_for_char("ش", "Org-Serif") == "Org-Naskh"  # serif Latin pairs with Naskh
    assert font_for_char("ש", "Org-Serif-Italic") == "Org-Hebrew-Serif"
    assert font_for_char("ش", "Org-Sans-Italic") == "Org-Arabic"
    assert font_for_char("ש", "Org-Sans") == "Org-Hebrew"
    assert font_for_char("ش", "Org-Display-Bold") == "Org-Arabic-Bold"
    assert font_for_char("ש", "Org-Serif-Bold") == "Org-Hebrew-Serif-Bold"
    assert font_for_char("2", "Org-Sans") == "Org-Sans"  # digits in Hebrew text: Noto Sans Hebrew has none
    assert font_for_char("✓", "Org-Sans") == "Org-Fallback"  # only DejaVu has it: the glyph fallback
    assert font_for_char("中", "Org-Serif") == "Org-Serif"  # nobody has it: keep the preferred font


def test_arabic_is_scaled_to_the_latin_and_latin_is_not() -> None:
    from organiser.printing.layout.fonts import font_scale

    assert font_scale("Org-Sans") == font_scale("Org-Serif-Bold") == 1.0
    assert 1.05 <= font_scale("Org-Arabic") <= 1.25 and 1.05 <= font_scale("Org-Naskh") <= 1.25


def test_missing_glyphs() -> None:
    assert missing_glyphs("中") == {"中"}
    assert missing_glyphs("ґ ش ש") == set()
    assert missing_glyphs("Hello, світ! مرحبا שלום 2024 \u200f\u200e\t\n") == set()
    assert missing_glyphs("a\u0915b\u0e01") == {"\u0915", "\u0e01"}  # Devanagari, Thai


def test_only_embedded_fonts_in_a_canvas() -> None:
    buf = io.BytesIO()
    c = Canvas(buf, initialFontName=font_name("serif"))
    for i, fam in enumerate(FAMILIES):
        c.setFont(font_name(fam, bold=True), 12)
        c.drawString(72, 700 - 20 * i, "Ґанок Ї")
    c.save()
    fonts = pdf_fonts(buf.getvalue())
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert not any("Helvetica" in f["name"] for f in fonts)
