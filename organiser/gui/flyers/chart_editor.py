"""The comparison-chart editor: a grid of cells with verdicts and evidence, subjects and criteria as headers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.flyers import ops
from organiser.flyers.model import Citation, ComparisonBlock, Flyer, Verdict
from organiser.gui.flyers import chart_menus
from organiser.gui.flyers.chart_model import VERDICT_LABELS, VERDICT_MARKS, ChartTableModel, verdict_label
from organiser.gui.i18n import arg
from organiser.gui.textdir import AutoLineEdit, content
from organiser.gui.widgets import FlowLayout, group, tool_button

Edit = Callable[[Flyer], Flyer]
CitationLookup = Callable[[int], Citation | None]


class ChartEditor(QWidget):
    """Edits one ComparisonBlock; every change is emitted as ``edit_requested(fn, description, merge_key)``."""

    edit_requested = Signal(object, str, object)
    status_message = Signal(str)

    def __init__(self, citation_for: CitationLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Comparison chart editor"))
        self._citation_for = citation_for
        self.model = ChartTableModel(self)
        self.csv_lang = "en"  # the flyer's language: a CSV export writes its verdict words in it
        self.model.cell_edit_requested.connect(self._on_cell_edit)
        self.model.evidence_dropped.connect(self._on_evidence_dropped)

        self.title_edit = AutoLineEdit()
        self.title_edit.setAccessibleName(self.tr("Chart title"))
        self.title_edit.textEdited.connect(lambda text: self._edit_table("title", text, self.tr("Edit chart title")))
        self.heading_edit = AutoLineEdit()
        self.heading_edit.setAccessibleName(self.tr("Heading of the criteria column"))
        self.heading_edit.textEdited.connect(
            lambda text: self._edit_table("criterion_heading", text, self.tr("Edit criteria heading")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Chart title"), self.title_edit)
        form.addRow(self.tr("Criteria heading"), self.heading_edit)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Comparison chart cells"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAcceptDrops(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(partial(chart_menus.show_cell_menu, self, self))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # tooltips show the whole label
        # Rows grow with their text up to five lines; longer cells scroll inside the editor when edited.
        self.view.verticalHeader().setMaximumSectionSize(self.fontMetrics().lineSpacing() * 5 + 8)
        self.view.setMinimumHeight(180)
        corner = self.view.findChild(QAbstractButton)
        if corner is not None:  # the grid's top-left corner button selects every cell
            corner.setAccessibleName(self.tr("Select all cells"))
        for header, orientation in ((self.view.horizontalHeader(), Qt.Orientation.Horizontal),
                                    (self.view.verticalHeader(), Qt.Orientation.Vertical)):
            header.setSectionsMovable(True)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(partial(chart_menus.show_header_menu, self, self, orientation))
            header.sectionMoved.connect(partial(self._on_section_moved, orientation))
            header.sectionDoubleClicked.connect(partial(self.rename, orientation))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        self.verdict = QComboBox()
        self.verdict.setAccessibleName(self.tr("Verdict of the selected cells"))
        self.verdict.addItem(self.tr("No verdict"), None)
        for v in VERDICT_LABELS:
            self.verdict.addItem(f"{VERDICT_MARKS[v]} {verdict_label(v)}", v)
        self.verdict.activated.connect(lambda i: self.set_verdict(self.verdict.itemData(i)))

        self.verdict.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.verdict.setMinimumContentsLength(8)

        # The controls wrap onto a second row when the editor is narrow; each group stays together.
        controls = FlowLayout(spacing=8)
        # Subjects are columns: right to left, the first is on the right, so the left arrow moves towards the end
        # (and comes first, the row being laid out from the right, so that it shows on the left).
        ltr = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        left = -1 if ltr else 1
        arrows: list[tuple[str, str, Callable[[], object]]] = [
            ("left", self.tr("Move the subject left"), partial(self.move_subject, left)),
            ("right", self.tr("Move the subject right"), partial(self.move_subject, -left))]
        for heading, specs in (
            (self.tr("Criteria"), (("add", self.tr("Add a criterion (row)"), self.add_criterion),
                                   ("remove", self.tr("Remove the selected criterion"), self.remove_criterion),
                                   ("up", self.tr("Move the criterion up"), partial(self.move_criterion, -1)),
                                   ("down", self.tr("Move the criterion down"), partial(self.move_criterion, 1)))),
            (self.tr("Subjects"), (("add", self.tr("Add a subject (column)"), self.add_subject),
                                   ("remove", self.tr("Remove the selected subject"), self.remove_subject),
                                   *(arrows if ltr else arrows[::-1]))),
        ):
            buttons = [tool_button(icon_name, name, slot) for icon_name, name, slot in specs]
            controls.add(group(QLabel(heading), *buttons, spacing=1))
        verdict_caption = QLabel(self.tr("Ver&dict"))
        verdict_caption.setBuddy(self.verdict)
        controls.add(group(verdict_caption, self.verdict, spacing=4))
        menu = QMenu(self)
        menu.addAction(self.tr("Import from CSV…"), self.import_csv)
        menu.addAction(self.tr("Export as CSV…"), self.export_csv)
        csv = tool_button("table", self.tr("Import or export the chart as CSV"), text="CSV", menu=menu)
        controls.add(csv)

        self.evidence_model = QStandardItemModel(self)
        self.evidence_view = QListView()
        self.evidence_view.setAccessibleName(self.tr("Evidence of the selected cell"))
        self.evidence_view.setModel(self.evidence_model)
        self.evidence_view.setMaximumHeight(80)
        # No Delete shortcut here: the window's Delete action asks the workspace, which asks this view.
        remove_evidence = QAction(self.tr("Remove evidence"), self.evidence_view)
        remove_evidence.triggered.connect(self.remove_evidence)
        self.evidence_view.addAction(remove_evidence)
        self.evidence_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        evidence_label = QLabel(self.tr("Ev&idence of the cell — drop statements from the corpus onto a cell, or paste "
                                        "them (Ctrl+V):"))
        evidence_label.setWordWrap(True)
        evidence_label.setBuddy(self.evidence_view)
        layout.addWidget(evidence_label)
        layout.addWidget(self.evidence_view)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # Long criteria labels may take a third of the width; the subjects' cells keep the rest.
        self.view.verticalHeader().setMaximumWidth(max(90, self.width() // 3))
        super().resizeEvent(event)

    # ---- showing -------------------------------------------------------------------------------------------------

    def set_block(self, block: ComparisonBlock | None) -> None:
        current = self.view.currentIndex()
        self.model.set_block(block)
        if block is None:
            return
        for edit, value in ((self.title_edit, block.table.title), (self.heading_edit, block.table.criterion_heading)):
            if edit.text() != value:
                edit.setText(value)
        if current.isValid() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(min(current.row(), self.model.rowCount() - 1),
                                                       min(current.column(), self.model.columnCount() - 1)))
        self._show_cell(self.view.currentIndex())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_cell(current)

    def _show_cell(self, index: QModelIndex) -> None:
        self.evidence_model.clear()
        cell = self.model.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(cell.verdict)) if cell.verdict else 0)
        for c in cell.evidence:
            item = QStandardItem(content(c.attribution().lstrip("— ")) or arg(self.tr("statement %1"), c.statement_id))
            item.setEditable(False)
            self.evidence_model.appendRow(item)

    # ---- edits ---------------------------------------------------------------------------------------------------

    def _request(self, fn: Edit, description: str, merge_key: object = None) -> None:
        block = self.model.block
        if block is not None:
            self.edit_requested.emit(fn, description, merge_key)

    def _block_id(self) -> str:
        block = self.model.block
        return block.id if block else ""

    def _edit_table(self, attribute: str, value: str, description: str) -> None:
        block = self.model.block
        if block is None:
            return
        bid = block.id

        def edit(f: Flyer) -> Flyer:
            current = ops.find_block(f, bid)
            assert isinstance(current, ComparisonBlock)
            changes: dict[str, Any] = {attribute: value}
            return ops.replace_block(f, replace(current, table=replace(current.table, **changes)))

        self._request(edit, description, (bid, attribute))

    def _on_cell_edit(self, row: int, col: int, text: str) -> None:
        bid = self._block_id()
        self._request(lambda f: ops.edit_cell(f, bid, row, col, text=text), self.tr("Edit chart cell"))

    def add_evidence(self, row: int, col: int, ids: list[int]) -> None:
        """Cite corpus statements as evidence of a cell (drop, paste or "Use as evidence")."""
        self._on_evidence_dropped(row, col, ids)

    def _on_evidence_dropped(self, row: int, col: int, ids: list[int]) -> None:
        citations = [c for c in (self._citation_for(i) for i in ids) if c is not None]
        if not citations:
            self.status_message.emit(self.tr("Those statements are no longer in the corpus."))
            return
        bid = self._block_id()

        def edit(f: Flyer) -> Flyer:
            for c in citations:
                f = ops.add_evidence(f, bid, row, col, c)
            return f

        self._request(edit, self.tr("Attach evidence"))
        self.view.setCurrentIndex(self.model.index(row, col))

    def set_verdict(self, verdict: Verdict | None) -> None:
        cells = self._selected_cells()
        bid = self._block_id()

        def edit(f: Flyer) -> Flyer:
            for row, col in cells:
                f = ops.edit_cell(f, bid, row, col, verdict=verdict)
            return f

        if cells:
            self._request(edit, self.tr("Set verdict"))

    def _selected_cells(self) -> list[tuple[int, int]]:
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        return sorted({(i.row(), i.column()) for i in indexes if i.isValid()})

    def remove_evidence(self) -> None:
        index, item = self.view.currentIndex(), self.evidence_view.currentIndex()
        if index.isValid() and item.isValid():
            bid, row, col, n = self._block_id(), index.row(), index.column(), item.row()
            self._request(lambda f: ops.remove_evidence(f, bid, row, col, n), self.tr("Remove evidence"))

    def add_criterion(self, at: int | None = None) -> None:
        bid = self._block_id()
        row = self.model.rowCount() if at is None else at
        name = self.tr("New criterion")
        self._request(lambda f: ops.add_criterion(f, bid, name, row), self.tr("Add criterion"))
        self.view.setCurrentIndex(self.model.index(row, max(0, self.view.currentIndex().column())))

    def remove_criterion(self) -> None:
        row, bid = self.view.currentIndex().row(), self._block_id()
        if row >= 0:
            self._request(lambda f: ops.remove_criterion(f, bid, row), self.tr("Remove criterion"))

    def move_criterion(self, delta: int, row: int | None = None) -> None:
        index = self.view.currentIndex()
        row = index.row() if row is None else row
        new = row + delta
        if 0 <= row < self.model.rowCount() and 0 <= new < self.model.rowCount():
            bid = self._block_id()
            self._request(lambda f: ops.move_criterion(f, bid, row, new), self.tr("Move criterion"))
            self.view.setCurrentIndex(self.model.index(new, max(0, index.column())))

    def add_subject(self, at: int | None = None) -> None:
        bid = self._block_id()
        col = self.model.columnCount() if at is None else at
        name = self.tr("New subject")
        self._request(lambda f: ops.add_subject(f, bid, name, col), self.tr("Add subject"))

    def remove_subject(self) -> None:
        col, bid = self.view.currentIndex().column(), self._block_id()
        if col >= 0:
            self._request(lambda f: ops.remove_subject(f, bid, col), self.tr("Remove subject"))

    def move_subject(self, delta: int, col: int | None = None) -> None:
        index = self.view.currentIndex()
        col = index.column() if col is None else col
        new = col + delta
        if 0 <= col < self.model.columnCount() and 0 <= new < self.model.columnCount():
            bid = self._block_id()
            self._request(lambda f: ops.move_subject(f, bid, col, new), self.tr("Move subject"))
            self.view.setCurrentIndex(self.model.index(max(0, index.row()), new))

    def _on_section_moved(self, orientation: Qt.Orientation, _logical: int, old: int, new: int) -> None:
        # The header only shows the move; put it back and let the document (through undo) do it for real.
        header = self.view.horizontalHeader() if orientation == Qt.Orientation.Horizontal else \
            self.view.verticalHeader()
        header.blockSignals(True)
        header.moveSection(new, old)
        header.blockSignals(False)
        if orientation == Qt.Orientation.Vertical:
            self.move_criterion(new - old, old)
        else:
            self.move_subject(new - old, old)

    def rename(self, orientation: Qt.Orientation, section: int) -> None:
        t, bid = self.model.table, self._block_id()
        if t is None:
            return
        subject = orientation == Qt.Orientation.Horizontal
        old = t.subjects[section] if subject else t.criteria[section].label
        title = self.tr("Rename subject") if subject else self.tr("Rename criterion")
        prompt = self.tr("New name of the subject:") if subject else self.tr("New name of the criterion:")
        name, ok = QInputDialog.getText(self, title, prompt, text=old)
        if ok and name.strip() and name != old:
            if subject:
                self._request(lambda f: ops.rename_subject(f, bid, section, name.strip()), title)
            else:
                self._request(lambda f: ops.rename_criterion(f, bid, section, name.strip()), title)

    # ---- CSV -----------------------------------------------------------------------------------------------------

    def import_csv(self, path: Path | None = None) -> None:
        if path is None:
            name, _f = QFileDialog.getOpenFileName(self, self.tr("Import chart from CSV"), "",
                                                   self.tr("CSV files (*.csv)"))
            if not name:
                return
            path = Path(name)
        from organiser.errors import OrganiserError
        from organiser.flyers.chart_csv import read_chart_csv

        block = self.model.block
        if block is None:
            return
        try:
            table = read_chart_csv(path, title=block.table.title)
        except (OrganiserError, OSError, ValueError) as err:
            self.status_message.emit(arg(self.tr("The CSV file could not be read: %1"), err))
            return
        bid = block.id

        def edit(f: Flyer) -> Flyer:
            current = ops.find_block(f, bid)
            assert isinstance(current, ComparisonBlock)
            return ops.replace_block(f, replace(current, table=table))

        self._request(edit, self.tr("Import chart from CSV"))
        criteria = self.tr("%n criterion/criteria", "", len(table.criteria))
        subjects = self.tr("%n subject(s)", "", len(table.subjects))
        self.status_message.emit(arg(self.tr("Imported %1 × %2."), criteria, subjects))

    def export_csv(self, path: Path | None = None) -> None:
        table = self.model.table
        if table is None:
            return
        if path is None:
            stem = table.title or self.tr("chart")
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Export chart as CSV"), f"{stem}.csv",
                                                   self.tr("CSV files (*.csv)"))
            if not name:
                return
            path = Path(name)
        from organiser.errors import OrganiserError
        from organiser.flyers.chart_csv import write_chart_csv

        try:
            write_chart_csv(table, path, lang=self.csv_lang)
        except (OrganiserError, OSError) as err:
            self.status_message.emit(arg(self.tr("The CSV file could not be written: %1"), err))
            return
        self.status_message.emit(arg(self.tr("Chart saved as %1."), path))
