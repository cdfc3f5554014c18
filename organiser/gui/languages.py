"""Language names for codes, as people read them in lists and filters ("Українська", not "uk")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The flyer languages first (each in its own script, then in English), then others the importer may detect.
_NAMES: dict[str, tuple[str, str]] = {
    "en": ("English", "English"),
    "uk": ("Українська", "Ukrainian"),
    "ar": ("العربية", "Arabic"),
    "he": ("עברית", "Hebrew"),
    "ru": ("Русский", "Russian"),
    "de": ("Deutsch", "German"),
    "fr": ("Français", "French"),
    "es": ("Español", "Spanish"),
    "pl": ("Polski", "Polish"),
}
FLYER_LANGUAGES = ("en", "uk", "ar", "he")


def language_name(code: str | None) -> str:
    """``uk`` → "Українська (Ukrainian)"; an unknown code is shown as it is."""
    if not code:
        return QCoreApplication.translate("languages", "Unknown language")
    own, english = _NAMES.get(code, (code, ""))
    if not english or own == english:
        return own
    return f"{own} ({QCoreApplication.translate('languages', english)})"
