"""PDF pages to PNG images with pypdfium2 (white background), for export, previews and thumbnails."""

from __future__ import annotations

import io
import threading
from typing import Any, NamedTuple

from organiser.errors import RenderError

PDFIUM_LOCK = threading.RLock()
"""PDFium is not thread-safe: every call into it (exports, thumbnails, the preview, printing) holds this lock."""


def _document(pdf: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise RenderError(f"cannot rasterise: not a readable PDF ({exc})") from None


def _png(bitmap: Any, dpi: float = 72.0) -> bytes:
    out = io.BytesIO()
    bitmap.to_pil().save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def pdf_to_png(pdf: bytes, dpi: int = 150, page: int | None = None) -> list[bytes]:
    """One PNG per page (or only ``page``, 0-based) at ``dpi``, on white."""
    if not 10 <= dpi <= 1200:
        raise RenderError(f"cannot rasterise at {dpi} dpi: use 10 to 1200")
    with PDFIUM_LOCK:
        return _pdf_to_png(pdf, dpi, page)


def _pdf_to_png(pdf: bytes, dpi: int, page: int | None) -> list[bytes]:
    doc = _document(pdf)
    try:
        indices = range(len(doc)) if page is None else [page]
        if page is not None and not 0 <= page < len(doc):
            raise RenderError(f"cannot rasterise page {page + 1}: the PDF has {len(doc)} pages")
        images = []
        for i in indices:
            bitmap = doc[i].render(scale=dpi / 72.0, fill_color=(255, 255, 255, 255), may_draw_forms=False)
            images.append(_png(bitmap, dpi))
        return images
    finally:
        doc.close()


def thumbnail_png(pdf: bytes, width_px: int, page: int = 0) -> bytes:
    """The first page (or ``page``) scaled to ``width_px`` pixels wide."""
    with PDFIUM_LOCK:
        doc = _document(pdf)
        try:
            if not 0 <= page < len(doc):
                raise RenderError(f"cannot rasterise page {page + 1}: the PDF has {len(doc)} pages")
            p = doc[page]
            bitmap = p.render(scale=max(width_px, 1) / p.get_width(), fill_color=(255, 255, 255, 255))
            return _png(bitmap)
        finally:
            doc.close()


class PageRaster(NamedTuple):
    """One page as 32-bit BGRx pixels (Qt's ``Format_RGB32`` on little-endian machines)."""

    data: bytes
    width: int
    height: int
    stride: int


class PdfPages:
    """An open PDF whose pages are rasterised on demand (the live preview); close it when replaced."""

    def __init__(self, pdf: bytes) -> None:
        with PDFIUM_LOCK:
            self._doc = _document(pdf)
            self.sizes: list[tuple[float, float]] = [
                (float(self._doc[i].get_width()), float(self._doc[i].get_height())) for i in range(len(self._doc))
            ]

    def __len__(self) -> int:
        return len(self.sizes)

    def raster(self, index: int, scale: float,
               crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)) -> PageRaster:
        """Page ``index`` at ``scale`` pixels per point, on white; ``crop`` trims points off the left, bottom,
        right and top (a visible part of a page too large to rasterise whole)."""
        with PDFIUM_LOCK:
            bitmap = self._doc[index].render(scale=scale, crop=crop, fill_color=(255, 255, 255, 255),
                                             prefer_bgrx=True, may_draw_forms=False)
            return PageRaster(bytes(bitmap.buffer), int(bitmap.width), int(bitmap.height), int(bitmap.stride))

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._doc.close()
