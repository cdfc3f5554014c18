"""PDF objects of a font subset, written once per glyph set: re-renders of a flyer reuse them.

Cutting a subset out of the TTF, compressing it and writing its widths and ToUnicode map is about a third of
writing a one-page PDF; a re-render after an edit (or the next row of a data merge) mostly uses the same glyphs.
The objects hold no references to other objects, so their bytes are the same in every document.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial
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


def _value_key(value: Any, document: Any) -> Any:
    """What a dictionary value is written as, in a form to compare (None: not one we know how to compare)."""
    if isinstance(value, (str, int, float)):
        return value
    if isinstance(value, pdfdoc.PDFObjectReference):
        return document.idToObjectNumberAndVersion.get(value.name)
    if isinstance(value, _Written):
        return value.data
    if isinstance(value, pdfdoc.PDFArray) and all(isinstance(v, (int, float)) for v in value.sequence):
        return tuple(value.sequence)
    return None


@lru_cache(maxsize=MAX_SUBSETS * 2)
def _dictionary_bytes(items: tuple[tuple[str, Any], ...], make: Callable[[], bytes]) -> bytes:
    return make()


class RememberedDictionary(pdfdoc.PDFDictionary):  # type: ignore[misc]
    """A font's dictionary (font, descriptor) written once per content and object numbers.

    ReportLab formats a dictionary entry by entry (~40 µs each); a re-render writes the same font dictionaries,
    at the same object numbers, again.
    """

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:  # noqa: N803 - ReportLab's name
        if not _plain(document):
            return bytes(super().format(document, IND))
        items = []
        for name in sorted(self.dict):
            key = _value_key(self.dict[name], document)
            if key is None:
                return bytes(super().format(document, IND))
            items.append((name, key))
        whole = partial(pdfdoc.PDFDictionary.format, self, document, IND)
        return _dictionary_bytes(tuple(items), _Maker(lambda: bytes(whole())))


class RememberedFont(pdfdoc.PDFTrueTypeFont):  # type: ignore[misc]
    """ReportLab's TrueType font dictionary, written once per content and object numbers."""

    def format(self, document: Any) -> bytes:
        entries = {name: pdfdoc.PDFName(getattr(self, name)) for name in self.name_attributes if hasattr(self, name)}
        entries.update({name: getattr(self, name) for name in self.local_attributes if hasattr(self, name)})
        return RememberedDictionary(entries).format(document)
