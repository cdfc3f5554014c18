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
