"""Document importers: one module per file format, chosen by extension; every failure is ImportRejected."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from organiser.corpus.importers.document import ImportedDocument, Section
from organiser.errors import ImportRejected

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "ImportedDocument",
    "Section",
    "iter_import_files",
    "read_document",
]

_MODULES = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(_MODULES)
MAX_FILE_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024


def _check_file(path: Path) -> None:
    """Reject what cannot be read before parsing: missing, folder, wrong type, too large, empty, locked."""
    name = path.name or str(path)
    if not path.exists():
        raise ImportRejected(f"{name}: does not exist")
    if path.is_dir():
        raise ImportRejected(f"{name}: is a folder, not a file (import the folder to read the files in it)")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        kinds = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        raise ImportRejected(f"{name}: unsupported file type '{suffix or 'none'}' (supported: {kinds})")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRejected(f"{name}: too large ({size // _MB} MB; the limit is {MAX_FILE_BYTES // _MB} MB)")
    if size == 0:
        raise ImportRejected(f"{name}: is empty")
    with path.open("rb"):
        pass


def _read(path: Path) -> ImportedDocument:
    from organiser.corpus.importers.assemble import build_document

    _check_file(path)
    module = importlib.import_module(f"organiser.corpus.importers.{_MODULES[path.suffix.lower()]}")
    blocks, hints = module.extract(path)
    if not blocks:
        raise ImportRejected(f"{path.name}: is empty (no text found)")
    document: ImportedDocument = build_document(blocks, hints, path.name)
    return document


def read_document(path: Path) -> ImportedDocument:
    """Read one file into an ImportedDocument; raises ImportRejected (one plain line) and nothing else."""
    path = Path(path)
    name = path.name or str(path)
    try:
        return _read(path)
    except ImportRejected:
        raise
    except PermissionError as exc:
        raise ImportRejected(f"{name}: cannot be read (permission denied)") from exc
    except OSError as exc:
        raise ImportRejected(f"{name}: cannot be read ({exc.strerror or 'input/output error'})") from exc
    except MemoryError as exc:
        raise ImportRejected(f"{name}: too large to read into memory") from exc
    except Exception as exc:
        raise ImportRejected(f"{name}: could not be imported (unexpected {type(exc).__name__})") from exc


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            if not _is_hidden(name) and Path(name).suffix.lower() in SUPPORTED_EXTENSIONS:
                yield Path(root) / name


def iter_import_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, folders recursively (sorted; hidden and unsupported files inside folders skipped).
    A given path that does not exist is still yielded, so read_document can say why."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path
