"""The window shell: shortcuts, layout memory, the flyer workspace hookup, plain errors, lean start-up imports."""

from __future__ import annotations

import logging
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.errors import OrganiserError
from organiser.gui import app
from organiser.gui.actions import ActionId
from organiser.gui.main_window import MainWindow
from organiser.gui.settings import Settings
from organiser.gui.workers import Workers

WORKSPACE_MODULE = "organiser.gui.flyers.workspace"


def test_standard_shortcuts(main_window: MainWindow) -> None:
    registry = main_window.registry
    key = QKeySequence.StandardKey
    assert registry[ActionId.FIND].shortcut() == QKeySequence(key.Find)
    assert registry[ActionId.NEW_FLYER].shortcut() == QKeySequence(key.New)
    assert registry[ActionId.PRINT].shortcut() == QKeySequence(key.Print)
    assert registry[ActionId.DELETE].shortcut() == QKeySequence(key.Delete)
    assert registry[ActionId.UNDO].shortcut() == QKeySequence(key.Undo)
    assert registry[ActionId.REDO].shortcuts() == QKeySequence.keyBindings(key.Redo)
    assert registry[ActionId.EXPORT].shortcut() == QKeySequence("Ctrl+E")
    assert registry[ActionId.IMPORT_FILES].shortcut() == QKeySequence("Ctrl+I")


def test_ctrl_f_focuses_search(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    main_window.tabs.setCurrentIndex(1)
    main_window.sources_view.sources_table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 0
    assert main_window.corpus_view.search_edit.hasFocus()


def test_controls_have_accessible_names(main_window: MainWindow) -> None:
    view = main_window.corpus_view
    for widget in view.findChildren(QLineEdit) + view.findChildren(QComboBox):
        if isinstance(widget.parent(), QComboBox):  # a combo's own line edit
            continue
        assert widget.accessibleName(), widget
    assert view.table.accessibleName() and view.detail.accessibleName()


def test_long_ukrainian_titles_do_not_widen_the_corpus_pane(main_window: MainWindow, corpus: Corpus) -> None:
    before = main_window.tabs.minimumSizeHint().width()
    title = "Відкритий лист українських дослідників, митців і профспілкових активістів " * 4
    corpus.db.table("sources").insert({"title": title, "content_hash": "x-long-title"})
    main_window.session.sources_updated()
    assert main_window.corpus_view.source_combo.findText(title) > 0
    assert main_window.tabs.minimumSizeHint().width() <= max(before, 640)


def test_layout_is_remembered(qtbot: QtBot, corpus: Corpus, ui_settings: Settings) -> None:
    first = MainWindow(corpus, ui_settings, synchronous=True, load_workspace=False)
    qtbot.addWidget(first)
    first.resize(780, 560)  # inside the offscreen screen (800×600), so the geometry restores as it was
    first.show()
    first.splitter.setSizes([300, 480])
    first.tabs.setCurrentIndex(1)
    wanted = first.splitter.sizes()
    first.close()
    second = MainWindow(corpus, ui_settings, synchronous=True, load_workspace=False)
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes() == wanted
    assert second.tabs.currentIndex() == 1
    ui_settings.add_recent_flyer(3)
    ui_settings.add_recent_flyer(5)
    ui_settings.add_recent_flyer(3)
    assert ui_settings.recent_flyers() == [3, 5]


def test_placeholder_until_the_flyer_workspace_exists(monkeypatch: pytest.MonkeyPatch, main_window: MainWindow) -> None:
    monkeypatch.setitem(sys.modules, WORKSPACE_MODULE, None)  # "import" raises ModuleNotFoundError
    main_window.load_workspace()
    assert main_window.workspace is None
    assert main_window.splitter.widget(1).objectName() == "flyer_placeholder"
    assert not main_window.registry[ActionId.EXPORT].isEnabled()


class _FakeWorkspace(QWidget):
    """The FlyerWorkspace interface the window uses, recording the calls the menu actions make."""

    status_message = Signal(str)
    flyer_changed = Signal(object)

    session = None  # no flyer open: nothing to save on close

    def __init__(self, corpus_path: Path, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus_path, self.undo_stack = corpus_path, undo_stack
        self.workers = Workers(synchronous=True)
        self.session = self  # the window follows ``session.flyer_changed`` for its title
        self.calls: list[str] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def __getattr__(self, name: str) -> Any:
        if name in ("ask_new_flyer", "delete_selected_block"):
            return lambda: self.calls.append(name)
        raise AttributeError(name)

    def splitters(self) -> tuple[()]:
        return ()

    def check_stale(self) -> None:
        pass

    def current_flyer(self) -> None:
        return None

    def close_workspace(self) -> None:
        pass

    def save_now(self) -> bool:  # as the session: nothing to save
        return True


def test_menu_actions_reach_the_flyer_workspace(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow
) -> None:
    module = types.ModuleType(WORKSPACE_MODULE)
    module.FlyerWorkspace = _FakeWorkspace  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, WORKSPACE_MODULE, module)
    from organiser.gui.flyers import exporting

    monkeypatch.setattr(exporting, "ask_and_export", lambda ws: ws.calls.append("export"))
    monkeypatch.setattr(exporting, "ask_and_print", lambda ws: ws.calls.append("print"))
    main_window.load_workspace()
    workspace = main_window.workspace
    assert isinstance(workspace, _FakeWorkspace)
    assert workspace.corpus_path == main_window.session.path and workspace.undo_stack is main_window.undo_stack
    assert main_window.splitter.widget(1) is workspace
    for action_id in (ActionId.NEW_FLYER, ActionId.EXPORT, ActionId.PRINT):
        assert main_window.registry[action_id].isEnabled()
        main_window.registry[action_id].trigger()
    workspace.setFocus()
    main_window.registry[ActionId.DELETE].trigger()
    assert workspace.calls == ["ask_new_flyer", "export", "print", "delete_selected_block"]
    rows = main_window.corpus_view.model.rowCount()
    main_window.corpus_view.table.setFocus()
    main_window.registry[ActionId.DELETE].trigger()  # focus in the corpus: the statement goes
    assert main_window.corpus_view.model.rowCount() == rows - 1


def test_unexpected_errors_are_logged_and_shown_as_one_plain_line(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(app._state, "window", main_window)
    try:
        raise KeyError("internal detail")
    except KeyError as err:
        with caplog.at_level(logging.ERROR, logger="organiser"):
            app.excepthook(KeyError, err, err.__traceback__)
    assert "Traceback" not in main_window.statusBar().currentMessage()
    assert main_window.statusBar().currentMessage().startswith("Something went wrong (KeyError)")
    assert "Traceback" in caplog.text or caplog.records[0].exc_info
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "\n" not in boxes[0].text()
    for box in boxes:
        box.close()
    assert app.plain_message(OrganiserError("notes.txt: is empty")) == "notes.txt: is empty"
    assert "Permission denied" in app.plain_message(PermissionError(13, "Permission denied", "/x"))


def test_start_up_imports_only_what_the_first_screen_needs() -> None:
    code = (
        "import sys; import organiser.cli, organiser.gui.app, organiser.gui.main_window; "
        "print(','.join(m for m in ('reportlab', 'pypdf', 'PySide6.QtPdf', 'pypdfium2', 'docx', 'bs4') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_many_signal_emits_do_not_abort_the_process() -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to True per emit; the guard keeps the process alive."""
    code = (
        "import organiser.gui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class E(QObject):\n    sig = Signal(int)\n"
        "app = QCoreApplication([])\ne = E()\n"
        "for i in range(20000):\n    e.sig.emit(i)\n    e.setObjectName('x')\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
