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


def test_fitting_the_width_settles_where_the_scroll_bar_would_flip(qtbot: QtBot) -> None:
    """A page a little taller than the view at full width but not with the bar's room taken off: the view used to
    flip the bar on and off, re-laying itself out thousands of times a second while the user did nothing."""
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from organiser.gui.flyers.page_view import GAP, PageView

    view = PageView()
    qtbot.addWidget(view)
    view.resize(500, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_pdf(_pdf(1))  # A4 at ReportLab's default 595 × 842 points
    unit = view.logicalDpiX() / 72.0
    frame = view.width() - view.contentsRect().width()
    bar = view.verticalScrollBar().sizeHint().width()
    inner_w = 500 - frame
    full, with_bar = (inner_w - 2 * GAP) / (595 * unit), (inner_w - bar - 2 * GAP) / (595 * unit)
    tall = round(842 * unit * (full + with_bar) / 2) + 2 * GAP  # needs the bar at full width, not without it
    view.resize(500, tall + frame)
    qtbot.wait(50)
    resizes = []
    original = view.resizeEvent

    def counting(event: object) -> None:
        resizes.append(event)
        original(event)  # type: ignore[arg-type]

    view.resizeEvent = counting  # type: ignore[method-assign]
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < 300:
        QApplication.processEvents()
    assert len(resizes) <= 2, f"{len(resizes)} re-layouts in 0.3 s of doing nothing"
    assert abs(view.zoom() - with_bar) < 0.01  # the page keeps the bar's room: the same zoom in both states
