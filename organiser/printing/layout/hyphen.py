"""Hyphenation points from pyphen dictionaries, filtered by the rules a typesetter signs off.

Only words of 7+ letters, at least 3 letters on each side; never names (capitalised words), months, URLs or e-mail
addresses. Ukrainian breaks from the pyphen patterns are checked against the spelling rules they get wrong
("вторгне-ння", "насильс-тва"): a doubled consonant splits between its letters, and a break between two different
consonants is refused.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from organiser.printing.layout.typography import MONTH_WORDS

MIN_WORD = 7
MIN_SIDE = 3
_UK_VOWELS = frozenset("аеєиіїоуюяАЕЄИІЇОУЮЯ")
_UK_KEEP_LEFT = frozenset("ьйЬЙ'’ʼ")


@lru_cache(maxsize=16)
def _dictionary(lang: str) -> Any:
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a declared dependency
        return None
    for candidate in (lang, lang.replace("-", "_"), lang.split("_")[0].split("-")[0]):
        if candidate in pyphen.LANGUAGES:
            _load_parsed(pyphen, pyphen.LANGUAGES[pyphen.language_fallback(candidate)])
            return pyphen.Pyphen(lang=candidate, left=MIN_SIDE, right=MIN_SIDE)
    return None


def _load_parsed(pyphen: Any, dic: Path) -> None:
    """Parsing a pattern file costs ~75 ms (en_US); its parsed form is kept in the user cache (~5 ms to load)."""
    import pickle

    from organiser.assets import cache_dir

    if dic in pyphen.hdcache:
        return
    cached = cache_dir() / f"{dic.stem}-pyphen{getattr(pyphen, 'VERSION', '')}.pickle"
    try:
        with cached.open("rb") as f:
            pyphen.hdcache[dic] = pickle.load(f)  # our own cache file, written below
        return
    except Exception:  # noqa: BLE001 - missing, stale or damaged: parse again and rewrite it
        pass
    pyphen.hdcache[dic] = pyphen.HyphDict(dic)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(pyphen.hdcache[dic], f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, cached)
    except OSError:  # a read-only cache folder: parse on every run
        pass


def _ukrainian_ok(word: str, cut: int) -> bool:
    left, right = word[cut - 1], word[cut]
    if right in _UK_KEEP_LEFT:
        return False  # ь, й and the apostrophe stay with the letter before them
    if len(word) > cut + 1 and right == word[cut + 1] and right.lower() not in _UK_VOWELS:
        return False  # "вторгне-ння": a doubled consonant is split between its two letters
    if left.lower() not in _UK_VOWELS and left not in _UK_KEEP_LEFT:
        return left.lower() == right.lower()  # "насильс-тва": only a doubled consonant splits consonants
    onset = [ch.lower() for ch in word[cut:cut + 3] if ch not in _UK_KEEP_LEFT]
    if len(onset) >= 2 and onset[0] not in _UK_VOWELS and onset[1] not in _UK_VOWELS:
        # "вто-ргнення", "наси-льства": a cluster opens a syllable only as s/z/sh/zh + consonant or + r/l/v.
        return onset[0] in "сзшж" or onset[1] in "рлв"
    return True


def _excluded(core: str) -> bool:
    # A capitalised word is a name (a text set in capitals is not: every word of it is upper case).
    return (core[0].isupper() and not core.isupper()) or core.lower() in MONTH_WORDS


@lru_cache(maxsize=8192)
def hyphen_splits(word: str, lang: str) -> tuple[int, ...]:
    """Character offsets where ``word`` may be hyphenated, longest prefix first (empty if none is allowed)."""
    if len(word) < MIN_WORD or any(ch in word for ch in "/@:\\_=") or "www." in word:
        return ()
    dic = _dictionary(lang)
    if dic is None:
        return ()
    core_start = 0
    while core_start < len(word) and not word[core_start].isalpha():
        core_start += 1
    core_end = len(word)
    while core_end > core_start and not word[core_end - 1].isalpha():
        core_end -= 1
    core = word[core_start:core_end]
    if len(core) < MIN_WORD or not core.isalpha() or _excluded(core):
        return ()
    cuts = [p for p in dic.positions(core) if MIN_SIDE <= p <= len(core) - MIN_SIDE]
    if lang.startswith("uk"):
        cuts = [p for p in cuts if _ukrainian_ok(core, p)]
    return tuple(sorted((core_start + p for p in cuts), reverse=True))
