"""The bundle file: a zip holding manifest.json, corpus.json and images/, read as untrusted input.

Reading never extracts to disk and never executes anything. Only three kinds of names are accepted (the manifest, the
corpus document, ``images/<sha256>.<ext>``), so no path can leave the bundle. Sizes are bounded before and while
reading: the file, the entry count, each entry, the total, and the compression ratio (a zip bomb stops at the bound,
not at the end of memory). Every file must match the hash the manifest gives for it.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from organiser.errors import OrganiserError

FORMAT_NAME = "organiser-bundle"
FORMAT_VERSION = 1
SUFFIX = ".organiser"
MANIFEST, CORPUS = "manifest.json", "corpus.json"

MAX_BUNDLE_BYTES = 1024 * 1024 * 1024  # the file on disk
MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024  # all entries uncompressed
MAX_CORPUS_BYTES = 512 * 1024 * 1024  # corpus.json uncompressed
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_IMAGE_ENTRY_BYTES = 40 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_JSON_DEPTH = 48
_CHUNK = 1024 * 1024
_IMAGE_NAME = re.compile(r"^images/([0-9a-f]{64})\.(png|jpg|gif|webp|tif)$")


class BundleRejected(OrganiserError):
    """A bundle that cannot be imported; nothing of it was stored."""


@dataclass(frozen=True)
class BundleContents:
    manifest: dict[str, Any]
    corpus: dict[str, Any]
    images: dict[str, bytes]  # sha256 -> bytes (hash checked)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _parse_json(data: bytes, what: str) -> Any:
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise BundleRejected(f"{what} is not UTF-8 text") from None
    except RecursionError:
        raise BundleRejected(f"{what} is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError is a ValueError; NaN/Infinity too
        raise BundleRejected(f"{what} is not valid JSON ({str(exc).splitlines()[0][:120]})") from None
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise BundleRejected(f"{what} is nested more than {MAX_JSON_DEPTH} levels deep")
        if isinstance(item, float) and not math.isfinite(item):
            raise BundleRejected(f"{what} holds a number that is not finite")
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return value


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, budget: list[int]) -> bytes:
    """An entry's bytes, counted as they come (the header's sizes are not trusted)."""
    if info.file_size > limit:
        raise BundleRejected(f"{info.filename}: {info.file_size:,} bytes is more than the {limit:,} allowed")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleRejected(f"{info.filename}: compressed more than {MAX_RATIO}:1 (a zip bomb?)")
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                out += chunk
                budget[0] -= len(chunk)
                if len(out) > min(limit, info.file_size) or budget[0] < 0:
                    raise BundleRejected(f"{info.filename}: larger than its header says or than the bundle allows")
                if len(out) > RATIO_FLOOR and len(out) > MAX_RATIO * max(info.compress_size, 1):
                    raise BundleRejected(f"{info.filename}: compressed more than {MAX_RATIO}:1 (a zip bomb?)")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, RuntimeError,
            ValueError) as exc:
        raise BundleRejected(f"{info.filename}: damaged ({str(exc)[:120]})") from None
    return bytes(out)


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise BundleRejected(f"{len(infos):,} files is more than the {MAX_ENTRIES:,} a bundle may hold")
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if name in seen:
            raise BundleRejected(f"{name!r} appears twice")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise BundleRejected(f"{name!r} is encrypted")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleRejected(f"{name!r} is a link; a bundle holds only files")
        if name not in (MANIFEST, CORPUS) and not _IMAGE_NAME.match(name):
            raise BundleRejected(f"unexpected file {name[:80]!r} (a bundle holds manifest.json, corpus.json "
                                 f"and images/<sha256>.<ext> only)")
    for required in (MANIFEST, CORPUS):
        if required not in seen:
            raise BundleRejected(f"{required} is missing")


def _check_manifest(manifest: Any, names: set[str]) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleRejected(f"not an Organiser bundle (the manifest's format is not {FORMAT_NAME!r})")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleRejected("the manifest has no valid version")
    if version > FORMAT_VERSION:
        raise BundleRejected(f"bundle format version {version} is newer than this Organiser reads (up to "
                             f"{FORMAT_VERSION}); update Organiser to open it")
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise BundleRejected("the manifest lists no files")
    for key in ("bundle_uid", "created_at", "shared_by"):
        if not isinstance(manifest.get(key), str) or len(manifest[key]) > 500:
            raise BundleRejected(f"the manifest's {key!r} is missing or not text")
    listed = set(files)
    if listed != names - {MANIFEST}:
        odd = sorted(listed ^ (names - {MANIFEST}))[0]
        raise BundleRejected(f"the manifest and the bundle's files disagree ({odd[:80]!r})")
    for name, entry in files.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            raise BundleRejected(f"the manifest gives no hash for {name[:80]!r}")
    return manifest


def read_bundle(path: Path) -> BundleContents:
    """Open, bound and verify a bundle; raises BundleRejected with one plain line."""
    label = path.name
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise BundleRejected(f"{label}: not a regular file")
        if info.st_size > MAX_BUNDLE_BYTES:
            raise BundleRejected(f"{label}: larger than the {MAX_BUNDLE_BYTES // 2**20:,} MB a bundle may be")
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            try:
                _check_names(infos)
            except BundleRejected as exc:
                raise BundleRejected(f"{label}: {exc}") from None
            by_name = {i.filename: i for i in infos}
            budget = [MAX_TOTAL_BYTES]
            try:
                manifest = _check_manifest(
                    _parse_json(_read_entry(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES, budget), MANIFEST),
                    set(by_name))
                blobs: dict[str, bytes] = {}
                for name, entry in by_name.items():
                    if name == MANIFEST:
                        continue
                    limit = MAX_CORPUS_BYTES if name == CORPUS else MAX_IMAGE_ENTRY_BYTES
                    data = _read_entry(zf, entry, limit, budget)
                    if _sha256(data) != manifest["files"][name]["sha256"]:
                        raise BundleRejected(f"{name}: does not match the hash in the manifest (damaged or altered)")
                    blobs[name] = data
                corpus = _parse_json(blobs.pop(CORPUS), CORPUS)
            except BundleRejected as exc:
                raise BundleRejected(f"{label}: {exc}") from None
    except BundleRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise BundleRejected(f"{label}: not an Organiser bundle (not a readable zip file)") from None
    except OSError as exc:
        raise BundleRejected(f"{label}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    if not isinstance(corpus, dict):
        raise BundleRejected(f"{label}: corpus.json is not an object")
    images: dict[str, bytes] = {}
    for name, data in blobs.items():
        match = _IMAGE_NAME.match(name)
        assert match is not None  # checked by _check_names
        if _sha256(data) != match.group(1):
            raise BundleRejected(f"{label}: {name}: its name is not the hash of its content")
        images[match.group(1)] = data
    return BundleContents(manifest, corpus, images)


def bundle_bytes(manifest: dict[str, Any], corpus: dict[str, Any], images: dict[str, tuple[str, bytes]]) -> bytes:
    """The zip file of a bundle; ``images`` maps sha256 to (suffix, bytes). The manifest's file list is filled in."""
    import io

    # Compact separators keep json on its C encoder (an indented dump of 100k statements takes seconds).
    files: dict[str, bytes] = {
        CORPUS: json.dumps(corpus, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()}
    for digest, (suffix, data) in sorted(images.items()):
        files[f"images/{digest}.{suffix}"] = data
    manifest = {**manifest, "format": FORMAT_NAME, "version": FORMAT_VERSION,
                "files": {name: {"sha256": _sha256(data), "size": len(data)} for name, data in files.items()}}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in files.items():
            # Images are already compressed: stored as they are.
            kind = zipfile.ZIP_STORED if name.startswith("images/") else zipfile.ZIP_DEFLATED
            zf.writestr(name, data, compress_type=kind)
    return buf.getvalue()
