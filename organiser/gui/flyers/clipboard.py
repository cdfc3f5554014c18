"""Copy and paste of statements between the corpus, the flyer's blocks and the cells of a chart."""

from __future__ import annotations

import atexit
import json
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from organiser.flyers import ops
from organiser.flyers.model import StatementBlock
from organiser.flyers.starters import insertion_row
from organiser.gui.flyers.block_model import STATEMENT_MIME, statement_ids_from

Workspace = Any  # the FlyerWorkspace, which imports this module (no import cycles)


def statements_mime(ids: list[int], text: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(STATEMENT_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
    mime.setText(text)
    return mime


def copy_statements(ids: list[int], text: str) -> None:
    """Put statements on the clipboard (their ids for Organiser, their text for any other program)."""
    QApplication.clipboard().setMimeData(statements_mime(ids, text))
    _clear_at_exit()


@cache
def _clear_at_exit() -> None:
    # The clipboard owns our QMimeData; Qt would delete it after Python has finalised (a crash on exit), so it
    # is handed back while Python still runs.
    atexit.register(_clear_clipboard)


def _clear_clipboard() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.clipboard().clear()


def clipboard_statement_ids() -> list[int]:
    mime = QApplication.clipboard().mimeData()
    return statement_ids_from(mime) if mime is not None else []


def add_shortcut(widget: QWidget, keys: QKeySequence.StandardKey, text: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, widget)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


class FlyerClipboard(QObject):
    """Ctrl+C / Ctrl+V on the block list and on the chart grid of the workspace."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__(ws)
        self.ws = ws
        editor = ws.editor
        add_shortcut(editor.list, QKeySequence.StandardKey.Copy, self.tr("Copy statement"), self.copy_block)
        add_shortcut(editor.list, QKeySequence.StandardKey.Paste, self.tr("Paste statements"), self.paste_blocks)
        add_shortcut(editor.chart.view, QKeySequence.StandardKey.Copy, self.tr("Copy evidence"), self.copy_evidence)
        add_shortcut(editor.chart.view, QKeySequence.StandardKey.Paste, self.tr("Paste as evidence"),
                     self.paste_evidence)

    def copy_block(self) -> bool:
        flyer = self.ws.current_flyer()
        bid = self.ws.editor.selected_block_id()
        block = ops.find_block(flyer, bid) if flyer and bid else None
        if not isinstance(block, StatementBlock) or block.statement_id is None:
            self.ws.status_message.emit(self.tr("Only quoted statements can be copied from a flyer."))
            return False
        copy_statements([block.statement_id], block.text)
        return True

    def paste_blocks(self) -> bool:
        ids = clipboard_statement_ids()
        flyer = self.ws.current_flyer()
        if not ids or flyer is None:
            self.ws.status_message.emit(self.tr("Copy statements from the corpus first (Ctrl+C in the list)."))
            return False
        current = self.ws.editor.list.currentIndex()
        row = current.row() + 1 if current.isValid() else None
        if row is not None and row > insertion_row(flyer):
            row = None  # after the Sources list or the footer: quotes belong before them
        return bool(self.ws.add_statements(ids, row))

    def copy_evidence(self) -> bool:
        chart = self.ws.editor.chart
        index = chart.view.currentIndex()
        cell = chart.model.cell(index.row(), index.column()) if index.isValid() else None
        ids = [c.statement_id for c in (cell.evidence if cell else ()) if c.statement_id is not None]
        if not ids:
            return False
        copy_statements(ids, cell.text if cell else "")
        return True

    def paste_evidence(self) -> bool:
        ids = clipboard_statement_ids()
        if not ids:
            self.ws.status_message.emit(self.tr("Copy statements from the corpus first (Ctrl+C in the list)."))
            return False
        return bool(self.ws.quoting.use_as_evidence(ids))
