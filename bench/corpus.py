"""The corpus at scale: build (cached), sizes, open + first query, search latency, window start-up and memory.

Run: .venv/bin/python bench/corpus.py [SIZE]        (SIZE statements, default 100000; e.g. 1000000)
     options: --cache DIR (default: the temp folder), --rebuild, --no-window, --no-optimize

The synthetic corpus is written through the store's own bulk import (``Corpus.import_documents``: language
detection, word forms, full-text index), in English, Ukrainian, Arabic and Hebrew. Its words follow a Zipf law
over a vocabulary read at run time from the texts in ``seeds/`` and ``../shared/real-docs`` (by path; nothing is
copied), extended by made-up words for the long tail. The corpus is cached by size and reused by later runs.
Open, first query and window start-up run in fresh processes (warm page cache, bytecode written).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import multiprocessing
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from multiprocessing.pool import AsyncResult
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PYTHON = ROOT / ".venv" / "bin" / "python"
REAL_DOCS = ROOT.parent / "shared" / "real-docs"
GENERATOR = 1  # bump when the generated text changes: cached corpora of another version are not reused
LANGS = ("en", "uk", "ar", "he")
SCRIPTS = {"en": "latin", "uk": "cyrillic", "ar": "arabic", "he": "hebrew"}
MADE_UP_WORDS = 40_000  # per language: the long tail of names, places and rare words a real corpus has
MARKER = "zanzibarite"  # one statement in 20,000
OUTLETS = {
    "en": ("Guardian", "Morning Star", "Electronic Intifada", "Kyiv Independent", "Jacobin", "Open Democracy"),
    "uk": ("Українська правда", "Громадське", "Спільне", "Кримські реалії", "Новинарня", "Детектор медіа"),
    "ar": ("القدس", "مدى مصر", "عرب 48", "الجزيرة", "السفير", "المنصة"),
    "he": ("הארץ", "שיחה מקומית", "דבר", "הבמה", "מאזניים", "העוקץ"),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MARKS = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]")  # niqqud, harakat: not word breaks
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


# ---- vocabulary and text -------------------------------------------------------------------------------------------

def vocabulary() -> dict[str, list[str]]:
    """Words of each language, most frequent first: the real texts' words by frequency, then made-up ones."""
    from organiser.corpus.word_forms import script

    counts: dict[str, Counter[str]] = {lang: Counter() for lang in LANGS}
    by_script = {s: lang for lang, s in SCRIPTS.items()}
    files = [*sorted((ROOT / "seeds").glob("*.txt")),
             *sorted(p for p in REAL_DOCS.rglob("*") if p.suffix in (".txt", ".md", ".html"))]
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if file.suffix == ".html":
            text = _TAGS.sub(" ", text)
        for word in _WORD.findall(_MARKS.sub("", text)):
            word = word.lower().replace("’", "'")
            lang = by_script.get(script(word))
            if lang and (len(word) > 1 or lang != "en"):
                counts[lang][word] += 1
    rng = random.Random(7)
    words: dict[str, list[str]] = {}
    for lang in LANGS:
        real = [w for w, _ in counts[lang].most_common()]
        known = set(real)
        made: list[str] = []
        while len(made) < MADE_UP_WORDS:
            a, b = rng.choice(real), rng.choice(real)
            word = a[: max(2, len(a) // 2)] + b[len(b) // 2:]
            if word not in known:
                known.add(word)
                made.append(word)
        words[lang] = real + made
    return words


class Writer:
    """Statements of one language: Zipf-distributed words (rank r has weight 1/(r + 2)), 1–4 sentences."""

    def __init__(self, words: list[str], rng: random.Random) -> None:
        self.words = words
        self.cum = list(itertools.accumulate(1.0 / (r + 2) for r in range(len(words))))
        self.rng = rng

    def pick(self, k: int) -> list[str]:
        total, cum, words, rnd = self.cum[-1], self.cum, self.words, self.rng.random
        return [words[bisect.bisect(cum, rnd() * total)] for _ in range(k)]

    def statement(self) -> str:
        n = max(6, min(140, int(self.rng.lognormvariate(3.55, 0.55))))  # median ~35 words, ~250 characters
        words = self.pick(n)
        sentences, i = [], 0
        while i < n:
            j = min(n, i + self.rng.randint(8, 25))
            sentence = " ".join(words[i:j])
            sentences.append(sentence[:1].upper() + sentence[1:] + ".")
            i = j
        return " ".join(sentences)


def _documents(args: tuple[int, int, int, dict[str, list[str]]]) -> list[object]:
    """Sources ``first``..``last`` (exclusive) as imported documents; statement numbers start at ``offset``."""
    from organiser.corpus.importers.document import ImportedDocument, Section

    first, last, offset, vocab = args
    docs: list[object] = []
    number = offset
    for source in range(first, last):
        rng = random.Random(source)
        lang = LANGS[source % 4]
        writer = Writer(vocab[lang], rng)
        count = rng.choice((20, 50, 100, 100, 150, 180))  # mean 100 statements a source
        texts = []
        for _ in range(count):
            text = writer.statement()
            if number % 20_000 == 7:
                text += f" {MARKER}."
            texts.append(text)
            number += 1
        title = " ".join(writer.pick(rng.randint(3, 7))).capitalize() + f" {source}"
        authors = [" ".join(writer.pick(2)).title() for _ in range(rng.randint(0, 2))]
        docs.append(ImportedDocument(
            title=title, outlet=rng.choice(OUTLETS[lang]), authors=authors,
            date=f"{rng.randint(2014, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", url=None,
            languages=[lang], rights=None, original_name=f"source{source}.txt",
            content_hash=hashlib.sha256(f"bench-{GENERATOR}-{source}".encode()).hexdigest(),
            full_text="\n\n".join([title, *texts]),
            sections=[Section("heading", title, 1), *(Section("statement", t) for t in texts)],
        ))
    return docs


def _plan(size: int) -> list[tuple[int, int, int]]:
    """(first source, last source, first statement number) chunks until ``size`` statements are planned."""
    chunks, source, number = [], 0, 0
    while number < size:
        first = source
        while number < size and source - first < 50:
            number += random.Random(source).choice((20, 50, 100, 100, 150, 180))
            source += 1
        chunks.append((first, source, number))
    starts = [0, *(c[2] for c in chunks[:-1])]
    return [(a, b, s) for (a, b, _), s in zip(chunks, starts, strict=True)]


def build(path: Path, size: int, optimize: bool = True) -> None:
    """The corpus, through ``Corpus.import_documents``; text is generated on the other core meanwhile."""
    from organiser.corpus.store import Corpus

    vocab = vocabulary()
    print(f"vocabulary: {', '.join(f'{lang} {len(vocab[lang]):,}' for lang in LANGS)} words "
          f"({MADE_UP_WORDS:,} made up each)", flush=True)
    partial = path.with_name(path.name + ".partial")
    for extra in ("", "-wal", "-shm"):
        Path(str(partial) + extra).unlink(missing_ok=True)
    corpus = Corpus(partial)
    started = time.perf_counter()
    cpu = time.process_time()
    stored = 0
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        plan = iter(_plan(size))
        ahead: deque[AsyncResult[list[object]]] = deque()

        def more() -> None:  # a few chunks ahead of the store, not the whole corpus in memory
            for first, last, start in itertools.islice(plan, 4 - len(ahead)):
                ahead.append(pool.apply_async(_documents, ((first, last, start, vocab),)))

        def documents():  # type: ignore[no-untyped-def]
            nonlocal stored
            report_at = 100_000
            more()
            while ahead:
                docs = ahead.popleft().get()
                more()
                for doc in docs:
                    yield doc.original_name, doc
                    stored += len(doc.sections) - 1
                if stored >= report_at:
                    seconds = time.perf_counter() - started
                    print(f"    {stored:,} statements in {seconds:.0f} s ({stored / seconds:,.0f}/s)", flush=True)
                    report_at += 100_000

        corpus.import_documents(documents())
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if optimize:
        corpus.optimize()
    optimised = time.perf_counter() - started - seconds
    corpus.close()
    partial.rename(path)
    print(f"{'build: ' + f'{stored:,} statements through Corpus.import_documents':<60} {seconds:9.1f} s "
          f"(main process CPU {cpu:.0f} s; then index optimize {optimised:.1f} s)", flush=True)


# ---- measurements --------------------------------------------------------------------------------------------------

def line(name: str, value: float, unit: str, target: float | None = None, note: str = "") -> None:
    verdict = "" if target is None else (f"(target ≤ {target:g} {unit}) " + ("ok" if value <= target else "OVER"))
    print(f"{name:<60} {value:9.3f} {unit:<3} {verdict} {note}".rstrip(), flush=True)


def sizes(path: Path) -> None:
    """Database, statement text, and the search index (full-text tables + the indexed columns they are built from)."""
    conn = sqlite3.connect(path)
    per_table = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    text = conn.execute("SELECT sum(length(CAST(text AS BLOB))) FROM statements").fetchone()[0]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(statements)")]
    indexed = [c for c in ("search_text", "search_forms", "search_source") if c in columns]
    summed = " + ".join(f"coalesce(sum(length(CAST({c} AS BLOB))), 0)" for c in indexed) or "0"
    column_bytes = conn.execute(f"SELECT {summed} FROM statements").fetchone()[0]
    if any(r[1] == "search_form" for r in conn.execute("PRAGMA table_info(sources)")):
        column_bytes += conn.execute("SELECT coalesce(sum(length(CAST(search_form AS BLOB))), 0) FROM sources"
                                     ).fetchone()[0]
        indexed.append("sources.search_form")
    fts = {name: size for name, size in per_table.items() if name.startswith("statements_fts")}
    count = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    conn.close()
    db = path.stat().st_size
    index = sum(fts.values()) + column_bytes
    mb = 1024 * 1024
    line("database file", db / mb, "MB", note=f"({count:,} statements)")
    line("statement text (UTF-8)", text / mb, "MB")
    parts = ", ".join(f"{k.removeprefix('statements_fts') or 'fts'} {v / mb:.0f}" for k, v in fts.items())
    line("search index: full-text tables", sum(fts.values()) / mb, "MB", note=f"({parts})")
    line("search index: indexed columns stored with statements", column_bytes / mb, "MB",
         note=f"({', '.join(indexed)})")
    line("search index ÷ text", index / text, "×", 2.5)


OPEN_SCRIPT = """
import sys, time
started = time.perf_counter()
from organiser.corpus.store import Corpus
corpus = Corpus(sys.argv[1])
hits = corpus.search(sys.argv[2], limit=20, prefix_last=False)
print(f"{time.perf_counter() - started:.4f} {len(hits)}")
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode written
    return env


def open_first_query(path: Path, query: str, runs: int = 5) -> None:
    subprocess.run([str(PYTHON), "-c", OPEN_SCRIPT, str(path), query], env=_env(), capture_output=True, check=True)
    inside, whole = [], []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([str(PYTHON), "-c", OPEN_SCRIPT, str(path), query], env=_env(), capture_output=True,
                             text=True, check=True).stdout.split()
        whole.append(time.perf_counter() - started)
        inside.append(float(out[0]))
    line(f"open + first query ({query!r}, {out[1]} hits), in the process", statistics.median(inside), "s", 0.3)
    line("    … the whole process (interpreter start included)", statistics.median(whole), "s")


def query_sets(path: Path, vocab: dict[str, list[str]]) -> dict[str, list[str]]:
    """Rare words (the vocabulary's tail), common words (its head), and Ukrainian lemmas that the text holds
    only in other forms (found by the word-form index only)."""
    from organiser.corpus.word_forms import ukrainian_lemmas

    rng = random.Random(11)
    rare = [MARKER] + [rng.choice(vocab[lang][-MADE_UP_WORDS // 2:]) for lang in LANGS for _ in range(10)]
    common = [w for lang in LANGS for w in vocab[lang][:12] if len(w) > 1]
    uk_words = set(vocab["uk"])
    forms = []
    for word in vocab["uk"][:600]:
        for lemma in ukrainian_lemmas(word, known_only=True):
            if lemma not in uk_words and lemma not in forms and len(lemma) > 3:
                forms.append(lemma)
    return {"rare": rare, "common": common, "uk-forms": forms[:30]}


def search_latency(path: Path, vocab: dict[str, list[str]]) -> None:
    from organiser.corpus.store import Corpus

    corpus = Corpus(path)
    sets = query_sets(path, vocab)
    targets = {"rare": 20.0, "common": 20.0, "uk-forms": 20.0}
    for label, queries in sets.items():
        for q in queries:  # once, so every query's pages are cached as they would be after a little use
            corpus.search(q, limit=20, prefix_last=False)
        times, hits = [], []
        for _ in range(3):
            for q in queries:
                started = time.perf_counter()
                found = corpus.search(q, limit=20, prefix_last=False)
                times.append((time.perf_counter() - started) * 1000)
                hits.append(len(found))
        p95 = statistics.quantiles(times, n=20)[-1]
        line(f"search top 20, {label} ({len(queries)} words, e.g. {queries[1]!r}), median", statistics.median(times),
             "ms", targets[label], note=f"p95 {p95:.1f} ms, max {max(times):.1f} ms, hits median "
                                        f"{statistics.median(hits):.0f}")
    for label, query, prefix in (("as-you-type prefix", vocab["en"][40][:3], True),
                                 ("phrase of two common words", f'"{vocab["en"][0]} {vocab["en"][1]}"', False),
                                 ("an outlet's name (through the source)", "Громадське", False)):
        times = []
        for _ in range(11):
            started = time.perf_counter()
            corpus.search(query, limit=50 if prefix else 20, prefix_last=prefix)
            times.append((time.perf_counter() - started) * 1000)
        line(f"search, {label} ({query!r}), median of 11", statistics.median(times), "ms")
    corpus.close()


def window_startup(path: Path, runs: int = 3) -> None:
    """``python -m organiser --db PATH`` offscreen; the app prints a marker once the window with its listed
    statements has drawn its first frame (ORGANISER_BENCH_STARTUP), with its peak resident memory."""
    home = Path(tempfile.mkdtemp())
    env = {**_env(), "ORGANISER_BENCH_STARTUP": "1", "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    results = []
    for run in range(runs + 1):
        started = time.perf_counter()
        proc = subprocess.run([str(PYTHON), "-m", "organiser", "--db", str(path)], env=env, capture_output=True,
                              text=True, timeout=120)
        wall = time.perf_counter() - started
        marks = [ln for ln in proc.stdout.splitlines() if ln.startswith("ORGANISER_MAPPED")]
        if not marks:
            raise SystemExit(f"the window did not report its first frame: {proc.stderr[-2000:]}")
        fields = dict(part.split("=", 1) for part in marks[0].split()[1:])
        if run:  # the first run writes bytecode and warms the page cache
            results.append((float(fields["seconds"]), wall, int(fields["vmhwm_kb"]) / 1024, fields))
    results.sort(key=lambda r: r[0])
    seconds, wall, _, fields = results[len(results) // 2]
    line(f"window shown with statements listed (median of {runs})", seconds, "s", 0.8,
         note=f"rows {fields['rows']}; phases ms {fields['phases']}")
    line("    … the whole process, until it exited", wall, "s")
    line("peak resident memory at that point (VmHWM)", max(r[2] for r in results), "MB", 400)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", type=int, nargs="?", default=100_000, help="statements (default 100000)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "organiser-bench")
    parser.add_argument("--rebuild", action="store_true", help="build again even if a cached corpus exists")
    parser.add_argument("--no-window", action="store_true", help="skip the window start-up")
    parser.add_argument("--no-optimize", action="store_true",
                        help="leave the full-text index as the import left it (not merged into one segment)")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    path = args.cache / f"corpus-{args.size}-g{GENERATOR}{'-unmerged' if args.no_optimize else ''}.db"
    if args.rebuild or not path.exists():
        build(path, args.size, optimize=not args.no_optimize)
    else:
        print(f"(cached corpus: {path})", flush=True)
    from organiser.corpus.store import Corpus

    started = time.perf_counter()
    Corpus(path).close()  # a corpus of an older schema is upgraded here, once
    if (seconds := time.perf_counter() - started) > 1:
        line("upgrade of the cached corpus to the current schema", seconds, "s")
    sizes(path)
    open_first_query(path, "війна")
    search_latency(path, vocabulary())
    if not args.no_window:
        window_startup(path)


if __name__ == "__main__":
    main()
