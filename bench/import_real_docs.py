"""Import of the 50 real documents: wall time of the whole import (target < 10 s), and the PDF engine comparison
that chose PDFium's text page (share of known sentences found verbatim in each engine's raw text, and time).

Run: .venv/bin/python bench/import_real_docs.py [--docs ../shared/real-docs] [--no-ocr]
Prints one line per figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from organiser.corpus.store import Corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = json.loads((ROOT / "tests" / "corpus" / "data" / "real_docs.json").read_text(encoding="utf-8"))


def import_all(docs: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp, Corpus(Path(tmp) / "corpus.db") as corpus:
        start = time.perf_counter()
        outcomes = corpus.import_paths([docs])
        seconds = time.perf_counter() - start
    count = {status: sum(o.status == status for o in outcomes) for status in ("imported", "duplicate", "rejected")}
    statements = sum(o.statements for o in outcomes)
    # The same text in several encodings has one content hash: later copies are duplicates.
    print(f"import of {len(outcomes)} files: {seconds:.2f} s ({count['imported']} imported, {count['duplicate']} "
          f"duplicates of an earlier file, {count['rejected']} rejected; {statements} statements; target < 10 s)")


def _pdfium(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def _pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def _organiser(path: Path) -> str:
    from organiser.corpus.importers import read_document

    return "\n".join(section.text for section in read_document(path).sections)


def compare_engines(docs: Path) -> None:
    """Raw text of each engine (no layout repair) against the known sentences of the text PDFs."""
    engines: dict[str, Callable[[Path], str]] = {
        "pypdf": _pypdf, "pdfminer.six": _pdfminer, "pypdfium2 text page": _pdfium,
        "organiser (pypdfium2 glyphs + layout)": _organiser,
    }
    pdfs = [name for name, entry in SENTENCES["files"].items()
            if name.endswith(".pdf") and entry["expect"] == "ok" and ("sentences" in entry or "must_contain" in entry)]
    for label, engine in engines.items():
        found = total = 0
        start = time.perf_counter()
        try:
            for name in pdfs:
                entry = SENTENCES["files"][name]
                expected = SENTENCES["texts"][entry["sentences"]] if "sentences" in entry else entry["must_contain"]
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    text = " ".join(engine(docs / name).split())
                found += sum(1 for sentence in expected if sentence in text)
                total += len(expected)
        except ImportError:
            print(f"{label}: not installed")
            continue
        seconds = time.perf_counter() - start
        print(f"{label}: {found}/{total} known sentences verbatim ({found / total:.0%}) in {seconds:.2f} s "
              f"over {len(pdfs)} PDFs")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=Path, default=ROOT.parent / "shared" / "real-docs")
    parser.add_argument("--no-ocr", action="store_true", help="time the import as on a machine without Tesseract")
    args = parser.parse_args()
    if not args.docs.is_dir():
        sys.exit(f"no documents at {args.docs}")
    if args.no_ocr:
        os.environ["PATH"] = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep)
                                             if not Path(p, "tesseract").exists())
    import_all(args.docs)
    compare_engines(args.docs)


if __name__ == "__main__":
    main()
