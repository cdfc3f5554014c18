"""The flyer library: every stored flyer with a thumbnail of its first page, rendered off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QListView, QMenu, QToolButton, QVBoxLayout, QWidget

from organiser.corpus.records import FlyerSummary
from organiser.corpus.store import Corpus
from organiser.flyers.images import ImageSource
from organiser.flyers.model import Flyer
from organiser.flyers.storage import get_flyer
from organiser.gui.flyers.page_view import to_qimage
from organiser.gui.i18n import arg
from organiser.gui.textdir import content
from organiser.gui.widgets import heading, tool_button
from organiser.gui.workers import Workers

if TYPE_CHECKING:
    from organiser.printing.render.png import PageRaster

THUMB_WIDTH = 72
HOLD_RETRY_MS = 60  # while the preview renders, the next thumbnail waits this long before asking again
GRID_WIDTH = 124  # one column: the thumbnail above two lines of title
FlyerIdRole = Qt.ItemDataRole.UserRole + 30
Index = QModelIndex | QPersistentModelIndex


def _thumbnail(flyer: Flyer | None, pdf: bytes | None, images: ImageSource | None = None) -> PageRaster:
    """The first page as pixels (PDFium), 2× the shown width for high-DPI screens; made on the render thread,
    turned into a QImage on the GUI thread."""
    from organiser.printing.render.png import PdfPages

    if pdf is None:
        from organiser.printing.render.pdf import RenderOptions, render_flyer

        assert flyer is not None
        pdf = render_flyer(flyer, RenderOptions(images=images)).pdf
    pages = PdfPages(pdf)
    try:
        return pages.raster(0, THUMB_WIDTH * 2 / max(1.0, pages.sizes[0][0]))
    finally:
        pages.close()


_BLANK: list[QIcon] = []


def _blank_page() -> QIcon:
    """A page outline while the thumbnail renders: every row has an icon, so all rows keep one size."""
    if not _BLANK:
        height = int(THUMB_WIDTH * 1.42)
        pixmap = QPixmap(THUMB_WIDTH, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setPen(QColor(190, 190, 190))
        painter.setBrush(QColor(250, 250, 250))
        painter.drawRect(0, 0, THUMB_WIDTH - 1, height - 1)
        painter.end()
        _BLANK.append(QIcon(pixmap))
    return _BLANK[0]


class LibraryModel(QAbstractListModel):
    """Flyer summaries; thumbnails are filled in as they arrive, one render at a time."""

    def __init__(self, corpus: Corpus, workers: Workers, parent: Any = None) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._workers = workers
        self._rows: list[FlyerSummary] = []
        self._thumbs: dict[int, tuple[str, QIcon]] = {}  # id -> (updated_at or "live", icon)
        self._queue: list[tuple[int, str, bytes | None]] = []
        self._busy = False
        self._hold: Callable[[], bool] = lambda: False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._next)

    def hold_while(self, busy: Callable[[], bool]) -> None:
        """Start no thumbnail while ``busy()``: the live preview of the flyer being edited goes first."""
        self._hold = busy

    def refresh(self) -> None:
        """Re-read the flyers, keeping the rows where they are: editing a flyer must not move it under the
        mouse. New flyers come first; deleted ones go."""
        rows = self._corpus.list_flyers()
        by_id = {r.id: r for r in rows}
        old_ids = [r.id for r in self._rows]
        if set(old_ids) == set(by_id):
            before = self._rows
            self._rows = [by_id[i] for i in old_ids]
            for row, (a, b) in enumerate(zip(before, self._rows, strict=True)):
                if a.title != b.title or a.template != b.template:
                    index = self.index(row)
                    self.dataChanged.emit(index, index)
        else:
            known = set(old_ids)
            self.beginResetModel()
            self._rows = [r for r in rows if r.id not in known] + [by_id[i] for i in old_ids if i in by_id]
            self.endResetModel()
        for r in rows:
            cached = self._thumbs.get(r.id)
            if cached is None or cached[0] not in (r.updated_at, "live"):
                self._enqueue(r.id, r.updated_at, None)

    def row_of(self, flyer_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == flyer_id), -1)

    def summary(self, row: int) -> FlyerSummary:
        return self._rows[row]

    def set_live_pdf(self, flyer_id: int, pdf: bytes) -> None:
        """The preview's PDF of an open flyer: make its thumbnail from it rather than render again."""
        self._enqueue(flyer_id, "live", pdf)

    def _enqueue(self, flyer_id: int, key: str, pdf: bytes | None) -> None:
        self._queue = [q for q in self._queue if q[0] != flyer_id] + [(flyer_id, key, pdf)]
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        if self._hold():  # the interpreter is shared: a thumbnail rendering beside the preview delays it
            self._retry.start(HOLD_RETRY_MS)
            return
        flyer_id, key, pdf = self._queue.pop(0)
        flyer: Flyer | None = None
        if pdf is None:
            try:
                flyer = get_flyer(self._corpus, flyer_id)
            except Exception:  # deleted meanwhile, or unreadable: no thumbnail, the title still shows
                self._next()
                return
        self._busy = True
        images = ImageSource(corpus_path=self._corpus.path)
        self._workers.submit(lambda _job: _thumbnail(flyer, pdf, images), partial(self._arrived, flyer_id, key),
                             lambda _message: self._done(), context=self)

    def _arrived(self, flyer_id: int, key: str, raster: PageRaster) -> None:
        image = to_qimage(raster)
        if not image.isNull():
            self._thumbs[flyer_id] = (key, QIcon(QPixmap.fromImage(image)))
            row = self.row_of(flyer_id)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        self._done()

    def _done(self) -> None:
        self._busy = False
        self._next()

    @property
    def pending(self) -> int:
        return len(self._queue) + int(self._busy)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return content(r.title) or self.tr("(untitled)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(self.tr("%1\nTemplate: %2\nLast changed: %3"), r.title, r.template or self.tr("blank"),
                       r.updated_at)
        if role == Qt.ItemDataRole.DecorationRole:
            cached = self._thumbs.get(r.id)
            return cached[1] if cached else _blank_page()
        if role == FlyerIdRole:
            return r.id
        return None


class FlyerLibrary(QWidget):
    """A narrow column of flyers (thumbnail above the title) with New / Duplicate / Rename / Delete.

    The workspace performs the actions (undoable). The column stays narrow: icon buttons with tooltips, titles
    wrapped under the thumbnails, so long titles or labels never widen the window.
    """

    open_requested = Signal(int)
    new_requested = Signal()  # the "New flyer" gallery
    duplicate_requested = Signal(int)
    rename_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, corpus: Corpus, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Flyer library"))
        self.model = LibraryModel(corpus, workers, self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Flyers"))
        self.list.setModel(self.model)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.list.setGridSize(QSize(GRID_WIDTH, int(THUMB_WIDTH * 1.42) + 44))
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(GRID_WIDTH // 2)
        self.list.activated.connect(self._open_index)
        self.list.clicked.connect(self._open_index)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(lambda pos: self._menu().exec(
            self.list.viewport().mapToGlobal(pos)))

        self.new_button = tool_button("new", self.tr("New flyer"), self.new_requested.emit, shortcut_hint="Ctrl+N")
        self.new_button.setToolTip(self.tr("New flyer from a template or blank (Ctrl+N)"))
        self.buttons: dict[str, QToolButton] = {"new": self.new_button}
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        buttons.addWidget(self.new_button)
        for key, name, signal in (("duplicate", self.tr("Duplicate flyer"), self.duplicate_requested),
                                  ("rename", self.tr("Rename flyer"), self.rename_requested),
                                  ("delete", self.tr("Delete flyer"), self.delete_requested)):
            button = tool_button(key, name, partial(self._with_selected, signal.emit))
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        title = heading(self.tr("Fl&yers"), self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        frame = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        return QSize(GRID_WIDTH + frame + 8, super().sizeHint().height())

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("New flyer…"), self.new_requested.emit)
        if self.selected_id() is not None:
            menu.addAction(self.tr("Duplicate"), partial(self._with_selected, self.duplicate_requested.emit))
            menu.addAction(self.tr("Rename…"), partial(self._with_selected, self.rename_requested.emit))
            menu.addAction(self.tr("Delete"), partial(self._with_selected, self.delete_requested.emit))
        return menu

    def delete_selected(self) -> None:
        self._with_selected(self.delete_requested.emit)

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(FlyerIdRole)) if index.isValid() else None

    def _with_selected(self, emit: Any) -> None:
        flyer_id = self.selected_id()
        if flyer_id is not None:
            emit(flyer_id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(FlyerIdRole)))

    def refresh(self, current: int | None = None) -> None:
        self.model.refresh()
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0 and self.list.currentIndex().row() != row:
                self.list.setCurrentIndex(self.model.index(row))
