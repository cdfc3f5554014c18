"""What layout measured while setting a flyer (type sizes, images, QR codes, pages); preflight judges it."""

from __future__ import annotations

from dataclasses import dataclass, field

from organiser.printing.color import ColorMode


@dataclass(frozen=True)
class TextUse:
    """A run of text as laid out: its size, role (body or small print) and colours."""

    block_id: str
    size: float
    role: str  # "body" | "small" | "large"
    fg: str
    bg: str
    bold: bool = False


@dataclass(frozen=True)
class ImageUse:
    block_id: str
    px_width: int
    px_height: int
    printed_width_mm: float
    printed_height_mm: float


@dataclass(frozen=True)
class QrUse:
    block_id: str
    size_mm: float
    modules: int  # modules across, quiet zone excluded


@dataclass
class LayoutFacts:
    """What the renderer measured while laying a flyer out; preflight judges it."""

    paper: str = "A4"
    mode: ColorMode = "rgb"
    page_count: int = 1
    intended_pages: int = 1
    factor: float = 1.0
    texts: list[TextUse] = field(default_factory=list)
    images: list[ImageUse] = field(default_factory=list)
    qrs: list[QrUse] = field(default_factory=list)
    oversized: list[str] = field(default_factory=list)  # blocks taller than a page
