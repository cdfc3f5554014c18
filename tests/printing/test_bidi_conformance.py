"""UAX #9 conformance of the bidi levels every RTL line is drawn with, on Unicode's own test file.

BidiCharacterTest.txt comes from Debian's ``unicode-data`` package (scripts/setup.sh installs it); a sample of
one line in ten keeps the run short while covering every section (brackets, isolates, numbers).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from organiser.printing.layout.bidi_support import line_levels, log2vis, resolve_levels, visual_order

TEST_FILE = Path("/usr/share/unicode/BidiCharacterTest.txt")
_REMOVED = frozenset(("RLE", "LRE", "RLO", "LRO", "PDF", "BN"))  # X9: no level, no place in the order


def _cases(step: int) -> list[tuple[str, int, list[str], list[int]]]:
    cases = []
    n = 0
    for line in TEST_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        n += 1
        if n % step:
            continue
        f = line.split(";")
        text = "".join(chr(int(c, 16)) for c in f[0].split())
        cases.append((text, int(f[2]), f[3].split(), [int(x) for x in f[4].split()]))
    return cases


@pytest.mark.skipif(not TEST_FILE.exists(), reason="Debian package unicode-data is not installed")
def test_bidi_character_test_sample_passes() -> None:
    cases = _cases(10)
    assert len(cases) > 9000
    failures = []
    for text, base, want_levels, want_order in cases:
        levels = line_levels(text, resolve_levels(text, base == 1), base)
        got = ["x" if unicodedata.bidirectional(c) in _REMOVED else str(lv) for c, lv in zip(text, levels,
                                                                                             strict=True)]
        kept = {i for i, c in enumerate(text) if unicodedata.bidirectional(c) not in _REMOVED}
        order = [i for i in visual_order(levels) if i in kept]
        if got != want_levels or order != want_order:
            failures.append(" ".join(f"{ord(c):04X}" for c in text))
    assert failures == []


def test_paired_brackets_keep_both_sides_in_arabic_and_hebrew() -> None:
    # N0: the bracket pair around a number in an RTL line reads "(2024)", not "(2024(" or ")2024(".
    assert log2vis("…تقرير UN A/79/384 (2024).", base_direction="RTL") == ".UN A/79/384 (2024) ريرقت…"
    assert log2vis("דוח UN A/79/384 (2024).", base_direction="RTL") == ".UN A/79/384 (2024) חוד"
    assert log2vis("قال (نعم) هنا", base_direction="RTL") == "انه (معن) لاق"
