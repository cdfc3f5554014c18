"""Dates as the flyer's language writes them (CLDR through Babel): "2 November 2023", "2 листопада 2023 р.".

Sources keep ISO dates ("2023-11-02", or "2023-11" and "2023" when that is all a text gives); only the printed form
changes with the flyer's language. Anything that is not an ISO date is printed as it is.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# British English for English flyers: day before month, as the campaign's texts write it.
_LOCALES = {"en": "en_GB", "uk": "uk", "ar": "ar", "he": "he", "ru": "ru"}


@lru_cache(maxsize=1024)
def printed_date(value: str, lang: str) -> str:
    match = _ISO.fullmatch(value.strip())
    if match is None:
        return value
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        when = date(year, month or 1, day or 1)
    except ValueError:
        return value
    if month is None:
        return str(year)
    from babel.dates import format_date, format_skeleton

    locale = _LOCALES.get(lang.split("-")[0].split("_")[0], "en_GB")
    if day is None:
        return str(format_skeleton("yMMMM", when, locale=locale))
    return str(format_date(when, "long", locale=locale))
