"""The flyer's blocks as a Qt list model: one row per top-level block; drops become edit requests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from organiser.flyers.model import (
    Block,
    BulletList,
    CallToAction,
    ComparisonBlock,
    EventBlock,
    ImageBlock,
    QRBlock,
    Quote,
    Signatories,
    SourcesBlock,
    Spacer,
    StatementBlock,
    TwoColumns,
)
from organiser.gui.i18n import QT_TRANSLATE_NOOP, arg
from organiser.gui.textdir import content

STATEMENT_MIME = "application/x-organiser-statement-ids"
BLOCK_MIME = "application/x-organiser-flyer-block"
BlockIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
StaleRole = Qt.ItemDataRole.UserRole + 3
PlaceholderRole = Qt.ItemDataRole.UserRole + 4  # the hints of template placeholders left in the block

# The names of block kinds, marked for translation; kind_label() gives them translated.
KIND_LABELS: dict[str, str] = {
    "headline": QT_TRANSLATE_NOOP("Blocks", "Headline"),
    "subheading": QT_TRANSLATE_NOOP("Blocks", "Subheading"),
    "text": QT_TRANSLATE_NOOP("Blocks", "Text"),
    "statement": QT_TRANSLATE_NOOP("Blocks", "Quoted statement"),
    "quote": QT_TRANSLATE_NOOP("Blocks", "Quote"),
    "bullets": QT_TRANSLATE_NOOP("Blocks", "List"),
    "comparison": QT_TRANSLATE_NOOP("Blocks", "Comparison chart"),
    "image": QT_TRANSLATE_NOOP("Blocks", "Image"),
    "qr": QT_TRANSLATE_NOOP("Blocks", "QR code"),
    "event": QT_TRANSLATE_NOOP("Blocks", "Event details"),
    "action": QT_TRANSLATE_NOOP("Blocks", "Call to action"),
    "signatories": QT_TRANSLATE_NOOP("Blocks", "Signatories"),
    "footer": QT_TRANSLATE_NOOP("Blocks", "Footer"),
    "sources": QT_TRANSLATE_NOOP("Blocks", "Sources list"),
    "divider": QT_TRANSLATE_NOOP("Blocks", "Divider"),
    "spacer": QT_TRANSLATE_NOOP("Blocks", "Space"),
    "columns": QT_TRANSLATE_NOOP("Blocks", "Two columns"),
}


def kind_label(kind: str) -> str:
    """A block kind's name in the window's language."""
    return QCoreApplication.translate("Blocks", KIND_LABELS.get(kind, kind))

Index = QModelIndex | QPersistentModelIndex


class Blocks(QObject):
    """Plural texts of the block list (a QObject because pyside6-lupdate reads plural forms only from tr())."""

    def chart_size(self, subjects: int, criteria: int) -> str:
        return arg(self.tr("%1 × %2"), self.tr("%n subject(s)", "", subjects),
                   self.tr("%n criterion/criteria", "", criteria))


def _placeholders(block: Block) -> list[str]:
    from organiser.flyers.model import Flyer
    from organiser.flyers.placeholders import leftovers

    return [x.hint for x in leftovers(Flyer("", blocks=(block,)))]


def block_summary(block: Block) -> str:
    """One line saying what the block holds."""
    if isinstance(block, StatementBlock | Quote):
        return block.text
    if isinstance(block, BulletList):
        return block.title or "; ".join(block.items)
    if isinstance(block, ComparisonBlock):
        t = block.table
        # Counted in words: a bare "2 × 6" reads "6 × 2" in a right-to-left list.
        return f"{t.title} ({Blocks().chart_size(len(t.subjects), len(t.criteria))})"
    if isinstance(block, ImageBlock):
        return block.caption or block.path
    if isinstance(block, QRBlock):
        return block.url
    if isinstance(block, EventBlock):
        return " · ".join(p for p in (block.what, block.when, block.where) if p)
    if isinstance(block, SourcesBlock):
        return block.title
    if isinstance(block, CallToAction):
        return " · ".join(p for p in (block.text, block.website, block.contact) if p)
    if isinstance(block, Signatories):
        return "; ".join(block.items) or block.note
    if isinstance(block, Spacer):
        return arg(QCoreApplication.translate("Blocks", "%1 mm"), f"{block.height_mm:g}")
    if isinstance(block, TwoColumns):
        return arg(QCoreApplication.translate("Blocks", "%1 + %2 blocks"), len(block.left), len(block.right))
    return str(getattr(block, "text", ""))


def statement_ids_from(mime: QMimeData) -> list[int]:
    """The statement ids a corpus drag carries (empty when the data is not that)."""
    if not mime.hasFormat(STATEMENT_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(STATEMENT_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


def statement_mime(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(STATEMENT_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
    return mime


class BlockListModel(QAbstractListModel):
    """Read-only view of ``flyer.blocks``; moves and statement drops are emitted, the editor makes commands."""

    move_requested = Signal(str, int)  # block id, new row
    statements_dropped = Signal(list, int)  # statement ids, row to insert at

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._blocks: tuple[Block, ...] = ()
        self._stale: frozenset[str] = frozenset()

    # ---- content -------------------------------------------------------------------------------------------------

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self._blocks

    def set_blocks(self, blocks: tuple[Block, ...]) -> None:
        """Update in place when the ids are the same (keeps selection); reset otherwise."""
        old = self._blocks
        if [b.id for b in old] == [b.id for b in blocks]:
            self._blocks = blocks
            for row, (a, b) in enumerate(zip(old, blocks, strict=True)):
                if a != b:
                    idx = self.index(row)
                    self.dataChanged.emit(idx, idx)
            return
        self.beginResetModel()
        self._blocks = blocks
        self.endResetModel()

    def set_stale(self, ids: frozenset[str]) -> None:
        if ids != self._stale:
            self._stale = ids
            if self._blocks:
                self.dataChanged.emit(self.index(0), self.index(len(self._blocks) - 1))

    def row_of(self, block_id: str) -> int:
        return next((i for i, b in enumerate(self._blocks) if b.id == block_id), -1)

    # ---- Qt model ------------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._blocks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._blocks):
            return None
        block = self._blocks[index.row()]
        stale = block.id in self._stale
        if role == PlaceholderRole:
            return _placeholders(block)
        if role == Qt.ItemDataRole.BackgroundRole and _placeholders(block):
            return QBrush(QColor(255, 243, 205))  # a template placeholder to replace: stands out in the list
        if role == Qt.ItemDataRole.DisplayRole:
            summary = " ".join(block_summary(block).split())
            if len(summary) > 90:
                summary = summary[:89] + "…"
            mark = "⚠ " if stale else ("✎ " if _placeholders(block) else "")
            label = kind_label(block.kind)
            return f"{mark}{label}: {content(summary)}" if summary else f"{mark}{label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if stale:
                return self.tr("The corpus text of this statement has changed since it was added.")
            hints = _placeholders(block)
            if hints:
                return self.tr("Replace the template's placeholders: ") + "; ".join(hints)
            return kind_label(block.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return arg(self.tr("%1, block %2 of %3"), kind_label(block.kind), index.row() + 1, len(self._blocks))
        if role == BlockIdRole:
            return block.id
        if role == KindRole:
            return block.kind
        if role == StaleRole:
            return stale
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [BLOCK_MIME, STATEMENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        ids = [self._blocks[i.row()].id for i in indexes if i.isValid()]
        mime.setData(BLOCK_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        return mime

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(BLOCK_MIME) or bool(statement_ids_from(data))

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._blocks)
        ids = statement_ids_from(data)
        if ids:
            self.statements_dropped.emit(ids, row)
            return True
        if data.hasFormat(BLOCK_MIME):
            try:
                moved = json.loads(bytes(data.data(BLOCK_MIME).data()).decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                return False
            if moved:
                block_id = str(moved[0])
                old = self.row_of(block_id)
                if old < 0:
                    return False
                # ``row`` counts the dragged block itself; once it is taken out everything after shifts up.
                self.move_requested.emit(block_id, row - 1 if row > old else row)
            # False: the edit arrives through the undo stack, the view must not remove the dragged row itself.
            return False
        return False
