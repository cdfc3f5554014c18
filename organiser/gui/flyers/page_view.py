"""A scrolling view of PDF pages rasterised by PDFium on demand: fit width, fit page or a free zoom.

Pages are rasterised when they become visible, at the size they are shown, and kept until the document or the
zoom changes. A page too large to keep whole at a high zoom is rasterised only where it is visible.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from organiser.printing.render.png import PageRaster, PdfPages

GAP = 10  # pixels around and between pages
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
WHOLE_PAGE_PIXELS = 12_000_000  # above this a page is rasterised only where it shows (about 48 MB at 4 bytes)


def to_qimage(raster: PageRaster, ratio: float = 1.0) -> QImage:
    """PDFium's BGRx pixels as a QImage that owns its memory."""
    image = QImage(raster.data, raster.width, raster.height, raster.stride, QImage.Format.Format_RGB32).copy()
    image.setDevicePixelRatio(ratio)
    return image


class PageView(QAbstractScrollArea):
    """The pages of one PDF, one under the other, centred; ``set_pdf`` swaps the document in place."""

    current_page_changed = Signal(int)
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._fit = "width"
        self._zoom = 1.0
        self._cache: dict[int, tuple[float, QImage]] = {}
        self._current = 0
        self.viewport().setAutoFillBackground(True)
        palette = self.viewport().palette()
        palette.setColor(self.viewport().backgroundRole(), QColor("#8a8f94"))
        self.viewport().setPalette(palette)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._track_page())

    # ---- document ------------------------------------------------------------------------------------------------

    def set_pdf(self, pdf: bytes | None) -> None:
        """Show ``pdf`` (None: nothing); the scroll position stays where the reader left it.

        Raises ``RenderError`` for bytes PDFium cannot read; the old document then stays."""
        pages = PdfPages(pdf) if pdf is not None else None
        old, self._pages = self._pages, pages
        self._cache.clear()
        if old is not None:
            old.close()
        self._relayout()

    def page_count(self) -> int:
        return len(self._pages) if self._pages is not None else 0

    def current_page(self) -> int:
        return self._current

    # ---- geometry ------------------------------------------------------------------------------------------------

    def _points_to_pixels(self) -> float:
        return self._zoom * self.logicalDpiX() / 72.0

    def _page_rects(self) -> list[QRect]:
        """Each page's rectangle in content coordinates (before scrolling)."""
        if self._pages is None:
            return []
        scale = self._points_to_pixels()
        widest = max((w for w, _h in self._pages.sizes), default=0.0) * scale
        content_width = max(int(widest) + 2 * GAP, self.viewport().width())
        rects, y = [], GAP
        for w, h in self._pages.sizes:
            pw, ph = max(1, round(w * scale)), max(1, round(h * scale))
            rects.append(QRect((content_width - pw) // 2, y, pw, ph))
            y += ph + GAP
        return rects

    def _fitted_zoom(self) -> float:
        """The zoom that fits the current page, the same whether the scroll bar shows or not.

        It is worked out from the whole inside of the view (the viewport plus the room of the scroll bars), and
        leaves the bar its room whenever the pages will scroll. A zoom taken from the viewport alone would flip:
        the bar appears, the page shrinks to fit, no longer needs the bar, grows again… thousands of times a second.
        """
        if self._pages is None or not self._pages.sizes:
            return self._zoom
        unit = self.logicalDpiX() / 72.0
        w, h = self._pages.sizes[min(self._current, len(self._pages) - 1)]
        inner = self.contentsRect()
        page_w, page_h = max(1.0, w * unit), max(1.0, h * unit)
        zoom = (inner.width() - 2 * GAP) / page_w
        if self._fit == "page":
            zoom = min(zoom, (inner.height() - 2 * GAP) / page_h)
        pages_h = sum(ph for _pw, ph in self._pages.sizes) * unit * zoom + GAP * (len(self._pages) + 1)
        if pages_h > inner.height():
            zoom = min(zoom, (inner.width() - self.verticalScrollBar().sizeHint().width() - 2 * GAP) / page_w)
        return max(MIN_ZOOM, zoom)

    def _relayout(self) -> None:
        if self._fit:
            zoom = self._fitted_zoom()
            if abs(zoom - self._zoom) > 1e-4:
                self._zoom = zoom
                self._cache.clear()
        rects = self._page_rects()
        height = (rects[-1].bottom() + GAP) if rects else 0
        width = max((r.right() for r in rects), default=0) + GAP
        self.verticalScrollBar().setPageStep(self.viewport().height())
        self.verticalScrollBar().setSingleStep(40)
        self.verticalScrollBar().setRange(0, max(0, height - self.viewport().height()))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        self.horizontalScrollBar().setRange(0, max(0, width - self.viewport().width()))
        self._track_page()
        self.viewport().update()
        self.zoom_changed.emit()

    def _track_page(self) -> None:
        """The current page is the one at the upper third of the viewport."""
        rects = self._page_rects()
        probe = self.verticalScrollBar().value() + self.viewport().height() // 3
        page = 0
        for i, rect in enumerate(rects):
            if rect.top() - GAP <= probe:
                page = i
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)
        self.viewport().update()

    # ---- zoom and navigation -------------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self._zoom

    def fit_mode(self) -> str:
        """"width", "page", or "" for a zoom of the user's choosing."""
        return self._fit

    def set_fit(self, how: str) -> None:
        self._fit = how
        self._relayout()

    def set_zoom(self, zoom: float) -> None:
        self._fit = ""
        page, offset = self._current, self._offset_in_page()
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._cache.clear()
        self._relayout()
        rects = self._page_rects()
        if rects:
            self.verticalScrollBar().setValue(rects[page].top() + round(offset * rects[page].height()) - GAP)

    def _offset_in_page(self) -> float:
        rects = self._page_rects()
        if not rects:
            return 0.0
        rect = rects[self._current]
        return max(0.0, (self.verticalScrollBar().value() + GAP - rect.top()) / max(1, rect.height()))

    def go_to_page(self, page: int) -> None:
        rects = self._page_rects()
        if 0 <= page < len(rects):
            self.verticalScrollBar().setValue(rects[page].top() - GAP)
            if self._current != page:  # a last page shorter than the viewport cannot scroll to the top
                self._current = page
                self.current_page_changed.emit(page)

    # ---- painting ------------------------------------------------------------------------------------------------

    def _raster(self, index: int, rect: QRect, visible: QRect) -> tuple[QRect, QImage]:
        """The image to draw for page ``index`` shown at ``rect``, and where it goes."""
        assert self._pages is not None
        ratio = self.devicePixelRatioF()
        scale = self._points_to_pixels() * ratio
        if rect.width() * rect.height() * ratio * ratio <= WHOLE_PAGE_PIXELS:
            cached = self._cache.get(index)
            if cached is None or abs(cached[0] - scale) > 1e-6:
                cached = (scale, to_qimage(self._pages.raster(index, scale), ratio))
                self._cache[index] = cached
            return rect, cached[1]
        # A huge page: only the visible part, cropped in points from each side of the page.
        part = rect.intersected(visible)
        unit = self._points_to_pixels()
        left = (part.left() - rect.left()) / unit
        top = (part.top() - rect.top()) / unit
        right = (rect.right() - part.right()) / unit
        bottom = (rect.bottom() - part.bottom()) / unit
        raster = self._pages.raster(index, scale, crop=(left, bottom, right, top))
        return part, to_qimage(raster, ratio)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pages is None:
            return
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        visible = QRect(QPoint(dx, dy), self.viewport().size())
        painter = QPainter(self.viewport())
        try:
            for index, rect in enumerate(self._page_rects()):
                if not rect.intersects(visible):
                    self._cache.pop(index, None)  # off screen: free it, it is cheap to redo
                    continue
                target, image = self._raster(index, rect, visible)
                painter.drawImage(target.translated(-dx, -dy), image)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
            return
        super().wheelEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(420, 560)
