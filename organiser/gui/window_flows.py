"""The window's everyday paths beyond the mouse: statements to the flyer by keyboard and menu, copy from the
corpus, the organisation profile, source details, data merge, shortcuts that work from text fields, the window
title, and files dropped while a dialog is open."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit

from organiser.corpus.records import Statement
from organiser.gui.actions import ActionId
from organiser.gui.corpus.statement_model import StatementRole
from organiser.gui.corpus.statement_table import StatementTable
from organiser.gui.flyers.clipboard import add_shortcut
from organiser.gui.flyers.clipboard import copy_statements as put_on_clipboard

if TYPE_CHECKING:
    from organiser.flyers.model import Flyer

Workspace = Any  # the FlyerWorkspace, which imports this module (no import cycles)
Window = Any  # the MainWindow, which imports this module (no import cycles)

_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def redo_keys() -> list[QKeySequence]:
    """Both redo habits: Ctrl+Shift+Z and Ctrl+Y, whatever the platform's default."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


class ShortcutPassThrough(QObject):
    """Text fields swallow some window shortcuts (Ctrl+E moves to the line's end, Ctrl+Z undoes only the field).
    Export and print work from any field of the window; undo and redo in the flyer's fields use the flyer's
    history, which already holds every keystroke typed there."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.main = window

    def _matches(self, event: QKeyEvent, ids: tuple[ActionId, ...]) -> bool:
        pressed = QKeySequence(event.keyCombination())
        for action_id in ids:
            for keys in self.main.registry[action_id].shortcuts():
                if keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, _TEXT_FIELDS):
            return False
        ws = self.main.workspace
        if not isinstance(event, QKeyEvent) or watched.window() is not self.main:
            return False
        if self._matches(event, (ActionId.EXPORT, ActionId.PRINT, ActionId.ADD_TO_FLYER)):
            return True  # not taken by the field: the window's shortcut runs
        in_flyer = ws is not None and ws.editor.isAncestorOf(watched)
        return in_flyer and self._matches(event, (ActionId.UNDO, ActionId.REDO))


class WindowFlows(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.main = window
        self._queued: list[Path] = []
        self._waiting = QTimer(self)
        self._waiting.setInterval(250)
        self._waiting.timeout.connect(self._import_queued)
        a = window.registry
        a[ActionId.ADD_TO_FLYER].triggered.connect(self.add_to_flyer)
        a[ActionId.USE_AS_EVIDENCE].triggered.connect(self.use_as_evidence)
        a[ActionId.EDIT_SOURCE].triggered.connect(self.ask_edit_source)
        a[ActionId.PROFILE].triggered.connect(self.ask_profile)
        a[ActionId.APPLY_PROFILE].triggered.connect(self.apply_profile)
        a[ActionId.MERGE].triggered.connect(self.ask_merge)
        for table in (window.corpus_view.table, window.sources_view.statements_table):
            add_shortcut(table, QKeySequence.StandardKey.Copy, self.tr("Copy statements"),
                         partial(self.copy_statements, table))
        self.pass_through = ShortcutPassThrough(window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.pass_through)
        window.sources_view.sources_table.doubleClicked.connect(lambda _i: self.ask_edit_source())

    # ---- statements to the flyer ---------------------------------------------------------------------------------

    def selected_statements(self) -> list[Statement]:
        w = self.main
        table = w.sources_view.statements_table if w.tabs.currentIndex() == 1 else w.corpus_view.table
        return _selected(table)

    def _ids(self) -> list[int] | None:
        statements = self.selected_statements()
        if not statements:
            self.main.show_status(self.tr("Select one or more statements first."))
            return None
        if self.main.workspace is None or self.main.workspace.current_flyer() is None:
            self.main.show_status(self.tr("Open or create a flyer first (Ctrl+N)."))
            return None
        return [s.id for s in statements]

    def add_to_flyer(self) -> bool:
        ids = self._ids()
        ws = self.main.workspace
        if ids is None or ws is None:
            return False
        if ws.add_statements(ids):
            flyer = ws.current_flyer()
            self.main.show_status(self.tr("Added to “%1”, before its sources.").replace(
                "%1", flyer.title if flyer else ""))
            return True
        return False

    def use_as_evidence(self) -> bool:
        ids = self._ids()
        ws = self.main.workspace
        return ids is not None and ws is not None and bool(ws.quoting.use_as_evidence(ids))

    def copy_statements(self, table: StatementTable) -> bool:
        statements = _selected(table)
        if not statements:
            return False
        text = "\n\n".join(f"“{s.text}” — {s.source.title}" for s in statements)
        put_on_clipboard([s.id for s in statements], text)
        n = len(statements)
        self.main.show_status(self.tr("Copied %n statement(s): paste them into a flyer or a chart cell.", "", n))
        return True

    # ---- sources, profile, merge ---------------------------------------------------------------------------------

    def ask_edit_source(self) -> None:
        from organiser.gui.corpus.source_dialog import SourceDialog, edit_source

        w = self.main
        source = w.sources_view.current_source() if w.tabs.currentIndex() == 1 else None
        statement = w.current_statement()
        if source is None and statement is not None and statement.source.id is not None:
            source = w.session.corpus.source(statement.source.id)
        if source is None:
            w.show_status(self.tr("Select a source or one of its statements first."))
            return
        dialog = SourceDialog(source, w)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            problem = edit_source(w.session, w.undo_stack, source, dialog.details())
            w.show_status(problem or self.tr("Source details saved. Flyers quoting it are marked as changed."))

    def ask_profile(self) -> None:
        from organiser.flyers.profile import load_profile
        from organiser.gui.profile_dialog import ProfileDialog

        w = self.main
        corpus = w.session.corpus
        ws = w.workspace
        dialog = ProfileDialog(load_profile(corpus), ws is not None and ws.current_flyer() is not None, w)
        self.profile_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_profile(dialog.profile(), dialog.apply_to_open)

    def save_profile(self, profile: Any, apply: bool = False) -> None:
        from organiser.flyers.profile import save_profile

        save_profile(self.main.session.corpus, profile)
        self.main.show_status(self.tr("Profile saved: new flyers will carry it."))
        if apply:
            self.apply_profile()

    def apply_profile(self) -> bool:
        from organiser.flyers.profile import load_profile
        from organiser.flyers.starters import apply_profile

        ws = self.main.workspace
        if ws is None:
            return False
        profile = load_profile(ws.corpus)
        if profile.is_empty():
            self.main.show_status(self.tr("The profile is empty: fill it in first (File ▸ Organisation "
                                            "profile)."))
            return False
        return bool(ws.edit(lambda f: apply_profile(f, profile), self.tr("Put the profile in the flyer")))

    def ask_merge(self) -> None:
        ws = self.main.workspace
        if ws is None or ws.current_flyer() is None:
            self.main.show_status(self.tr("Open the flyer to merge first."))
            return
        from organiser.gui.flyers.merge_dialog import MergeDialog

        MergeDialog(ws, self.main).exec()

    # ---- the window ----------------------------------------------------------------------------------------------

    def workspace_loaded(self, ws: Workspace) -> None:
        ws.session.flyer_changed.connect(self.update_title)
        self.update_title(ws.current_flyer())

    def ask_new_flyer(self) -> None:
        ws = self.main.workspace
        if ws is not None:
            ws.ask_new_flyer()

    def update_title(self, flyer: Flyer | None) -> None:
        corpus = self.main.session.path.name
        if flyer is None:
            self.main.setWindowTitle(f"{corpus}[*] — Organiser")
        else:
            self.main.setWindowTitle(f"{flyer.title}[*] — {corpus} — Organiser")

    def import_dropped(self, paths: list[Path]) -> None:
        """Files dropped while a dialog is open (or an import runs) are imported as soon as it is done."""
        busy = QApplication.activeModalWidget() is not None or self.main.importer.running
        if not busy and not self._queued:
            self.main.import_paths(paths)
            return
        self._queued += paths
        self._waiting.start()
        self.main.show_status(self.tr("%n file(s) will be imported as soon as the open dialog or the running "
                                        "import is finished.", "", len(self._queued)))

    def _import_queued(self) -> None:
        if QApplication.activeModalWidget() is not None or self.main.importer.running:
            return
        self._waiting.stop()
        paths, self._queued = self._queued, []
        if paths:
            self.main.import_paths(paths)


def _selected(table: StatementTable) -> list[Statement]:
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    out: list[Statement] = []
    for row in rows or ([table.currentIndex().row()] if table.currentIndex().isValid() else []):
        statement = table.statement_model.index(row, 0).data(StatementRole)
        if isinstance(statement, Statement):
            out.append(statement)
    return out

