#!/usr/bin/env python3
"""Rebuilds resources/fonts/Noto*.ttf: the Debian Noto files cut down to the scripts the app prints.

Noto Sans/Serif ship Greek, Vietnamese and hundreds of symbols the flyers never use; keeping only Latin, Cyrillic and
typographic punctuation cuts each file by ~80 % (wheel size). Needs `fonts-noto-core` and `pip install fonttools`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

SRC = Path("/usr/share/fonts/truetype/noto")
DEST = Path(__file__).resolve().parents[1] / "resources" / "fonts"

_COMMON = "U+0020-007E,U+00A0-00FF,U+200B-200F,U+2010-2027,U+202F,U+2030-203A,U+2044,U+2060,U+2066-2069,U+25CC"
LATIN_CYRILLIC = (
    _COMMON + ",U+0100-017F,U+0218-021B,U+02BC,U+02C6-02DD,U+0300-0304,U+0306-030C,U+0326-0328,U+0400-045F,"
    "U+0490-0491,U+20AC,U+20B4,U+20BD,U+2113,U+2116,U+2122,U+2190-2193,U+2212,U+FB00-FB04"
)
ARABIC = _COMMON + ",U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF"
HEBREW = _COMMON + ",U+0590-05FF,U+FB1D-FB4F,U+20AA"

FILES: dict[str, str] = {
    "NotoSans-Regular.ttf": LATIN_CYRILLIC,
    "NotoSans-Bold.ttf": LATIN_CYRILLIC,
    "NotoSans-Italic.ttf": LATIN_CYRILLIC,
    "NotoSans-BoldItalic.ttf": LATIN_CYRILLIC,
    "NotoSerif-Regular.ttf": LATIN_CYRILLIC,
    "NotoSerif-Bold.ttf": LATIN_CYRILLIC,
    "NotoSerif-Italic.ttf": LATIN_CYRILLIC,
    "NotoSansDisplay-Bold.ttf": LATIN_CYRILLIC,
    "NotoSansArabic-Regular.ttf": ARABIC,
    "NotoSansArabic-Bold.ttf": ARABIC,
    "NotoNaskhArabic-Regular.ttf": ARABIC,
    "NotoNaskhArabic-Bold.ttf": ARABIC,
    "NotoSansHebrew-Regular.ttf": HEBREW,
    "NotoSansHebrew-Bold.ttf": HEBREW,
    "NotoSerifHebrew-Regular.ttf": HEBREW,
    "NotoSerifHebrew-Bold.ttf": HEBREW,
}


def main() -> int:
    for name, unicodes in FILES.items():
        src = SRC / name
        if not src.exists():
            print(f"{src} is missing: apt-get install fonts-noto-core", file=sys.stderr)
            return 1
        subset.main([
            str(src), f"--unicodes={unicodes}", f"--output-file={DEST / name}",
            "--layout-features=*", "--name-IDs=*", "--name-languages=*", "--notdef-outline",
            "--no-hinting", "--desubroutinize",
        ])
        print(f"{name}: {src.stat().st_size // 1024} KB -> {(DEST / name).stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
