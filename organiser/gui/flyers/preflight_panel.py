"""The preflight panel: the current flyer's print warnings; choosing one selects the block it is about."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from organiser.gui.flyers.preflight_text import warning_text

if TYPE_CHECKING:
    from organiser.printing.preflight import PreflightWarning

BlockRole = Qt.ItemDataRole.UserRole + 20
CodeRole = Qt.ItemDataRole.UserRole + 21

Index = QModelIndex | QPersistentModelIndex


class PreflightModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._warnings: tuple[PreflightWarning, ...] = ()

    @property
    def warnings(self) -> tuple[PreflightWarning, ...]:
        return self._warnings

    def set_warnings(self, warnings: tuple[PreflightWarning, ...]) -> None:
        if warnings == self._warnings:
            return
        self.beginResetModel()
        self._warnings = tuple(warnings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._warnings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._warnings):
            return None
        w = self._warnings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"⚠ {warning_text(w.message)}"
        if role == BlockRole:
            return w.block_id
        if role == CodeRole:
            return w.code
        return None


class PreflightPanel(QWidget):
    block_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preflight warnings"))
        self.model = PreflightModel(self)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setObjectName("pane_heading")
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Preflight warnings; press Enter to go to the block"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(120)
        self.list.clicked.connect(self._choose)
        self.list.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)
        self.set_warnings((), ready=False)

    def set_warnings(self, warnings: tuple[PreflightWarning, ...], ready: bool = True) -> None:
        self.model.set_warnings(warnings)
        n = len(warnings)
        self.list.setVisible(n > 0)  # no empty box under "no problems found"
        if not ready:
            self.summary.setText(self.tr("Preflight: no flyer open."))
        elif n == 0:
            self.summary.setText(self.tr("Preflight: ready to print — no problems found."))
        else:
            self.summary.setText(self.tr("Preflight: %n thing(s) to check before printing.", "", n))

    def _choose(self, index: QModelIndex) -> None:
        block_id = index.data(BlockRole)
        if block_id:
            self.block_selected.emit(str(block_id))
