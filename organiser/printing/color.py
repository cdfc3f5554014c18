"""Colour modes for print: theme colours as RGB, luminance-true greys, or press CMYK through the ICC profile.

Neutral colours become black-only tints in CMYK (one plate, no colour cast, no misregistration); the rules that
depend on what is painted (small text, rules, large areas) are applied to the finished PDF by
``render.colour_rules``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from reportlab.lib.colors import CMYKColor, Color, toColor

from organiser.printing import icc

ColorMode = Literal["rgb", "gray", "cmyk"]  # greyscale is DeviceGray for every press: it prints on K alone


def parse_hex(value: str) -> tuple[float, float, float]:
    """``#RRGGBB`` (or ``#RGB``) as three floats in 0..1."""
    h = value.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    if len(h) != 6:
        raise ValueError(f"not a colour: {value!r}")
    return (int(h[0:2], 16) / 255.0, int(h[2:4], 16) / 255.0, int(h[4:6], 16) / 255.0)


def _to_linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _to_srgb(c: float) -> float:
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def relative_luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    r, g, b = (_to_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """WCAG contrast ratio (1..21) between two sRGB colours."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def gray_level(rgb: tuple[float, float, float]) -> float:
    """The sRGB gray with the same luminance: what a photocopier makes of the colour."""
    return round(_to_srgb(relative_luminance(rgb)), 4)


def is_neutral(rgb: tuple[float, float, float]) -> bool:
    """A grey (or black/white) that should print on the black plate only."""
    return max(rgb) - min(rgb) < 0.03


def rgb_to_cmyk(rgb: tuple[float, float, float]) -> tuple[float, float, float, float]:
    """Press ink values for an sRGB colour: greys as a K tint that prints as light, others through FOGRA39."""
    if is_neutral(rgb):
        return (0.0, 0.0, 0.0, icc.k_for_gray(sum(rgb) / 3))
    return icc.rgb_to_cmyk(rgb)


def cmyk_to_rgb(cmyk: tuple[float, float, float, float]) -> tuple[float, float, float]:
    """How ink values look on coated paper (soft proof through the press profile)."""
    return icc.cmyk_to_rgb(cmyk)


@lru_cache(maxsize=512)
def convert(value: str, mode: ColorMode) -> Color:
    """A theme colour as the ReportLab colour object for ``mode``."""
    rgb = parse_hex(value)
    if mode == "gray":
        v = gray_level(rgb)
        return Color(v, v, v)
    if mode == "cmyk":
        return CMYKColor(*rgb_to_cmyk(rgb))
    return Color(*rgb)


def as_rgb(value: str, mode: ColorMode) -> tuple[float, float, float]:
    """What the colour looks like on paper in ``mode`` (for contrast checks)."""
    col = convert(value, mode)
    if isinstance(col, CMYKColor):
        return cmyk_to_rgb((col.cyan, col.magenta, col.yellow, col.black))
    return (col.red, col.green, col.blue)


def registration(mode: ColorMode) -> Color:
    """Crop-mark colour: 100 % K in CMYK (no 400 % ink on the marks), plain black otherwise."""
    return CMYKColor(0, 0, 0, 1) if mode == "cmyk" else Color(0, 0, 0)


def _gray_enforcer(c: object) -> Color:
    tc = toColor(c)
    if isinstance(tc, CMYKColor):
        rgb = cmyk_to_rgb((tc.cyan, tc.magenta, tc.yellow, tc.black))
    else:
        rgb = (tc.red, tc.green, tc.blue)
    v = gray_level(rgb)
    return Color(v, v, v, alpha=tc.alpha)


def enforcer(mode: ColorMode) -> str | Callable[[object], Color] | None:
    """``enforceColorSpace`` for the doc template: rejects stray RGB in CMYK, greys anything in gray mode."""
    if mode == "cmyk":
        return "cmyk"
    if mode == "gray":
        return _gray_enforcer
    return None
