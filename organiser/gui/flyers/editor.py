"""The flyer editor: page settings, the blocks in order (drag to reorder, drop statements), block properties."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import cast

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDrag, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from organiser.flyers import ops
from organiser.flyers.model import PAPERS, Block, ComparisonBlock, Flyer, Paper
from organiser.flyers.profile import Profile
from organiser.gui.flyers.block_model import KIND_LABELS, BlockIdRole, BlockListModel, kind_label
from organiser.gui.flyers.chart_editor import ChartEditor, CitationLookup
from organiser.gui.flyers.names import theme_title
from organiser.gui.flyers.new_blocks import new_block
from organiser.gui.flyers.properties import BlockProperties
from organiser.gui.i18n import UI_LANGUAGES, arg, language_name
from organiser.gui.textdir import AutoLineEdit
from organiser.gui.widgets import heading, tool_button
from organiser.printing.layout.themes import THEMES

Edit = Callable[[Flyer], Flyer]


def lower_first(label: str) -> str:
    """"QR code" keeps its capitals, "Quote" becomes "quote": for "Add …" in the undo history."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


class BlockListView(QListView):
    """A list whose drags never let Qt remove the dragged row: the move comes back through the undo stack."""

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        indexes = self.selectedIndexes()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)


class FlyerEditor(QWidget):
    """Emits ``edit_requested(fn, description, merge_key)``; the workspace turns it into an undo command."""

    edit_requested = Signal(object, str, object)
    statements_dropped = Signal(list, int)  # statement ids, row (the workspace looks them up)
    take_new_text = Signal(str)
    status_message = Signal(str)

    def __init__(self, citation_for: CitationLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flyer: Flyer | None = None
        self._stale: dict[str, str] = {}
        self.sized = False  # True once the block list / properties split has its sizes (saved or default)
        # The organisation profile a new call to action takes its website and contact from (set by the workspace).
        self.profile: Callable[[], Profile] | None = None

        self.title_edit = AutoLineEdit()
        self.title_edit.setAccessibleName(self.tr("Flyer title"))
        self.title_edit.textEdited.connect(self._on_title)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItems(list(PAPERS))
        self.orientation = QComboBox()
        self.orientation.setAccessibleName(self.tr("Orientation"))
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for name, theme in THEMES.items():
            self.theme.addItem(theme_title(theme.title), name)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Print mode"))
        self.mode.addItem(self.tr("Home printer"), "home")
        self.mode.addItem(self.tr("Copy shop (bleed, crop marks)"), "shop")
        # The language the flyer is printed in (labels, dates, direction), by its own name: never a code.
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the flyer"))
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.paper.activated.connect(self._on_page)
        self.orientation.activated.connect(self._on_page)
        self.theme.activated.connect(self._on_theme)
        self.mode.activated.connect(self._on_mode)
        self.language.activated.connect(self._on_language)
        for combo in (self.paper, self.orientation, self.theme, self.mode, self.language):
            # Long theme names or translated labels must not widen the editor.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
            for i in range(combo.count()):
                combo.setItemData(i, combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
        settings = QFormLayout()
        settings.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        settings.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        settings.setContentsMargins(0, 0, 0, 0)
        settings.addRow(self._label(self.tr("&Title"), self.title_edit), self.title_edit)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.paper, 1)
        row.addWidget(self.orientation, 1)
        settings.addRow(self._label(self.tr("&Page"), self.paper), row)
        # Theme names and "Copy shop (bleed, crop marks)" are long: a row each, so a 1024-wide window shows them.
        settings.addRow(self._label(self.tr("Loo&k"), self.theme), self.theme)
        settings.addRow(self._label(self.tr("Print &mode"), self.mode), self.mode)
        settings.addRow(self._label(self.tr("L&anguage"), self.language), self.language)

        self.model = BlockListModel(self)
        self.model.move_requested.connect(self.move_block_to)
        self.model.statements_dropped.connect(self.statements_dropped)
        self.list = BlockListView()
        self.list.setAccessibleName(self.tr("Blocks of the flyer"))
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(True)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setWordWrap(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        shortcuts: list[tuple[str, str, Callable[[], None]]] = [
            (self.tr("Move block up"), "Ctrl+Shift+Up", partial(self.move_selected, -1)),
            (self.tr("Move block down"), "Ctrl+Shift+Down", partial(self.move_selected, 1)),
        ]
        for text, keys, slot in shortcuts:
            action = QAction(text, self.list)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)

        self.add_button = tool_button("block", self.tr("Add a block"), text=self.tr("Add block"),
                                      menu=self._add_menu(None))
        self.add_button.setToolTip(
            self.tr("Add a block after the selected one (drag statements from the corpus to quote them)"))
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        button_specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("up", self.tr("Move block up"), "Ctrl+Shift+Up", partial(self.move_selected, -1)),
            ("down", self.tr("Move block down"), "Ctrl+Shift+Down", partial(self.move_selected, 1)),
            ("delete", self.tr("Delete block"), self.tr("Delete"), self.delete_selected),
        ]
        for icon_name, name, keys, slot in button_specs:
            self._last_button = tool_button(icon_name, name, slot, shortcut_hint=keys)
            buttons.addWidget(self._last_button)

        self.properties = BlockProperties()
        self.properties.edited.connect(self._on_block_edited)
        self.properties.take_new_text.connect(self.take_new_text)
        self.chart = ChartEditor(citation_for)
        self.chart.edit_requested.connect(self.edit_requested)
        self.chart.status_message.connect(self.status_message)
        self.chart.hide()
        props_host = QWidget()
        props_layout = QVBoxLayout(props_host)
        props_layout.setContentsMargins(0, 4, 4, 4)
        props_layout.addWidget(self.properties)
        props_layout.addWidget(self.chart, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Properties of the selected block"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields (scrolled into view) instead
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(props_host)

        self._top = top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(heading(self.tr("Flyer")))
        top_layout.addLayout(settings)
        top_layout.addWidget(heading(self.tr("&Blocks"), self.list))
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        self.splitter = split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("flyer_editor_splitter")
        split.addWidget(top)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.setEnabled(False)

    def default_sizes(self) -> None:
        """The block list gets about a third of the height, the selected block's properties the rest."""
        self.sized = True
        total = max(self.splitter.height(), 400)
        top = max(self._top.minimumSizeHint().height() + 60, total * 2 // 5)
        self.splitter.setSizes([top, total - top])

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ---- showing -------------------------------------------------------------------------------------------------

    def set_flyer(self, flyer: Flyer | None) -> None:
        selected = self.selected_block_id()
        self._flyer = flyer
        self.chart.csv_lang = flyer.lang if flyer else "en"
        self.setEnabled(flyer is not None)
        self.model.set_blocks(flyer.blocks if flyer else ())
        if flyer is None:  # nothing open: no page settings to show (not the lists' first items)
            self.properties.set_block(None)
            self.chart.hide()
            self.title_edit.clear()
            for combo in (self.paper, self.orientation, self.theme, self.mode):
                combo.setCurrentIndex(-1)
            return
        if self.title_edit.text() != flyer.title:
            self.title_edit.setText(flyer.title)
            if not self.title_edit.hasFocus():
                self.title_edit.setCursorPosition(0)  # show the title's start, not its end
        self.paper.setCurrentText(flyer.page.paper)
        self.orientation.setCurrentIndex(self.orientation.findData(flyer.page.orientation))
        self.theme.setCurrentIndex(max(0, self.theme.findData(flyer.theme)))
        self.mode.setCurrentIndex(self.mode.findData(flyer.print.mode))
        self._show_language(flyer.lang)
        if selected and self.model.row_of(selected) >= 0 and self.selected_block_id() != selected:
            self.select_block(selected)
        self._show_selected()

    def _chain_fields(self) -> None:
        """Fields made for the selected block come right after the block buttons in the Tab order
        (new widgets would otherwise go to the end of the window's chain, after the preview)."""
        previous: QWidget = self._last_button
        for field in self.properties.fields():
            QWidget.setTabOrder(previous, field)
            previous = field

    def set_stale(self, stale: dict[str, str]) -> None:
        """Statement blocks whose corpus text changed: block id → the corpus's text now."""
        self._stale = stale
        self.model.set_stale(frozenset(stale))
        self._show_selected()

    def selected_block_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(BlockIdRole)) if index.isValid() else None

    def select_block(self, block_id: str) -> bool:
        row = self.model.row_of(block_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        return True

    def _show_selected(self) -> None:
        bid = self.selected_block_id()
        block = ops.find_block(self._flyer, bid) if self._flyer and bid else None
        fields = self.properties.fields()
        self.properties.set_block(block, self._stale.get(bid) if bid else None)
        if self.properties.fields() != fields:
            self._chain_fields()
        is_chart = isinstance(block, ComparisonBlock)
        self.chart.setVisible(is_chart)
        self.chart.set_block(block if isinstance(block, ComparisonBlock) else None)

    # ---- edits ---------------------------------------------------------------------------------------------------

    def _request(self, fn: Edit, description: str, merge_key: object = None) -> None:
        if self._flyer is not None:
            self.edit_requested.emit(fn, description, merge_key)

    def _on_title(self, text: str) -> None:
        self._request(lambda f: replace(f, title=text), self.tr("Rename flyer"), ("title",))

    def _on_page(self) -> None:
        paper, orientation = cast(Paper, self.paper.currentText()), self.orientation.currentData()
        self._request(lambda f: ops.set_page(f, replace(f.page, paper=paper, orientation=orientation)),
                      self.tr("Change page"))

    def _on_theme(self) -> None:
        name = str(self.theme.currentData())
        self._request(lambda f: ops.set_theme(f, name), self.tr("Change theme"))

    def _on_mode(self) -> None:
        mode = self.mode.currentData()
        self._request(lambda f: ops.set_print(f, replace(f.print, mode=mode)), self.tr("Change print mode"))

    def _show_language(self, code: str) -> None:
        """Select the flyer's language; a language the window does not list is added under its own name."""
        index = self.language.findData(code)
        if index < 0:
            self.language.addItem(language_name(code), code)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)

    def _on_language(self) -> None:
        code = str(self.language.currentData())
        self._request(lambda f: replace(f, lang=code), self.tr("Change the flyer's language"))

    def _on_block_edited(self, block: Block, attribute: str) -> None:
        self._request(lambda f: ops.replace_block(f, block), arg(self.tr("Edit %1"), kind_label(block.kind).lower()),
                      (block.id, attribute))

    def add_block(self, kind: str, row: int | None = None) -> None:
        if self._flyer is None:
            return
        if row is None:
            current = self.list.currentIndex()
            row = current.row() + 1 if current.isValid() else len(self._flyer.blocks)
        block = new_block(kind, self.profile() if self.profile is not None else None)
        self._request(lambda f: ops.add_block(f, block, row), arg(self.tr("Add %1"), lower_first(kind_label(kind))))
        self.select_block(block.id)

    def delete_selected(self) -> None:
        bid = self.selected_block_id()
        if bid is None:
            self.status_message.emit(self.tr("Select a block to delete."))
            return
        row = self.list.currentIndex().row()
        self._request(lambda f: ops.remove_block(f, bid), self.tr("Delete block"))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def move_selected(self, delta: int) -> None:
        bid = self.selected_block_id()
        if bid is not None:
            row = self.model.row_of(bid) + delta
            if 0 <= row < self.model.rowCount():
                self.move_block_to(bid, row)

    def move_block_to(self, block_id: str, row: int) -> None:
        if self.model.row_of(block_id) == row:
            return
        self._request(lambda f: ops.move_block(f, block_id, row), self.tr("Move block"))
        self.select_block(block_id)

    # ---- menus ---------------------------------------------------------------------------------------------------

    def _add_menu(self, at: int | None) -> QMenu:
        menu = QMenu(self.tr("Add block"), self)
        for kind in KIND_LABELS:
            if kind in ("statement", "columns"):
                continue  # statements come from the corpus by drag; columns are made in the file format
            menu.addAction(kind_label(kind), partial(self.add_block, kind, at))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        menu = QMenu(self)
        menu.addMenu(self._add_menu(index.row() + 1 if index.isValid() else None))
        if index.isValid():
            self.list.setCurrentIndex(index)
            menu.addAction(self.tr("Move up"), partial(self.move_selected, -1))
            menu.addAction(self.tr("Move down"), partial(self.move_selected, 1))
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), self.delete_selected)
            bid = str(index.data(BlockIdRole))
            if bid in self._stale:
                menu.addAction(self.tr("Take the new text from the corpus"), lambda: self.take_new_text.emit(bid))
        menu.exec(self.list.viewport().mapToGlobal(pos))
