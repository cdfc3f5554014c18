"""The main window's layout kept between runs: geometry, toolbars, splitter sizes and the corpus tab."""

from __future__ import annotations

from typing import Any

# ``window`` is the MainWindow (which imports this module: typed loosely to keep the modules acyclic).


def restore(window: Any) -> None:
    """Geometry, toolbars, splitters and tab as the user left them; sensible sizes the first time."""
    geometry = window.settings.geometry()
    if geometry is None or not window.restoreGeometry(geometry):
        # 1400×900, or the whole screen when it is smaller (a 1366×768 laptop): never off-screen.
        screen = window.screen().availableGeometry() if window.screen() is not None else None
        width, height = 1400, 900
        if screen is not None and screen.width() > 0:
            width, height = min(width, screen.width()), min(height, screen.height())
        window.resize(width, height)
    state = window.settings.window_state()
    if state is not None:
        window.restoreState(state)
    _restore_splitters(window)
    window.tabs.setCurrentIndex(window.settings.corpus_tab() if window.settings.corpus_tab() in (0, 1) else 0)

def _restore_splitters(window: Any) -> None:
    saved = window.settings.splitter(window.splitter.objectName())
    window._default_split = saved is None or not window.splitter.restoreState(saved)
    if window._default_split:
        window.splitter.setSizes(window.main_split())
    for splitter, default in (
        (window.corpus_view.splitter, [420, 300]),
        (window.sources_view.splitter, [220, 120, 380]),
    ):
        saved = window.settings.splitter(splitter.objectName())
        if saved is None or not splitter.restoreState(saved):
            splitter.setSizes(default)

def save(window: Any) -> None:
    """Remember the window's layout for the next start (QSettings: UI state only)."""
    window.settings.set_geometry(window.saveGeometry())
    window.settings.set_window_state(window.saveState())
    splitters = [window.splitter, window.corpus_view.splitter, window.sources_view.splitter]
    if window.workspace is not None:
        splitters += list(window.workspace.splitters())
    for splitter in splitters:
        window.settings.set_splitter(splitter.objectName(), splitter.saveState())
    window.settings.set_corpus_tab(window.tabs.currentIndex())
    window.settings.sync()
