"""Language guessing by script and letter cues; right-to-left detection."""

from __future__ import annotations

import pytest

from organiser.corpus.language import detect_language, is_rtl


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ми, українські дослідники, митці та активісти, стоїмо в солідарності з народом Палестини.", "uk"),
        ("Мы, российские активисты, выступаем против этой войны и её последствий.", "ru"),
        ("We stand in solidarity with the people of Palestine and of Ukraine.", "en"),
        ("نحن نقف متضامنين مع الشعب الفلسطيني في نضاله من أجل الحرية.", "ar"),
        ("אנחנו כותבים אליכם כאזרחי ישראל המתנגדים לכיבוש.", "he"),
        ("Nous sommes solidaires de la lutte pour la liberté et la justice dans le monde.", "fr"),
        ("Slava Ukraini", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_no_letters_means_no_language() -> None:
    assert detect_language("") is None
    assert detect_language("123 — 456 !!! ==") is None


def test_ukrainian_with_some_english_is_ukrainian() -> None:
    assert (
        detect_language(
            "Заява UIG (Ukraine Information Group): окупація — це злочин, від України до Палестини"
        )
        == "uk"
    )


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("שלום world", True),
        ("2023: سلام", True),
        ("Hello שלום", False),
        ("«— 123 —»", False),
        ("", False),
    ],
)
def test_is_rtl_follows_the_first_strong_character(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl
