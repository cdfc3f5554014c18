"""HTML pages: page chrome dropped, headings kept, metadata from <title>/<h1> and <meta> tags."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.corpus.importers.dates import first_date
from organiser.corpus.importers.document import Hints
from organiser.corpus.importers.encoding import decode_bytes
from organiser.corpus.importers.splitter import Block, split_blocks

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

_DROP = (
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "template",
    "svg",
    "iframe",
)
_BLOCKS = (
    "p",
    "div",
    "li",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "td",
    "th",
    "tr",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "address",
    "br",
    "hr",
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _decode(data: bytes, name: str) -> str:
    """The declared charset when it decodes cleanly, else the generic text decoding."""
    declared = _DECLARED.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"name": key}) or soup.find("meta", attrs={"property": key})
        content = tag.get("content") if tag is not None else None
        if isinstance(content, str) and content.strip():
            return content.strip()
    return None


def _text(tag: Tag | None) -> str | None:
    if tag is None:
        return None
    text = " ".join(tag.get_text(" ").split())
    return text or None


def _hints(soup: BeautifulSoup) -> Hints:
    canonical = soup.find("link", rel="canonical")
    href = canonical.get("href") if canonical is not None else None
    time = soup.find("time", datetime=True)
    raw_date = _meta(soup, "article:published_time", "date", "dc.date", "DC.date", "pubdate")
    if raw_date is None and time is not None:
        raw_date = str(time.get("datetime"))
    author = _meta(soup, "author", "article:author", "dc.creator", "DC.creator")
    return Hints(
        title=_text(soup.find("h1")) or _meta(soup, "og:title") or _text(soup.find("title")),
        outlet=_meta(soup, "og:site_name", "publisher", "dc.publisher"),
        authors=[author] if author else [],
        date=first_date(raw_date) if raw_date else None,
        url=_meta(soup, "og:url") or (href if isinstance(href, str) else None),
        rights=_meta(soup, "copyright", "dc.rights", "DC.rights"),
    )


def _as_markdown(body: Tag) -> str:
    """Body text with blank lines between blocks and ``#`` before headings, for the splitter."""
    for level in range(1, 7):
        for heading in body.find_all(f"h{level}"):
            heading.insert_before(f"\n\n{'#' * level} ")
            heading.insert_after("\n\n")
    for block in body.find_all(_BLOCKS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    return str(body.get_text())


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of the page's content and its stated metadata."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode(path.read_bytes(), path.name), "html.parser")
    hints = _hints(soup)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    body = soup.body or soup
    text = _as_markdown(body)
    return split_blocks(_collapse_inline_newlines(text)), hints


def _collapse_inline_newlines(text: str) -> str:
    """HTML source line breaks are not paragraph breaks: keep only the blank-line separators we inserted."""
    parts = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(part.split()) for part in parts)
