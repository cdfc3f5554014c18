"""Sample flyers built from the seed corpus, one per built-in template, so a new library is never empty."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from organiser.errors import NotFound
from organiser.flyers.model import (
    Block,
    BulletList,
    CallToAction,
    Citation,
    ComparisonBlock,
    EventBlock,
    Flyer,
    FooterBlock,
    Headline,
    Signatories,
    StatementBlock,
    Subheading,
    TextBlock,
)
from organiser.flyers.profile import Profile, display_website, load_profile, website_url
from organiser.flyers.sample_editions import with_sample_editions
from organiser.flyers.storage import comparisons, save_flyer
from organiser.flyers.templates import fill, get_template

if TYPE_CHECKING:
    from organiser.corpus.records import Statement
    from organiser.corpus.store import Corpus

SAMPLE_KEYWORD = "sample"

# The seed files the samples are made from (matched on the source's original file name).
LETTER_FILE = "000_efb192165b78f785.txt"
GROUP_FILE = "001_638a73a9e81ceb02.txt"
MOVEMENT_FILE = "002_7066279a0428f013.txt"
ARTICLE_FILE = "004_41700bfd0b11befa.txt"

SLOGAN_TRANSLATIONS = {
    "uk": "Від України до Палестини окупація — це злочин",
    "ar": "من أوكرانيا إلى فلسطين، الاحتلال جريمة",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def human_date(iso: str | None) -> str:
    """``2023-11-02`` → ``2 November 2023``; ``2025-07`` → ``July 2025``; anything else unchanged."""
    if not iso:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return iso
    month = _MONTHS[int(m.group(2)) - 1]
    return f"{int(m.group(3))} {month} {m.group(1)}" if m.group(3) else f"{month} {m.group(1)}"


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u2019", "'").split()).casefold()


class _Seed:
    """One seed source in the corpus and the lookups the samples need."""

    def __init__(self, corpus: Corpus, original_name: str) -> None:
        from organiser.corpus.search import SearchFilters

        found = [s for s in corpus.sources() if s.original_name == original_name]
        if not found:
            raise NotFound(f"The seed {original_name} is not in the corpus.")
        self.corpus, self.source = corpus, found[0]
        self.statements = [s for s in corpus.statements(SearchFilters()) if s.source.id == self.source.id]
        self.structure = corpus.source_structure(self.source.id)

    def statement(self, starts: str) -> Statement:
        """The statement that begins with (or, failing that, contains) ``starts``."""
        key = _norm(starts)
        for test in (lambda t: t.startswith(key), lambda t: key in t):
            for s in self.statements:
                if test(_norm(s.text)):
                    return s
        raise NotFound(f"No statement of {self.source.original_name} contains {starts!r}.")

    def citation(self, statement: Statement | None = None) -> Citation:
        src = self.source
        return Citation(statement_id=statement.id if statement else None, source_id=src.id,
                        source_title=src.title, source_date=src.date or None,  # ISO: printed per language
                        source_url=src.url, outlet=src.outlet)

    def block(self, starts: str) -> StatementBlock:
        from organiser.flyers.ops import statement_block_from

        st = self.statement(starts)
        return statement_block_from(st.id, st.text, self.citation(st))

    def texts(self, kind: str) -> list[str]:
        return [str(s["text"]) for s in self.structure if s["kind"] == kind]

    def has_text(self, text: str) -> bool:
        return any(_norm(t) == _norm(text) for t in self.texts("boilerplate") + self.texts("heading"))


# ---- what the group's page says about itself ---------------------------------------------------------------

_EMAIL_RE = re.compile(r"[\w.+-]+\s*\[at\]\s*[\w-]+(?:\s*(?:\.|\[dot\])\s*[\w-]+)+")
_SITE_RE = re.compile(r"web\s*site,?\s+([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    email: str  # as the source writes it ("name[at]gmail.com")
    website: str  # as printed ("example.org")


def group_contact(seed: _Seed) -> Contact:
    """The contact address and web site exactly as the group's own text gives them."""
    st = seed.statement("If you would like to join us")
    email, site = _EMAIL_RE.search(st.text), _SITE_RE.search(st.text)
    if not email or not site:
        raise NotFound("The group's contact address is not in its statements.")
    return Contact(email.group(0), site.group(1))


def _source_line(seed: _Seed) -> str:
    src = seed.source
    return ", ".join(p for p in (src.title, src.outlet, human_date(src.date), src.url) if p)


def _chart_source(seed: _Seed) -> str:
    src = seed.source
    return ", ".join(p for p in (src.outlet or src.title, human_date(src.date)) if p)


def _handed_out_by(profile: Profile) -> list[Block]:
    line = profile.footer_line()
    return [FooterBlock("handed-out", f"Handed out by {line}")] if line else []


# ---- reading list ------------------------------------------------------------------------------------------

_MONTH_NAMES = "|".join(_MONTHS)
_DATE_RE = re.compile(rf"[,\s]*((?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})(?:\s+\d{{4}})?)\s*$")
_QUOTED_RE = re.compile(r"^(“[^”]+”|‘.+?[.?!]’|\"[^\"]+\")[.,]?\s*")
_BY_RE = re.compile(r"[.,]\s+by\s+", re.IGNORECASE)
_DOMAIN_RE = re.compile(r"\s*\b([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,3}(?:\.[a-z]{2})?)$")


@dataclass(frozen=True)
class ReadingItem:
    title: str
    author: str = ""
    outlet: str = ""
    date: str = ""

    def line(self) -> str:
        """One bullet: ``Title — Author. Outlet, date``."""
        where = ", ".join(p for p in (self.outlet, self.date) if p)
        who = self.author.rstrip(".")
        tail = ". ".join(p for p in (who, where) if p)
        return f"{self.title} — {tail}" if tail else self.title


def parse_reading_item(text: str) -> ReadingItem:
    """Split a reading-list line ("Title. By Author, Outlet, 30 October 2024") into its parts."""
    rest = text.strip().lstrip("□▪•◦-– ").strip()
    date = ""
    m = _DATE_RE.search(rest)
    if m:
        date, rest = m.group(1), rest[: m.start()].rstrip(" ,.")
    quoted = _QUOTED_RE.match(rest)
    if quoted:
        title, rest = quoted.group(1).strip(), rest[quoted.end():]
    else:
        by = _BY_RE.search(rest)
        stops = [i for i in (rest.find(". "), rest.find(", ")) if i > 0]
        cut = by.start() if by else min(stops, default=len(rest))
        title, rest = rest[:cut].strip(), rest[cut + 1:]
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    outlet = parts.pop() if parts else ""
    if ". " in outlet:  # "Palestinian-Ukrainian analyst. Commons.com.ua"
        who, outlet = outlet.rsplit(". ", 1)
        parts.append(who)
    if not parts and " " in outlet:  # "Interview With Leila Al-Shami Commons.com.ua": no comma before it
        dm = _DOMAIN_RE.search(outlet)
        if dm and dm.start() > 0:
            parts, outlet = [outlet[: dm.start()]], dm.group(1)
        elif not _DOMAIN_RE.search(outlet) and outlet.lower().startswith(("by ", "interview")):
            parts, outlet = [outlet], ""
    author = ", ".join(parts)
    author = re.sub(r"^by\s+", "", author, flags=re.IGNORECASE)
    author = re.sub(r"^Interview With\b", "Interview with", author)
    return ReadingItem(title.rstrip(",."), author, outlet, date)


def reading_list(seed: _Seed, heading: str) -> list[ReadingItem]:
    """The lines under ``heading`` in the source, up to the next separator or heading."""
    items: list[ReadingItem] = []
    inside = False
    for section in seed.structure:
        text = str(section["text"]).strip()
        if inside and (section["kind"] == "heading" or set(text) <= set("=-—")):
            break
        if inside:
            items.append(parse_reading_item(text))
        inside = inside or _norm(text) == _norm(heading)
    return items


# ---- the samples -------------------------------------------------------------------------------------------


def _chart(corpus: Corpus, profile: Profile) -> Flyer:
    seed = _Seed(corpus, GROUP_FILE)
    tables = comparisons(corpus, seed.source.id)
    if not tables:
        raise NotFound("The seed chart is not in the corpus.")
    table = tables[0][2]
    contact = group_contact(seed)
    return fill(get_template("chart"), {
        "title": [Headline("title", table.title)],
        # The chart fills the page; its source and the group's contact go in the footer, as on the group's flyer.
        "intro": [],
        "sources": [],
        # The headline already carries the chart's title: printing it twice would waste the top of the page.
        "chart": [ComparisonBlock("chart", replace(table, title=""))],
        # One footer line: the chart's source (its title is the headline already) and the group's contact.
        "contact": [FooterBlock("contact", f"Source: {_chart_source(seed)} · {contact.email} · {contact.website}"),
                    *_handed_out_by(profile)],
    }, title=table.title, profile=profile)


def _open_letter(corpus: Corpus, profile: Profile) -> Flyer:
    seed = _Seed(corpus, LETTER_FILE)
    group = _Seed(corpus, GROUP_FILE)
    calls = [s for s in seed.statements if s.text.startswith(("We urge", "We call on the"))]
    heading = next((h for h in seed.texts("heading") if _norm(h) == "call to action"), "Call to action")
    signed = group.statement("A “Ukrainian letter of solidarity")
    many = re.search(r"signed by (more than \d+ .+? and others)\b", signed.text)
    who = many.group(1) if many else "Ukrainian researchers, artists and activists"
    # The letter names no signatory on the page: how many signed, and where to read and add the names.
    signatories = Signatories("signatories", title="Signed by", note=f"{who[0].upper()}{who[1:]}.")
    sign_up = seed.has_text("Source Commons. Follow the link to see the signatures and sign.")
    action = [CallToAction("action", "Add your name", website="commons.com.ua", qr=False)] if sign_up else []
    return fill(get_template("open-letter"), {
        "title": [Headline("title", seed.source.title)],
        "lead": [seed.block("We, Ukrainian researchers")],
        "body": [],
        "calls": [BulletList("calls", tuple(s.text for s in calls), title=heading)],
        "closing": [seed.block("We have witnessed the world uniting")],
        "rule": [],
        "date": [TextBlock("date", human_date(seed.source.date))],
        "signatories": [signatories],
        "action": action,
        "contact": _handed_out_by(profile),
    }, title=seed.source.title, profile=profile)


def _event(corpus: Corpus, profile: Profile) -> Flyer:
    seed = _Seed(corpus, GROUP_FILE)
    contact = group_contact(seed)
    meeting = seed.statement("In June 2024 we organised a Discussion meeting").text
    m = re.search(r"(Discussion meeting): “([^”]+)” – (.+)$", meeting)
    if not m:
        raise NotFound("The discussion meeting is not in the group's statements.")
    organised = seed.statement("Organised by").text
    org = organised.split(". ")[0].rstrip(".") + "."
    speakers = re.search(r"Speakers (from [^.]+?) joined", organised)
    url = website_url(contact.website)
    return fill(get_template("event"), {
        "title": [Headline("title", m.group(2))],
        # The group's page names no venue: the notice sends readers to the website, where the venue is given.
        "event": [EventBlock("event", what=m.group(1).capitalize(), when=m.group(3).strip(),
                             where=f"See {display_website(url)}",
                             speakers=(speakers.group(1),) if speakers else (), details=org)],
        "body": [seed.block("Both Ukrainians and Palestinians have a right to be free"),
                 seed.block("Please join us at our meeting")],
        # The page names the group and how to reach it once, large: the call to action replaces a footer line.
        "action": [CallToAction("action", "Join us", website=contact.website, contact=contact.email, size_mm=32.0)],
        "contact": _handed_out_by(profile),
    }, title=f"{m.group(1).capitalize()}, {m.group(3).split(',')[0].strip()}", profile=profile)


def _reading_list(corpus: Corpus, profile: Profile) -> Flyer:
    seed = _Seed(corpus, GROUP_FILE)
    contact = group_contact(seed)
    heading = "Palestine and Ukraine: things to read"
    items = reading_list(seed, heading)
    if not items:
        raise NotFound("The reading list is not in the group's page.")
    who = seed.source.outlet or seed.source.title
    return fill(get_template("reading-list"), {
        "title": [Headline("title", heading)],
        "intro": [],
        "items": [BulletList("items", tuple(i.line() for i in items))],
        "sources": [],
        "contact": [FooterBlock("contact", f"Chosen by the {who}, {human_date(seed.source.date)} · "
                                           f"{contact.email} · {contact.website}"), *_handed_out_by(profile)],
    }, title=heading, profile=profile)


def _slogan(corpus: Corpus, profile: Profile) -> Flyer:
    seed = _Seed(corpus, GROUP_FILE)
    contact = group_contact(seed)
    slogan = seed.source.title
    return fill(get_template("slogan"), {
        "title": [Headline("title", slogan)],
        "line-2": [Subheading("line-2", SLOGAN_TRANSLATIONS["uk"])],
        "line-3": [Subheading("line-3", SLOGAN_TRANSLATIONS["ar"])],
        "contact": [FooterBlock("contact", f"{seed.source.outlet or ''} · {contact.website}".strip(" ·")),
                    *_handed_out_by(profile)],
    }, title=f"{slogan} (poster)", profile=profile, keywords=(SAMPLE_KEYWORD, "en", "uk", "ar"))


_EXCERPT_NOTES = (
    "The opening of the article and of its section “{section}”.",
    "Numbers in square brackets are the article’s own references, printed with the original (see Sources).",
)


def _excerpt(corpus: Corpus, profile: Profile) -> Flyer:
    seed = _Seed(corpus, ARTICLE_FILE)
    section = next((h for h in seed.texts("heading") if h.startswith("Mobilization")), "")
    src = seed.source
    context = f"An excerpt from {src.outlet or 'the article'}, {human_date(src.date)}."
    return fill(get_template("excerpt"), {
        "title": [Headline("title", src.title)],
        "context": [TextBlock("context", context)],
        "excerpt": [seed.block("Israel's offensive against Gaza has sparked"),
                    *([Subheading("section", section)] if section else []),
                    seed.block("In Israel, for a start"),
                    seed.block("Most of the demonstrations focused")],
        "notes": [BulletList("notes", tuple(n.format(section=section) for n in _EXCERPT_NOTES),
                             title="Notes")],  # bullets: the article's own [n] are the only numbers
        "contact": _handed_out_by(profile),
    }, title=f"{src.title} (excerpt)", profile=profile)


def _movement_letter(corpus: Corpus, profile: Profile) -> Flyer:
    seed = _Seed(corpus, MOVEMENT_FILE)
    src = seed.source
    salutation = next((t for t in seed.texts("boilerplate") if t.startswith("Dear ")), "Dear friends,")
    closing = next((t for t in seed.texts("boilerplate") if t.lower().startswith("in solidarity")), "")
    who = ", ".join(src.authors) or src.outlet or ""
    return fill(get_template("movement-letter"), {
        "title": [Headline("title", src.title)],
        "salutation": [TextBlock("salutation", salutation)],
        "body": [seed.block("We are writing to you as citizens of Israel")],
        "closing": [TextBlock("closing", closing)] if closing else [],
        # Signed as the letter signs: the signatories, the date under them.
        "signatories": [Signatories("signatories", (" — ".join(p for p in (who, human_date(src.date)) if p),))],
        "contact": _handed_out_by(profile),
    }, title=src.title, profile=profile)


SAMPLES: dict[str, Callable[[Corpus, Profile], Flyer]] = {
    "chart": _chart,
    "open-letter": _open_letter,
    "event": _event,
    "reading-list": _reading_list,
    "slogan": _slogan,
    "excerpt": _excerpt,
    "movement-letter": _movement_letter,
}


def build_samples(corpus: Corpus, names: Sequence[str] | None = None) -> list[Flyer]:
    """The sample flyers (not stored); a sample whose seed is missing from the corpus is left out."""
    profile = load_profile(corpus)
    out: list[Flyer] = []
    for name in names or SAMPLES:
        try:
            flyer = SAMPLES[name](corpus, profile)
        except NotFound:
            continue
        keywords = flyer.keywords if SAMPLE_KEYWORD in flyer.keywords else (SAMPLE_KEYWORD, *flyer.keywords)
        out.append(with_sample_editions(replace(flyer, keywords=keywords)))
    return out


def install_samples(corpus: Corpus) -> list[int]:
    """Store the sample flyers in the library; a sample already there (same template and title) is kept."""
    existing = {(f.template, f.title) for f in corpus.list_flyers()}
    return [save_flyer(corpus, f) for f in build_samples(corpus) if (f.template, f.title) not in existing]
