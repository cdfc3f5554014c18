"""Text drawn as programs and numbered when its page ends: reused drawing prints right in any later document."""

from __future__ import annotations

import io
import unicodedata

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from organiser.printing.layout import ScriptParagraph, TextStyle, font_name
from organiser.printing.layout.late_text import LateTextCanvas
from organiser.printing.render.pdf import render_flyer
from tests.pdfcheck import pdf_fonts, pdf_text, sample_chart_flyer

UK = "Збори мешканців у четвер: ґанок, їжак, Євген."
EN = "Residents meet at the café on Thursday — naïve résumés welcome."
# More different letters than one 256-code font subset holds: ReportLab opens a second subset of the same font.
MANY = " ".join(chr(c) for c in [*range(0x100, 0x17F), *range(0x391, 0x3CA), *range(0x410, 0x450)]
                if chr(c).isalpha() and unicodedata.normalize("NFKC", chr(c)) == chr(c))


def _pdf(flowables: list[Flowable], late: bool = True) -> bytes:
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, initialFontName=font_name("sans"), invariant=True)
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(50, 50, 400, 700, id="f")])])
    if late:
        doc.build(flowables, canvasmaker=LateTextCanvas)
    else:
        doc.build(flowables)
    return buf.getvalue()


def _words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


def test_a_paragraph_drawn_before_prints_right_after_other_text_was_numbered_first() -> None:
    style = TextStyle(size=11)
    en = ScriptParagraph(EN, style)
    _pdf([en])  # en's drawing is now a program, made in another document
    uk = ScriptParagraph(UK, style)
    out = pdf_text(_pdf([uk, en]))  # Cyrillic numbered in this document together with the reused Latin
    assert _words(out) == _words(UK) + _words(EN)


def test_the_subset_is_the_same_whichever_order_the_paragraphs_are_drawn() -> None:
    style = TextStyle(size=11)
    one = _pdf([ScriptParagraph(UK, style), ScriptParagraph(EN, style)])
    other = _pdf([ScriptParagraph(EN, style), ScriptParagraph(UK, style)])
    assert [f["name"] for f in pdf_fonts(one)] == [f["name"] for f in pdf_fonts(other)]


def test_more_letters_than_one_subset_holds_print_on_either_canvas() -> None:
    for late in (True, False):
        pdf = _pdf([ScriptParagraph(MANY, TextStyle(size=9))], late=late)
        assert "".join(_words(pdf_text(pdf))) == "".join(_words(MANY))
        assert len({f["name"] for f in pdf_fonts(pdf)}) >= 2  # two subsets of Noto Sans


def test_a_chart_renders_byte_for_byte_the_same_after_other_flyers() -> None:
    chart = sample_chart_flyer()
    first = render_flyer(chart).pdf
    render_flyer(sample_chart_flyer(paper="A6", rtl_cells=True))  # Arabic and Hebrew numbered in between
    assert render_flyer(chart).pdf == first


def test_a_text_style_keeps_its_hash_but_never_pickles_it() -> None:
    import pickle

    style = TextStyle(size=10.5, bold=True)
    assert hash(style) == hash(TextStyle(size=10.5, bold=True))
    assert "_hash" not in pickle.loads(pickle.dumps(style)).__dict__  # string hashes differ between processes
