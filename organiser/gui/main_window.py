"""The main window: corpus browser (Statements / Sources) on the left, the flyer workspace on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organiser.corpus.records import Statement
from organiser.corpus.store import Corpus
from organiser.gui import sharing, window_layout
from organiser.gui.actions import ActionId, Actions
from organiser.gui.closing import CloseGuard
from organiser.gui.corpus.corpus_view import CorpusView
from organiser.gui.corpus.edits import StatementEdits
from organiser.gui.corpus.importer import ImportController
from organiser.gui.corpus.session import CorpusSession
from organiser.gui.corpus.sources_view import SourcesView
from organiser.gui.i18n import arg
from organiser.gui.language_menu import LanguageMenu
from organiser.gui.menus import build_menus_and_toolbar
from organiser.gui.settings import Settings
from organiser.gui.window_flows import WindowFlows, redo_keys
from organiser.gui.workers import Workers

if TYPE_CHECKING:
    from organiser.gui.flyers.workspace import FlyerWorkspace

log = logging.getLogger(__name__)
STATEMENTS_TAB, SOURCES_TAB = 0, 1
UNDO_LIMIT = 200


def _placeholder(text: str) -> QWidget:
    panel = QWidget()
    panel.setObjectName("flyer_placeholder")
    label = QLabel(text, panel)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #777; font-size: 16pt;")
    QVBoxLayout(panel).addWidget(label)
    return panel


class MainWindow(QMainWindow):
    workspace_ready = Signal(object)  # the FlyerWorkspace, or None when it could not be loaded

    def __init__(
        self, corpus: Corpus, settings: Settings, *, synchronous: bool = False, load_workspace: bool = True
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.session = CorpusSession(corpus, self)
        # Corpus and library edits share the window's stack; each flyer has its own in the group (per-flyer undo).
        self.undo_stack = QUndoStack(self)
        # Every step keeps whole flyer versions: a bound keeps a day-long session's memory flat.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.workers = Workers(synchronous=synchronous)
        self.close_guard = CloseGuard(self)
        self.registry = Actions(self)
        self.registry.register(ActionId.UNDO, self.undo_group.createUndoAction(self, self.tr("&Undo")))
        self.registry.register(ActionId.REDO, self.undo_group.createRedoAction(self, self.tr("&Redo")))
        self._label_undo_actions()
        self.registry[ActionId.UNDO].setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.registry[ActionId.REDO].setShortcuts(redo_keys())
        self.undo_group.cleanChanged.connect(self._clean_changed)
        self.setWindowTitle(arg(self.tr("%1[*] — Organiser"), corpus.path.name))

        self.corpus_view = CorpusView(self.session, synchronous=synchronous, parent=self)
        self.sources_view = SourcesView(self.session, self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Corpus"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.corpus_view, self.tr("Statements"))
        self.tabs.addTab(self.sources_view, self.tr("Sources"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.workspace: FlyerWorkspace | None = None
        self._default_split = False
        self.workspace_panel = _placeholder(self.tr("Flyers"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.workspace_panel)
        # The corpus folds away to the left edge (drag the handle) to give a small screen to the flyer;
        # the flyer side keeps the width the window gains.
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.edits = StatementEdits(self.session, self.undo_stack, self)
        # An edited (or undone) statement text: flyers quoting it show "differs from corpus" at once.
        self.session.statement_changed.connect(self._corpus_statement_changed)
        self.session.statements_changed.connect(self._corpus_statement_changed)
        self.importer = ImportController(self.session, self.workers, self)
        self.importer.status.connect(self.show_status)
        self.corpus_view.status.connect(self.show_status)
        self.statusBar().addPermanentWidget(self.importer.progress_widget)
        self._build_menus()
        self._connect_actions()
        self.setAcceptDrops(True)
        window_layout.restore(self)
        self.show_status(arg(self.tr("%1 — drop files or folders here to import them."), str(corpus.path)))
        if load_workspace:
            # Flyers need ReportLab and PDFium: load them after the window is on screen.
            QTimer.singleShot(0, self.load_workspace)

    def _label_undo_actions(self) -> None:
        """"Undo <what>" as one translated sentence (a prefix glued to the command's text reads badly in
        Ukrainian, Arabic and Hebrew); the stack's own labelling runs first, these slots after it."""
        self.undo_group.undoTextChanged.connect(self._label_undo)
        self.undo_group.redoTextChanged.connect(self._label_redo)
        self._label_undo(self.undo_group.undoText())
        self._label_redo(self.undo_group.redoText())

    def _label_undo(self, text: str) -> None:
        action = self.registry[ActionId.UNDO]
        if shiboken6.isValid(action):  # the stack empties itself while the window is being destroyed
            action.setText(arg(self.tr("&Undo %1"), text) if text else self.tr("&Undo"))

    def _label_redo(self, text: str) -> None:
        action = self.registry[ActionId.REDO]
        if shiboken6.isValid(action):
            action.setText(arg(self.tr("&Redo %1"), text) if text else self.tr("&Redo"))

    def _clean_changed(self, clean: bool) -> None:  # a method: Qt disconnects it when the window goes
        self.setWindowModified(not clean)

    # ---- layout ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.registry
        self.language_menu = LanguageMenu(self.settings, self)
        self.toolbar = build_menus_and_toolbar(self, a, self.language_menu)
        context = [
            a[ActionId.ADD_TO_FLYER],
            a[ActionId.USE_AS_EVIDENCE],
            None,
            a[ActionId.EDIT_STATEMENT],
            a[ActionId.TAG_STATEMENT],
            a[ActionId.EDIT_SOURCE],
            a[ActionId.DELETE],
            None,
            a[ActionId.NEW_STATEMENT],
        ]
        self.corpus_view.table.set_context_actions(context)  # type: ignore[arg-type]
        self.sources_view.statements_table.set_context_actions(context)  # type: ignore[arg-type]

    def _connect_actions(self) -> None:
        a = self.registry
        a[ActionId.IMPORT_FILES].triggered.connect(self.ask_import_files)
        a[ActionId.IMPORT_FOLDER].triggered.connect(self.ask_import_folder)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.BACKUP].triggered.connect(lambda: _backups().ask_and_back_up(self))
        a[ActionId.RESTORE].triggered.connect(lambda: _backups().ask_and_restore(self))
        a[ActionId.FIND].triggered.connect(self.focus_search)
        a[ActionId.NEW_STATEMENT].triggered.connect(self.edits.ask_write)
        a[ActionId.EDIT_STATEMENT].triggered.connect(lambda: self._with_statement(self.edits.ask_edit))
        a[ActionId.TAG_STATEMENT].triggered.connect(lambda: self._with_statement(self.edits.ask_tags))
        a[ActionId.DELETE].triggered.connect(self.delete_selected)
        a[ActionId.SHOW_STATEMENTS].triggered.connect(lambda: self.tabs.setCurrentIndex(STATEMENTS_TAB))
        a[ActionId.SHOW_SOURCES].triggered.connect(lambda: self.tabs.setCurrentIndex(SOURCES_TAB))
        a[ActionId.ABOUT].triggered.connect(self._about)
        a[ActionId.NEW_FLYER].triggered.connect(lambda: self.with_workspace(lambda ws: self.flows.ask_new_flyer()))
        a[ActionId.EXPORT].triggered.connect(lambda: self.with_workspace(_exporting().ask_and_export))
        a[ActionId.PRINT].triggered.connect(lambda: self.with_workspace(_exporting().ask_and_print))
        a[ActionId.EDITIONS].triggered.connect(lambda: self.with_workspace(self.show_editions))
        a[ActionId.SHARE].triggered.connect(lambda: sharing.ask_share(self))
        a[ActionId.OPEN_BUNDLE].triggered.connect(lambda: sharing.ask_open_bundle(self))
        self.flows = WindowFlows(self)
        self._update_workspace_actions()

    def main_split(self) -> list[int]:
        width = max(self.splitter.width(), self.width(), 900)
        corpus = min(max(width * 8 // 25, 340), 560)  # about a third; the flyer side gets what is left
        return [corpus, width - corpus]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._default_split:  # no saved sizes: share the width the window really has
            self._default_split = False
            self.splitter.setSizes(self.main_split())

    def _tab_changed(self, index: int) -> None:
        if index == SOURCES_TAB:
            self.sources_view.ensure_loaded()

    # ---- flyer workspace ------------------------------------------------------------------------

    def load_workspace(self) -> None:
        """Put the flyer workspace in the right pane (loaded after the first frame: it pulls in ReportLab)."""
        if self.workspace is not None:
            return
        try:
            from organiser.gui.flyers.workspace import FlyerWorkspace

            workspace = FlyerWorkspace(self.session.path, self.undo_stack, self)
        except Exception:
            log.exception("the flyer workspace could not start")
            self.show_status(self.tr("The flyer editor could not start; details are in the log file."))
            self.workspace_ready.emit(None)
            return
        sizes = self.splitter.sizes()
        old = self.splitter.replaceWidget(1, workspace)
        if old is not None:
            old.deleteLater()
        self.splitter.setSizes(sizes)
        self.splitter.setCollapsible(1, False)
        for splitter in workspace.splitters():
            saved = self.settings.splitter(splitter.objectName())
            if saved is not None:
                workspace.restore_splitter(splitter, saved)
        self.workspace = workspace
        self.workspace_panel = workspace
        workspace.status_message.connect(self.show_status)
        self.flows.workspace_loaded(workspace)
        self._update_workspace_actions()
        self.workspace_ready.emit(workspace)

    def _update_workspace_actions(self) -> None:
        for action_id in (ActionId.NEW_FLYER, ActionId.EXPORT, ActionId.EDITIONS, ActionId.PRINT, ActionId.ADD_TO_FLYER,
                          ActionId.USE_AS_EVIDENCE, ActionId.APPLY_PROFILE, ActionId.MERGE):
            self.registry[action_id].setEnabled(self.workspace is not None)

    def _corpus_statement_changed(self, *_args: object) -> None:
        if self.workspace is not None:
            self.workspace.check_stale()

    def call_workspace(self, method: str) -> None:
        self.with_workspace(lambda workspace: getattr(workspace, method)())

    def show_editions(self, workspace: Any) -> None:
        """The Editions dialog of the open flyer (modeless: the preview stays live while translating)."""
        if workspace.current_flyer() is None:
            self.show_status(self.tr("Open or create a flyer first."))
            return
        from organiser.gui.flyers.editions_dialog import EditionsDialog

        dialog = EditionsDialog(workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def with_workspace(self, action: Callable[[Any], None]) -> None:
        """Run ``action`` on the flyer workspace once it has loaded (it loads just after the window shows)."""
        if self.workspace is None:
            self.show_status(self.tr("The flyer editor is not available yet."))
            return
        action(self.workspace)

    # ---- corpus ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(STATEMENTS_TAB)
        self.corpus_view.focus_search()

    def current_statement(self) -> Statement | None:
        if self.tabs.currentIndex() == SOURCES_TAB:
            return self.sources_view.current_statement()
        return self.corpus_view.current_statement()

    def _with_statement(self, fn: Any) -> None:
        statement = self.current_statement()
        if statement is None:
            self.show_status(self.tr("Select a statement first."))
            return
        fn(statement)

    def _corpus_has_focus(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and (focus is self.tabs or self.tabs.isAncestorOf(focus))

    def delete_selected(self) -> None:
        """Delete acts where the keyboard focus is: a statement in the corpus, else the flyer's block."""
        if self._corpus_has_focus() or self.workspace is None:
            self._with_statement(self.edits.ask_delete)
        else:
            self.workspace.delete_selected_block()

    def ask_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import texts"), self.settings.last_import_dir(),
            self.tr("Texts (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"),
        )
        if files:
            self.settings.set_last_import_dir(str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files])

    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"), self.settings.last_import_dir())
        if folder:
            self.settings.set_last_import_dir(folder)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        self.importer.import_paths(paths)

    @staticmethod
    def _local_paths(urls: list[QUrl]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._local_paths(event.mimeData().urls()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event.mimeData().urls())
        if paths:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            for bundle in [p for p in paths if sharing.is_bundle(p)]:  # a bundle merges; texts import
                sharing.open_bundle(self, bundle)
            texts = [p for p in paths if not sharing.is_bundle(p)]
            if texts:
                self.flows.import_dropped(texts)

    # ---- messages and closing -------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Organiser"),
            self.tr("<p><b>Organiser</b> keeps your campaign texts as a searchable bank of statements "
                    "and turns them into print-ready flyers and comparison charts, offline.</p>"),
        )

    def reload_after_restore(self) -> None:
        """Every view reads the corpus again (a backup was restored under them)."""
        self.session.sources_updated()
        self.corpus_view.run_search()
        if self.workspace is not None:
            self.workspace.session.open(None)
            self.workspace.library.refresh()
            flyers = self.workspace.corpus.list_flyers()
            if flyers:
                self.workspace.open_flyer(flyers[0].id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.importer.running:
            self.importer.cancel()
        # A final save that fails (an import holds the corpus, the disk is full) never closes silently.
        if not self.close_guard.may_close(self.workspace.session if self.workspace is not None else None):
            event.ignore()
            self.show_status(self.close_guard.status)
            return
        window_layout.save(self)
        if self.workspace is not None:
            self.workspace.close_workspace()
            self.workspace.workers.shutdown(5000)
        self.workers.shutdown(5000)
        self.corpus_view.runner.wait(2000)
        super().closeEvent(event)


def _backups() -> ModuleType:
    from organiser.gui import backups

    return backups


def _exporting() -> ModuleType:
    """The export and print flows, loaded on first use to keep start-up light."""
    from organiser.gui.flyers import exporting

    return exporting
