"""Window and UI state kept between runs (the one place QSettings is used; flyers live in the corpus)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FLYERS = 8


class Settings:
    """Typed access to UI state; ``path`` gives an INI file (tests), otherwise the platform's native store."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._q = QSettings("Organiser", "Organiser")
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._q.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # ---- window layout --------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, data: QByteArray) -> None:
        self._q.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, data: QByteArray) -> None:
        self._q.setValue("window/state", data)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, data: QByteArray) -> None:
        self._q.setValue(f"splitters/{name}", data)

    def corpus_tab(self) -> int:
        value = str(self._q.value("corpus/tab", 0))
        return int(value) if value.isdigit() else 0

    def set_corpus_tab(self, index: int) -> None:
        self._q.setValue("corpus/tab", index)

    def ui_language(self) -> str:
        """The window's language chosen in View ▸ Language; "" follows the system."""
        return str(self._q.value("ui/language", "") or "")

    def set_ui_language(self, code: str) -> None:
        self._q.setValue("ui/language", code)

    # ---- recent flyers and export choices -------------------------------------------------------

    def recent_flyers(self) -> list[int]:
        raw = self._q.value("flyers/recent", "[]")
        try:
            ids = json.loads(str(raw))
        except ValueError:
            return []
        return [int(i) for i in ids if isinstance(i, int)][:MAX_RECENT_FLYERS]

    def add_recent_flyer(self, flyer_id: int) -> None:
        ids = [flyer_id, *(i for i in self.recent_flyers() if i != flyer_id)][:MAX_RECENT_FLYERS]
        self._q.setValue("flyers/recent", json.dumps(ids))

    def export_choices(self) -> dict[str, Any]:
        raw = self._q.value("export/last", "{}")
        try:
            data = json.loads(str(raw))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def set_export_choices(self, choices: dict[str, Any]) -> None:
        self._q.setValue("export/last", json.dumps(choices))

    def last_import_dir(self) -> str:
        return str(self._q.value("import/last_dir", "") or "")

    def set_last_import_dir(self, path: str) -> None:
        self._q.setValue("import/last_dir", path)
