"""Renders resources/icons/organiser.svg to the PNG sizes the desktop and the window use.

Run after editing the SVG: ``.venv/bin/python scripts/make-icons.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    app = QGuiApplication([])  # noqa: F841  (QPainter needs a GUI application)
    renderer = QSvgRenderer(str(ICONS / "organiser.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"organiser-{size}.png"))
    print(f"wrote {len(SIZES)} PNG icons in {ICONS}")


if __name__ == "__main__":
    main()
