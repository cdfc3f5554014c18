"""Atomic file output: write beside the target, then rename, so a failure never leaves a half-written file.

Temporary files are named ``.NAME.<pid>-<random>.part``. A process killed mid-write cannot remove its own, so the next
write to the same folder removes those of processes that no longer run (and old ones of the earlier ``.NAME.xxxx.part``
form). Nothing else is ever touched.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from organiser.errors import RenderError


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_PART = re.compile(r"^\.(?P<name>.+)\.(?:(?P<pid>\d+)-)?[a-z0-9_]{8}\.part$")
LEGACY_PART_AGE_S = 3600.0  # a part file without a pid is only removed when this old (its writer may still run)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_parts(folder: Path) -> list[Path]:
    """Remove our own temporary files left in ``folder`` by writes that were killed; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = match.group("pid")
        try:
            if pid is not None:
                stale = int(pid) != os.getpid() and not _alive(int(pid))
            else:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > LEGACY_PART_AGE_S
            if stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except (OSError, ValueError):
            continue
    return removed


def write_files_atomically(items: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file to a temporary file beside it, then rename; on failure no partial file is left.

    Temporary files are private (0600); the result gets the usual permissions (0666 less the umask).
    """
    temps: list[tuple[str, Path]] = []
    current = items[0][0] if items else Path()
    mode = 0o666 & ~_umask()
    for folder in {path.parent for path, _ in items}:
        clean_stale_parts(folder)
    try:
        for path, data in items:
            current = path
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}-", suffix=".part")
            temps.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, mode)
        for tmp, path in temps:
            current = path
            os.replace(tmp, path)
    except OSError as exc:
        raise RenderError(f"cannot write {current}: {_reason(exc)}") from None
    finally:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
