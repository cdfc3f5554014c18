"""Atomic file output: write beside the target, then rename, so a failure never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from organiser.errors import RenderError


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_files_atomically(items: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file to a temporary file beside it, then rename; on failure no partial file is left.

    Temporary files are private (0600); the result gets the usual permissions (0666 less the umask).
    """
    temps: list[tuple[str, Path]] = []
    current = items[0][0] if items else Path()
    mode = 0o666 & ~_umask()
    try:
        for path, data in items:
            current = path
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
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
