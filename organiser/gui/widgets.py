"""Small building blocks that keep panes narrow: icon tool buttons and a layout whose rows wrap."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from organiser.gui.icons import icon


def tool_button(icon_name: str, name: str, slot: Callable[[], object] | None = None, *, text: str = "",
                shortcut_hint: str = "", menu: QMenu | None = None) -> QToolButton:
    """A compact button: an icon, the action's name as tooltip and accessible name, reachable with Tab.

    With ``text`` the label shows beside the icon; with ``menu`` the button opens it.
    """
    button = QToolButton()
    button.setIcon(icon(icon_name))
    button.setText(text or name)
    button.setAccessibleName(name)
    button.setToolTip(f"{name} ({shortcut_hint})" if shortcut_hint else name)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keyboard users reach it with Tab
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if text
                              else Qt.ToolButtonStyle.ToolButtonIconOnly)
    if menu is not None:
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        if text:  # a small ▾ after the label says "opens a menu" better than the style's corner mark
            button.setText(f"{text} ▾")
            button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


class FlowLayout(QLayout):
    """Lays its items out in reading order (right to left in a mirrored window) and starts a new row when the
    width runs out (Qt's flow layout example, mirrored)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def add(self, widget: QWidget) -> QWidget:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        return widget

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height = area.x(), area.y(), 0
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and row_height > 0:
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
            if apply:
                item.setGeometry(QStyle.visualRect(direction, area, QRect(QPoint(x, y), hint)))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()


def heading(text: str, buddy: QWidget | None = None) -> QLabel:
    """A pane's title: the label of the widget below it (Alt+letter jumps there when ``text`` has an &)."""
    label = QLabel(text)
    label.setObjectName("pane_heading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def group(*widgets: QWidget, spacing: int = 0) -> QWidget:
    """Widgets kept together on one row of a flow layout."""
    from PySide6.QtWidgets import QHBoxLayout

    host = QWidget()
    host.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for w in widgets:
        row.addWidget(w)
    return host
