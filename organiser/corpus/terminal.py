"""Text shown on a terminal line: file names and reasons escaped so that they cannot break or steer the terminal."""

from __future__ import annotations

import re

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text safe for one terminal line: control characters, bidi overrides and undecodable bytes of a file name
    shown as escapes (``\\n``, ``\\x1b``) instead of acting on the terminal."""

    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        if "\ud800" <= char <= "\udfff":  # a byte of a non-UTF-8 file name (surrogateescape)
            return f"\\x{ord(char) - 0xDC00:02x}" if ord(char) >= 0xDC80 else "?"
        return char.encode("unicode_escape").decode("ascii")

    return _UNPRINTABLE.sub(escape, text)
