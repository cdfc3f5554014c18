"""The preview's page view (PDFium, no QtPdf): pages, navigation, zoom, and the reader's place kept across versions."""

from __future__ import annotations

import io

from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from organiser.gui.flyers.page_view import WHOLE_PAGE_PIXELS
from organiser.gui.flyers.preview import PreviewPane


def _pdf(pages: int, label: str = "Page") -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for i in range(pages):
        c.setFillColorRGB(0.8, 0.1, 0.2)
        c.rect(50, 600, 300, 100, fill=1, stroke=0)
        c.drawString(60, 560, f"{label} {i + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def _pane(qtbot: QtBot) -> PreviewPane:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(420, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_pages_are_drawn_and_navigated(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    pane.show_pdf(_pdf(3))
    assert pane.page_count() == 3 and pane.page_label.text() == "Page 1 of 3"
    image = pane.view.viewport().grab().toImage()  # type: ignore[union-attr]
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, 300, 7)}
    assert "#ffffff" in colours  # the paper
    assert any(c.startswith("#c") or c.startswith("#d") for c in colours)  # the red box on it
    pane.go_to_page(2)
    assert pane.current_page() == 2 and pane.page_label.text() == "Page 3 of 3"
    pane.go_to_page(1)
    assert pane.page_label.text() == "Page 2 of 3"


def test_a_new_version_keeps_the_page_and_the_zoom(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    pane.show_pdf(_pdf(3, "Version 1"))
    pane.go_to_page(1)
    pane.zoom_by(1.5)
    zoom, scroll = pane.zoom_factor(), pane.view.verticalScrollBar().value()  # type: ignore[union-attr]
    pane.show_pdf(_pdf(3, "Version 2"))
    assert pane.current_page() == 1 and pane.zoom_factor() == zoom
    assert pane.view.verticalScrollBar().value() == scroll  # type: ignore[union-attr]
    assert pane.zoom_label.text() == f"{round(zoom * 100)} %"
    pane.fit("page")
    assert pane.zoom_label.text() == "" and pane.zoom_factor() < zoom


def test_a_high_zoom_rasterises_only_what_shows(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    pane.show_pdf(_pdf(1))
    pane.zoom_by(100)  # clamped to 800 %
    assert pane.zoom_factor() == 8.0
    pane.view.viewport().grab()  # type: ignore[union-attr]
    for _scale, image in pane.view._cache.values():  # type: ignore[union-attr]
        assert image.width() * image.height() <= WHOLE_PAGE_PIXELS


def test_unreadable_bytes_say_so_and_keep_the_last_good_document(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    good = _pdf(2)
    pane.show_pdf(good)
    pane.show_pdf(b"%PDF-1.4 broken")
    assert pane.pdf == good and pane.page_count() == 2
    assert pane._message.isVisible() and "could not be shown" in pane._message.text()
