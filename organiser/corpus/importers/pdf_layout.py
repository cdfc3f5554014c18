"""PDF lines to paragraphs: running headers, footers and page numbers dropped, columns read in turn, paragraphs
rebuilt from line geometry (gaps, indents, short last lines, font size) and line-end hyphens joined where the
joined word is a word of the document."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from organiser.corpus.importers.pdf_lines import Line, is_rtl_text
from organiser.corpus.importers.splitter import Block

_EDGE_BAND = 0.12  # share of the page height at the top and bottom where running headers and footers live
_PAGE_WORDS = (
    r"page|p\.|pg\.|сторінка|стор\.|с\.|страница|стр\.|صفحة|الصفحة|ص\.?|עמוד|עמ'|עמ׳|דף|seite|página|pagina"
)
_NUMBER = r"[\d\u0660-\u0669\u06f0-\u06f9]+|[ivxlc]+"
_PAGE_NUMBER = re.compile(
    rf"^[-–—(\[]?\s*(?:(?:{_PAGE_WORDS})\s*)?(?:{_NUMBER})(?:\s*(?:of|/|з|із|من|מתוך|von|de)\s*(?:{_NUMBER}))?"
    rf"(?:\s*(?:{_PAGE_WORDS}))?\s*[-–—)\]]?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+")
_SENTENCE_END = tuple('.!?:;"”»…؟')
_WORD_CHARS = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    """The lines of one page and its size in points."""

    lines: list[Line]
    width: float
    height: float
    gutter: float | None = None  # x of the gap between two columns


def is_page_number(text: str) -> bool:
    """"12", "- 3 -", "Page 4", "Сторінка 2 з 5", "صفحة 1", "עמוד 1"."""
    return bool(_PAGE_NUMBER.match(" ".join(text.split())))


def _edge_lines(page: Page) -> set[int]:
    """Lines that may be running headers or footers: near the top or bottom edge of the page and outside all the
    body text (the highest or the lowest row), so that an "Article 14" heading opening a page stays."""
    band = _EDGE_BAND * page.height
    rows = sorted({round(line.top) for line in page.lines}, reverse=True)
    outer = set(rows[:1] + rows[-1:])
    return {
        id(line)
        for line in page.lines
        if round(line.top) in outer and (line.top > page.height - band or line.bottom < band)
    }


def _outermost(line: Line, page: Page) -> bool:
    return line.top >= max(other.top for other in page.lines) or line.bottom <= min(o.bottom for o in page.lines)


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split())).casefold()


def drop_furniture(pages: Sequence[Page]) -> list[Page]:
    """Without page numbers and without lines repeated near the top or bottom edge of several pages."""
    edges = [_edge_lines(page) for page in pages]
    counts: Counter[str] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        counts.update({_furniture_key(line.text) for line in page.lines if id(line) in edge})
    repeated = 2 if len(pages) <= 3 else max(2, len(pages) // 3)
    kept: list[Page] = []
    for page, edge in zip(pages, edges, strict=True):
        lines = [
            line
            for line in page.lines
            if not (
                (is_page_number(line.text) and (id(line) in edge or _outermost(line, page)))
                or (id(line) in edge and counts[_furniture_key(line.text)] >= repeated)
            )
        ]
        kept.append(Page(lines, page.width, page.height, page.gutter))
    return kept


def reading_order(page: Page, rtl: bool) -> list[list[Line]]:
    """Column streams in reading order: lines spanning the gutter break the flow, columns between them in turn."""
    lines = sorted(page.lines, key=lambda line: -line.top)
    gutter = page.gutter
    if gutter is None:
        return [lines]
    streams: list[list[Line]] = []
    first: list[Line] = []
    second: list[Line] = []

    def flush() -> None:
        columns = [second, first] if rtl else [first, second]
        streams.extend([list(column) for column in columns if column])
        first.clear()
        second.clear()

    for line in lines:
        if line.left < gutter < line.right:
            flush()
            streams.append([line])
        elif line.right <= gutter:
            first.append(line)
        else:
            second.append(line)
    flush()
    return streams


@dataclass
class _Paragraph:
    lines: list[Line]

    @property
    def size(self) -> float:
        return statistics.median(line.size for line in self.lines)


def _starts_paragraph(prev: Line, line: Line, left: float, right: float, pitch: float) -> bool:
    if abs(line.size - prev.size) > 0.12 * prev.size:
        return True
    gap = prev.bottom - line.top
    if gap > 1.4 * pitch + 1 or gap < -prev.size:  # paragraph spacing, or a jump back up (new column or frame)
        return True
    # The previous line ended although the next line's first word would have fitted after it (LibreOffice sets
    # right-to-left headings flush left, so a short line may end at either margin).
    words = line.text.split()
    char_width = (line.right - line.left) / max(len(line.text), 1)
    needed = (len(words[0]) + 1) * char_width if words else 0.0
    slack = 1.5 * prev.size
    usual, opposite = (prev.left - left, right - prev.right) if prev.rtl else (right - prev.right, prev.left - left)
    # A short line set against the other margin (a heading) ended there; a hanging indent does not count.
    short = prev.right - prev.left < 0.6 * (right - left)
    room = opposite if usual < slack < opposite and short else usual
    indented = line.right < right - slack if line.rtl else line.left > left + slack
    return room > needed + char_width or (indented and prev.text.endswith(_SENTENCE_END))


def _pitch(lines: Sequence[Line]) -> float:
    """The usual empty space between two lines of a paragraph."""
    pairs = zip(lines, lines[1:], strict=False)
    gaps = sorted(a.bottom - b.top for a, b in pairs if 0 <= a.bottom - b.top < 3 * a.size)
    # The lower quartile: in documents of one-line paragraphs most gaps are paragraph spacing.
    return gaps[len(gaps) // 4] if gaps else max((line.size for line in lines), default=10.0)


def paragraphs(stream: Sequence[Line]) -> list[_Paragraph]:
    """Consecutive lines of one column grouped into paragraphs by their geometry."""
    if not stream:
        return []
    left = min(line.left for line in stream)
    right = max(line.right for line in stream)
    pitch = max(_pitch(stream), 0.3 * statistics.median(line.size for line in stream))
    out = [_Paragraph([stream[0]])]
    for prev, line in zip(stream, stream[1:], strict=False):
        if _starts_paragraph(prev, line, left, right, pitch):
            out.append(_Paragraph([line]))
        else:
            out[-1].lines.append(line)
    return out


def _runs_on(before: _Paragraph, after: _Paragraph) -> bool:
    """A paragraph cut by a page or column break: the text before stops mid-sentence in body type, the text after
    goes on in the same type (in lower case where the script has case). One short line is a heading: never."""
    last, first = before.lines[-1], after.lines[0]
    body_length = len(before.lines) > 1 or len(last.text) >= 60
    return (
        body_length
        and round(before.size) == round(after.size)
        and not last.text.endswith(_SENTENCE_END)
        and not first.text[:1].isupper()
    )


_HYPHEN_END = re.compile(r"(\w+)[-\u00ad\u2010]$")
_NEXT_WORD = re.compile(r"^(\w+)(.*)$", re.DOTALL)


def _join(texts: Sequence[str], vocabulary: set[str]) -> str:
    """Lines of a paragraph joined; a line-end hyphen is dropped when the two halves make a word of the document."""
    out = texts[0]
    for text in texts[1:]:
        end, start = _HYPHEN_END.search(out), _NEXT_WORD.match(text)
        if end and start and start.group(1)[:1].islower():
            joined = (end.group(1) + start.group(1)).casefold()
            halves_are_words = end.group(1).casefold() in vocabulary and start.group(1).casefold() in vocabulary
            if joined in vocabulary or not halves_are_words:
                out = out[: end.end(1)] + text
                continue
            out = out + text  # a compound broken at its own hyphen ("non-" / "political")
            continue
        out = f"{out} {text}"
    return out


def document_blocks(pages: Sequence[Page]) -> list[Block]:
    """Paragraph blocks of a whole document in reading order; larger type than the body becomes a heading."""
    pages = drop_furniture(pages)
    all_text = " ".join(line.text for page in pages for line in page.lines)
    rtl = is_rtl_text(all_text)
    vocabulary = {word.casefold() for word in _WORD_CHARS.findall(all_text)}
    found: list[_Paragraph] = []
    for page in pages:
        for stream in reading_order(page, rtl):
            flowing = paragraphs(stream)
            if found and flowing and _runs_on(found[-1], flowing[0]):
                found[-1].lines.extend(flowing.pop(0).lines)
            found.extend(flowing)
    sizes = Counter(round(line.size) for p in found for line in p.lines for _ in range(len(line.text)))
    body = sizes.most_common(1)[0][0] if sizes else 0
    larger = sorted({round(p.size) for p in found if round(p.size) > body * 1.15}, reverse=True)
    blocks: list[Block] = []
    for paragraph in found:
        texts = [line.text for line in paragraph.lines]
        text = " ".join(_join(texts, vocabulary).split())
        if not text:
            continue
        size = round(paragraph.size)
        level = min(larger.index(size) + 1, 6) if size in larger and len(text) < 200 else 0
        blocks.append(Block(text, tuple(texts), level))
    return blocks
