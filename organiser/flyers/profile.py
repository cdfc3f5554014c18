"""The organisation profile: name, contact, website and logo, entered once and printed on every new flyer."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from organiser.records import record

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

_ROW_ID = 1


@record
class Profile:
    """Who hands the flyers out. Every field is optional; an empty profile adds nothing to a flyer."""

    name: str = ""
    contact: str = ""  # written as the organisation wants it printed, e.g. "info[at]example.org"
    website: str = ""  # as printed: "example.org" (the QR code gets https:// in front)
    logo: str = ""  # path of an image file
    language: str = ""  # default language of new flyers ("" = English)
    theme: str = ""  # default theme of new flyers ("" = the template's own)
    paper: str = ""  # default paper of new flyers and exports ("" = the template's own)

    def is_empty(self) -> bool:
        return not (self.name or self.contact or self.website or self.logo)

    def footer_line(self, contact: bool = True) -> str:
        """The contact line of a footer: "Name · contact · website" (empty parts left out); only the name when
        ``contact`` is off, for a flyer whose call to action prints the contact and website large already."""
        parts = (self.name, self.contact, self.website) if contact else (self.name,)
        return " · ".join(p for p in parts if p)

    def qr_url(self) -> str:
        """The website as a URL a phone can open ("" when there is no website)."""
        return website_url(self.website)

    def cleaned(self) -> Profile:
        return replace(self, name=self.name.strip(), contact=self.contact.strip(),
                       website=self.website.strip(), logo=self.logo.strip(), language=self.language.strip(),
                       theme=self.theme.strip(), paper=self.paper.strip())


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


_FIELDS = ("name", "contact", "website", "logo", "language", "theme", "paper")


def load_profile(corpus: Corpus) -> Profile:
    """The stored profile; columns added after the first release read as "" in an older corpus."""
    row = corpus.db.execute("SELECT * FROM profile WHERE id = ?", [_ROW_ID]).fetchone()
    if row is None:
        return Profile()
    names = [d[0] for d in corpus.db.execute("SELECT * FROM profile LIMIT 0").description]
    values = dict(zip(names, row, strict=True))
    return Profile(**{f: str(values.get(f) or "") for f in _FIELDS})


def save_profile(corpus: Corpus, profile: Profile) -> None:
    p = profile.cleaned()
    table = corpus.db.table("profile")
    with corpus.write():
        # The language/theme/paper columns came later: an older corpus gets them on the first save.
        for name in _FIELDS:
            if name not in table.columns_dict:
                table.add_column(name, str)
        table.upsert({"id": _ROW_ID, **{f: getattr(p, f) for f in _FIELDS}}, pk="id")
