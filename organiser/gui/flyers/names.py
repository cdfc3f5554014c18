"""Names that come with the data (themes, templates, verdicts), marked for translation and shown translated.

The printing and flyer packages hold English names; the window looks them up here by their English text, so a
name added to the data without a translation still shows (in English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from organiser.gui.i18n import QT_TRANSLATE_NOOP

# Read by pyside6-lupdate: each English name once, in its context.
_MARKED = (
    QT_TRANSLATE_NOOP("Themes", "Campaign"),
    QT_TRANSLATE_NOOP("Themes", "Newsprint"),
    QT_TRANSLATE_NOOP("Themes", "Night"),
    QT_TRANSLATE_NOOP("Themes", "Solidarity"),
    QT_TRANSLATE_NOOP("Themes", "Photocopy"),
    QT_TRANSLATE_NOOP("Templates", "Comparison chart"),
    QT_TRANSLATE_NOOP("Templates", "Open letter handout"),
    QT_TRANSLATE_NOOP("Templates", "Event notice"),
    QT_TRANSLATE_NOOP("Templates", "Reading list"),
    QT_TRANSLATE_NOOP("Templates", "Slogan poster"),
    QT_TRANSLATE_NOOP("Templates", "Statement excerpt with notes"),
    QT_TRANSLATE_NOOP("Templates", "Open letter to a movement"),
    QT_TRANSLATE_NOOP("Templates", "Subjects side by side, one row per question, a verdict word in every cell; sources, a call to action and contact underneath. Modelled on “From Ukraine to Palestine, occupation is a crime”."),  # noqa: E501 (one line: the text must match the data exactly)
    QT_TRANSLATE_NOOP("Templates", "A letter to hand out: title, chosen paragraphs, the letter's demands, date, signatories, a call to action and the source. Long letters run onto the back of the sheet rather than shrinking below a readable size."),  # noqa: E501 (one line: the text must match the data exactly)
    QT_TRANSLATE_NOOP("Templates", "A meeting or action: what, when, where and who speaks, why it matters, who organises it, and a call to action with the group's website, contact and a QR code."),  # noqa: E501 (one line: the text must match the data exactly)
    QT_TRANSLATE_NOOP("Templates", "Articles and interviews to pass on, each with its title, author, outlet and date: a pocket-size A6 card (4 to an A4 sheet)."),  # noqa: E501 (one line: the text must match the data exactly)
    QT_TRANSLATE_NOOP("Templates", "One slogan in big type for a march: A3, or tiled across A4 sheets; optional second and third lines carry the same slogan in other languages."),  # noqa: E501 (one line: the text must match the data exactly)
    QT_TRANSLATE_NOOP("Templates", "A passage quoted from a longer text, with numbered notes that explain it and the list of sources."),  # noqa: E501 (one line: the text must match the data exactly)
    QT_TRANSLATE_NOOP("Templates", "A short letter from one movement to another on a single A5 sheet: salutation, the letter, closing and signatories."),  # noqa: E501 (one line: the text must match the data exactly)
)


def theme_title(title: str) -> str:
    return QCoreApplication.translate("Themes", title)


def template_text(text: str) -> str:
    """A template's title or description."""
    return QCoreApplication.translate("Templates", text)
