"""PDF objects of a font subset, written once per glyph set: re-renders of a flyer reuse them.

Cutting a subset out of the TTF, compressing it and writing its widths and ToUnicode map is about a third of
writing a one-page PDF; a re-render after an edit (or the next row of a data merge) mostly uses the same glyphs.
The objects hold no references to other objects, so their bytes are the same in every document.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc

MAX_SUBSETS = 128  # ~20 KB each compressed


class _Written(pdfdoc.PDFObject):  # type: ignore[misc]
    """An object whose PDF bytes were written before: ReportLab places them as they are."""

    def __init__(self, data: bytes, ref_only: bool) -> None:
        self.data = data
        if ref_only:
            self.__RefOnly__ = 1  # a stream: always its own numbered object

    def format(self, document: Any) -> bytes:
        return self.data


def _plain(document: Any) -> bool:
    """Whether ``document`` writes objects as they are (no encryption): the only case where bytes are shared."""
    return isinstance(getattr(document, "encrypt", None), pdfdoc.NoEncryption)


@lru_cache(maxsize=MAX_SUBSETS * 3)
def _written(kind: str, key: tuple[Any, ...], compress: bool, make: Callable[[], Any]) -> bytes:
    if kind == "array":
        return bytes(pdfdoc.PDFArray(make()).format(pdfdoc.DummyDoc()))
    stream = pdfdoc.PDFStream()
    content, extra = make()
    stream.content = content
    for name, value in extra.items():
        stream.dictionary[name] = value
    if compress:
        stream.filters = [pdfdoc.PDFZCompress]
    return bytes(stream.format(pdfdoc.DummyDoc()))


class _Maker:
    """A hashable-by-key callable: lru_cache keys on (kind, key, compress) and ignores how the value is made."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn

    def __call__(self) -> Any:
        return self.fn()

    def __hash__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Maker)


def written_array(document: Any, key: tuple[Any, ...], make: Callable[[], list[Any]]) -> Any:
    """A PDF array (e.g. glyph widths) written once per ``key``."""
    if not _plain(document):
        return pdfdoc.PDFArray(make())
    return _Written(_written("array", key, False, _Maker(make)), ref_only=False)


def written_stream(document: Any, key: tuple[Any, ...], make: Callable[[], tuple[Any, dict[str, Any]]]) -> Any:
    """A (compressed) stream written once per ``key``; ``make`` gives its content and extra dictionary entries."""
    compress = bool(getattr(document, "compression", 0))
    if not _plain(document):
        content, extra = make()
        stream = pdfdoc.PDFStream(content=content)
        for name, value in extra.items():
            stream.dictionary[name] = value
        if compress:
            stream.filters = [pdfdoc.PDFZCompress]
        return stream
    return _Written(_written("stream", key, compress, _Maker(make)), ref_only=True)
