"""The whole window fits a 1280×720 screen, long Ukrainian labels included; keyboard-only use works."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QTabWidget,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from organiser.gui.flyers.workspace import FlyerWorkspace
from organiser.gui.main_window import MainWindow
from tests.gui.flyer_support import chart_flyer, store_and_open

SMALL_SCREEN = (1280, 720)
_WORDS = ("Налаштування", "сторінки", "для", "друку", "у", "копіцентрі", "опубліковано", "джерело",
          "висловлювання", "порівняльна", "таблиця", "з", "обрізними", "мітками")


def ukrainian(like: str) -> str:
    """A Ukrainian label about 1.6× as long as ``like`` (translations run longer than English)."""
    target = max(12, int(len(like) * 1.6))
    words: list[str] = []
    for word in itertools.cycle(_WORDS):
        if len(" ".join(words)) >= target:
            break
        words.append(word)
    return " ".join(words)


def _open_window(qtbot: QtBot, main_window: MainWindow) -> FlyerWorkspace:
    main_window.load_workspace()
    ws = main_window.workspace
    assert isinstance(ws, FlyerWorkspace)
    store_and_open(ws, chart_flyer())
    chart = next(b for b in ws.current_flyer().blocks if b.kind == "comparison")  # type: ignore[union-attr]
    ws.editor.select_block(chart.id)  # the widest editor: the chart grid and its controls
    qtbot.waitUntil(lambda: ws.preview.view is not None, timeout=5000)
    return ws


def test_main_window_fits_1280x720(qtbot: QtBot, main_window: MainWindow) -> None:
    _open_window(qtbot, main_window)
    hint = main_window.minimumSizeHint()
    assert hint.width() <= SMALL_SCREEN[0], hint
    assert hint.height() <= SMALL_SCREEN[1], hint
    main_window.resize(*SMALL_SCREEN)
    qtbot.wait(10)
    assert main_window.width() <= SMALL_SCREEN[0]


def test_long_ukrainian_labels_do_not_push_the_window_off_screen(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _open_window(qtbot, main_window)
    changed = 0
    for label in main_window.findChildren(QLabel):
        if label.text() and label.isVisibleTo(main_window):
            label.setText(ukrainian(label.text()))
            changed += 1
    for button in main_window.findChildren(QAbstractButton):
        if button.text():
            button.setText(ukrainian(button.text()))
            changed += 1
    for combo in main_window.findChildren(QComboBox):
        combo.addItem(ukrainian("Copy shop (bleed, crop marks) and a long source title"))
    tabs = main_window.findChildren(QTabWidget)
    for tab_widget in tabs:
        for i in range(tab_widget.count()):
            tab_widget.setTabText(i, ukrainian(tab_widget.tabText(i)))
    ws.editor.set_flyer(ws.current_flyer())
    assert changed > 30  # the corpus filters, the editor's forms, the chart controls, the preview bar…
    assert main_window.minimumSizeHint().width() <= SMALL_SCREEN[0]


def _tab_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits from ``start``, in order (what a keyboard-only user walks through)."""
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start and len(chain) < limit:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_order_runs_search_filters_results_detail_flyers_blocks_properties_preview(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ws = _open_window(qtbot, main_window)
    ws.editor.select_block(ws.current_flyer().blocks[0].id)  # type: ignore[union-attr]  # a headline: a text field
    qtbot.wait(20)  # the rebuilt form's fields show on the next event loop turn
    view = main_window.corpus_view
    headline = ws.editor.properties.editor("text")
    assert headline is not None
    wanted = [view.search_edit, view.tag_combo, view.lang_combo, view.source_combo, view.date_from,
              view.table, view.detail, ws.library.list, ws.editor.title_edit, ws.editor.list, headline,
              ws.preview.view]
    chain = _tab_chain(view.search_edit)
    positions = [chain.index(w) if w in chain else -1 for w in wanted]
    assert -1 not in positions, [w.accessibleName() for w, p in zip(wanted, positions, strict=True) if p < 0]
    assert positions == sorted(positions), [w.accessibleName() for w in wanted]


def test_every_toolbar_action_has_a_name_and_a_shortcut_or_menu_entry(qtbot: QtBot, main_window: MainWindow) -> None:
    _open_window(qtbot, main_window)
    in_menus = {a for menu_action in main_window.menuBar().actions() if menu_action.menu() is not None
                for a in menu_action.menu().actions()}  # type: ignore[union-attr]
    toolbars = main_window.findChildren(QToolBar)
    assert toolbars
    for toolbar in toolbars:
        for action in toolbar.actions():
            if action.isSeparator():
                continue
            button = toolbar.widgetForAction(action)
            assert button is not None and button.accessibleName(), action.text()
            assert not action.shortcut().isEmpty() or action in in_menus, action.text()


def test_every_workspace_button_has_an_accessible_name(qtbot: QtBot, main_window: MainWindow) -> None:
    ws = _open_window(qtbot, main_window)
    unnamed = [b.text() or b.toolTip() for b in ws.findChildren(QAbstractButton)
               if b.isVisibleTo(ws) and not b.accessibleName()
               and type(b).__name__ not in ("QCheckBox",)]  # check boxes are named by their form label
    assert unnamed == []
