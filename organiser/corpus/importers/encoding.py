"""Bytes of a text file to str: BOMs, UTF-8, then the likeliest legacy code page; binary data is rejected."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

from organiser.errors import ImportRejected

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Code pages organisers actually meet: Western, Cyrillic (Windows, KOI8-U), Arabic, Hebrew.
_LEGACY = ("cp1252", "cp1251", "cp1256", "cp1255", "koi8_u")
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_WORD = re.compile(r"\w+")


def _not_text(name: str) -> ImportRejected:
    return ImportRejected(f"{name}: does not contain text (it looks like binary data)")


def _from_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: the high byte of each unit takes very few values (one script + ASCII)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        top = sum(count for _, count in Counter(high).most_common(3))
        if high.count(0) and top >= 0.9 * len(high):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(data: bytes) -> bool:
    controls = sum(1 for b in data[:65536] if b < 0x20 and b not in _ALLOWED_CONTROLS)
    return b"\x00" in data or controls > 0.02 * min(len(data), 65536)


def _oddity(text: str) -> int:
    """How implausible a decoding looks: words mixing scripts, symbols glued inside words."""
    score = 0
    for word in _WORD.findall(text):
        scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in word if ch.isalpha()}
        score += len(scripts) > 1
        score += sum(1 for ch in word if not ch.isascii() and not ch.isalpha())
    score += sum(1 for ch in text if not ch.isascii() and unicodedata.category(ch)[0] in "SC")
    return score


def _candidates(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    ranked = [str(match) for match in from_bytes(data, cp_isolation=list(_LEGACY))]
    for encoding in _LEGACY:
        try:
            ranked.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return ranked


def _legacy(data: bytes, name: str) -> str:
    options = _candidates(data)
    if not options:
        raise _not_text(name)
    # min() keeps the first of equals, so the detector's ranking breaks ties.
    return min(options, key=_oddity)


# Control characters other than whitespace (\t \n \v \f \r \x1c-\x1f \x85 are whitespace to str.isspace).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _check_text(text: str, name: str) -> str:
    controls = len(_CONTROL_CHARS.findall(text))
    if "\x00" in text or "\ufffd" * 4 in text or controls > 0.02 * max(len(text), 1):
        raise _not_text(name)
    return text


def check_lines(text: str, name: str) -> str:
    """Refuse text whose longest line is far longer than any paragraph (a 10 MB single line)."""
    from organiser.corpus.importers.limits import MAX_LINE_CHARS

    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise ImportRejected(
            f"{name}: one line of {longest:,} characters with no line break (a paragraph is at most "
            f"{MAX_LINE_CHARS:,}); split it into paragraphs first"
        )
    return text


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a text file's bytes; raises ImportRejected if they are not text."""
    text = _from_bom(data)
    if text is None:
        text = _utf16_without_bom(data) if b"\x00" in data else None
    if text is None:
        if _looks_binary(data):
            raise _not_text(name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy(data, name)
    return _check_text(text, name)
