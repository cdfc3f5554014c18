"""Text of scans and photos through Tesseract OCR (the Debian ``tesseract-ocr`` program with eng/ukr/ara/heb data).

Tesseract runs as a separate program: no Python binding is needed, a crash or a hang cannot take the import down, and
the time budget becomes its timeout. The language is the one named in ORGANISER_OCR_LANGUAGES (for example
"ukr+eng", from the user's corpus languages), else the script Tesseract's orientation and script detection sees.
"""

from __future__ import annotations

import contextvars
import functools
import io
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from organiser.corpus.importers.limits import extend_budget, remaining_time
from organiser.corpus.importers.splitter import Block, split_blocks
from organiser.errors import ImportRejected

if TYPE_CHECKING:
    from PIL import Image

_LANGUAGES = ("eng", "ukr", "ara", "heb")
_SCRIPT_LANGUAGE = {"Latin": "eng", "Cyrillic": "ukr", "Arabic": "ara", "Hebrew": "heb"}
_TESSERACT_CODE = {"en": "eng", "uk": "ukr", "ar": "ara", "he": "heb"}
_SCRIPT_OF = {"eng": "Latin", "ukr": "Cyrillic", "ara": "Arabic", "heb": "Hebrew"}
_corpus: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("ocr_corpus_languages", default=())


@contextmanager
def corpus_languages(languages: Sequence[str]) -> Iterator[None]:
    """Within this block OCR prefers these languages (ISO 639-1, main first), as Tesseract codes."""
    token = _corpus.set(tuple(_TESSERACT_CODE[lang] for lang in languages if lang in _TESSERACT_CODE))
    try:
        yield
    finally:
        _corpus.reset(token)
MAX_OCR_PAGES = 20
MAX_PIXELS = 40_000_000
_LONG_SIDE = 2500  # pixels: ~300 dpi on A4, enough for Tesseract, bounded for A3 and posters
NO_TEXT_LAYER = "has no text layer (scanned image?); run OCR first"


def tesseract() -> str | None:
    """The tesseract program, if installed."""
    return shutil.which("tesseract")


@functools.cache
def installed_languages() -> frozenset[str]:
    program = tesseract()
    if program is None:
        return frozenset()
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in listed.stdout.splitlines()[1:] if line.strip())


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _run(args: list[str], image: bytes, name: str) -> str:
    program = tesseract()
    if program is None:
        raise ImportRejected(f"{name}: {NO_TEXT_LAYER}")
    timeout = remaining_time()
    if timeout <= 0:
        raise ImportRejected(f"{name}: takes too long to read (refused to keep the import moving)")
    try:
        done = subprocess.run(
            [program, "stdin", "stdout", *args],
            input=image,
            capture_output=True,
            timeout=timeout,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired as exc:
        raise ImportRejected(f"{name}: OCR takes too long (refused to keep the import moving)") from exc
    except OSError as exc:
        raise ImportRejected(f"{name}: OCR could not run ({exc.strerror or 'error'})") from exc
    if done.returncode != 0:
        raise ImportRejected(f"{name}: OCR could not read the image")
    return done.stdout.decode("utf-8", errors="replace")


def _language(image: Image.Image, name: str) -> str:
    """The Tesseract language for this image: the configured one; else the corpus language written in the script
    Tesseract detects; else that script's language. English is added when the corpus holds English too (each added
    language costs ~70 % more OCR time)."""
    available = installed_languages()
    configured = [lang for lang in os.environ.get("ORGANISER_OCR_LANGUAGES", "").split("+") if lang in available]
    if configured:
        return "+".join(configured)
    corpus = [lang for lang in _corpus.get() if lang in available]
    if len(corpus) == 1:
        return corpus[0]
    small = image.copy()
    small.thumbnail((1600, 1600))
    script = None
    if "osd" in available:
        try:
            for line in _run(["--psm", "0"], _png(small), name).splitlines():
                if line.startswith("Script:"):
                    script = line.split(":", 1)[1].strip()
        except ImportRejected:
            script = None
    language = next((lang for lang in corpus if _SCRIPT_OF[lang] == script), _SCRIPT_LANGUAGE.get(script or "", "eng"))
    if language not in available:
        language = next((lang for lang in _LANGUAGES if lang in available), "eng")
    return f"{language}+eng" if language != "eng" and "eng" in corpus else language


def ocr_image(image: Image.Image, name: str) -> list[Block]:
    """Paragraph blocks of one page image (Tesseract separates paragraphs by blank lines)."""
    if image.width * image.height > MAX_PIXELS:
        raise ImportRejected(f"{name}: an image of {image.width}x{image.height} pixels is too large to read")
    image = image.convert("L")
    if max(image.size) > _LONG_SIDE:
        image.thumbnail((_LONG_SIDE, _LONG_SIDE))
    text = _run(["-l", _language(image, name), "--psm", "3"], _png(image), name)
    return split_blocks(text.replace("\f", "\n\n"), markdown=False)


def ocr_pdf(document: Any, name: str) -> list[Block]:
    """Blocks of every page of an image-only PDF, read by OCR; refused with the usual reason without Tesseract."""
    if tesseract() is None:
        raise ImportRejected(f"{name}: {NO_TEXT_LAYER}")
    if len(document) > MAX_OCR_PAGES:
        raise ImportRejected(f"{name}: {len(document)} scanned pages; OCR reads at most {MAX_OCR_PAGES} at once")
    blocks: list[Block] = []
    extend_budget()
    for number in range(len(document)):
        page = document[number]
        try:
            width, height = page.get_size()
            scale = min(300 / 72, _LONG_SIDE / max(width, height, 1.0))
            bitmap = page.render(scale=scale, grayscale=True)
            blocks.extend(ocr_image(bitmap.to_pil(), name))
        finally:
            page.close()
    if not blocks:
        raise ImportRejected(f"{name}: {NO_TEXT_LAYER}; OCR found no text either")
    return blocks
