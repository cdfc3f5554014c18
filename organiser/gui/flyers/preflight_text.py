"""Preflight warnings in the window's language.

The printing package writes its warnings in English (it has no Qt, and the CLI prints them). The window
recognises each known sentence, takes its numbers and names, and shows the translated sentence with them; a
sentence it does not know stays as the printing package wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from organiser.gui.i18n import arg, current_language


def _font(m: re.Match[str]) -> str:
    return arg(QCoreApplication.translate("Preflight", "No bundled font can print %1; it will show as a blank box."),
               m[1])


def _small(m: re.Match[str]) -> str:
    return arg(QCoreApplication.translate(
        "Preflight", "Text is %1 pt, below the readable %2 pt for %3: shorten it or use a larger paper."),
        m[1], m[2], m[3])


def _contrast(m: re.Match[str]) -> str:
    if m[1]:
        text = QCoreApplication.translate(
            "Preflight", "Text contrast in grayscale is %1:1, below %2:1: it will be hard to read.")
    else:
        text = QCoreApplication.translate("Preflight", "Text contrast is %1:1, below %2:1: it will be hard to read.")
    return arg(text, m[2], m[3])


def _dpi(m: re.Match[str]) -> str:
    return arg(QCoreApplication.translate(
        "Preflight", "The image is %1 ppi at its printed size (%2 mm wide); it needs %3 ppi to print sharply: "
                     "use a larger image or print it smaller."), m[1], m[2], m[3])


def _qr(m: re.Match[str]) -> str:
    return arg(QCoreApplication.translate(
        "Preflight", "The QR code is %1 mm wide (modules %2 mm); on %3 it needs at least %4 mm and 0.4 mm modules "
                     "to scan: make it bigger or shorten the URL."), m[1], m[2], m[3], m[4])


class Preflight(QObject):
    """The plural sentence (a QObject because pyside6-lupdate reads plural forms only from tr())."""

    def pages(self, planned: str, flowed: int) -> str:
        return arg(self.tr("The content does not fit on the %1 page(s) planned even at the smallest readable size: "
                           "it flowed onto %n pages.", "", flowed), planned)


def _pages(m: re.Match[str]) -> str:
    return Preflight().pages(m[1], int(m[2]))


def _nup(m: re.Match[str]) -> str:
    target = m[4]
    if target == "a smaller page":
        target = QCoreApplication.translate("Preflight", "a smaller page")
    return arg(QCoreApplication.translate(
        "Preflight", "%1-up prints this %2 flyer at %3 of its size; text may be too small to read (make the "
                     "page %4)"), m[1], m[2], m[3], target)


def _qr_link(m: re.Match[str]) -> str:
    translate = QCoreApplication.translate
    problem = m[1]
    sample = re.fullmatch(r"points to a sample address \((.+)\)", problem)
    no_host = re.fullmatch(r"has no real web address \(“(.+)”\)", problem)
    if problem == "has no address yet":
        return translate("Preflight", "The QR code's link has no address yet: a phone that scans it will find nothing.")
    if problem == "still holds a placeholder":
        return translate("Preflight", "The QR code's link still holds a placeholder: a phone that scans it will find "
                                      "nothing.")
    if problem == "has spaces in it":
        return translate("Preflight", "The QR code's link has spaces in it: a phone that scans it will find nothing.")
    if sample is not None:
        return arg(translate("Preflight", "The QR code's link points to a sample address (%1): a phone that scans it "
                                          "will find nothing."), sample[1])
    if no_host is not None:
        return arg(translate("Preflight", "The QR code's link has no real web address (“%1”): a phone that scans it "
                                          "will find nothing."), no_host[1])
    return m[0]


def _action_link(m: re.Match[str]) -> str:
    translate = QCoreApplication.translate
    problem = m[1]
    sample = re.fullmatch(r"points to a sample address \((.+)\)", problem)
    no_host = re.fullmatch(r"has no real web address \(“(.+)”\)", problem)
    if problem == "has spaces in it":
        return translate("Preflight", "The call to action's web address has spaces in it: readers who look it up "
                                      "will find nothing.")
    if sample is not None:
        return arg(translate("Preflight", "The call to action's web address points to a sample address (%1): "
                                          "readers who look it up will find nothing."), sample[1])
    if no_host is not None:
        return arg(translate("Preflight", "The call to action's web address has no real web address (“%1”): "
                                          "readers who look it up will find nothing."), no_host[1])
    return m[0]


def _event(m: re.Match[str]) -> str:
    translate = QCoreApplication.translate
    texts = {
        "when": translate("Preflight", "The event says nothing about when: readers cannot come."),
        "where": translate("Preflight", "The event says nothing about where: readers cannot come."),
        "when or where": translate("Preflight", "The event says nothing about when or where: readers cannot come."),
    }
    return texts[m[1]]


_KNOWN: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"No bundled font can print (.+); it will show as a blank box\."), _font),
    (re.compile(r"This statement has no source: add it so readers can check it\."),
     lambda _m: QCoreApplication.translate("Preflight", "This statement has no source: add it so readers can "
                                                        "check it.")),
    (re.compile(r"This quote has no source or attribution\."),
     lambda _m: QCoreApplication.translate("Preflight", "This quote has no source or attribution.")),
    (re.compile(r"Text is (\S+) pt, below the readable (\S+) pt for (\S+): shorten it or use a larger paper\."),
     _small),
    (re.compile(r"Text contrast( in grayscale)? is (\S+):1, below (\S+):1: it will be hard to read\."), _contrast),
    (re.compile(r"The image is (\S+) ppi at its printed size \((\S+) mm wide\); it needs (\S+) ppi to print "
                r"sharply: use a larger image or print it smaller\."), _dpi),
    (re.compile(r"The QR code is (\S+) mm wide \(modules (\S+) mm\); on (\S+) it needs at least (\S+) mm and "
                r"0\.4 mm modules to scan: make it bigger or shorten the URL\."), _qr),
    (re.compile(r"This block is taller than a page and was split or scaled down\."),
     lambda _m: QCoreApplication.translate("Preflight", "This block is taller than a page and was split or "
                                                        "scaled down.")),
    (re.compile(r"The content does not fit on (\d+) pages? even at the smallest readable size: it flowed onto "
                r"(\d+) pages\."), _pages),
    (re.compile(r"(\d+)-up prints this (\S+) flyer at (\S+) of its size; text may be too small to read "
                r"\(make the page (.+)\)"), _nup),
    # What the flyer says (content checks).
    (re.compile(r"The flyer's name is still the placeholder “(.+)”\."),
     lambda m: arg(QCoreApplication.translate("Preflight", "The flyer's name is still the placeholder “%1”."), m[1])),
    (re.compile(r"Replace the template's placeholder “(.+?)” \(and (\d+) more in this block\)\."),
     lambda m: arg(QCoreApplication.translate("Preflight", "Replace the template's placeholder “%1” (and %2 more in "
                                                           "this block)."), m[1], m[2])),
    (re.compile(r"Replace the template's placeholder “(.+)”\."),
     lambda m: arg(QCoreApplication.translate("Preflight", "Replace the template's placeholder “%1”."), m[1])),
    (re.compile(r"The QR code's link (.+): a phone that scans it will find nothing\."), _qr_link),
    (re.compile(r"The call to action's web address (.+): readers who look it up will find nothing\."), _action_link),
    (re.compile(r"The call to action gives no website or contact: readers cannot reach you\."),
     lambda _m: QCoreApplication.translate("Preflight", "The call to action gives no website or contact: readers "
                                                        "cannot reach you.")),
    (re.compile(r"The event says nothing about (when|where|when or where): readers cannot come\."), _event),
    (re.compile(r"The chart's evidence is not printed: without a Sources list its cells cannot point to their "
                r"sources\. Add a Sources block\."),
     lambda _m: QCoreApplication.translate("Preflight", "The chart's evidence is not printed: without a Sources "
                                                        "list its cells cannot point to their sources. Add a Sources "
                                                        "block.")),
    # The checks of the finished PDF (print shop files).
    (re.compile(r"Small text is printed in several inks: use 100 % black \(K\) so it stays sharp\."),
     lambda _m: QCoreApplication.translate("Preflight", "Small text is printed in several inks: use 100 % black "
                                                        "(K) so it stays sharp.")),
    (re.compile(r"Some areas use (\S+) ink; print shops accept at most (\S+)\."),
     lambda m: arg(QCoreApplication.translate("Preflight", "Some areas use %1 ink; print shops accept at most %2."),
                   m[1], m[2])),
    (re.compile(r"A line is (\S+) pt thin; presses do not hold lines under (\S+) pt\."),
     lambda m: arg(QCoreApplication.translate("Preflight", "A line is %1 pt thin; presses do not hold lines under "
                                                           "%2 pt."), m[1], m[2])),
    (re.compile(r"The CMYK file still holds RGB colour \((\d+) colours, (\d+) images\): the shop will convert it "
                r"without your say\."),
     lambda m: arg(QCoreApplication.translate("Preflight", "The CMYK file still holds RGB colour (colours: %1, "
                                                           "images: %2): the shop will convert it without your say."),
                   m[1], m[2])),
    (re.compile(r"Fonts not embedded: (.+)\."),
     lambda m: arg(QCoreApplication.translate("Preflight", "Fonts not embedded: %1."), m[1])),
    (re.compile(r"PDF/X was asked for but the file names no output condition \(OutputIntent\)\."),
     lambda _m: QCoreApplication.translate("Preflight", "PDF/X was asked for but the file names no output "
                                                        "condition (OutputIntent).")),
    (re.compile(r"PDF/A was asked for but the file has no colour profile \(OutputIntent\)\."),
     lambda _m: QCoreApplication.translate("Preflight", "PDF/A was asked for but the file has no colour profile "
                                                        "(OutputIntent).")),
)


def warning_text(message: str) -> str:
    """``message`` (a printing warning, in English) in the window's language when the sentence is known."""
    if current_language() == "en":
        return message
    for pattern, translate in _KNOWN:
        match = pattern.fullmatch(message)
        if match is not None:
            return translate(match)
    return message
