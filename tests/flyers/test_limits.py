"""Bounds on what a flyer holds: a hostile flyer is refused in one line, fast, before layout."""

from __future__ import annotations

import time

import pytest

from organiser.errors import FlyerFormatError
from organiser.flyers.limits import MAX_CHART_ROWS, check_flyer_size
from organiser.flyers.model import (
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Flyer,
    Headline,
    TextBlock,
    TwoColumns,
)
from organiser.printing.render.pdf import render_flyer


def _nested(depth: int) -> Flyer:
    block = TwoColumns("c0", (TextBlock("t", "deep"),))
    for i in range(1, depth):
        block = TwoColumns(f"c{i}", (block,))
    return Flyer("x", (block,))


@pytest.mark.parametrize(("flyer", "message"), [
    (Flyer("x", (Headline("h", "A" * 1_000_000),)), "a headline prints at most 1,000 characters"),
    (Flyer("x", (TextBlock("t", "word " * 20_000),)), r"Text \(t.text\) has 100,000 characters"),
    (Flyer("x", tuple(TextBlock(f"t{i}", "word " * 9_000) for i in range(10))), "more than 400,000 characters"),
    (Flyer("x", (ComparisonBlock("c", ComparisonTable("t", ("a", "b"), tuple(
        Criterion(f"c{i}", (Cell("x"), Cell("y"))) for i in range(5_000)))),)), "at most 300 rows, this one has 5,000"),
    (_nested(200), "nested more than 8 deep"),
])
def test_oversized_flyers_are_refused_in_one_line_before_layout(flyer: Flyer, message: str) -> None:
    started = time.perf_counter()
    with pytest.raises(FlyerFormatError, match=message) as err:
        render_flyer(flyer)
    assert time.perf_counter() - started < 2 and "\n" not in str(err.value)


def test_a_long_but_real_flyer_is_within_bounds() -> None:
    rows = tuple(Criterion(f"Question {i}?", (Cell("An answer " * 20), Cell("Another " * 20)))
                 for i in range(MAX_CHART_ROWS))
    check_flyer_size(Flyer("Reading pack", (Headline("h", "A long reading pack"),
                                           ComparisonBlock("c", ComparisonTable("t", ("A", "B"), rows)))))
