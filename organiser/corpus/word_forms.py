"""Word forms per script, so that a search for one form of a word finds the others.

- Latin (English): Snowball stems; a possessive ``'s`` is dropped first (``Obama's`` → ``obama``).
- Cyrillic (Ukrainian): dictionary lemmas from pymorphy3 (``Криму`` → ``крим``, ``окупації`` → ``окупація``).
  Snowball has no Ukrainian stemmer; a dictionary also gets alternations (``свобода``/``свобод``) right.
- Hebrew: the word without its attached prefixes ו ה ב ל מ ש כ and their combinations (``ושבבית`` → ``בבית``,
  ``בית``...), and without a noun ending (``החוקים`` → ``חוק``, ``ארצו`` → ``ארץ``, ``מדינת`` → ``מדינה``). A
  letter cannot be told apart from a prefix without a dictionary, so every split that leaves two letters is
  indexed; the query word itself is not split (but for the article), so ``שלום`` never turns into ``לום``.
- Arabic: the word without the conjunction/preposition/article clusters (``وبالميزانية`` → ``ميزانيه``).

Tokens arrive folded (``normalise.fold``): case-folded, diacritics stripped, apostrophes unified to ``'``.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from itertools import product
from typing import Any

_LOCK = threading.Lock()  # the stemmer and the analyser are not documented as thread-safe; the GUI searches off-thread

# Longest first: the conjunction/preposition + article clusters glued to Arabic words.
_ARABIC_PREFIXES = ("وبال", "وكال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ك", "ل")
_ARABIC_MIN_STEM = 3


def _hebrew_prefixes() -> tuple[str, ...]:
    """Every cluster of: and (ו), that/when (ש, כש, מש), a preposition (ב ל מ כ), the article (ה); in that order."""
    clusters = {
        "".join(parts)
        for parts in product(("", "ו"), ("", "ש", "כש", "מש"), ("", "ב", "ל", "מ", "כ"), ("", "ה"))
    }
    clusters.discard("")
    return tuple(sorted(clusters, key=len))


_HEBREW_PREFIXES = _hebrew_prefixes()
_HEBREW_MIN_STEM = 2
# Final letters are folded to their base forms by normalise.fold, so a stem is compared in that folded form.


def script(token: str) -> str:
    """'latin', 'cyrillic', 'hebrew', 'arabic' or '' (digits, other scripts), by the token's first letter."""
    ch = token[0] if token else ""
    if "a" <= ch <= "z" or "\u00c0" <= ch <= "\u024f":
        return "latin"
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    if "\u05d0" <= ch <= "\u05ea":
        return "hebrew"
    if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f":
        return "arabic"
    return ""


def key(token: str) -> str:
    """The form a token is stored in: apostrophes dropped (``м'ясо`` → ``мясо``, ``obama's`` → ``obamas``)."""
    return token.replace("'", "")


def arabic_stems(word: str) -> list[str]:
    """The word without each attached prefix that leaves a stem of at least three letters."""
    return [
        word[len(prefix):]
        for prefix in _ARABIC_PREFIXES
        if word.startswith(prefix) and len(word) - len(prefix) >= _ARABIC_MIN_STEM
    ]


# Noun endings: plural (ים, ות), possessive (ו his, יו יה יהם his/her/their plural) and the construct ת of
# feminine nouns (מדינת → מדינה). Each gives the form without it; "ות" and "ת" also give the form in ה.
_HEBREW_SUFFIXES = (("יהמ", ("",)), ("יהנ", ("",)), ("ינו", ("",)), ("יו", ("",)), ("יה", ("",)),
                    ("ימ", ("",)), ("ות", ("", "ה")), ("ו", ("",)), ("ת", ("ה",)))


def hebrew_suffix_forms(word: str) -> list[str]:
    """The word without its noun ending (the longest that leaves at least two letters; finals already folded)."""
    for suffix, endings in _HEBREW_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _HEBREW_MIN_STEM:
            return [word[: -len(suffix)] + ending for ending in endings]
    return []


def hebrew_forms(word: str) -> list[str]:
    """Every reading of a text word: without prefixes, without a noun ending, and without both."""
    bases = [word, *hebrew_stems(word)]
    return [*bases[1:], *(form for base in bases for form in hebrew_suffix_forms(base))]


def hebrew_stems(word: str) -> list[str]:
    """The word without each prefix cluster that leaves at least two letters (shortest prefix first)."""
    return [
        word[len(prefix):]
        for prefix in _HEBREW_PREFIXES
        if word.startswith(prefix) and len(word) - len(prefix) >= _HEBREW_MIN_STEM
    ]


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # PyStemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


def warm_up() -> None:
    """Load the Ukrainian dictionary (~90 ms) and the English stemmer now, on an idle thread, rather than inside the
    first search that needs them: loading holds the interpreter in long stretches and would stall the window."""
    with _LOCK:
        _morph()
        _stemmer()


# Plurals the Snowball rules cannot know.
_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "feet": "foot", "teeth": "tooth", "mice": "mouse"}


def english_stem(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    word = _IRREGULAR.get(word, word)
    with _LOCK:
        return str(_stemmer().stemWord(key(word)))


def ukrainian_lemmas(word: str, known_only: bool = False) -> list[str]:
    """Lemmas of every dictionary reading of the word, or the best guess for a word the dictionary lacks."""
    with _LOCK:
        morph = _morph()
        known = morph.word_is_known(word)
        if known_only and not known:
            return []
        parses = morph.parse(word)
    lemmas = [p.normal_form for p in parses] if known else [p.normal_form for p in parses[:1]]
    return list(dict.fromkeys(key(lemma) for lemma in lemmas))


@lru_cache(maxsize=262_144)
def index_forms(token: str) -> tuple[str, ...]:
    """The other forms under which a text word is indexed (never its own key)."""
    kind = script(token)
    if kind == "latin":
        forms = [english_stem(token)]
    elif kind == "cyrillic":
        forms = ukrainian_lemmas(token)
    elif kind == "hebrew":
        forms = hebrew_forms(token)
    elif kind == "arabic":
        forms = arabic_stems(token)
    else:
        return ()
    own = key(token)
    return tuple(f for f in dict.fromkeys(forms) if f and f != own)


@lru_cache(maxsize=262_144)
def index_forms_text(token: str) -> str:
    """``index_forms`` as the text stored in the index ("" for none): the hot path of indexing."""
    return " ".join(index_forms(token))


@lru_cache(maxsize=65_536)
def query_forms(token: str, prefix: bool = False) -> tuple[str, ...]:
    """Forms of a query word that stand for it in the form index, its own key first.

    Hebrew: the word itself (the index holds every prefix-stripped form of the text), and without a prefix that
    ends in the article ה. Arabic: the word and each reading without a prefix. A word still being typed
    (``prefix``) gets lemmas only if it is a whole word.
    """
    own = key(token)
    kind = script(token)
    if kind == "latin":
        forms = [own, english_stem(token)]
    elif kind == "cyrillic":
        forms = [own, *ukrainian_lemmas(token, known_only=prefix)]
    elif kind == "arabic":
        # A first letter may be a prefix or the word's own (وزير, كرامة): both readings are searched.
        forms = [own, *arabic_stems(token)]
    elif kind == "hebrew":
        # A word typed with the article (הכיבוש, והשלום) also finds the bare word; other prefix letters are too
        # often the word's own (שלום, ועד) to be split off a query.
        forms = [own, *(s for s in hebrew_stems(token) if token[len(token) - len(s) - 1] == "ה" and len(s) >= 3)]
    else:
        forms = [own]
    return tuple(f for f in dict.fromkeys(forms) if f)
