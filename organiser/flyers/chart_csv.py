"""Comparison charts as CSV: subjects across the first row, one criterion per further row."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from organiser.atomic import write_files_atomically
from organiser.errors import FlyerFormatError, ImportRejected
from organiser.flyers.csv_safety import check_size, decode_utf16, neutralise, read_rows
from organiser.flyers.model import (
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Flyer,
    Headline,
    SourcesBlock,
    Verdict,
)

MIN_SUBJECTS, MAX_SUBJECTS = 2, 5

# Verdict words a CSV cell may start with, in the four languages. Spreadsheets written by people also use the
# near-synonyms after the first word. The first word of each list is the one written on export.
VERDICT_WORDS: dict[str, dict[Verdict, tuple[str, ...]]] = {
    "en": {"yes": ("Yes",), "no": ("No",), "partly": ("Partly",), "arguably": ("Arguably",),
           "unknown": ("Unknown",)},
    "uk": {"yes": ("Так",), "no": ("Ні",), "partly": ("Частково",), "arguably": ("Можливо", "Імовірно", "Ймовірно"),
           "unknown": ("Невідомо",)},
    "ar": {"yes": ("نعم",), "no": ("لا",), "partly": ("جزئيا",), "arguably": ("ربما", "على الأرجح", "على الارجح"),
           "unknown": ("غير معروف",)},
    "he": {"yes": ("כן",), "no": ("לא",), "partly": ("חלקית",), "arguably": ("אולי", "ניתן לטעון"),
           "unknown": ("לא ידוע",)},
}
# Harakat, niqqud and tatweel are ignored when a word is recognised ("جزئيًا", "نَعَم" are verdict words too).
_MARKS = re.compile("[\u0591-\u05c7\u064b-\u065f\u0670\u0640]")
# Bidi controls a spreadsheet may put before right-to-left text.
_LEADING = "\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _alternatives(verdicts: tuple[Verdict, ...]) -> str:
    words = {_MARKS.sub("", w) for lang in VERDICT_WORDS.values() for v in verdicts for w in lang[v]}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # "לא ידוע" before "לא"


# A verdict word at the start of a cell: "Yes.", "No –", "Так,", "نعم.", "כן:" (a word followed by punctuation or
# the end, so "Yesterday" and "Так само" are no verdicts), or "Partly"/"Частково"/"جزئيا"/"חלקית" before anything.
_VERDICT_RE = re.compile(
    f"^[\\s{_LEADING}]*(?:(?P<word>{_alternatives(('yes', 'no', 'arguably', 'unknown'))})\\b\\s*"
    f"(?:[.,:;!?–—\\-،؛؟]|$)|(?P<partly>{_alternatives(('partly',))})\\b)",
    re.IGNORECASE,
)
_VERDICT_OF_WORD = {
    _MARKS.sub("", w).casefold(): v for lang in VERDICT_WORDS.values() for v, words in lang.items() for w in words
}


def _verdict_match(text: str) -> tuple[Verdict, int, int] | None:
    """The verdict a cell's text starts with, and the (start, end) of its word in ``text``, marks included."""
    letters = [i for i, ch in enumerate(text) if not _MARKS.match(ch)]  # positions of what is left without marks
    m = _VERDICT_RE.match("".join(text[i] for i in letters))
    if m is None:
        return None
    group = "word" if m.group("word") else "partly"
    start, end = letters[m.start(group)], letters[m.end(group) - 1] + 1
    while end < len(text) and _MARKS.match(text[end]):  # the marks on the word's last letter
        end += 1
    return _VERDICT_OF_WORD[m.group(group).casefold()], start, end


def verdict_of(text: str) -> Verdict | None:
    """The verdict a cell's text starts with, in any of the four languages; the full text is kept as it is."""
    found = _verdict_match(text)
    return found[0] if found else None


def verdict_word(verdict: Verdict, lang: str) -> str:
    """The word written for ``verdict`` in a CSV of a flyer in ``lang`` (a tag like ``uk-UA`` counts as ``uk``)."""
    base = lang.split("-")[0].split("_")[0].lower()
    return VERDICT_WORDS.get(base, VERDICT_WORDS["en"])[verdict][0]


def exported_cell_text(cell: Cell, lang: str) -> str:
    """A cell as written to CSV: its verdict as a word in ``lang`` at the start, so that import reads it back.

    A leading verdict word that agrees with the cell's verdict is put in ``lang``; a cell whose text has no
    such word gets one ("Так. " + text).
    """
    if cell.verdict is None:
        return cell.text
    word = verdict_word(cell.verdict, lang)
    found = _verdict_match(cell.text)
    if found is not None and found[0] == cell.verdict:
        _, start, end = found
        if _MARKS.sub("", cell.text[start:end]).casefold() == _MARKS.sub("", word).casefold():
            return cell.text  # already the word of this language, as the user wrote it
        return cell.text[:start] + word + cell.text[end:]
    return f"{word}. {cell.text}" if cell.text else word


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return decode_utf16(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Spreadsheet apps on Windows save in the local code page: Cyrillic (cp1251) or Western (cp1252).
    # A text that decodes to many Cyrillic letters under cp1251 is taken as Cyrillic.
    try:
        cyr = data.decode("cp1251")
    except UnicodeDecodeError:
        cyr = ""
    letters = [c for c in cyr if c.isalpha()]
    if letters and sum("\u0400" <= c <= "\u04ff" for c in letters) > len(letters) / 2:
        return cyr
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportRejected(f"{name}: not a text file in UTF-8, cp1252 or cp1251") from None


def _delimiter(text: str) -> str:
    sample = "\n".join(text[:65536].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse_chart_csv(text: str, name: str, title: str | None = None) -> ComparisonTable:
    """The table in ``text``; ``name`` (a file name) is used in error messages and as the default title."""
    rows = read_rows(text, _delimiter(text), name)
    numbered = [(i + 1, [c.strip() for c in row]) for i, row in enumerate(rows)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    if not numbered:
        raise ImportRejected(f"{name}: the file is empty")
    header_line, header = numbered[0]
    while header and not header[-1]:
        header.pop()
    heading, subjects = (header[0], tuple(header[1:])) if header else ("", ())
    if not MIN_SUBJECTS <= len(subjects) <= MAX_SUBJECTS:
        raise ImportRejected(
            f"{name}: line {header_line}: a comparison chart needs {MIN_SUBJECTS} to {MAX_SUBJECTS} subjects "
            f"in the first row, found {len(subjects)}"
        )
    if not all(subjects):
        raise ImportRejected(f"{name}: line {header_line}: a subject name in the first row is empty")
    criteria = []
    for line, row in numbered[1:]:
        while len(row) > len(subjects) + 1 and not row[-1]:
            row.pop()
        if len(row) > len(subjects) + 1:
            raise ImportRejected(
                f"{name}: line {line}: {len(row) - 1} cells but the chart has {len(subjects)} subjects"
            )
        cells = row[1:] + [""] * (len(subjects) + 1 - len(row))
        criteria.append(Criterion(row[0], tuple(Cell(text=c, verdict=verdict_of(c)) for c in cells)))
    if not criteria:
        raise ImportRejected(f"{name}: no criteria: the chart needs at least one row under the subjects")
    return ComparisonTable(
        title=title if title is not None else Path(name).stem,
        subjects=subjects,
        criteria=tuple(criteria),
        criterion_heading=heading,
    )


def read_chart_csv(path: Path, title: str | None = None) -> ComparisonTable:
    try:
        check_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(f"{path}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    return parse_chart_csv(_decode(data, str(path)), str(path), title)


def chart_csv_text(table: ComparisonTable, lang: str = "en") -> str:
    """The table as CSV text; verdicts are written as words in ``lang`` (the flyer's language)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in (table.criterion_heading, *table.subjects)])
    for crit in table.criteria:
        writer.writerow([neutralise(c) for c in (crit.label, *(exported_cell_text(c, lang) for c in crit.cells))])
    return out.getvalue()


def write_chart_csv(table: ComparisonTable, path: Path, lang: str = "en") -> None:
    """UTF-8 with a BOM (spreadsheet apps then read it as UTF-8), written atomically; verdict words in ``lang``."""
    data = ("\ufeff" + chart_csv_text(table, lang)).encode("utf-8")
    write_files_atomically([(path, data)])


def chart_flyer(table: ComparisonTable) -> Flyer:
    """A comparison-chart flyer: the title as headline, the chart, and the sources list."""
    from organiser.flyers.ops import new_block_id

    return Flyer(
        title=table.title,
        blocks=(
            Headline(new_block_id(), table.title),
            ComparisonBlock(new_block_id(), table),
            SourcesBlock(new_block_id()),
        ),
        template="comparison",
    )


def first_table(flyer: Flyer) -> ComparisonTable:
    from organiser.flyers.ops import iter_blocks

    for block in iter_blocks(flyer.blocks):
        if isinstance(block, ComparisonBlock):
            return block.table
    raise FlyerFormatError(f"flyer {flyer.id}: has no comparison table")
