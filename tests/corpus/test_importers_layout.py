"""PDF layout pieces: visual-order lines back to logical order, page furniture, hyphens, columns, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.corpus.importers import read_document
from organiser.corpus.importers.pdf_layout import Page, document_blocks, drop_furniture, is_page_number
from organiser.corpus.importers.pdf_lines import Line, logical_order


def line(text: str, left: float, right: float, top: float, size: float = 10.0, rtl: bool = False) -> Line:
    return Line(text, left, right, top - size, top, size, rtl)


@pytest.mark.parametrize(
    ("visual", "logical"),
    [
        # Hebrew drawn right to left, read off the page left to right (what the glyph positions give).
        ("?םלוכ םולש המ םלוע םולש", "שלום עולם מה שלום כולם?"),
        # Digits stay left to right; brackets drawn mirrored are read as typed.
        ("הנידמה רקבמ קוחל (4)(ב)15 ףיעס יפל", "לפי סעיף 15(ב)(4) לחוק מבקר המדינה"),
        ("English stays as it is (1)", "English stays as it is (1)"),
    ],
)
def test_logical_order(visual: str, logical: str) -> None:
    assert logical_order(visual) == logical


@pytest.mark.parametrize(
    "text", ["12", "- 3 -", "Page 4", "page 4 of 9", "Сторінка 2", "Сторінка 2 з 5", "صفحة 1", "عمود", "עמוד 1", "iv"]
)
def test_page_numbers_in_every_script(text: str) -> None:
    assert is_page_number(text) == (text != "عمود")


def test_running_header_and_page_numbers_are_dropped() -> None:
    pages = [
        Page(
            [
                line("United Nations – Human Rights Office", 200, 400, 820),
                line(f"Body text of page {n}.", 50, 500, 600),
                line(f"Page {n}", 280, 320, 30),
            ],
            595,
            842,
        )
        for n in (1, 2, 3)
    ]
    kept = [ln.text for page in drop_furniture(pages) for ln in page.lines]
    assert kept == ["Body text of page 1.", "Body text of page 2.", "Body text of page 3."]


def test_hyphen_joined_only_when_the_word_is_a_word() -> None:
    lines = [
        line("Lorem ipsum dolor sit amet, consectetuer adip-", 50, 500, 700),
        line("iscing elit, a well-", 50, 500, 688),
        line("known adipiscing text for the well known well-", 50, 500, 676),
        line("being of all.", 50, 200, 664),
    ]
    [block] = document_blocks([Page(lines, 595, 842)])
    assert "consectetuer adipiscing elit" in block.text
    assert "a well-known adipiscing" in block.text  # "wellknown" is no word of the document: the hyphen stays
    assert "well-being" in block.text


def test_two_columns_are_read_one_after_the_other() -> None:
    left = [line(f"Left column line {i} goes on and on", 50, 290, 700 - 12 * i) for i in range(6)]
    right = [line(f"Right column line {i} goes on and on", 310, 550, 700 - 12 * i) for i in range(6)]
    page = Page(left + right, 600, 800, gutter=300)
    text = " ".join(block.text for block in document_blocks([page]))
    assert text.index("Left column line 5") < text.index("Right column line 0")


def test_right_to_left_columns_start_on_the_right() -> None:
    right = [line(f"טור ימין שורה {i} ממשיכה", 310, 550, 700 - 12 * i, rtl=True) for i in range(6)]
    left = [line(f"טור שמאל שורה {i} ממשיכה", 50, 290, 700 - 12 * i, rtl=True) for i in range(6)]
    text = " ".join(block.text for block in document_blocks([Page(left + right, 600, 800, gutter=300)]))
    assert text.index("טור ימין שורה 5") < text.index("טור שמאל שורה 0")


def test_paragraphs_from_geometry_not_line_breaks(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    first = "The tenants of Garden Street met on Friday to plan the rent strike. " * 6
    second = "Everyone who came agreed to hold back the rent until the landlord repairs the roof. " * 5
    path = tmp_path / "letter.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(first, style), Paragraph(second, style)])
    statements = [s.text for s in read_document(path).sections if s.kind == "statement"]
    assert statements == [" ".join(first.split()), " ".join(second.split())]


def test_a_paragraph_cut_by_a_page_break_is_one_statement() -> None:
    first = Page(
        [line("Everyone is entitled to a social and international order in which the rights and", 50, 500, 120)],
        595, 842,
    )
    second = Page(
        [line("freedoms set forth in this Declaration can be fully realized.", 50, 400, 760),
         line("Article 29", 50, 120, 730, size=12.0)],
        595, 842,
    )
    texts = [block.text for block in document_blocks([first, second])]
    assert texts[0] == (
        "Everyone is entitled to a social and international order in which the rights and freedoms set forth in "
        "this Declaration can be fully realized."
    )
    assert texts[1] == "Article 29"


def test_a_mostly_latin_line_on_a_hebrew_page_keeps_the_page_direction() -> None:
    # Logical: "ראו את האתר Human Rights Watch" drawn right to left; the Latin run keeps its own order.
    visual = "Human Rights Watch רתאה תא ואר"
    assert logical_order(visual, rtl_page=True) == "ראו את האתר Human Rights Watch"


def test_ligatures_mapped_backwards_are_put_in_typing_order() -> None:
    from organiser.corpus.importers.pdf_lines import ligature_order

    assert ligature_order("آل") == "لآ"  # InDesign's lam-alef
    assert ligature_order("جل") == "لج"
    assert ligature_order("لخ") == "لخ"  # already in order
    assert ligature_order("fi") == "fi"


def test_real_doc_gazette_reads_clean_arabic() -> None:
    from tests.corpus.test_real_docs import REAL_DOCS

    path = REAL_DOCS / "ar" / "egypt-official-gazette-law8-2022.pdf"
    if not path.exists():
        pytest.skip("real documents not found")
    text = " ".join(s.text for s in read_document(path).sections)
    # Kashida-stretched words stay whole; lam-alef ligatures read lam first.
    assert "تسرى أحكام هذا القانون والقانون المرافق" in text
    assert "قرر مجلس النواب القانون الآتى نصه" in text
