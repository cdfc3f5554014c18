"""Page furniture that is not a statement: donation appeals, rights lines, navigation debris, captions."""

from __future__ import annotations

import re

from organiser.corpus.importers.dates import MONTHS, find_dates, is_date_only, trailing_date

_I = re.IGNORECASE
_APPEAL = re.compile(
    r"please (?:consider )?donat|consider donating|if you (?:like|liked|enjoyed) this article|"
    r"support (?:our|this) (?:work|site|magazine)|\bsubscribe to our newsletter",
    _I,
)
# Comment-section rules printed under articles ("CNN welcomes lively and useful debate...").
_COMMENT_POLICY = re.compile(
    r"comment(?:s|ing)? policy|comments? (?:are|is) moderated|views expressed (?:below|in (?:the )?comments)|"
    r"welcomes? (?:lively|useful|constructive) (?:debate|discussion)|بالنقاش الحيوي|الآراء الواردة أدناه|"
    r"مراجعة التعليقات|התגובות אינן|коментарі (?:модеруються|відображають)",
    _I,
)
_COUNTER = re.compile(r"^[\d,.]+k?\s+(?:comments?|shares?|views?|likes?|replies)$", _I)
_RIGHTS = re.compile(r"all rights reserved|^\s*(?:copyright|©|\(c\)\s)", _I)
_LICENCE = re.compile(r"creative commons licen[cs]e|licensed under", _I)
_LABEL = re.compile(
    r"^(?:publication date|published|date|posted|updated|tags?|categor(?:y|ies)|share|print|"
    r"read more|related|see also)\s*:",
    _I,
)
_SHORT_LABEL = re.compile(r"^(?:p\.?\s?s\.?|n\.?\s?b\.?|source|sources|notes?|footnotes?)\s*:?$", _I)
_SIGN_OFF = re.compile(
    r"^(?:in solidarity|solidarity|yours|sincerely|best regards|regards|with love|in struggle|"
    r"dear (?:friends|comrades|colleagues|all))[,.!]*$",
    _I,
)
_SOURCE_LINE = re.compile(r"^source\s*:?\s", _I)
_DOWNLOAD = re.compile(r"\b(?:download|click)\b.*\bhere\b", _I)
_URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+>?$", _I)
_SNAKE_TOKEN = re.compile(r"^[a-z]+(?:_[a-z0-9]+)+$")
_REPEATED_SYMBOL = re.compile(r"(\S)\1{4,}")
_GLUED = re.compile(r"[a-z][?.!]?[A-Z][a-z]|[?.!][A-Z]")
_PROVENANCE = re.compile(
    r"\b(?:reprinted|republished|first published|originally published|translated) (?:by|in|from)\b", _I
)
_PUBLISHED_BY = re.compile(r"\bpublished by\b", _I)
_PHOTO = re.compile(r"^(?:photo|photos|picture|image)s?\b", _I)
_SENTENCE_END = tuple('.!?:;"”»…')
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_END = re.compile(rf"(?:\b\d{{1,2}}\s+(?:{_MONTH_NAMES})|\b(?:{_MONTH_NAMES})\s+\d{{1,2}})\)?$", _I)


def _is_breadcrumb(text: str, lines: tuple[str, ...]) -> bool:
    """Navigation trails such as "- IV Online magazine - 2023 - IV586 - November 2023 -"."""
    raw = lines[0].strip() if len(lines) == 1 else ""
    if raw.startswith("- ") and raw.endswith(" -"):
        return True
    parts = [part for part in re.split(r"\s+[-|»>/]\s+", text) if part.strip(" -")]
    return len(parts) >= 4 and all(len(part) < 40 for part in parts)


def is_table_debris(lines: tuple[str, ...]) -> bool:
    """Table rows whose cells ran together when copied ("Israel in PalestineRussia in Ukraine")."""
    glued = [len(_GLUED.findall(line)) for line in lines]
    if len(lines) >= 2:
        return sum(count >= 1 for count in glued) >= max(2, len(lines) * 0.6)
    return glued[0] >= 2 or bool(re.search(r"\?[A-Z]", lines[0]))


def is_caption(text: str) -> bool:
    """A short line with no sentence ending that ends in a date or names a photo: caption or reference."""
    if len(text) > 200 or text.endswith(_SENTENCE_END):
        return False
    if _PHOTO.match(text) or trailing_date(text) is not None or _DAY_MONTH_END.search(text):
        return True
    return len(text) <= 120 and len(text.split()) <= 15 and bool(find_dates(text))


def _short(text: str, limit: int = 200) -> bool:
    return len(text) <= limit


def _is_debris(text: str) -> bool:
    return (
        not any(ch.isalnum() for ch in text)
        or bool(_URL_ONLY.match(text) or _SNAKE_TOKEN.match(text))
        or len(_REPEATED_SYMBOL.findall(text)) >= 2
    )


def _is_furniture(text: str) -> bool:
    short = _short(text)
    return bool(
        _APPEAL.search(text)
        or _COMMENT_POLICY.search(text)
        or _COUNTER.match(text)
        or (short and (_RIGHTS.search(text) or _LICENCE.search(text)))
        or _LABEL.match(text)
        or _SHORT_LABEL.match(text)
        or _SIGN_OFF.match(text)
        or (short and (_SOURCE_LINE.match(text) or _DOWNLOAD.search(text) or _PROVENANCE.search(text)))
        or (short and bool(_PUBLISHED_BY.search(text)) and bool(find_dates(text)))
    )


def is_boilerplate(text: str, lines: tuple[str, ...] = ()) -> bool:
    """Whether a paragraph is page furniture rather than something an organiser would quote."""
    lines = lines or (text,)
    return (
        _is_debris(text)
        or _is_furniture(text)
        or _is_breadcrumb(text, lines)
        or is_date_only(text)
        or is_caption(text)
        or is_table_debris(lines)
    )
