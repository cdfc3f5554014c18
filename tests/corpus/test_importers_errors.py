"""Files that cannot be imported are rejected with one plain line naming the file and the reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from organiser.corpus.importers import MAX_FILE_BYTES, read_document
from organiser.errors import ImportRejected


def rejected(path: Path) -> str:
    with pytest.raises(ImportRejected) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path.name}: ")
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert rejected(path) == "empty.txt: is empty"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text(" \n\t\n\r\n   \n")
    assert "is empty" in rejected(path)


def test_binary_junk_with_text_extension(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "does not contain text" in rejected(path)


def test_mostly_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(b"ab\x01\x02\x03\x04\x05\x06\x07\x08" * 50)
    assert "does not contain text" in rejected(path)


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: instant, no 50 MB written
        handle.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_FILE_BYTES
    assert rejected(path) == "huge.txt: too large (50 MB; the limit is 20 MB)"


def test_pdf_without_text_layer_and_no_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.lib.pagesizes import A4

    from organiser.corpus.importers import ocr

    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    assert rejected(path) == "scan.pdf: has no text layer (scanned image?); run OCR first"


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    assert "broken.pdf: not a valid PDF" in rejected(path)


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "flyer.docx"
    path.write_bytes(os.urandom(4096))
    assert rejected(path) == "flyer.docx: not a valid Word document (the file is damaged)"


def test_missing_path(tmp_path: Path) -> None:
    assert rejected(tmp_path / "nowhere.txt") == "nowhere.txt: does not exist"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    assert "is a folder" in rejected(folder)


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    assert "unsupported file type '.pptx'" in rejected(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    try:
        assert rejected(path) == "locked.txt: cannot be read (permission denied)"
    finally:
        path.chmod(0o600)


def test_unexpected_errors_become_import_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.corpus.importers import text

    def explode(path: Path) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(text, "extract", explode)
    path = tmp_path / "note.txt"
    path.write_text("Hello")
    assert "could not be imported" in rejected(path)
