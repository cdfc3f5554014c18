"""The flyer workspace: library, editor, live preview and preflight around one open flyer, with undo."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QInputDialog, QSplitter, QVBoxLayout, QWidget

from organiser.corpus.store import Corpus
from organiser.errors import OrganiserError
from organiser.flyers import ops
from organiser.flyers.images import ImageSource, add_image_file
from organiser.flyers.model import Citation, Flyer, StatementBlock
from organiser.flyers.profile import Profile, load_profile
from organiser.flyers.starters import follow_headline
from organiser.flyers.storage import get_flyer
from organiser.gui.flyers import startup
from organiser.gui.flyers.clipboard import FlyerClipboard
from organiser.gui.flyers.commands import CreateFlyer, DeleteFlyer, EditFlyer
from organiser.gui.flyers.editor import FlyerEditor
from organiser.gui.flyers.library import FlyerLibrary
from organiser.gui.flyers.preflight_panel import PreflightPanel
from organiser.gui.flyers.preview import PreviewPane, PreviewRenderer
from organiser.gui.flyers.quoting import Quoting
from organiser.gui.flyers.session import FlyerSession
from organiser.gui.flyers.undo import FlyerUndo
from organiser.gui.i18n import arg
from organiser.gui.workers import Workers

if TYPE_CHECKING:
    from organiser.printing.render.pdf import RenderResult

log = logging.getLogger(__name__)
Edit = Callable[[Flyer], Flyer]


class FlyerWorkspace(QWidget):
    """What the main window hosts on its right side; every edit is a command on the flyer's own undo stack."""

    status_message = Signal(str)
    preview_refreshed = Signal(float)  # ms from the edit to the new PDF shown (benchmarks, tests)

    def __init__(self, corpus_path: Path, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 workers: Workers | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Flyer workspace"))
        self.undo_stack = undo_stack
        self.corpus = Corpus(corpus_path)
        # ReportLab is not known to be thread-safe: one render thread for preview, thumbnails and exports.
        parent_workers = getattr(parent, "workers", None)
        synchronous = isinstance(parent_workers, Workers) and parent_workers.synchronous  # the shell's tests
        self.workers = workers or Workers(synchronous=synchronous, max_threads=1)
        self.session = FlyerSession(self.corpus, self)
        group = getattr(parent, "undo_group", None)  # the window's group, shared with its Undo/Redo actions
        self.undo = FlyerUndo(undo_stack, self.session, self, group if isinstance(group, QUndoGroup) else None)
        self.quoting = Quoting(self)
        self.last_result: RenderResult | None = None
        self.gallery: QWidget | None = None  # the "New flyer" gallery while it is open
        self.export_dialog: QWidget | None = None  # the export or print dialog while it is open
        self._sized = False
        self._quoted: tuple[tuple[str, int | None, str], ...] = ()

        self.library = FlyerLibrary(self.corpus, self.workers)
        self.editor = FlyerEditor(self.citation_for)
        self.preview = PreviewPane()
        self.preflight = PreflightPanel()
        self.renderer = PreviewRenderer(self.workers, self, images=ImageSource(corpus_path=self.corpus.path))
        self.library.model.hold_while(self.renderer.editing)
        self.editor.properties.image_adder = lambda path: add_image_file(self.corpus, path)
        self.editor.profile = self._profile
        self.clipboard = FlyerClipboard(self)

        # The preview takes the height; the preflight summary sits under it, its list only when there are warnings.
        self.right = right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preflight)
        # Library | editor | preview. The library and the preview fold away when dragged to the edge (the
        # handle stays to pull them back); the editor keeps its width share, the preview takes the rest.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("flyer_splitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.session.flyer_changed.connect(self._on_flyer_changed)
        self.session.opened.connect(self._on_opened)
        self.session.saved.connect(self._on_saved)
        self.session.library_changed.connect(self._refresh_library)
        self.session.error.connect(self.status_message)
        self.editor.edit_requested.connect(self.edit)
        self.editor.statements_dropped.connect(self.add_statements)
        self.editor.take_new_text.connect(self.take_new_text)
        self.editor.status_message.connect(self.status_message)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.failed.connect(self._on_render_failed)
        self.preflight.block_selected.connect(self._select_from_preflight)
        self.library.open_requested.connect(self.open_flyer)
        self.library.new_requested.connect(self.ask_new_flyer)
        self.library.duplicate_requested.connect(self.duplicate_flyer)
        self.library.rename_requested.connect(self.rename_flyer)
        self.library.delete_requested.connect(self.delete_flyer)
        self.library.refresh()
        startup.open_initial(self)

    # ---- public API (called by the main window) -----------------------------------------------------------------

    def current_flyer(self) -> Flyer | None:
        return self.session.flyer

    def open_flyer(self, flyer_id: int) -> bool:
        if self.session.flyer is not None and self.session.flyer.id == flyer_id:
            return True
        try:
            self.session.open_id(flyer_id)
        except OrganiserError as err:
            self.status_message.emit(arg(self.tr("The flyer could not be opened: %1"), err))
            return False
        self._remember(flyer_id)
        return True

    def new_flyer(self, template: str | None = None) -> Flyer | None:
        """Create a flyer (blank, or from a built-in template) as one undoable step, and open it."""
        from organiser.flyers.profile import load_profile
        from organiser.flyers.starters import start_flyer

        try:
            flyer = start_flyer(self.corpus, template or None, load_profile(self.corpus))
        except (OrganiserError, ImportError) as err:
            self.status_message.emit(self.tr("The template could not be used: %1").replace("%1", str(err)))
            return None
        return self._create(flyer, self.tr("New flyer"))

    def ask_new_flyer(self) -> Flyer | None:
        from organiser.gui.flyers.gallery import ask_new_flyer

        return ask_new_flyer(self)

    def create_flyer(self, flyer: Flyer) -> Flyer | None:
        return self._create(flyer, self.tr("New flyer"))

    def duplicate_flyer(self, flyer_id: int) -> Flyer | None:
        self.session.save_now()
        try:
            flyer = get_flyer(self.corpus, flyer_id)
        except OrganiserError as err:
            self.status_message.emit(str(err))
            return None
        title = arg(self.tr("%1 (copy)"), flyer.title)
        return self._create(replace(flyer, id=None, title=title), self.tr("Duplicate flyer"))

    def _create(self, flyer: Flyer, text: str) -> Flyer | None:
        command = CreateFlyer(self.session, flyer, text)
        stack = self.undo.fresh_stack()  # the new flyer's own history starts with its creation
        try:
            stack.push(command)
        except OrganiserError as err:
            self.status_message.emit(arg(self.tr("The flyer could not be created: %1"), err))
            return None
        self.undo.adopt(stack, command.flyer.id)
        if command.flyer.id is not None:
            self._remember(command.flyer.id)
        return command.flyer

    def rename_flyer(self, flyer_id: int, title: str | None = None) -> None:
        if not self.open_flyer(flyer_id) or self.session.flyer is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("Rename flyer"), self.tr("New title:"),
                                             text=self.session.flyer.title)
            if not ok:
                return
        if title.strip():
            self.edit(lambda f: replace(f, title=title.strip()), self.tr("Rename flyer"))

    def delete_flyer(self, flyer_id: int) -> None:
        self.session.save_now()
        try:
            flyer = get_flyer(self.corpus, flyer_id)
            self.undo.general.push(DeleteFlyer(self.session, flyer, arg(self.tr("Delete flyer “%1”"), flyer.title)))
        except OrganiserError as err:
            self.status_message.emit(arg(self.tr("The flyer could not be deleted: %1"), err))
            return
        self.status_message.emit(arg(self.tr("Deleted “%1”. Undo brings it back."), flyer.title))

    def delete_selected_block(self) -> None:
        """The window's Delete: acts on what has the keyboard focus (a flyer, a piece of evidence, else a block)."""
        focus = self.focusWidget()
        if focus is not None and (focus is self.library.list or self.library.isAncestorOf(focus)):
            self.library.delete_selected()
        elif focus is self.editor.chart.evidence_view:
            self.editor.chart.remove_evidence()
        else:
            self.editor.delete_selected()

    def close_workspace(self) -> None:
        """Save now and let running renders finish (the main window calls this when it closes)."""
        self.session.save_now()
        self.workers.wait(3000)

    # ---- edits ---------------------------------------------------------------------------------------------------

    def edit(self, fn: Edit, description: str, merge_key: Hashable | None = None) -> bool:
        """Apply ``fn`` to the open flyer as one undo step; a rule it breaks is shown, not raised."""
        before = self.session.flyer
        if before is None:
            self.status_message.emit(self.tr("Open or create a flyer first."))
            return False
        try:
            after = fn(before)
        except OrganiserError as err:
            self.status_message.emit(str(err))
            return False
        if after == before:
            return False
        after = follow_headline(before, after)
        self.undo.push(EditFlyer(self.session, before, after, description, merge_key), before.id)
        return True

    def _profile(self) -> Profile:
        return load_profile(self.corpus)

    def citation_for(self, statement_id: int) -> Citation | None:
        return self.quoting.citation_for(statement_id)

    def add_statements(self, statement_ids: list[int], row: int | None = None) -> bool:
        return self.quoting.add_statements(statement_ids, row)

    def take_new_text(self, block_id: str) -> None:
        self.quoting.take_new_text(block_id)

    # ---- reacting ------------------------------------------------------------------------------------------------

    def _on_flyer_changed(self, flyer: Flyer | None) -> None:
        quoted = tuple((b.id, b.statement_id, b.text) for b in ops.iter_blocks(flyer.blocks if flyer else ())
                       if isinstance(b, StatementBlock))
        self.editor.set_flyer(flyer)
        if quoted != self._quoted:
            self._quoted = quoted
            self.check_stale()
        self.renderer.request(flyer)
        if flyer is None:
            self.preview.clear()
            self.preflight.set_warnings((), ready=False)

    def _on_opened(self, flyer: Flyer | None) -> None:
        self.undo.show_flyer(flyer.id if flyer else None)
        self.check_stale()
        if flyer is not None and flyer.id is not None:
            self.library.refresh(flyer.id)
            self.preview.show_message(self.tr("Preparing the preview…"))

    def _on_saved(self, flyer_id: int) -> None:
        self.check_stale()
        self.library.refresh(flyer_id)
        if self.preview.pdf and self.session.flyer is not None and self.session.flyer.id == flyer_id:
            self.library.model.set_live_pdf(flyer_id, self.preview.pdf)

    def _refresh_library(self) -> None:
        flyer = self.session.flyer
        self.library.refresh(flyer.id if flyer else None)

    def _on_rendered(self, result: RenderResult, ms: float) -> None:
        started = time.perf_counter()
        self.last_result = result
        self.preview.show_pdf(result.pdf)
        self.preflight.set_warnings(result.warnings)
        self.preview_refreshed.emit(ms + (time.perf_counter() - started) * 1000.0)

    def _on_render_failed(self, message: str) -> None:
        self.preview.show_message(arg(self.tr("The preview could not be made: %1"), message))
        self.status_message.emit(message)

    def show_block(self, block_id: str) -> None:
        """Select a block for the user to fix (from a preflight finding in the panel or the export dialog)."""
        self._select_from_preflight(block_id)

    def _select_from_preflight(self, block_id: str) -> None:
        if not self.editor.select_block(block_id):
            self.status_message.emit(self.tr("That warning is about a block inside two columns."))
        self.editor.list.setFocus()

    def check_stale(self) -> None:
        self.quoting.check_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # the width is known only now: a narrow library, editor and preview share the rest
            self._sized = True
            self.default_sizes()
        self.check_stale()

    def default_sizes(self) -> None:
        """The library as wide as its column of thumbnails; the editor and the preview halve the rest."""
        total = max(self.splitter.width(), 600)
        library = min(self.library.sizeHint().width(), total // 5)
        rest = total - library - 2 * self.splitter.handleWidth()
        editor = rest // 2
        self.splitter.setSizes([library, editor, rest - editor])
        if not self.editor.sized:
            self.editor.default_sizes()

    def splitters(self) -> tuple[QSplitter, ...]:
        """The splitters whose sizes the window remembers between runs (each has an object name)."""
        return self.splitter, self.editor.splitter

    def restore_splitter(self, splitter: QSplitter, state: Any) -> bool:
        """Saved sizes from the last run; the first-show default sizing is then skipped."""
        restored = bool(splitter.restoreState(state))
        self._sized = self._sized or (restored and splitter is self.splitter)
        self.editor.sized = self.editor.sized or (restored and splitter is self.editor.splitter)
        return restored

    # ---- start-up ------------------------------------------------------------------------------------------------

    def settings(self) -> Any:
        return startup.ui_settings()

    def _remember(self, flyer_id: int) -> None:
        startup.remember(self, flyer_id)
