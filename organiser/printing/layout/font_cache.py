"""Parsed TrueType faces kept in the user cache: a process that renders one flyer need not parse its fonts.

Parsing a face (tables, character map, widths) costs 1–7 ms per font and a chart with Arabic and Hebrew uses five;
loading the parsed face is 5–10 times faster. The file name carries the font file's size and time, ReportLab's
version and ours, so a changed font or library parses afresh. Deleting the folder is always safe.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTFontFace

import organiser


def _cache_file(path: Path) -> Path | None:
    from organiser.assets import cache_dir

    try:
        st = path.stat()
    except OSError:
        return None
    name = f"{path.stem}-{st.st_size}-{st.st_mtime_ns}-rl{REPORTLAB_VERSION}-{organiser.__version__}.face"
    return cache_dir() / "fonts" / name


def _pdf_scale(face: Any) -> Any:
    """The unit conversion ReportLab keeps on a face as a closure (which cannot be stored)."""
    units = face.unitsPerEm
    return (lambda x: x) if units == 1000 else (lambda x: x * (1000 / units))


def load_face(path: Path) -> TTFontFace:
    """The parsed face of ``path``: from the user cache when it is there, else parsed (and stored)."""
    cached = _cache_file(path)
    if cached is not None:
        try:
            with cached.open("rb") as fh:
                face = pickle.load(fh)  # our own cache file, written below
            if isinstance(face, TTFontFace):
                face._pdfScale = _pdf_scale(face)
                return face
        except Exception:  # noqa: BLE001, S110 - missing, stale or damaged: parse again and rewrite it
            pass
    face = TTFontFace(str(path))
    if cached is not None:
        _store(face, cached)
    return face


def _store(face: TTFontFace, cached: Path) -> None:
    scale = face._pdfScale
    try:
        del face._pdfScale
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as fh:
            pickle.dump(face, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, cached)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):  # read-only cache: parse on every run
        pass
    finally:
        face._pdfScale = scale
