"""Swatch sheet: each theme colour on screen (sRGB), as the FOGRA39 press prints it after ICC conversion, and
after the old naive K = 1 - max(R,G,B) conversion. Writes a PNG; run: .venv/bin/python bench/swatches.py OUT.png"""

from __future__ import annotations

import sys

from PIL import Image, ImageDraw

from organiser.printing.color import parse_hex, rgb_to_cmyk
from organiser.printing.icc import cmyk_to_rgb
from organiser.printing.layout.themes import THEMES


def _naive(rgb: tuple[float, float, float]) -> tuple[float, float, float, float]:
    k = 1.0 - max(rgb)
    if k >= 1.0:
        return (0.0, 0.0, 0.0, 1.0)
    return (*((1.0 - v - k) / (1.0 - k) for v in rgb), k)  # type: ignore[return-value]


def main(out: str) -> None:
    colours = sorted({getattr(t, a) for t in THEMES.values() for a in ("accent", "band", "band_ink", "heading_ink",
                                                                     "header_bg", "ink", "muted")})
    size, pad = 60, 8
    img = Image.new("RGB", (3 * (size + pad) + 260, len(colours) * (size + pad) + 30), "white")
    d = ImageDraw.Draw(img)
    d.text((pad, 8), "screen sRGB | ICC FOGRA39 print | naive formula print", fill="black")
    for i, hx in enumerate(colours):
        rgb = parse_hex(hx)
        icc = rgb_to_cmyk(rgb)
        naive = _naive(rgb)
        y = 30 + i * (size + pad)
        for j, shown in enumerate((rgb, cmyk_to_rgb(icc), cmyk_to_rgb(naive))):
            x = pad + j * (size + pad)
            d.rectangle((x, y, x + size, y + size), fill=tuple(round(v * 255) for v in shown))
        label = f"{hx}  ICC C{icc[0]:.0%} M{icc[1]:.0%} Y{icc[2]:.0%} K{icc[3]:.0%}"
        label2 = f"naive C{naive[0]:.0%} M{naive[1]:.0%} Y{naive[2]:.0%} K{naive[3]:.0%}"
        d.text((3 * (size + pad) + pad, y + 14), label, fill="black")
        d.text((3 * (size + pad) + pad, y + 32), label2, fill="black")
    img.save(out)
    print(f"{len(colours)} colours -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "swatches.png")
