"""Driving modal dialogs from a test: act on the dialog once ``exec()`` has shown it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(act: Callable[[QWidget], None], timeout_ms: int = 5000, after: QWidget | None = None) -> None:
    """Call ``act(dialog)`` as soon as a modal dialog (other than ``after``) is open; the caller then starts
    what opens it."""
    timer = QTimer()
    timer.setInterval(10)
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        waited[0] += 10
        if dialog is not None and dialog is not after and dialog.isVisible():
            timer.stop()
            dialog.activateWindow()  # as a window manager would: Alt+letter and Enter need the active window
            deadline = time.monotonic() + 2.0
            while QApplication.activeWindow() is not dialog and time.monotonic() < deadline:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
            try:
                act(dialog)
            except BaseException:
                dialog.close()  # a failed step must not leave exec() waiting forever
                raise
        elif waited[0] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    _keep.append(timer)


_keep: list[QTimer] = []
