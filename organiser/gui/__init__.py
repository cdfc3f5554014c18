"""The desktop app (PySide6): main window, corpus browser and flyer workspace."""

from organiser.gui import refcount_guard

refcount_guard.install()
