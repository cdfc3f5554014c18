"""The organisation profile: name, contact, website and logo, entered once and printed on every new flyer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

_ROW_ID = 1


@dataclass(frozen=True)
class Profile:
    """Who hands the flyers out. Every field is optional; an empty profile adds nothing to a flyer."""

    name: str = ""
    contact: str = ""  # written as the organisation wants it printed, e.g. "info[at]example.org"
    website: str = ""  # as printed: "example.org" (the QR code gets https:// in front)
    logo: str = ""  # path of an image file

    def is_empty(self) -> bool:
        return not (self.name or self.contact or self.website or self.logo)

    def footer_line(self) -> str:
        """The contact line of a footer: "Name · contact · website" (empty parts left out)."""
        return " · ".join(p for p in (self.name, self.contact, self.website) if p)

    def qr_url(self) -> str:
        """The website as a URL a phone can open ("" when there is no website)."""
        return website_url(self.website)

    def cleaned(self) -> Profile:
        return replace(self, name=self.name.strip(), contact=self.contact.strip(),
                       website=self.website.strip(), logo=self.logo.strip())


def website_url(website: str) -> str:
    """``example.org/x`` → ``https://example.org/x``; a URL with a scheme is kept as it is."""
    website = website.strip()
    if not website:
        return ""
    return website if "://" in website else "https://" + website


def display_website(url: str) -> str:
    """What to print under a QR code: the URL without scheme and trailing slash."""
    text = url.strip()
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.removeprefix("www.").rstrip("/")


def load_profile(corpus: Corpus) -> Profile:
    sql = "SELECT name, contact, website, logo FROM profile WHERE id = ?"
    row = corpus.db.execute(sql, [_ROW_ID]).fetchone()
    if row is None:
        return Profile()
    return Profile(*(value or "" for value in row))


def save_profile(corpus: Corpus, profile: Profile) -> None:
    p = profile.cleaned()
    with corpus.write():
        row = {"id": _ROW_ID, "name": p.name, "contact": p.contact, "website": p.website, "logo": p.logo}
        corpus.db.table("profile").upsert(row, pk="id")
