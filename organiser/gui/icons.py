"""Small line icons drawn from inline SVG, so compact tool buttons look the same on every desktop.

The desktop's icon theme wins when it has the icon (``QIcon.fromTheme``); otherwise the bundled drawing is
rendered in the palette's text colour at the usual sizes (and at 2× for high-DPI screens).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

_STROKE = (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='{color}' "
    "stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>{body}</svg>"
)

# name: (freedesktop theme name or "", SVG body on a 24×24 grid)
_ICONS: dict[str, tuple[str, str]] = {
    "add": ("list-add", "<path d='M12 5v14M5 12h14'/>"),
    "remove": ("list-remove", "<path d='M5 12h14'/>"),
    "up": ("go-up", "<path d='M12 19V5M6 11l6-6 6 6'/>"),
    "down": ("go-down", "<path d='M12 5v14M6 13l6 6 6-6'/>"),
    "left": ("go-previous", "<path d='M19 12H5M11 6l-6 6 6 6'/>"),
    "right": ("go-next", "<path d='M5 12h14M13 6l6 6-6 6'/>"),
    "prev-page": ("go-previous", "<path d='M15 6l-6 6 6 6'/>"),
    "next-page": ("go-next", "<path d='M9 6l6 6-6 6'/>"),
    "new": ("document-new", "<path d='M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8z'/>"
                            "<path d='M14 3v5h5M12 11v6M9 14h6'/>"),
    "duplicate": ("edit-copy", "<rect x='8' y='8' width='12' height='13' rx='1'/>"
                               "<path d='M16 8V4a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v12a1 1 0 0 0 1 1h3'/>"),
    "rename": ("document-edit", "<path d='M16.5 3.5a2.1 2.1 0 0 1 3 3L8 18l-4 1 1-4z'/><path d='M14 6l3 3'/>"),
    "delete": ("edit-delete", "<path d='M4 7h16M10 11v6M14 11v6M6 7l1 13a1 1 0 0 0 1 1h8a1 1 0 0 0 "
                              "1-1l1-13M9 7V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v3'/>"),
    "zoom-in": ("zoom-in", "<circle cx='10.5' cy='10.5' r='6.5'/><path d='M20 20l-4.8-4.8M10.5 7.5v6M7.5 10.5h6'/>"),
    "zoom-out": ("zoom-out", "<circle cx='10.5' cy='10.5' r='6.5'/><path d='M20 20l-4.8-4.8M7.5 10.5h6'/>"),
    "fit-width": ("zoom-fit-width", "<path d='M3 5v14M21 5v14M7 12h10M10 9l-3 3 3 3M14 9l3 3-3 3'/>"),
    "fit-page": ("zoom-fit-best", "<rect x='6' y='3' width='12' height='18' rx='1'/>"
                                  "<path d='M9 8h6M9 12h6M9 16h4'/>"),
    "table": ("x-office-spreadsheet", "<rect x='3' y='4' width='18' height='16' rx='1'/>"
                                      "<path d='M3 10h18M3 15h18M9 4v16M15 4v16'/>"),
    "block": ("insert-object", "<rect x='4' y='4' width='16' height='16' rx='2'/><path d='M12 8v8M8 12h8'/>"),
}
_SIZES = (16, 20, 24, 32, 40, 48, 64)
# Icons that point along the reading direction: in a right-to-left window each shows its mirror image.
# ("left"/"right" are not here: they move columns that are laid out on screen, chosen by the caller.)
_MIRRORED_IN_RTL = {"prev-page": "next-page", "next-page": "prev-page"}


def _render(svg: bytes, size: int) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # only when a first icon is needed: not a start-up import

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(name: str) -> QIcon:
    """The named icon (mirrored when it points along the text in a right-to-left window); an unknown name
    gives an empty icon (the button then shows its text)."""
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _icon(_MIRRORED_IN_RTL.get(name, name) if rtl else name)


@cache
def _icon(name: str) -> QIcon:
    theme, body = _ICONS.get(name, ("", ""))
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    if not body:
        return QIcon()
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name()
    svg = _STROKE.format(color=color, body=body).encode()
    result = QIcon()
    for size in _SIZES:  # QIcon picks the nearest for the size asked times the screen's pixel ratio
        result.addPixmap(_render(svg, size))
    return result


def app_icon() -> QIcon:
    """The application's own icon (window, task bar, about box) from the bundled PNG sizes and SVG."""
    from organiser.assets import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"organiser-{size}.png")))
    icon.addFile(str(resource_path("icons", "organiser.svg")))
    return icon
