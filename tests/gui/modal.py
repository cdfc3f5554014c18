"""Driving modal dialogs from a test: act on the dialog once ``exec()`` has shown it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(act: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Call ``act(dialog)`` as soon as a modal dialog is open (the caller then starts what opens it)."""
    timer = QTimer()
    timer.setInterval(10)
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        waited[0] += 10
        if dialog is not None and dialog.isVisible():
            timer.stop()
            act(dialog)
        elif waited[0] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    _keep.append(timer)


_keep: list[QTimer] = []
