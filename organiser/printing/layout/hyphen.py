"""Hyphenation points from pyphen dictionaries (optional, per paragraph language)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_MIN_LEFT = 2
_MIN_RIGHT = 3


@lru_cache(maxsize=16)
def _dictionary(lang: str) -> Any:
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a declared dependency
        return None
    for candidate in (lang, lang.replace("-", "_"), lang.split("_")[0].split("-")[0]):
        if candidate in pyphen.LANGUAGES:
            return pyphen.Pyphen(lang=candidate, left=_MIN_LEFT, right=_MIN_RIGHT)
    return None


@lru_cache(maxsize=8192)
def hyphen_splits(word: str, lang: str) -> tuple[int, ...]:
    """Character offsets where ``word`` may be hyphenated, longest prefix first (empty if unknown)."""
    dic = _dictionary(lang)
    if dic is None or len(word) < _MIN_LEFT + _MIN_RIGHT:
        return ()
    core_start = 0
    while core_start < len(word) and not word[core_start].isalpha():
        core_start += 1
    core_end = len(word)
    while core_end > core_start and not word[core_end - 1].isalpha():
        core_end -= 1
    core = word[core_start:core_end]
    if not core.isalpha() or any(ch in core for ch in "-\u2010\u2011"):
        return ()
    return tuple(sorted((core_start + p for p in dic.positions(core)), reverse=True))
