"""Text files in any common encoding give the same text and the same content hash."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.corpus.importers import read_document
from organiser.corpus.importers.encoding import decode_bytes
from organiser.errors import ImportRejected

UKRAINIAN = (
    "Лист солідарності\n\n"
    "Ми, українські дослідники, митці, політичні та профспілкові активісти, члени громадянського "
    "суспільства, стоїмо в солідарності з народом Палестини.\n\n"
    "Ґрунт, їжа, єдність — опубліковано 2 листопада 2023 р.\n"
)
ARABIC = "رسالة تضامن\n\nنحن نقف متضامنين مع الشعب الفلسطيني في نضاله من أجل الحرية والعدالة والكرامة.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251"])
def test_ukrainian_in_every_encoding_reads_the_same(tmp_path: Path, encoding: str) -> None:
    reference = read_document(write(tmp_path, "ref.txt", UKRAINIAN.encode("utf-8")))
    doc = read_document(write(tmp_path, f"letter-{encoding}.txt", UKRAINIAN.encode(encoding)))
    assert doc.full_text == reference.full_text
    assert doc.content_hash == reference.content_hash
    assert doc.languages == ["uk"]
    assert doc.title == "Лист солідарності"


def test_crlf_and_extra_spaces_do_not_change_the_hash(tmp_path: Path) -> None:
    messy = UKRAINIAN.replace("\n", "  \r\n").replace(" ", "  ")
    a = read_document(write(tmp_path, "a.txt", UKRAINIAN.encode()))
    b = read_document(write(tmp_path, "b.txt", messy.encode("cp1251")))
    assert a.content_hash == b.content_hash


def test_arabic_in_cp1256(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "ar.txt", ARABIC.encode("cp1256")))
    assert "الشعب الفلسطيني" in doc.full_text
    assert doc.languages == ["ar"]
    assert doc.content_hash == read_document(write(tmp_path, "ar8.txt", ARABIC.encode())).content_hash


def test_latin1_cafe() -> None:
    assert decode_bytes("café".encode("latin-1"), "menu.txt") == "café"
    text = "Le café est très bon, à bientôt.\n"
    assert decode_bytes(text.encode("latin-1"), "menu.txt") == text


def test_russian_in_cp1251_and_koi8() -> None:
    text = "Мы выступаем против войны. Это объявление ещё раз подтверждает нашу позицию."
    assert decode_bytes(text.encode("cp1251"), "ru.txt") == text
    assert decode_bytes(text.encode("koi8_u"), "ru.txt") == text


def test_binary_is_not_text() -> None:
    with pytest.raises(ImportRejected, match=r"^junk\.txt: does not contain text"):
        decode_bytes(bytes(range(256)) * 8, "junk.txt")
