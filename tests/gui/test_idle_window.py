"""A window left alone stays still: no widget keeps re-laying itself out (that burns a core and slows the preview)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.flyer_support import make_workspace


class _Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.count += 1
        return False


def _settle(ms: int) -> None:
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        QApplication.processEvents()


def test_the_workspace_is_still_when_nobody_touches_it(qtbot: QtBot, corpus_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    ws.show()
    qtbot.waitExposed(ws)
    counter = _Counter()
    app = QApplication.instance()
    assert app is not None
    flyers = ws.corpus.list_flyers()  # the seven samples of a new corpus: every paper and kind of page
    assert len(flyers) >= 7
    noisy = []
    for summary in flyers:
        assert ws.open_flyer(summary.id)
        for height in range(640, 1000, 40):  # the preview's page passes the height where a scroll bar is needed
            ws.resize(1200, height)
            _settle(40)
            app.installEventFilter(counter)
            counter.count = 0
            _settle(120)
            app.removeEventFilter(counter)
            if counter.count > 4:
                noisy.append((summary.title, height, counter.count))
    assert not noisy, f"re-laid out while idle (flyer, window height, events in 0.12 s): {noisy}"
