"""Which way text runs in the GUI, and text editors whose direction follows their content.

The rule itself (the first strong character decides, UAX #9 P2/P3) is ``organiser.corpus.language.is_rtl``;
this module only turns it into Qt directions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from organiser.corpus.language import is_rtl

__all__ = ["AutoLineEdit", "AutoTextEdit", "content", "direction_of", "is_rtl"]


def direction_of(text: str) -> Qt.LayoutDirection:
    """Right to left when the first strong character is Arabic or Hebrew; left to right otherwise."""
    return Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight


def content(text: str) -> str:
    """The user's own text (a title, a chart cell) for a list, table or combo box, which lay text out in the
    window's direction: in a right-to-left window it becomes a first-strong isolate, so "Settler colonial?"
    keeps its question mark at the end."""
    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{text}\u2069"  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
    return text


class AutoLineEdit(QLineEdit):
    """A one-line editor that turns right to left when its text starts with Arabic or Hebrew."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._follow)

    def _follow(self, text: str) -> None:
        direction = direction_of(text)
        if direction != self.layoutDirection():
            self.setLayoutDirection(direction)


class AutoTextEdit(QPlainTextEdit):
    """A plain-text editor where each paragraph takes the direction of its own first strong character."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTabChangesFocus(True)  # keyboard users leave the field with Tab
        self.textChanged.connect(self._follow)

    def _follow(self) -> None:
        direction = direction_of(self.toPlainText())
        if direction != self.layoutDirection():
            self.setLayoutDirection(direction)

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text (undo/redo) without throwing the caret to the start when nothing changed."""
        if text == self.toPlainText():
            return
        pos = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(pos, len(text)))
        self.setTextCursor(cursor)
