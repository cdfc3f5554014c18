"""Images of flyers: where an image reference may point, and which bytes are decoded (raster only, bounded).

A flyer names an image either as ``corpus:<sha256>`` (added in the app, stored in the corpus, carried by bundles) or as
a path relative to the flyer file's own folder. Absolute paths, ``..`` and symlinks that lead out of that folder are
refused, so a flyer handed over by someone else cannot pull a private file into a PDF (the rule Typst applies to its
project root). Pillow is told which formats it may try, so EPS/PS/PDF never reach Ghostscript.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import stat
import warnings
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from organiser.errors import OrganiserError, RenderError
from organiser.flyers.model import Flyer, ImageBlock
from organiser.records import record

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

CORPUS_PREFIX = "corpus:"
# Decoded by Pillow's own code; Ghostscript-backed (EPS, PS, PDF) and rarer plugins are never tried.
ALLOWED_FORMATS = ("PNG", "JPEG", "GIF", "WEBP", "TIFF")
FORMAT_NAMES = "PNG, JPEG, GIF, WebP or TIFF"
MAX_IMAGE_BYTES = 40 * 1024 * 1024
# 40 megapixels: an A2 poster photo at 250 ppi; about 160 MB once decoded.
MAX_PIXELS = 40_000_000
_SUFFIX = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp", "TIFF": "tif"}


class ImageRefused(OrganiserError):
    """An image cannot be used: the reason is one plain line that names the image."""


@record
class RasterImage:
    """Bytes that decoded as an allowed raster format within the bounds; PNG or JPEG, ready to embed."""

    data: bytes
    format: str
    width: int
    height: int
    hash: str


def read_regular_file(path: Path, limit: int, label: str) -> bytes:
    """A regular file's bytes, at most ``limit``: FIFOs, devices and sockets are refused without blocking."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ImageRefused(f"{label}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImageRefused(f"{label}: not a regular file")
        if info.st_size > limit:
            raise ImageRefused(f"{label}: {info.st_size / 1e6:.0f} MB is more than the {limit // 1_000_000} MB allowed")
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ImageRefused(f"{label}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ImageRefused(f"{label}: more than the {limit // 1_000_000} MB allowed")
    return data


def check_raster(data: bytes, label: str) -> RasterImage:
    """Decode ``data`` as an allowed raster image; other formats become PNG. Raises ImageRefused."""
    return _checked(data, label)


@lru_cache(maxsize=8)
def _checked(data: bytes, label: str) -> RasterImage:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS) as im:
                width, height, fmt = im.size[0], im.size[1], str(im.format)
                if width * height > MAX_PIXELS:
                    raise ImageRefused(f"{label}: {width} × {height} pixels is more than the "
                                       f"{MAX_PIXELS // 1_000_000} megapixels allowed")
                im.load()
                if fmt not in ("PNG", "JPEG"):
                    # Only formats ReportLab embeds directly leave here; the first frame of a GIF/WebP/TIFF.
                    buf = io.BytesIO()
                    im.convert("RGBA" if "A" in im.getbands() or "transparency" in im.info else "RGB").save(
                        buf, "PNG")
                    data, fmt = buf.getvalue(), "PNG"
    except ImageRefused:
        raise
    except UnidentifiedImageError:
        raise ImageRefused(f"{label}: not a {FORMAT_NAMES} image") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused(f"{label}: too many pixels (a decompression bomb?)") from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
        raise ImageRefused(f"{label}: the image is damaged ({exc.__class__.__name__})") from None
    return RasterImage(data, fmt, width, height, hashlib.sha256(data).hexdigest())


def shown(ref: str) -> str:
    """An image reference as quoted in messages, short and on one line."""
    text = ref if len(ref) <= 80 else ref[:77] + "…"
    return repr(text)


def resolve_in_folder(ref: str, folder: Path) -> Path:
    """``ref`` as a file inside ``folder``; refuses absolute paths, ``..`` and symlinks that lead out."""
    label = f"Image {shown(ref)}"
    if not ref.strip():
        raise ImageRefused(f"{label}: no image file chosen")
    if "\x00" in ref:
        raise ImageRefused(f"{label}: not a file name")
    posix, windows = PurePosixPath(ref), PureWindowsPath(ref)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or ref.startswith(("~", "\\")):
        raise ImageRefused(f"{label}: absolute paths are not allowed; put the image beside the flyer file "
                           f"and name it relative to that folder")
    if ".." in posix.parts or ".." in windows.parts:
        raise ImageRefused(f"{label}: '..' is not allowed; the image must be inside the flyer's folder")
    root = folder.resolve()
    target = (root / posix).resolve()
    if not target.is_relative_to(root):
        raise ImageRefused(f"{label}: it is a link that leads outside the flyer's folder")
    return target


class ImageSource:
    """Where a render finds the images of one flyer: its file's folder, its corpus, or neither.

    Safe to use from a worker thread: each corpus lookup opens its own read-only connection.
    """

    def __init__(self, folder: Path | None = None, corpus_path: Path | None = None) -> None:
        self.folder = folder
        self.corpus_path = corpus_path

    def read(self, ref: str) -> RasterImage:
        label = f"Image {shown(ref)}"
        if ref.startswith(CORPUS_PREFIX):
            digest = ref[len(CORPUS_PREFIX):]
            data = None if self.corpus_path is None else stored_image(self.corpus_path, digest)
            if data is None:
                raise ImageRefused(f"{label}: not in this corpus (add the image again)")
            return check_raster(data, label)
        if self.folder is None:
            raise ImageRefused(f"{label}: a stored flyer can only use images added in the app; "
                               f"choose the image again to add it")
        path = resolve_in_folder(ref, self.folder)
        return check_raster(read_regular_file(path, MAX_IMAGE_BYTES, label), label)


NO_IMAGES = ImageSource()


def stored_image(corpus_path: Path, digest: str) -> bytes | None:
    """The bytes of a corpus image, read through a read-only connection (any thread)."""
    try:
        conn = sqlite3.connect(f"{corpus_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT data FROM images WHERE hash = ?", [digest]).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return bytes(row[0]) if row else None


def add_image(corpus: Corpus, data: bytes, name: str) -> str:
    """Check and store image bytes in the corpus; returns the reference a flyer uses (``corpus:<sha256>``)."""
    return store_image(corpus, check_raster(data, f"Image {shown(name)}"), name)


def store_image(corpus: Corpus, image: RasterImage, name: str) -> str:
    row = {"hash": image.hash, "name": Path(name).name[:200], "format": image.format, "width": image.width,
           "height": image.height, "data": image.data, "added_at": datetime.now(UTC).isoformat(timespec="seconds")}
    with corpus.write():
        corpus.db.table("images").insert(row, ignore=True)
    return CORPUS_PREFIX + image.hash


def add_image_file(corpus: Corpus, path: Path) -> str:
    """An image file the user chose, copied into the corpus (so the flyer keeps it when shared)."""
    return add_image(corpus, read_regular_file(path, MAX_IMAGE_BYTES, f"Image {shown(str(path))}"), path.name)


def image_suffix(fmt: str) -> str:
    return _SUFFIX.get(fmt, "bin")


def adopt_images(corpus: Corpus, flyer: Flyer, source: ImageSource) -> Flyer:
    """Copy the images a flyer file names (from its own folder) into the corpus; the flyer then names them there.

    A refused image refuses the whole flyer (nothing stored), with the image's reason.
    """
    from dataclasses import replace

    from organiser.flyers.ops import iter_blocks, replace_block

    for block in list(iter_blocks(flyer.blocks)):
        if isinstance(block, ImageBlock) and block.path.strip() and not block.path.startswith(CORPUS_PREFIX):
            ref = store_image(corpus, source.read(block.path), block.path)
            flyer = replace_block(flyer, replace(block, path=ref))
    return flyer


def read_flyer_images(flyer: Flyer, source: ImageSource) -> dict[str, RasterImage]:
    """Every image of the flyer, read and checked once before layout: a refused image leaves no PDF."""
    from organiser.flyers.ops import iter_blocks

    out: dict[str, RasterImage] = {}
    for block in iter_blocks(flyer.blocks):
        if isinstance(block, ImageBlock) and block.path not in out:
            try:
                out[block.path] = source.read(block.path)
            except ImageRefused as exc:
                raise RenderError(f"{exc} (block {block.id})") from None
    return out
