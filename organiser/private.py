"""Private files: the corpus and the log hold people's words, so they are readable by their owner only.

Folders the app creates are 0700 and files it creates are 0600, whatever the umask. SQLite gives a database's
``-wal`` and ``-shm`` files the permissions of the database itself.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path, *, tighten: bool = False) -> None:
    """Create ``path`` (and its missing parents) as 0700; ``tighten`` also narrows an existing folder we own."""
    missing = not path.exists()
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if missing or tighten:
        _narrow(path, FOLDER_MODE)


def private_file(path: Path) -> None:
    """Create ``path`` empty as 0600 if it does not exist; narrow it to 0600 if it does (and is ours)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        if path.is_file():  # never a folder or a device given by mistake
            _narrow(path, FILE_MODE)
    else:
        os.close(fd)


def _narrow(path: Path, mode: int) -> None:
    """Drop group and other permissions of a file or folder we own (someone else's is left as it is)."""
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError:
        pass  # a read-only mount or a vanished file: nothing to protect here


def open_private(path: str | Path, flags: int) -> int:
    """``os.open`` that creates the file as 0600 (an opener for ``open()``)."""
    return os.open(path, flags, FILE_MODE)
