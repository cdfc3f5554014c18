"""Preflight warnings (written in English by the printing package) show in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from organiser.flyers.model import Citation, Flyer, PageSpec, QRBlock, Quote, StatementBlock, TextBlock
from organiser.gui import i18n
from organiser.gui.flyers.preflight_text import warning_text
from organiser.printing.render.pdf import render_flyer


@pytest.fixture(scope="module")
def messages() -> list[str]:
    """Real warnings: an unsourced statement and quote, a QR code too small to scan, text that overflows A6."""
    flyer = Flyer(title="t", page=PageSpec(paper="A6"), blocks=(
        StatementBlock("s1", None, "Some text", Citation()),
        QRBlock("q", "https://example.org/a/long/path/that/needs/many/modules", size_mm=8.0),
        Quote("q2", "A quote", ""),
        TextBlock("t1", "word " * 3000),
    ))
    found = [w.message for w in render_flyer(flyer).warnings]
    assert len(found) >= 4
    return found


@pytest.mark.parametrize("lang", ["uk", "ar", "he"])
def test_known_warnings_are_translated_with_their_numbers(qapp: QApplication, messages: list[str],
                                                          lang: str) -> None:
    i18n.install(qapp, lang)
    for message in messages:
        shown = warning_text(message)
        assert shown != message, message
        assert not any(word in shown for word in ("source", "page", "QR code is")), shown
        for number in ("8", "20", "0.18", "4"):
            if f" {number} " in message:
                assert number in shown


def test_english_and_unknown_sentences_stay_as_written(qapp: QApplication, messages: list[str]) -> None:
    assert [warning_text(m) for m in messages] == messages
    i18n.install(qapp, "uk")
    assert warning_text("Something new the printer says.") == "Something new the printer says."


@pytest.mark.parametrize("message", [
    "Small text is printed in several inks: use 100 % black (K) so it stays sharp.",
    "Some areas use 340% ink; print shops accept at most 300%.",
    "A line is 0.10 pt thin; presses do not hold lines under 0.25 pt.",
    "The CMYK file still holds RGB colour (3 colours, 1 images): the shop will convert it without your say.",
    "Fonts not embedded: Helvetica.",
    "PDF/X was asked for but the file names no output condition (OutputIntent).",
    "2-up prints this A4 flyer at 71% of its size; text may be too small to read (make the page A5)",
])
def test_print_shop_checks_are_translated(qapp: QApplication, message: str) -> None:
    i18n.install(qapp, "he")
    shown = warning_text(message)
    assert shown != message
    assert all(n in shown for n in ("340%", "300%") if n in message)
