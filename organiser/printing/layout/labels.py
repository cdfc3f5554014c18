"""Fixed words the renderer prints itself (event labels, verdict legend), in the flyer's language."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "when": "When", "where": "Where", "speakers": "Speakers", "details": "Details",
        "yes": "Yes", "no": "No", "partly": "Partly", "arguably": "Arguably", "unknown": "Unknown",
        "sources": "Sources",
    },
    "uk": {
        "when": "Коли", "where": "Де", "speakers": "Спікери", "details": "Деталі",
        "yes": "Так", "no": "Ні", "partly": "Частково", "arguably": "Імовірно", "unknown": "Невідомо",
        "sources": "Джерела",
    },
    "ar": {
        "when": "متى", "where": "أين", "speakers": "المتحدثون", "details": "تفاصيل",
        "yes": "نعم", "no": "لا", "partly": "جزئيًا", "arguably": "على الأرجح", "unknown": "غير معروف",
        "sources": "المصادر",
    },
    "he": {
        "when": "מתי", "where": "איפה", "speakers": "דוברים", "details": "פרטים",
        "yes": "כן", "no": "לא", "partly": "חלקית", "arguably": "ניתן לטעון", "unknown": "לא ידוע",
        "sources": "מקורות",
    },
}

RTL_LANGS = frozenset(("ar", "he", "fa", "ur", "yi"))


def label(key: str, lang: str) -> str:
    """The word for ``key`` in ``lang`` (base language of a tag like ``uk-UA``), English if unknown."""
    base = lang.split("-")[0].split("_")[0].lower()
    return _LABELS.get(base, _LABELS["en"]).get(key) or _LABELS["en"][key]


def is_rtl_lang(lang: str) -> bool:
    return lang.split("-")[0].split("_")[0].lower() in RTL_LANGS
