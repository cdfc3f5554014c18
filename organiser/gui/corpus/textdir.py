"""Which way a piece of text runs: the first strong character decides (Unicode bidi rules P2/P3)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt


def is_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def direction(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
