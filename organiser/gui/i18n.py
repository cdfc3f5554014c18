"""The language of the window: which one (system locale or the user's choice), its translators and direction.

Translations are Qt's own: ``resources/translations/organiser_<lang>.qm`` compiled from the ``.ts`` files by
``scripts/translations.sh``, plus Qt's ``qtbase_<lang>.qm`` (standard dialogs and buttons) from the PySide6 wheel.
The choice is read once at start-up; a change in View ▸ Language applies when the app starts again.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

log = logging.getLogger(__name__)

# The languages of the window, each named in its own script (never translated: a reader finds their own).
UI_LANGUAGES: dict[str, str] = {"en": "English", "uk": "Українська", "ar": "العربية", "he": "עברית"}
RTL_LANGUAGES = frozenset({"ar", "he"})
ENV_LANGUAGE = "ORGANISER_UI_LANGUAGE"  # overrides settings and locale (screenshots, tests, a quick try)

_installed: list[QTranslator] = []
_current: list[str] = ["en"]


def current_language() -> str:
    """The language installed by ``install`` (English before that)."""
    return _current[0]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks ``text`` for translation in ``context``; translated later with ``QCoreApplication.translate``.

    PySide6's own marker is typed as returning ``object``; this one keeps ``str`` for mypy.
    """
    return text


def arg(text: str, *values: object) -> str:
    """Fill Qt's ``%1``, ``%2`` … in a translated text (PySide's ``tr`` returns a ``str``, which has no ``arg``).

    Translators may reorder the placeholders; a value that itself contains ``%1`` is left alone. In a
    right-to-left window each value is a bidi isolate, so a path or an English title keeps its own order
    ("/tmp/a.db" does not become "tmp/a.db/").
    """
    isolate = _current[0] in RTL_LANGUAGES

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if not 1 <= number <= len(values):
            return match.group(0)
        text = str(values[number - 1])
        return f"\u2068{text}\u2069" if isolate else text  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE

    return re.sub(r"%(\d+)", value, text)


def language_name(code: str) -> str:
    """A language code as its own name: ``uk`` → ``Українська``; codes Qt does not know stay codes."""
    if code in UI_LANGUAGES:
        return UI_LANGUAGES[code]
    locale = QLocale(code)
    if code and locale.language() != QLocale.Language.C:
        name = locale.nativeLanguageName()
        if name:
            return name[:1].upper() + name[1:]
    return code


def system_language(ui_languages: Sequence[str] = tuple(UI_LANGUAGES)) -> str:
    """The first of the system's preferred languages that the window speaks; English when none is."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == "iw":  # the old code for Hebrew
            code = "he"
        if code in ui_languages:
            return code
    return "en"


def choose_language(saved: str = "") -> str:
    """The language to start in: the environment override, else the saved choice, else the system's."""
    for candidate in (os.environ.get(ENV_LANGUAGE, ""), saved):
        if candidate in UI_LANGUAGES:
            return candidate
    return system_language()


def direction(code: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight


def install(app: QCoreApplication, code: str) -> str:
    """Load the translators of ``code`` (replacing any installed before) and set the layout direction.

    Returns the language in effect: English when the translation file is missing.
    """
    from organiser.assets import resource_path

    uninstall(app)
    own = QTranslator(app)
    path = resource_path("translations", f"organiser_{code}.qm")
    if not own.load(str(path)):
        log.warning("no translation for %s at %s; the window stays English", code, path)
        code = "en"
        own.load(str(resource_path("translations", "organiser_en.qm")))  # English plural forms
    if not own.isEmpty():
        app.installTranslator(own)
        _installed.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if code != "en" and qtbase.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    _current[0] = code
    # QLocale's default stays the system's: numbers keep the digits the user's system writes.
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction(code))
    return code


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators this module installed (tests switch languages in one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _current[0] = "en"
