"""Sharing and hostile-input figures: the global-id migration, bundle export/import, and how fast bounds refuse.

Run: .venv/bin/python bench/sharing.py [--statements 100000]
Prints one line per figure.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlite_utils import Database  # noqa: E402

from organiser.corpus import normalise  # noqa: E402
from organiser.corpus.migrations import corpus_migrations  # noqa: E402
from organiser.corpus.store import Corpus  # noqa: E402
from organiser.errors import OrganiserError  # noqa: E402
from organiser.flyers.file_format import load  # noqa: E402
from organiser.flyers.images import check_raster  # noqa: E402
from organiser.sharing.export import export_bundle  # noqa: E402
from organiser.sharing.merge import import_bundle  # noqa: E402


def _timed(label: str, fn: object) -> float:
    started = time.perf_counter()
    try:
        fn()  # type: ignore[operator]
        outcome = "done"
    except OrganiserError as err:
        outcome = f"refused: {str(err)[:90]}"
    took = time.perf_counter() - started
    print(f"{label}: {took * 1000:.0f} ms ({outcome})")
    return took


def old_corpus(path: Path, statements: int) -> None:
    """A corpus as it was before global ids (migrations up to m005), with ``statements`` rows."""
    db = Database(path)
    db.enable_wal()
    corpus_migrations.apply(db, stop_before="m006_global_ids")
    sources = max(1, statements // 100)
    db["sources"].insert_all({"id": i, "title": f"Source {i}", "content_hash": f"h{i}", "full_text": "x"}
                             for i in range(1, sources + 1))
    text = "The people of the city march for peace, freedom and the rights of workers number {}."
    db["statements"].insert_all(
        ({"id": i, "source_id": 1 + i % sources, "position": i, "text": text.format(i),
          "original_text": text.format(i), "lang": "en", "edited": 0,
          "search_text": normalise.index_form(text.format(i))} for i in range(1, statements + 1)),
        batch_size=5000)
    db.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statements", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        old_corpus(folder / "a.db", args.statements)
        _timed(f"migration m006/m007 on {args.statements:,} statements", lambda: Corpus(folder / "a.db").close())
        a = Corpus(folder / "a.db")
        bundle = folder / "all.organiser"
        _timed("bundle export, everything", lambda: export_bundle(a, bundle, shared_by="bench"))
        print(f"bundle size: {bundle.stat().st_size / 1e6:.1f} MB")
        _timed("bundle export again (versions already recorded)", lambda: export_bundle(a, bundle))
        b = Corpus(folder / "b.db")
        _timed("bundle import into an empty corpus", lambda: print("  ", import_bundle(b, bundle).line()))
        _timed("bundle import again (everything skipped)", lambda: print("  ", import_bundle(b, bundle).line()))
        a.close()

        bomb = folder / "bomb.organiser"
        manifest = {"format": "organiser-bundle", "version": 1, "bundle_uid": "x", "created_at": "x",
                    "shared_by": "x", "files": {"corpus.json": {"sha256": "0" * 64}}}
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest))
            with zf.open("corpus.json", "w", force_zip64=True) as fh:
                block = b" " * 1_000_000
                for _ in range(1000):
                    fh.write(block)
        print(f"zip bomb: {bomb.stat().st_size / 1e6:.1f} MB expanding to 1,000 MB")
        _timed("zip bomb import", lambda: import_bundle(b, bomb))
        b.close()

        big = folder / "big.json"
        with open(big, "wb") as fh:
            fh.truncate(200 * 1024 * 1024)
        _timed("200 MB flyer file", lambda: load(big))

        from tests.flyers.test_images import png_bomb

        data = png_bomb(60_000, 60_000)
        print(f"PNG bomb: {len(data) / 1e3:.0f} KB declaring 60,000 x 60,000 pixels")
        _timed("PNG bomb", lambda: check_raster(data, "bomb.png"))
        buf = io.BytesIO()
        from PIL import Image

        Image.new("RGB", (6000, 4000), "red").save(buf, "JPEG")
        _timed("24-megapixel JPEG check", lambda: check_raster(buf.getvalue(), "photo.jpg"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the whole run: {peak:.0f} MB (pid {os.getpid()})")


if __name__ == "__main__":
    main()
