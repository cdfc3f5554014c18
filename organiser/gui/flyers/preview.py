"""Live preview of the real PDF: renders off the GUI thread, keeps only the newest result, and shows its pages
rasterised by PDFium (pypdfium2) into a scroll area — no QtPdf, which would tie the app to one Qt release."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from organiser.errors import OrganiserError
from organiser.flyers.images import ImageSource
from organiser.flyers.model import Flyer
from organiser.gui.flyers.page_view import PageView
from organiser.gui.i18n import arg
from organiser.gui.widgets import heading, tool_button
from organiser.gui.workers import Workers

if TYPE_CHECKING:
    from organiser.printing.render.pdf import RenderResult

# Renders start at most this often: an edit made while the preview is idle renders at once (no waiting), a burst
# of keystrokes is folded into the next render; a render is never queued behind another.
PREVIEW_DELAY_MS = 30


def _render(flyer: Flyer, images: ImageSource | None) -> RenderResult:
    from organiser.printing.render.pdf import RenderOptions, render_flyer

    return render_flyer(flyer, RenderOptions(images=images))


TYPING_PAUSE_S = 0.4  # edits closer than this are one run of typing: background work waits for its end


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
        self._started_at = float("-inf")  # when the last render started
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
        elif not self._timer.isActive() and not self._busy:
            wait = PREVIEW_DELAY_MS - (self._requested_at - self._started_at) * 1000.0
            if wait <= 0:
                self._start()  # idle and not just rendered: this edit is laid out while the views update
            else:
                self._timer.start(round(min(wait, PREVIEW_DELAY_MS)))

    def _start(self) -> None:
        if self._busy:
            return  # the running render's completion starts the next one
        flyer, generation, started = self._latest, self._generation, self._requested_at
        if flyer is None:
            return
        self._busy = True
        self._started_at = time.perf_counter()

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

    def editing(self, within_s: float = TYPING_PAUSE_S) -> bool:
        """A render is running or waiting, or the flyer changed less than ``within_s`` ago (the user types)."""
        return self.busy or time.perf_counter() - self._requested_at < within_s


class PreviewPane(QWidget):
    """The preview with zoom, fit modes and page navigation over a :class:`PageView`."""

    page_changed = Signal(int, int)  # page (0-based), page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Print preview"))
        self._view: PageView | None = None
        self.pdf: bytes = b""
        self._stack = QStackedWidget()
        self._message = QLabel(self.tr("Open or create a flyer to see it here."))
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._stack.addWidget(self._message)

        bar = QHBoxLayout()
        bar.setSpacing(0)
        self.page_label = QLabel("")
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.page_label.setMinimumWidth(0)
        self.zoom_label = QLabel("")
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self._buttons: dict[str, QToolButton] = {}
        for key, icon_name, name, keys, slot in (
            ("prev", "prev-page", self.tr("Previous page"), self.tr("Page Up"),
             lambda: self.go_to_page(self.current_page() - 1)),
            ("next", "next-page", self.tr("Next page"), self.tr("Page Down"),
             lambda: self.go_to_page(self.current_page() + 1)),
            ("out", "zoom-out", self.tr("Zoom out"), "Ctrl+−", lambda: self.zoom_by(1 / 1.25)),
            ("in", "zoom-in", self.tr("Zoom in"), "Ctrl++", lambda: self.zoom_by(1.25)),
            ("width", "fit-width", self.tr("Fit the page width"), "", lambda: self.fit("width")),
            ("page", "fit-page", self.tr("Fit the whole page"), "", lambda: self.fit("page")),
        ):
            button = tool_button(icon_name, name, slot, shortcut_hint=keys)
            if key in ("width", "page"):
                button.setCheckable(True)
            self._buttons[key] = button
        self._buttons["width"].setChecked(True)
        bar.addWidget(heading(self.tr("Preview")))
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

    def _ensure_view(self) -> PageView:
        if self._view is None:
            view = PageView()
            view.setAccessibleName(self.tr("Preview of the printed flyer"))
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            view.current_page_changed.connect(lambda _p: self._update_page_label())
            view.zoom_changed.connect(self._update_zoom_controls)
            self._stack.addWidget(view)
            self._view = view
        return self._view

    @property
    def view(self) -> PageView | None:
        return self._view

    def show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def clear(self) -> None:
        self.pdf = b""
        if self._view is not None:
            self._view.set_pdf(None)
        self.show_message(self.tr("Open or create a flyer to see it here."))
        self.page_label.setText("")

    def show_pdf(self, pdf: bytes) -> None:
        """Swap in a new document, keeping the page and scroll position the reader was at.

        The old pages stay on screen until this call: the new ones are painted in the same frame, so nothing
        blinks between two versions."""
        view = self._ensure_view()
        try:
            view.set_pdf(pdf)
        except OrganiserError:
            self.show_message(self.tr("The preview could not be shown."))
            return
        self.pdf = pdf
        self._stack.setCurrentWidget(view)
        self._update_zoom_controls()
        self._update_page_label()

    def page_count(self) -> int:
        return self._view.page_count() if self._view is not None else 0

    def current_page(self) -> int:
        return self._view.current_page() if self._view is not None else 0

    def go_to_page(self, page: int) -> None:
        if self._view is None or not 0 <= page < self.page_count():
            return
        self._view.go_to_page(page)
        self._update_page_label()

    def _update_page_label(self) -> None:
        n = self.page_count()
        page = self.current_page()
        self.page_label.setText(arg(self.tr("Page %1 of %2"), page + 1, n) if n else "")
        self._buttons["prev"].setEnabled(page > 0)
        self._buttons["next"].setEnabled(page < n - 1)
        self.page_changed.emit(page, n)

    # ---- zoom ----------------------------------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        if self._view is not None:
            self._view.set_zoom(self._view.zoom() * factor)

    def fit(self, how: str) -> None:
        if self._view is not None:
            self._view.set_fit(how)
        self._update_zoom_controls()

    def _update_zoom_controls(self) -> None:
        fit = self._view.fit_mode() if self._view is not None else "width"
        self._buttons["width"].setChecked(fit == "width")
        self._buttons["page"].setChecked(fit == "page")
        # The factor is the user's own zoom; in the fit modes the checked button says what is shown.
        custom = self._view is not None and not fit
        self.zoom_label.setText(arg(self.tr("%1 %"), round(self.zoom_factor() * 100)) if custom else "")

    def zoom_factor(self) -> float:
        """The size the page is shown at, 1.0 being its printed size on this screen."""
        return self._view.zoom() if self._view is not None else 1.0
