"""HTML pages: the article, not the page. trafilatura finds the main content (menus, comment policies, ads and
scripts left out) and the page's own metadata (title, author, date, site name, canonical URL) fills the provenance.

The page is parsed once by lxml's HTML parser (linear time; libxml2 caps the depth) after size and depth checks, so a
hostile page cannot hold the import: bs4's tree building was quadratic in nesting depth.
"""

from __future__ import annotations

import copy
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.corpus.importers.dates import first_date
from organiser.corpus.importers.document import Hints, meaningful
from organiser.corpus.importers.encoding import decode_bytes
from organiser.corpus.importers.limits import MAX_HTML_BYTES, MAX_HTML_DEPTH, MB, check_time
from organiser.corpus.importers.splitter import Block, split_blocks
from organiser.errors import ImportRejected

if TYPE_CHECKING:
    from lxml import html as lxml_html

_OPENING_DIV = re.compile(rf"(?:<(?:div|span|section|table|ul|b|i|font)\b[^>]*>\s*){{{MAX_HTML_DEPTH}}}", re.I)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _decode(data: bytes, name: str) -> str:
    """The declared charset when it names a real text encoding and decodes cleanly, else the generic decoding."""
    declared = _DECLARED.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeError, ValueError):  # "undefined" is a codec that always raises UnicodeError
            pass
    return decode_bytes(data, name)


def _depth(root: Any) -> int:
    """Deepest element nesting, without recursion."""
    deepest = 0
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _parse(text: str, name: str) -> lxml_html.HtmlElement:
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(huge_tree=False, no_network=True, remove_comments=True)
    too_deep = ImportRejected(f"{name}: nests elements more than {MAX_HTML_DEPTH} levels deep (not a readable page)")
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        if _OPENING_DIV.search(text):  # the parser gave up on the nesting
            raise too_deep from exc
        raise ImportRejected(f"{name}: is empty (no text found)") from exc
    if _depth(root) > MAX_HTML_DEPTH:
        raise too_deep
    return root


def _meta(root: Any, *keys: str) -> str | None:
    for key in keys:
        for value in root.xpath("//meta[@name=$k or @property=$k]/@content", k=key):
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _distinct(names: list[str]) -> list[str]:
    """Names once each, whatever their case ("Jeffrey Gettleman; JEFFREY GETTLEMAN" is one author)."""
    seen: dict[str, str] = {}
    for name in (" ".join(n.split()) for n in names):
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


def _hints(root: Any, found: Any) -> Hints:
    """The page's metadata as trafilatura read it (JSON-LD, OpenGraph, meta tags), with rights from meta tags."""

    def get(key: str) -> Any:
        return getattr(found, key, None) if found is not None else None

    author = meaningful(get("author"))
    url = get("url") or _meta(root, "og:url")
    if not url:
        canonical = root.xpath("//link[@rel='canonical']/@href")
        url = canonical[0] if canonical else None
    raw_date = get("date") or _meta(root, "article:published_time", "date", "dc.date", "DC.date")
    return Hints(
        title=meaningful(get("title")) or _meta(root, "og:title"),
        outlet=meaningful(get("sitename")) or _meta(root, "og:site_name", "publisher"),
        authors=_distinct(author.split(";")) if author else [],
        date=first_date(raw_date) if raw_date else None,
        url=url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        rights=meaningful(get("license")) or _meta(root, "copyright", "dc.rights", "DC.rights"),
    )


def _quiet_libraries() -> None:
    """The extractor's own warnings go to the app's log (if it has one), never to the terminal: a handler on their
    loggers keeps Python's last-resort handler (stderr) out of the way."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
            logger.addHandler(logging.NullHandler())


def _article(root: Any) -> tuple[str, Any]:
    """The main content as lines of markdown, and the page metadata trafilatura found. Each call gets its own copy
    of the tree: trafilatura prunes the tree it is given."""
    import trafilatura

    _quiet_libraries()
    found = trafilatura.bare_extraction(
        copy.deepcopy(root), include_comments=False, include_tables=True, with_metadata=True, output_format="python"
    )
    check_time()
    text = trafilatura.extract(
        copy.deepcopy(root),
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        output_format="markdown",
    )
    return text or "", found


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of the page's main content and its stated metadata."""
    data = path.read_bytes()
    if len(data) > MAX_HTML_BYTES:
        raise ImportRejected(f"{path.name}: a page of {len(data) // MB} MB; the limit is {MAX_HTML_BYTES // MB} MB")
    root = _parse(_decode(data, path.name), path.name)
    check_time()
    text, found = _article(root)
    hints = _hints(root, found)
    # trafilatura writes one paragraph, heading or list item per line.
    return split_blocks("\n\n".join(line for line in text.splitlines() if line.strip())), hints
