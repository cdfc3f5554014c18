"""Terminal hygiene: what the CLI prints is one line per item, with no control characters from file names or text.

A file name may hold a newline (it would break the one-line-per-file output) or an ANSI escape (it would reach the
terminal and could recolour or retitle it). Such characters are shown as Python-style escapes: ``\\n``, ``\\x1b``.
Bidi controls (U+202A–U+202E, U+2066–U+2069) are escaped too: they could make a name read backwards.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: object) -> str:
    """``text`` with control characters made visible; surrogates from undecodable file names shown as ``\\udcxx``."""
    return _CONTROL.sub(_escape, str(text))


def say(line: object, file: TextIO | None = None) -> None:
    """Print one line, escaped (stdout unless ``file`` is given)."""
    print(escaped(line), file=file or sys.stdout)


def warn(line: object) -> None:
    say(line, sys.stderr)
