"""Two organisers' corpora built from small texts, and helpers to read what a corpus holds."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from organiser.corpus.store import Corpus
from organiser.flyers.images import add_image
from organiser.flyers.model import Citation, Flyer, Headline, ImageBlock, StatementBlock
from organiser.flyers.storage import save_flyer

TEXT_A = ("Solidarity across borders\n\n"
          "We stand with everyone living under occupation, in Ukraine and in Palestine.\n\n"
          "No state may take land by force; international law applies to all.\n")
TEXT_B = ("Letter from the coalition\n\nOur groups meet every month to plan leafleting in the town centre.\n\n"
          "Everyone is welcome to join the next meeting at the library.\n")


def _png() -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 30, 40)).save(buf, "PNG")
    return buf.getvalue()


def make_corpus(path: Path, name: str, text: str) -> Corpus:
    corpus = Corpus(path)
    source = path.parent / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    corpus.import_paths([source])
    return corpus


@pytest.fixture
def corpus_a(tmp_path: Path) -> Iterator[Corpus]:
    (tmp_path / "a").mkdir()
    corpus = make_corpus(tmp_path / "a" / "corpus.db", "a", TEXT_A)
    statement = corpus.statements()[0]
    corpus.tag(statement.id, ["ukraine"])
    corpus.add_statement("A statement the organiser wrote by hand, with no source.", tags=["own"])
    cit = Citation(statement_id=statement.id, source_id=statement.source.id, source_title=statement.source.title)
    image = add_image(corpus, _png(), "logo.png")
    save_flyer(corpus, Flyer("Leaflet A", (Headline("h", "Hands off"), StatementBlock("s", statement.id,
                                                                                        statement.text, cit),
                                           ImageBlock("i", image))))
    yield corpus
    corpus.close()


@pytest.fixture
def corpus_b(tmp_path: Path) -> Iterator[Corpus]:
    (tmp_path / "b").mkdir()
    corpus = make_corpus(tmp_path / "b" / "corpus.db", "b", TEXT_B)
    corpus.tag(corpus.statements()[0].id, ["meeting"])
    yield corpus
    corpus.close()


def snapshot(corpus: Corpus) -> dict[str, Any]:
    """What a user would compare: sources, statements with tags, flyers (with their quotes), images."""
    db = corpus.db
    statements = sorted(
        (r["uid"], r["text"], r["src"], tuple(sorted(corpus.statement(r["id"]).tags)))
        for r in db.query("SELECT s.id, s.uid, s.text, src.content_hash AS src FROM statements s "
                          "LEFT JOIN sources src ON src.id = s.source_id"))
    flyers = []
    for row in db.query("SELECT uid, title, data FROM flyers"):
        doc = json.loads(row["data"])["flyer"]
        quoted = []
        for block in doc["blocks"]:
            if block["kind"] == "statement":
                uid = db.execute("SELECT uid FROM statements WHERE id = ?", [block["statement_id"]]).fetchone()
                quoted.append((uid[0] if uid else None, block["text"]))
        kinds = [b["kind"] for b in doc["blocks"]]
        flyers.append((row["uid"], row["title"], tuple(kinds), tuple(quoted)))
    return {
        "sources": sorted((r["uid"], r["content_hash"]) for r in db.query("SELECT uid, content_hash FROM sources")),
        "statements": statements,
        "flyers": sorted(flyers),
        "images": sorted(r[0] for r in db.execute("SELECT hash FROM images")),
    }


def dump(corpus: Corpus) -> list[str]:
    return list(corpus.db.conn.iterdump())


def rebuild(src: Path, dst: Path, change: Callable[[dict[str, bytes]], None], fix_manifest: bool = True) -> Path:
    """A copy of a bundle with its files changed (and, by default, the manifest's hashes updated to match)."""
    with zipfile.ZipFile(src) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    change(files)
    if fix_manifest and "manifest.json" in files:
        manifest = json.loads(files["manifest.json"])
        manifest["files"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                             for n, d in files.items() if n != "manifest.json"}
        files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return dst
