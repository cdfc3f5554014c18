"""A chart row is read across: a question and its answers are never cut by the end of a page."""

from __future__ import annotations

import pytest

from organiser.flyers.model import Cell, ComparisonBlock, ComparisonTable, Criterion, Flyer, Headline, PageSpec
from organiser.printing.render.pdf import RenderOptions, render_flyer
from tests.pdfcheck import pdf_text

_WORDS = ("occupation settlers rights courts water land schools homes roads permits soldiers prisoners "
          "villages farms families workers unions elections").split()


def _answer(row: int, col: int) -> str:
    """A long answer that begins and ends with words found nowhere else."""
    body = " ".join(_WORDS[(row * 7 + col * 3 + i) % len(_WORDS)] for i in range(45 + 9 * (row % 3)))
    return f"Begins{row}x{col} {body} ends{row}x{col}."


def _long_chart(paper: str, subjects: int = 2) -> Flyer:
    crit = tuple(Criterion(f"Question{r}x asked?", tuple(Cell(_answer(r, c), "yes") for c in range(subjects)))
                 for r in range(14))
    table = ComparisonTable("", tuple(f"Subject {c}" for c in range(subjects)), crit)
    return Flyer(title="long", page=PageSpec(paper=paper),  # type: ignore[arg-type]
                 blocks=(Headline("h", "A long chart"), ComparisonBlock("c", table)))


@pytest.mark.parametrize("subjects", [2, 3])
@pytest.mark.parametrize("paper", ["A4", "A5", "A6", "A3", "Letter"])
def test_no_row_of_a_long_chart_is_split_across_pages(paper: str, subjects: int) -> None:
    result = render_flyer(_long_chart(paper, subjects), RenderOptions(paper=paper))  # type: ignore[arg-type]
    assert result.page_count >= 2
    pages = [pdf_text(result.pdf, page=p) for p in range(1, result.page_count + 1)]
    for r in range(14):
        for c in range(subjects):
            # The answer whole on one side, under its question (a narrow page repeats the question).
            found = [[n for n, text in enumerate(pages, 1) if m in text] for m in (f"Begins{r}x{c}", f"ends{r}x{c}")]
            assert found[0] == found[1] and len(found[0]) == 1, (paper, r, c, found)
            assert f"Question{r}x" in pages[found[0][0] - 1], (paper, r, c)
