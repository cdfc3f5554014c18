"""QR codes as one filled path: encoded once per URL, drawn without building a graphics tree.

ReportLab's QR widget encodes the data again each time it is drawn (trying all eight masks) and draws each run of
dark modules as a shape node: in a data merge, where every row has its own link, that was most of a row's time.
The modules and their geometry are the widget's: quiet zone ``border`` modules wide, dark runs merged per row.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.platypus.flowables import Flowable

QR_BORDER = 4  # modules of quiet zone on each side


@lru_cache(maxsize=512)
def qr_modules(data: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of ``data`` (raises what the encoder raises on oversize data)."""
    from reportlab.graphics.barcode import qrencoder  # the barcode package loads all its symbologies

    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(data)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


class QrMark(Flowable):  # type: ignore[misc]
    """A square QR code ``size`` points wide on a white ground (the quiet zone stays white on tinted paper)."""

    def __init__(self, modules: tuple[tuple[bool, ...], ...], size: float, ink: Any, white: Any) -> None:
        super().__init__()
        self.modules, self.size, self.ink, self.white = modules, size, ink, white
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        c, size = self.canv, self.size
        box = size / (len(self.modules) + QR_BORDER * 2.0)
        c.saveState()
        c.setFillColor(self.white)
        c.rect(0, 0, size, size, stroke=0, fill=1)
        c.setFillColor(self.ink)
        path = c.beginPath()
        for r, row in enumerate(self.modules):
            start = None
            for col, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect((start + QR_BORDER) * box, size - (r + QR_BORDER + 1) * box, (col - start) * box, box)
                    start = None
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()
