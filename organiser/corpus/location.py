"""Where the corpus lives: ``ORGANISER_DB``, else ``corpus.db`` in the user data folder."""

from __future__ import annotations

import os
from pathlib import Path


def data_folder() -> Path:
    """The app's own folder in the user data directory (``~/.local/share/organiser`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("organiser", appauthor=False)


def default_db_path() -> Path:
    """``ORGANISER_DB`` if set, else ``corpus.db`` in the user data folder."""
    env = os.environ.get("ORGANISER_DB")
    if env:
        return Path(env).expanduser()
    return data_folder() / "corpus.db"
