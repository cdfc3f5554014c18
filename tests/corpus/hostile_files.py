"""A generated set of hostile files, one per import bound, with what the importer must answer for each.

Used by tests/corpus/test_importers_hostile.py and bench/hostile_import.py (which prints time and memory per file).
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MB = 1024 * 1024


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Callable[[Path], None]
    expect: str  # a fragment of the one-line reason, or "imported"


def _docx(path: Path, document: bytes | Callable[[zipfile.ZipFile], None], stored: bool = False) -> None:
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if callable(document):
            document(archive)
        else:
            archive.writestr("word/document.xml", document)


def zip_bomb_docx(path: Path) -> None:
    """~100 MB of XML that deflates to a few hundred KB."""

    def write(archive: zipfile.ZipFile) -> None:
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b"a" * MB
            for _ in range(100):
                part.write(chunk)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")

    _docx(path, write)


def million_paragraphs_docx(path: Path) -> None:
    """1.3 million empty paragraphs: ~390 KB on disk."""
    body = b"<w:p/>" * 1_300_000
    _docx(path, f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + body + b"</w:body></w:document>")


def many_paragraphs_stored_docx(path: Path) -> None:
    """60,000 short paragraphs stored without compression (no ratio to catch): the paragraph count is bounded."""
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 60_000
    _docx(path, f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + body + b"</w:body></w:document>", stored=True)


def xxe_docx(path: Path) -> None:
    """External entity and billion laughs: nothing may be fetched or expanded."""
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY l0 "lol">{laughs}]>'
    _docx(path, f'{doctype}<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&xxe;&l9;</w:t></w:r></w:p>'
          "</w:body></w:document>".encode())


def deep_docx(path: Path) -> None:
    depth = 100_000
    _docx(path, f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + b"<w:r>" * depth + b"</w:r>" * depth
          + b"</w:body></w:document>", stored=True)


def deep_html(path: Path) -> None:
    path.write_text("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>")


def huge_html(path: Path) -> None:
    path.write_text("<html><body>" + "<p>Words of a long page.</p>\n" * 400_000 + "</body></html>")


def undefined_charset_html(path: Path) -> None:
    path.write_bytes(
        b'<html><head><meta charset="undefined"><title>Rent strike</title></head><body><article>'
        + b"<p>The tenants of Garden Street voted to withhold rent until the repairs are made.</p>" * 3
        + b"</article></body></html>"
    )


def many_pages_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(2001):
        writer.add_blank_page(width=200, height=200)
    with path.open("wb") as handle:
        writer.write(handle)


def dense_page_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(600, 800))
    pdf.setFont("Helvetica", 1)
    for row in range(700):
        pdf.drawString(5, 795 - row, "x" * 100)
    pdf.save()


def long_line_with_sentences_txt(path: Path) -> None:
    """A 0.9 MB single line of sentences: cut into page-sized statements."""
    path.write_text("The workers of the city met again today to talk about the rent. " * 14_000)


def ten_megabyte_line_txt(path: Path) -> None:
    path.write_text("word " * (2 * MB + 200_000))


def latin1_txt(path: Path) -> None:
    text = "Résumé de la réunion du comité : la grève continue jusqu'à la réponse du maire.\n"
    path.write_bytes(text.encode("latin-1"))


def heading_only_md(path: Path) -> None:
    path.write_text("# Only a heading\n")


def fifo_txt(path: Path) -> None:
    os.mkfifo(path)


def proc_link_txt(path: Path) -> None:
    path.symlink_to("/proc/self/status")


def pixel_bomb_png(path: Path) -> None:
    """A PNG header claiming 100,000 x 100,000 pixels (the data is never decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
                     + chunk(b"IEND", b""))


def damaged_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n")


HOSTILE = [
    Hostile("zip-bomb.docx", zip_bomb_docx, "a zip bomb?"),
    Hostile("million-paragraphs.docx", million_paragraphs_docx, "a zip bomb?"),
    Hostile("many-paragraphs.docx", many_paragraphs_stored_docx, "the limit is 50000"),
    Hostile("xxe.docx", xxe_docx, "declares XML entities, which Word never writes (refused as unsafe)"),
    Hostile("deep.docx", deep_docx, "nests elements more than 256 levels deep"),
    Hostile("deep.html", deep_html, "levels deep"),
    Hostile("huge.html", huge_html, "the limit is 8 MB"),
    Hostile("charset-undefined.html", undefined_charset_html, "imported"),
    Hostile("many-pages.pdf", many_pages_pdf, "has 2001 pages; the limit is 2000"),
    Hostile("dense-page.pdf", dense_page_pdf, "characters; the limit is 60000"),
    Hostile("damaged.pdf", damaged_pdf, "not a valid PDF"),
    Hostile("long-line.txt", long_line_with_sentences_txt, "imported"),
    Hostile("ten-megabyte-line.txt", ten_megabyte_line_txt, "with no line break"),
    Hostile("latin1.txt", latin1_txt, "imported"),
    Hostile("heading-only.md", heading_only_md, "has no statements"),
    Hostile("fifo.txt", fifo_txt, "is a pipe (FIFO)"),
    Hostile("proc.txt", proc_link_txt, "is a system file"),
    Hostile("pixel-bomb.png", pixel_bomb_png, "too large"),
]


def make_all(folder: Path) -> list[tuple[Path, str]]:
    """Write every hostile file into ``folder``; returns each path with its expected answer."""
    out: list[tuple[Path, str]] = []
    for hostile in HOSTILE:
        path = folder / hostile.name
        hostile.make(path)
        out.append((path, hostile.expect))
    return out
