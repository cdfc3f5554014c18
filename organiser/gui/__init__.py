"""The desktop app (PySide6): main window, corpus browser and flyer workspace."""
