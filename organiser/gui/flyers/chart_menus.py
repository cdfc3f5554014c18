"""Right-click menus of the chart grid: the headers' and the cells' (every entry is also a button or key)."""

from __future__ import annotations

from functools import partial
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from organiser.flyers.model import Verdict
from organiser.gui.flyers.chart_model import VERDICT_LABELS, VERDICT_MARKS, ChartTableModel, verdict_label


class ChartActions(Protocol):
    """What the menus ask of the chart editor."""

    view: QTableView
    model: ChartTableModel

    def rename(editor, orientation: Qt.Orientation, section: int) -> None: ...
    def add_criterion(editor, at: int | None = None) -> None: ...
    def move_criterion(editor, delta: int, row: int | None = None) -> None: ...
    def remove_criterion(editor) -> None: ...
    def add_subject(editor, at: int | None = None) -> None: ...
    def move_subject(editor, delta: int, col: int | None = None) -> None: ...
    def remove_subject(editor) -> None: ...
    def set_verdict(editor, verdict: Verdict | None) -> None: ...
    def import_csv(editor) -> None: ...
    def export_csv(editor) -> None: ...


def show_header_menu(editor: ChartActions, parent: QWidget, orientation: Qt.Orientation, pos: QPoint) -> None:
    """Rename, insert, move or remove the criterion (row) or subject (column) under the pointer."""
    translate = QCoreApplication.translate
    header = editor.view.horizontalHeader() if orientation == Qt.Orientation.Horizontal else \
        editor.view.verticalHeader()
    section = header.logicalIndexAt(pos)
    menu = QMenu(parent)
    if orientation == Qt.Orientation.Vertical:
        if section >= 0:
            editor.view.setCurrentIndex(editor.model.index(section, max(0, editor.view.currentIndex().column())))
            menu.addAction(translate("ChartMenus", "Rename criterion…"), partial(editor.rename, orientation, section))
            menu.addAction(translate("ChartMenus", "Insert criterion above"), partial(editor.add_criterion, section))
            menu.addAction(translate("ChartMenus", "Insert criterion below"),
                           partial(editor.add_criterion, section + 1))
            menu.addAction(translate("ChartMenus", "Move up"), partial(editor.move_criterion, -1, section))
            menu.addAction(translate("ChartMenus", "Move down"), partial(editor.move_criterion, 1, section))
            menu.addAction(translate("ChartMenus", "Remove criterion"), editor.remove_criterion)
        else:
            menu.addAction(translate("ChartMenus", "Add criterion"), editor.add_criterion)
    else:
        if section >= 0:
            editor.view.setCurrentIndex(editor.model.index(max(0, editor.view.currentIndex().row()), section))
            menu.addAction(translate("ChartMenus", "Rename subject…"), partial(editor.rename, orientation, section))
            menu.addAction(translate("ChartMenus", "Insert subject before"), partial(editor.add_subject, section))
            menu.addAction(translate("ChartMenus", "Insert subject after"), partial(editor.add_subject, section + 1))
            # Subjects are columns: in a right-to-left window the first one is on the right, so "left" and
            # "right" swap their meaning in the table's order.
            left = -1 if parent.layoutDirection() == Qt.LayoutDirection.LeftToRight else 1
            menu.addAction(translate("ChartMenus", "Move left"), partial(editor.move_subject, left, section))
            menu.addAction(translate("ChartMenus", "Move right"), partial(editor.move_subject, -left, section))
            menu.addAction(translate("ChartMenus", "Remove subject"), editor.remove_subject)
        else:
            menu.addAction(translate("ChartMenus", "Add subject"), editor.add_subject)
    menu.exec(header.mapToGlobal(pos))

def show_cell_menu(editor: ChartActions, parent: QWidget, pos: QPoint) -> None:
    """Edit, set the verdict of, or add around the cell under the pointer; CSV import and export."""
    index = editor.view.indexAt(pos)
    translate = QCoreApplication.translate
    menu = QMenu(parent)
    if index.isValid():
        menu.addAction(translate("ChartMenus", "Edit text"), lambda: editor.view.edit(index))
        verdicts = menu.addMenu(translate("ChartMenus", "Verdict"))
        verdicts.addAction(translate("ChartMenus", "No verdict"), lambda: editor.set_verdict(None))
        for v in VERDICT_LABELS:
            verdicts.addAction(f"{VERDICT_MARKS[v]} {verdict_label(v)}", partial(editor.set_verdict, cast(Verdict, v)))
        menu.addSeparator()
    menu.addAction(translate("ChartMenus", "Add criterion"), editor.add_criterion)
    menu.addAction(translate("ChartMenus", "Add subject"), editor.add_subject)
    menu.addSeparator()
    menu.addAction(translate("ChartMenus", "Import from CSV…"), editor.import_csv)
    menu.addAction(translate("ChartMenus", "Export as CSV…"), editor.export_csv)
    menu.exec(editor.view.viewport().mapToGlobal(pos))
