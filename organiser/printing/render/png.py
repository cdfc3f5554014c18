"""PDF pages to PNG images with pypdfium2 (white background), for export, previews and thumbnails."""

from __future__ import annotations

import io
from typing import Any

from organiser.errors import RenderError


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
    doc = _document(pdf)
    try:
        if not 0 <= page < len(doc):
            raise RenderError(f"cannot rasterise page {page + 1}: the PDF has {len(doc)} pages")
        p = doc[page]
        bitmap = p.render(scale=max(width_px, 1) / p.get_width(), fill_color=(255, 255, 255, 255))
        return _png(bitmap)
    finally:
        doc.close()
