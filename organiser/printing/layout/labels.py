"""Fixed words the renderer prints itself (event labels, verdict words, headings, page numbers) per language."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "when": "When", "where": "Where", "speakers": "Speakers", "details": "Details",
        "yes": "Yes", "no": "No", "partly": "Partly", "arguably": "Arguably", "unknown": "Unknown",
        "sources": "Sources", "notes": "Notes", "source": "Source", "contact": "Contact", "page": "{n} / {total}",
        "act": "Get involved", "signatories": "Signatories",
    },
    "uk": {
        "when": "Коли", "where": "Де", "speakers": "Спікери", "details": "Деталі",
        "yes": "Так", "no": "Ні", "partly": "Частково", "arguably": "Імовірно", "unknown": "Невідомо",
        "sources": "Джерела", "notes": "Примітки", "source": "Джерело", "contact": "Контакти",
        "page": "{n} / {total}", "act": "Долучайтеся", "signatories": "Підписали",
    },
    "ar": {
        "when": "متى", "where": "أين", "speakers": "المتحدثون", "details": "تفاصيل",
        "yes": "نعم", "no": "لا", "partly": "جزئيًا", "arguably": "على الأرجح", "unknown": "غير معروف",
        "sources": "المصادر", "notes": "ملاحظات", "source": "المصدر", "contact": "للتواصل",
        "page": "{n} / {total}", "act": "انضمّوا إلينا", "signatories": "الموقّعون",
    },
    "he": {
        "when": "מתי", "where": "איפה", "speakers": "דוברים", "details": "פרטים",
        "yes": "כן", "no": "לא", "partly": "חלקית", "arguably": "ניתן לטעון", "unknown": "לא ידוע",
        "sources": "מקורות", "notes": "הערות", "source": "מקור", "contact": "יצירת קשר",
        "page": "{n} / {total}", "act": "הצטרפו אלינו", "signatories": "החתומים",
    },
}

LANGS: tuple[str, ...] = tuple(_LABELS)
RTL_LANGS = frozenset(("ar", "he", "fa", "ur", "yi"))


def label(key: str, lang: str) -> str:
    """The word for ``key`` in ``lang`` (base language of a tag like ``uk-UA``), English if unknown."""
    base = lang.split("-")[0].split("_")[0].lower()
    return _LABELS.get(base, _LABELS["en"]).get(key) or _LABELS["en"][key]


def page_label(n: int, total: int, lang: str) -> str:
    """The page number as printed: "2 / 3" (the digits and order every one of the four languages reads)."""
    return label("page", lang).format(n=n, total=total)


def is_rtl_lang(lang: str) -> bool:
    return lang.split("-")[0].split("_")[0].lower() in RTL_LANGS
