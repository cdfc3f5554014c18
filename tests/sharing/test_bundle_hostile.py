"""A bundle is untrusted: every hostile one is refused with one plain line and leaves the corpus exactly as it was."""

from __future__ import annotations

import io
import json
import stat
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image as PILImage

from organiser.corpus.store import Corpus
from organiser.sharing.archive import MAX_ENTRIES, BundleRejected
from organiser.sharing.export import export_bundle
from organiser.sharing.merge import import_bundle
from tests.sharing.conftest import dump, rebuild


@pytest.fixture
def good(corpus_a: Corpus, tmp_path: Path) -> Path:
    path = tmp_path / "good.organiser"
    export_bundle(corpus_a, path, shared_by="A")
    return path


def _corpus_doc(files: dict[str, bytes]) -> dict:  # type: ignore[type-arg]
    return json.loads(files["corpus.json"])  # type: ignore[no-any-return]


def _set_doc(files: dict[str, bytes], doc: object) -> None:
    files["corpus.json"] = json.dumps(doc).encode()


def _edit_doc(edit: Callable[[dict], None]) -> Callable[[dict[str, bytes]], None]:  # type: ignore[type-arg]
    def change(files: dict[str, bytes]) -> None:
        doc = _corpus_doc(files)
        edit(doc)
        _set_doc(files, doc)
    return change


def _gif() -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (4, 4), "red").save(buf, "GIF")
    return buf.getvalue()


HOSTILE: dict[str, tuple[Callable[[dict[str, bytes]], None], str]] = {
    "path traversal": (lambda f: f.__setitem__("../../evil.txt", b"x"), "unexpected file '../../evil.txt'"),
    "absolute path": (lambda f: f.__setitem__("/etc/cron.d/x", b"x"), "unexpected file"),
    "script": (lambda f: f.__setitem__("run.py", b"import os"), "unexpected file 'run.py'"),
    "image with a wrong name": (lambda f: f.__setitem__("images/" + "0" * 64 + ".png", b"\x89PNG"),
                                "its name is not the hash"),
    "NaN": (lambda f: f.__setitem__("corpus.json", f["corpus.json"].replace(b'"position":0', b'"position":NaN', 1)),
            "not valid JSON"),
    "deep nesting": (lambda f: f.__setitem__("corpus.json", b"[" * 50_000 + b"]" * 50_000), "nested"),
    "not an object": (lambda f: f.__setitem__("corpus.json", b"[]"), "not an object"),
    "statement without text": (_edit_doc(lambda d: d["statements"][0].__setitem__("text", "  ")), "text is empty"),
    "bad uid": (_edit_doc(lambda d: d["statements"][0].__setitem__("uid", "'; DROP TABLE x")), "not a UUID"),
    "orphan statement": (_edit_doc(lambda d: d.__setitem__("sources", [])), "names a source the bundle does not hold"),
    "invalid flyer": (_edit_doc(lambda d: d["flyers"][0]["document"]["flyer"].__setitem__("page", {"paper": "B9"})),
                      "flyers[0]"),
    "flyer nested 200 deep": (_edit_doc(lambda d: d["flyers"][0]["document"]["flyer"].__setitem__(
        "blocks", [_columns(200)])), "nested"),
}


def _columns(depth: int) -> dict:  # type: ignore[type-arg]
    block: dict = {"kind": "text", "id": "x", "text": "a"}  # type: ignore[type-arg]
    for i in range(depth):
        block = {"kind": "columns", "id": f"c{i}", "left": [block], "right": []}
    return block


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_bundle_is_refused_and_changes_nothing(case: str, good: Path, corpus_b: Corpus,
                                                         tmp_path: Path) -> None:
    change, reason = HOSTILE[case]
    bad = rebuild(good, tmp_path / "bad.organiser", change)
    before = dump(corpus_b)
    with pytest.raises(BundleRejected) as info:
        import_bundle(corpus_b, bad)
    message = str(info.value)
    assert message.startswith("bad.organiser: ") and reason in message and "\n" not in message
    assert dump(corpus_b) == before


def test_an_altered_file_does_not_match_the_manifest(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    bad = rebuild(good, tmp_path / "bad.organiser",
                  _edit_doc(lambda d: d["statements"][0].__setitem__("text", "Changed on the way.")),
                  fix_manifest=False)
    before = dump(corpus_b)
    with pytest.raises(BundleRejected, match="does not match the hash in the manifest"):
        import_bundle(corpus_b, bad)
    assert dump(corpus_b) == before


def test_a_gif_image_is_refused(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    import hashlib

    gif = _gif()
    bad = rebuild(good, tmp_path / "bad.organiser",
                  lambda f: f.__setitem__(f"images/{hashlib.sha256(gif).hexdigest()}.gif", gif))
    with pytest.raises(BundleRejected, match="not a PNG or JPEG"):
        import_bundle(corpus_b, bad)


def test_a_zip_bomb_stops_at_the_bound(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    bad = rebuild(good, tmp_path / "bomb.organiser", lambda f: f.__setitem__("corpus.json", b" " * 60_000_000))
    assert bad.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(BundleRejected, match="zip bomb"):
        import_bundle(corpus_b, bad)
    assert time.perf_counter() - started < 1.0


def test_too_many_entries(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    def many(files: dict[str, bytes]) -> None:
        for i in range(MAX_ENTRIES + 1):
            files[f"images/{i:064x}.png"] = b""
    bad = rebuild(good, tmp_path / "many.organiser", many, fix_manifest=False)
    with pytest.raises(BundleRejected, match="more than the 10,000 a bundle may hold"):
        import_bundle(corpus_b, bad)


def test_a_symlink_entry_is_refused(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    bad = tmp_path / "link.organiser"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name)
            if name == "corpus.json":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            dst.writestr(info, src.read(name))
    with pytest.raises(BundleRejected, match="is a link"):
        import_bundle(corpus_b, bad)


@pytest.mark.parametrize("content, reason", [
    (b"", "not a readable zip file"),
    (b"PK\x03\x04" + b"\x00" * 100, "not a readable zip file"),
    (b"just text", "not a readable zip file"),
])
def test_files_that_are_not_bundles(content: bytes, reason: str, corpus_b: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "x.organiser"
    path.write_bytes(content)
    with pytest.raises(BundleRejected, match=reason):
        import_bundle(corpus_b, path)


def test_a_truncated_bundle(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    cut = tmp_path / "cut.organiser"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = dump(corpus_b)
    with pytest.raises(BundleRejected):
        import_bundle(corpus_b, cut)
    assert dump(corpus_b) == before


def test_a_newer_format_asks_for_an_update(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    def newer(files: dict[str, bytes]) -> None:
        manifest = json.loads(files["manifest.json"])
        manifest["version"] = 99
        files["manifest.json"] = json.dumps(manifest).encode()
    bad = rebuild(good, tmp_path / "new.organiser", newer, fix_manifest=False)
    with pytest.raises(BundleRejected, match="newer than this Organiser reads"):
        import_bundle(corpus_b, bad)


def test_a_fifo_is_not_read(corpus_b: Corpus, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.organiser"
    os.mkfifo(fifo)
    with pytest.raises(BundleRejected, match="not a regular file"):
        import_bundle(corpus_b, fifo)


def test_a_failure_half_way_rolls_everything_back(good: Path, corpus_b: Corpus, tmp_path: Path) -> None:
    """The last flyer is invalid: the sources and statements merged before it are not kept either."""
    def break_last_flyer(doc: dict) -> None:  # type: ignore[type-arg]
        doc["flyers"][-1]["document"]["flyer"]["theme"] = 5
    bad = rebuild(good, tmp_path / "late.organiser", _edit_doc(break_last_flyer))
    before = dump(corpus_b)
    with pytest.raises(BundleRejected, match="flyers"):
        import_bundle(corpus_b, bad)
    assert dump(corpus_b) == before
