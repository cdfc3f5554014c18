"""Live preview of the real PDF: renders off the GUI thread, keeps only the newest result, shows it in QPdfView."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from organiser.flyers.images import ImageSource
from organiser.flyers.model import Flyer
from organiser.gui.widgets import heading, tool_button
from organiser.gui.workers import Workers

if TYPE_CHECKING:
    from organiser.printing.render.pdf import RenderResult

# Edits closer together than this are folded into one render; a render is never queued behind another.
PREVIEW_DELAY_MS = 30


def _render(flyer: Flyer, images: ImageSource | None) -> RenderResult:
    from organiser.printing.render.pdf import RenderOptions, render_flyer

    return render_flyer(flyer, RenderOptions(images=images))


class PreviewRenderer(QObject):
    """Renders the newest flyer it was given; a result for an older document is dropped."""

    rendered = Signal(object, float)  # RenderResult, ms from the request to the result
    failed = Signal(str)

    def __init__(self, workers: Workers, parent: QObject | None = None, *, images: ImageSource | None = None) -> None:
        super().__init__(parent)
        self._workers = workers
        self._images = images  # the corpus the flyer's images are read from
        self._latest: Flyer | None = None
        self._requested_at = 0.0
        self._generation = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start)

    def request(self, flyer: Flyer | None, immediately: bool = False) -> None:
        self._generation += 1
        self._latest = flyer
        self._requested_at = time.perf_counter()
        if flyer is None:
            self._timer.stop()
            return
        if immediately or self._workers.synchronous:
            self._timer.stop()
            self._start()
        elif not self._timer.isActive():
            self._timer.start()

    def _start(self) -> None:
        if self._busy:
            return  # the running render's completion starts the next one
        flyer, generation, started = self._latest, self._generation, self._requested_at
        if flyer is None:
            return
        self._busy = True

        def done(result: object) -> None:
            self._finish(generation)
            if generation == self._generation:
                self.rendered.emit(result, (time.perf_counter() - started) * 1000.0)

        def failed(message: str) -> None:
            self._finish(generation)
            if generation == self._generation:
                self.failed.emit(message)

        images = self._images
        self._workers.submit(lambda _job: _render(flyer, images), done, failed, context=self)

    def _finish(self, generation: int) -> None:
        self._busy = False
        # Edits arrived while this render ran: render the newest document now (its result is the one shown).
        if generation != self._generation and self._latest is not None and not self._timer.isActive():
            self._timer.start(0)

    @property
    def busy(self) -> bool:
        return self._busy or self._timer.isActive()


class PreviewPane(QWidget):
    """The preview with zoom and page navigation; QtPdf is imported when the first PDF arrives."""

    page_changed = Signal(int, int)  # page (0-based), page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Print preview")
        self._view: Any = None
        self._document: Any = None
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self._zoom = 1.0
        self._fit = "width"
        self._stack = QStackedWidget()
        self._message = QLabel("Open or create a flyer to see it here.")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._stack.addWidget(self._message)

        bar = QHBoxLayout()
        bar.setSpacing(0)
        self.page_label = QLabel("")
        self.page_label.setAccessibleName("Page number")
        self.page_label.setMinimumWidth(0)
        self.zoom_label = QLabel("")
        self.zoom_label.setAccessibleName("Zoom")
        self._buttons: dict[str, QToolButton] = {}
        for key, icon_name, name, keys, slot in (
            ("prev", "prev-page", "Previous page", "Page Up", lambda: self.go_to_page(self.current_page() - 1)),
            ("next", "next-page", "Next page", "Page Down", lambda: self.go_to_page(self.current_page() + 1)),
            ("out", "zoom-out", "Zoom out", "Ctrl+−", lambda: self.zoom_by(1 / 1.25)),
            ("in", "zoom-in", "Zoom in", "Ctrl++", lambda: self.zoom_by(1.25)),
            ("width", "fit-width", "Fit the page width", "", lambda: self.fit("width")),
            ("page", "fit-page", "Fit the whole page", "", lambda: self.fit("page")),
        ):
            button = tool_button(icon_name, name, slot, shortcut_hint=keys)
            if key in ("width", "page"):
                button.setCheckable(True)
            self._buttons[key] = button
        self._buttons["width"].setChecked(True)
        bar.addWidget(heading("Preview"))
        bar.addSpacing(6)
        for key in ("prev", "next"):
            bar.addWidget(self._buttons[key])
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        for key in ("out", "in", "width", "page"):
            bar.addWidget(self._buttons[key])
        for keys, slot in (("Ctrl++", lambda: self.zoom_by(1.25)), ("Ctrl+=", lambda: self.zoom_by(1.25)),
                           ("Ctrl+-", lambda: self.zoom_by(1 / 1.25))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)

    # ---- the view ------------------------------------------------------------------------------------------------

    def _ensure_view(self) -> Any:
        if self._view is None:
            from PySide6.QtPdfWidgets import QPdfView

            view = QPdfView()
            view.setAccessibleName("Preview of the printed flyer")
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page_label())
            view.zoomFactorChanged.connect(lambda _z: self._update_zoom_controls())
            self._stack.addWidget(view)
            self._view = view
        return self._view

    @property
    def view(self) -> Any:
        return self._view

    def show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def clear(self) -> None:
        self.pdf = b""
        self.show_message("Open or create a flyer to see it here.")
        self.page_label.setText("")

    def show_pdf(self, pdf: bytes) -> None:
        """Swap in a new document, keeping the page and scroll position the reader was at."""
        from PySide6.QtPdf import QPdfDocument

        view = self._ensure_view()
        scroll = view.verticalScrollBar().value() if self._document is not None else 0
        hscroll = view.horizontalScrollBar().value() if self._document is not None else 0
        document = QPdfDocument(self)
        buffer = QBuffer(document)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            self.show_message("The preview could not be shown.")
            document.deleteLater()
            return
        old = self._document
        self.pdf = pdf
        self._document, self._buffer = document, buffer
        view.setDocument(document)
        self._apply_zoom()
        view.verticalScrollBar().setValue(scroll)
        view.horizontalScrollBar().setValue(hscroll)
        self._stack.setCurrentWidget(view)
        if old is not None:
            old.deleteLater()
        self._update_page_label()

    def page_count(self) -> int:
        return int(self._document.pageCount()) if self._document is not None else 0

    def current_page(self) -> int:
        return int(self._view.pageNavigator().currentPage()) if self._view is not None else 0

    def go_to_page(self, page: int) -> None:
        if self._view is None or not 0 <= page < self.page_count():
            return
        from PySide6.QtCore import QPointF

        self._view.pageNavigator().jump(page, QPointF(), self._view.pageNavigator().currentZoom())
        self._update_page_label()

    def _update_page_label(self) -> None:
        n = self.page_count()
        page = self.current_page()
        self.page_label.setText(f"Page {page + 1} of {n}" if n else "")
        self._buttons["prev"].setEnabled(page > 0)
        self._buttons["next"].setEnabled(page < n - 1)
        self.page_changed.emit(page, n)

    # ---- zoom ----------------------------------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        if self._view is None:
            return
        self._zoom = max(0.1, min(8.0, self._shown_zoom() * factor))
        self._fit = ""
        self._apply_zoom()

    def fit(self, how: str) -> None:
        self._fit = how
        self._apply_zoom()

    def _shown_zoom(self) -> float:
        """The zoom the page is shown at: in the fit modes QPdfView keeps 1.0 as its factor, so work it out."""
        view = self._view
        if view is None or not self._fit or self._document is None or not self.page_count():
            return self.zoom_factor()
        size = self._document.pagePointSize(max(0, self.current_page()))
        scale = view.logicalDpiX() / 72.0
        margins = view.documentMargins()
        width = (view.viewport().width() - margins.left() - margins.right()) / max(1.0, size.width() * scale)
        if self._fit == "width":
            return float(max(0.1, width))
        height = (view.viewport().height() - margins.top() - margins.bottom()) / max(1.0, size.height() * scale)
        return float(max(0.1, min(width, height)))

    def _update_zoom_controls(self) -> None:
        self._buttons["width"].setChecked(self._fit == "width")
        self._buttons["page"].setChecked(self._fit == "page")
        # The factor is the user's own zoom; in the fit modes the checked button says what is shown.
        custom = self._view is not None and not self._fit
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %" if custom else "")

    def _apply_zoom(self) -> None:
        if self._view is None:
            self._update_zoom_controls()
            return
        from PySide6.QtPdfWidgets import QPdfView

        if self._fit == "width":
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self._fit == "page":
            self._view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self._view.setZoomMode(QPdfView.ZoomMode.Custom)
            self._view.setZoomFactor(self._zoom)
        self._update_zoom_controls()

    def zoom_factor(self) -> float:
        return float(self._view.zoomFactor()) if self._view is not None else 1.0
