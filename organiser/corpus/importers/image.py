"""Photos and scans (.png, .jpg): the text read by OCR, marked as such in the source's provenance."""

from __future__ import annotations

import warnings
from pathlib import Path

from organiser.corpus.importers.document import Hints
from organiser.corpus.importers.ocr import MAX_PIXELS, ocr_image, tesseract
from organiser.corpus.importers.splitter import Block
from organiser.errors import ImportRejected

# Decoded by Pillow's own PNG and JPEG readers only: never a format handed to an outside program (EPS, PS).
_FORMATS = ["PNG", "JPEG"]


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of the image's text."""
    if tesseract() is None:
        raise ImportRejected(f"{path.name}: is an image; reading its text needs OCR (Tesseract is not installed)")
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=_FORMATS) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ImportRejected(
                        f"{path.name}: an image of {image.width}x{image.height} pixels is too large to read"
                    )
                image.load()
                blocks = ocr_image(image, path.name)
    except ImportRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImportRejected(f"{path.name}: an image too large to decode safely (a decompression bomb?)") from exc
    except (OSError, SyntaxError, ValueError) as exc:  # Pillow's UnidentifiedImageError is an OSError
        raise ImportRejected(f"{path.name}: not a readable PNG or JPEG image") from exc
    if not blocks:
        raise ImportRejected(f"{path.name}: OCR found no text in the image")
    return blocks, Hints(ocr=True)
