"""Document importers: one module per file format, chosen by extension; every failure is ImportRejected."""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PosixPath

from organiser.corpus.importers.document import ImportedDocument, Section
from organiser.corpus.importers.limits import OCR_TIME_BUDGET_S, TIME_BUDGET_S, time_budget
from organiser.corpus.terminal import printable
from organiser.errors import ImportRejected

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "ImportedDocument",
    "LinkOutsideFolder",
    "Section",
    "printable",
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
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(_MODULES)
MAX_FILE_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024


class LinkOutsideFolder(PosixPath):
    """A symbolic link found in an imported folder that leads outside it: named in the report, never read."""


def _check_file(path: Path) -> None:
    """Reject what cannot be read before parsing: missing, folder, special file, wrong type, too large, empty."""
    name = path.name or str(path)
    if isinstance(path, LinkOutsideFolder):
        raise ImportRejected(f"{name}: is a link to a file outside the folder; not followed")
    if not path.exists():
        raise ImportRejected(f"{name}: does not exist")
    if path.is_dir():
        raise ImportRejected(f"{name}: is a folder, not a file (import the folder to read the files in it)")
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        kind = "a pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device or socket"
        raise ImportRejected(f"{name}: is {kind}, not a document file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        kinds = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        raise ImportRejected(f"{name}: unsupported file type '{suffix or 'none'}' (supported: {kinds})")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRejected(f"{name}: too large ({size // _MB} MB; the limit is {MAX_FILE_BYTES // _MB} MB)")
    with path.open("rb") as handle:
        if size == 0:
            # /proc and /sys files say 0 bytes but have content: they are system state, not documents.
            if handle.read(1):
                raise ImportRejected(f"{name}: is a system file whose size is unknown, not a document file")
            raise ImportRejected(f"{name}: is empty")


def _read(path: Path) -> ImportedDocument:
    from organiser.corpus.importers.assemble import build_document

    _check_file(path)
    module = importlib.import_module(f"organiser.corpus.importers.{_MODULES[path.suffix.lower()]}")
    blocks, hints = module.extract(path)
    if not blocks:
        raise ImportRejected(f"{path.name}: is empty (no text found)")
    document: ImportedDocument = build_document(blocks, hints, printable(path.name))
    if not any(section.kind == "statement" for section in document.sections):
        raise ImportRejected(f"{path.name}: has no statements (only a title, headings or page furniture)")
    return document


def read_document(path: Path, languages: Sequence[str] = ()) -> ImportedDocument:
    """Read one file into an ImportedDocument; raises ImportRejected (one plain line) and nothing else.
    ``languages`` (ISO 639-1, the corpus's) guide OCR when the file is a scan or a photo."""
    from organiser.corpus.importers.ocr import corpus_languages

    try:
        with corpus_languages(languages):
            return _read_bounded(path)
    except ImportRejected as err:
        raise ImportRejected(printable(str(err))) from err


def _read_bounded(path: Path) -> ImportedDocument:
    if not isinstance(path, LinkOutsideFolder):
        path = Path(path)
    name = path.name or str(path)
    budget = OCR_TIME_BUDGET_S if path.suffix.lower() in (".png", ".jpg", ".jpeg") else TIME_BUDGET_S
    try:
        with time_budget(name, budget):
            return _read(path)
    except ImportRejected:
        raise
    except RecursionError as exc:
        raise ImportRejected(f"{name}: nests too deeply to read") from exc
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


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except (ValueError, OSError, RuntimeError):  # outside, or a link loop
        return False


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder``; links are never followed out of it (a link to ~/.ssh/id_rsa in an
    unpacked archive is reported, not read), linked folders are not entered."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            if _is_hidden(name) or Path(name).suffix.lower() not in SUPPORTED_EXTENSIONS:
                continue
            path = Path(root) / name
            if path.is_symlink() and not _inside(path, folder):
                yield LinkOutsideFolder(path)
            else:
                yield path


def iter_import_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, folders recursively (sorted; hidden and unsupported files inside folders skipped).
    A given path that does not exist is still yielded, so read_document can say why."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path
