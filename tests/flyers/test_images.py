"""Images of flyers: confined to the flyer's folder or the corpus, raster formats only, bounded, never blocking."""

from __future__ import annotations

import io
import os
import stat
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image as PILImage

from organiser.corpus.store import Corpus
from organiser.flyers.images import (
    CORPUS_PREFIX,
    MAX_PIXELS,
    ImageRefused,
    ImageSource,
    add_image,
    add_image_file,
    adopt_images,
    check_raster,
    stored_image,
)
from organiser.flyers.model import Flyer, ImageBlock, TwoColumns


def png_bytes(w: int = 40, h: int = 30, mode: str = "RGB") -> bytes:
    buf = io.BytesIO()
    PILImage.new(mode, (w, h), "red").save(buf, "PNG")
    return buf.getvalue()


def png_bomb(width: int, height: int) -> bytes:
    """A small PNG whose header declares a huge image (the data is one compressed run of zeros)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    data = zlib.compress(row * min(height, 2000), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "flyer"
    root.mkdir()
    (root / "pics").mkdir()
    (root / "pics" / "march.png").write_bytes(png_bytes())
    return root


def test_relative_paths_resolve_in_the_flyer_folder(folder: Path) -> None:
    image = ImageSource(folder=folder).read("pics/march.png")
    assert (image.width, image.height, image.format) == (40, 30, "PNG")


@pytest.mark.parametrize("ref, reason", [
    ("/etc/passwd", "absolute paths are not allowed"),
    ("C:\\Users\\me\\private.jpg", "absolute paths are not allowed"),
    ("~/private.jpg", "absolute paths are not allowed"),
    ("../secret.png", "'..' is not allowed"),
    ("pics/../../secret.png", "'..' is not allowed"),
    ("", "no image file chosen"),
])
def test_paths_that_leave_the_folder_are_refused(folder: Path, ref: str, reason: str) -> None:
    (folder.parent / "secret.png").write_bytes(png_bytes())
    with pytest.raises(ImageRefused, match=reason) as info:
        ImageSource(folder=folder).read(ref)
    assert "\n" not in str(info.value)


def test_a_symlink_out_of_the_folder_is_refused_one_inside_is_followed(folder: Path) -> None:
    private = folder.parent / "private.png"
    private.write_bytes(png_bytes())
    (folder / "logo.png").symlink_to(private)
    (folder / "same.png").symlink_to(folder / "pics" / "march.png")
    with pytest.raises(ImageRefused, match="link that leads outside"):
        ImageSource(folder=folder).read("logo.png")
    assert ImageSource(folder=folder).read("same.png").width == 40


def test_a_stored_flyer_reads_only_corpus_images(folder: Path, empty_corpus: Corpus) -> None:
    ref = add_image(empty_corpus, png_bytes(12, 10), "logo.png")
    assert ref.startswith(CORPUS_PREFIX)
    source = ImageSource(corpus_path=empty_corpus.path)
    assert source.read(ref).width == 12
    with pytest.raises(ImageRefused, match="only use images added in the app"):
        source.read(str(folder / "pics" / "march.png"))
    with pytest.raises(ImageRefused, match="not in this corpus"):
        source.read(CORPUS_PREFIX + "0" * 64)


def test_a_fifo_is_refused_without_hanging(folder: Path) -> None:
    os.mkfifo(folder / "pipe.png")
    started = time.perf_counter()
    with pytest.raises(ImageRefused, match="not a regular file"):
        ImageSource(folder=folder).read("pipe.png")
    assert time.perf_counter() - started < 1.0
    assert stat.S_ISFIFO((folder / "pipe.png").stat().st_mode)


def test_eps_never_reaches_ghostscript(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A fake gs on PATH leaves a mark if anything runs it.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    mark = tmp_path / "gs-ran"
    gs = bin_dir / "gs"
    gs.write_text(f"#!/bin/sh\ntouch {mark}\n")
    gs.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nnewpath 0 0 moveto 100 100 lineto stroke\n"
    for name in ("art.eps", "art.png"):  # the name does not matter: the content decides, and EPS is not allowed
        (folder / name).write_bytes(eps)
        with pytest.raises(ImageRefused, match="not a PNG, JPEG, GIF, WebP or TIFF image"):
            ImageSource(folder=folder).read(name)
    assert not mark.exists()


def test_a_decompression_bomb_is_one_plain_line() -> None:
    bomb = png_bomb(40_000, 40_000)
    assert len(bomb) < 200_000
    with pytest.raises(ImageRefused) as info:
        check_raster(bomb, "Image 'bomb.png'")
    assert "bomb.png" in str(info.value) and "pixels" in str(info.value)


def test_an_image_just_over_the_pixel_bound_is_refused() -> None:
    side = int(MAX_PIXELS ** 0.5) + 10
    with pytest.raises(ImageRefused, match="megapixels allowed"):
        check_raster(png_bomb(side, side), "Image 'big.png'")


def test_damaged_and_truncated_images_are_refused() -> None:
    with pytest.raises(ImageRefused, match="damaged|not a PNG"):
        check_raster(png_bytes(200, 200)[:120], "Image 'cut.png'")


def test_gif_webp_tiff_become_png(folder: Path) -> None:
    for fmt in ("GIF", "WEBP", "TIFF"):
        buf = io.BytesIO()
        PILImage.new("RGB", (20, 10), "blue").save(buf, fmt)
        image = check_raster(buf.getvalue(), fmt)
        assert image.format == "PNG" and (image.width, image.height) == (20, 10)


def test_adopting_a_flyer_file_copies_its_images_into_the_corpus(folder: Path, empty_corpus: Corpus) -> None:
    flyer = Flyer("t", (ImageBlock("a", "pics/march.png"), TwoColumns("c", (ImageBlock("b", "pics/march.png"),))))
    adopted = adopt_images(empty_corpus, flyer, ImageSource(folder=folder))
    refs = {adopted.blocks[0].path, adopted.blocks[1].left[0].path}  # type: ignore[union-attr]
    assert len(refs) == 1 and next(iter(refs)).startswith(CORPUS_PREFIX)
    assert stored_image(empty_corpus.path, next(iter(refs))[len(CORPUS_PREFIX):]) is not None
    hostile = Flyer("t", (ImageBlock("a", "/etc/hostname"),))
    with pytest.raises(ImageRefused, match="absolute"):
        adopt_images(empty_corpus, hostile, ImageSource(folder=folder))


def test_adding_a_file_refuses_what_is_not_an_image(tmp_path: Path, empty_corpus: Corpus) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(ImageRefused, match="not a PNG"):
        add_image_file(empty_corpus, text)
    assert empty_corpus.db.execute("SELECT count(*) FROM images").fetchone()[0] == 0
