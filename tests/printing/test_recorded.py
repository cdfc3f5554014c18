"""Recorded drawing: a flowable drawn again at the same size replays its operators; resources are never replayed."""

from __future__ import annotations

import io
from collections.abc import Hashable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4

from organiser.printing.layout.late_text import LateTextCanvas
from organiser.printing.layout.recorded import Recording, draw_recorded
from organiser.printing.render.pdf import render_flyer
from tests.pdfcheck import pdf_text, sample_chart_flyer


def _canvas() -> LateTextCanvas:
    return LateTextCanvas(io.BytesIO(), pagesize=A4, invariant=1)


def test_a_drawing_is_replayed_and_not_drawn_again() -> None:
    store: dict[Hashable, Recording] = {}
    calls: list[int] = []

    def draw(canv: Any) -> None:
        calls.append(1)
        canv.rect(10, 10, 50, 20, stroke=1, fill=0)

    first, second = _canvas(), _canvas()
    draw_recorded(first, store, "k", lambda: draw(first))
    draw_recorded(second, store, "k", lambda: draw(second))
    assert calls == [1]
    assert first._code[-1] == second._code[-1] and "re" in second._code[-1]


def test_a_drawing_that_uses_a_transparency_state_is_drawn_every_time() -> None:
    store: dict[Hashable, Recording] = {}
    calls: list[int] = []

    def draw(canv: Any) -> None:
        calls.append(1)
        canv.saveState()
        canv.setFillColor(Color(1, 0, 0, alpha=0.5))  # a /gs resource of this document
        canv.rect(10, 10, 50, 20, stroke=0, fill=1)
        canv.restoreState()

    for _ in range(2):
        canv = _canvas()
        draw_recorded(canv, store, "k", lambda canv=canv: draw(canv))  # type: ignore[misc]
        assert any(" gs" in op for op in canv._code if isinstance(op, str))
    assert calls == [1, 1] and not store


def test_a_re_rendered_chart_replays_its_table_and_prints_the_same() -> None:
    chart = sample_chart_flyer()
    first = render_flyer(chart).pdf
    again = render_flyer(chart).pdf  # the table from the block cache: its drawing replayed
    assert again == first
    assert "Russia in Ukraine" in pdf_text(again)
