"""Draws a statement snippet with matched words bold on a highlight, wrapped, in the text's own direction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from organiser.gui.corpus.statement_model import SpansRole
from organiser.gui.textdir import direction_of

SNIPPET_LINES = 3
PADDING = 4
MATCH_BACKGROUND = QColor("#ffe58a")


class HighlightDelegate(QStyledItemDelegate):
    """For the statement column: ``SpansRole`` gives the (start, end) spans to mark in the display text."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = QRectF(opt.rect).adjusted(PADDING, PADDING / 2, -PADDING, -PADDING / 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        layout = self._layout(text, index.data(SpansRole) or [], opt.font, rect.width())
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(palette.color(role))
        for i in range(layout.lineCount()):  # whole lines only: no half line at the bottom
            line = layout.lineAt(i)
            if i > 0 and line.y() + line.height() > rect.height():
                break
            line.draw(painter, rect.topLeft())
        painter.restore()

    def _layout(self, text: str, spans: list[tuple[int, int]], font: QFont, width: float) -> QTextLayout:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(direction_of(text))
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        layout.setTextOption(option)
        formats = []
        for start, end in spans:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(MATCH_BACKGROUND)
            fmt.setForeground(QColor("#1a1a1a"))
            rng = QTextLayout.FormatRange()
            rng.start, rng.length, rng.format = start, end - start, fmt
            formats.append(rng)
        layout.setFormats(formats)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.lineSpacing() * SNIPPET_LINES + 2 * PADDING
        return QSize(200, height)


def row_height(font_metrics: Any) -> int:
    return int(font_metrics.lineSpacing() * SNIPPET_LINES + 2 * PADDING)
