"""ICC colour management: the bundled FOGRA39 press profile and sRGB, through littleCMS (Pillow's ImageCms).

Theme colours and photos are converted with the same profile the PDF names as its OutputIntent, so a shop's RIP
prints the hue the screen shows (within the press gamut) and total ink stays under the profile's 300 % limit.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from organiser.assets import resource_path

if TYPE_CHECKING:  # Pillow is imported where it is used: screen RGB output never needs it
    from PIL import Image

CMYK_PROFILE_FILE = "Organiser-FOGRA39-TAC300.icc"
# The registered characterisation the profile was built from (ICC registry, color.org).
OUTPUT_CONDITION_ID = "FOGRA39"
OUTPUT_CONDITION = "Offset printing, ISO 12647-2:2004/Amd 1, coated art paper (FOGRA39), total ink 300 %"
REGISTRY = "http://www.color.org"
TOTAL_INK_LIMIT = 3.0  # 300 %, what the profile was built for and what shops ask of rich black

_lock = threading.Lock()


def _relative() -> Any:
    from PIL import ImageCms

    return ImageCms.Intent.RELATIVE_COLORIMETRIC  # keeps in-gamut hues exact; paper white stays paper


@cache
def cmyk_profile_bytes() -> bytes:
    """The press profile embedded as the OutputIntent of CMYK output."""
    return resource_path("icc", CMYK_PROFILE_FILE).read_bytes()


@cache
def srgb_profile_bytes() -> bytes:
    """An sRGB profile made by littleCMS (no licence strings attached): the OutputIntent of RGB archives."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


@cache
def _profiles() -> tuple[Any, Any]:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    press = ImageCms.ImageCmsProfile(str(resource_path("icc", CMYK_PROFILE_FILE)))
    return srgb, press


@cache
def _to_cmyk() -> Any:
    from PIL import ImageCms

    srgb, press = _profiles()
    return ImageCms.buildTransform(srgb, press, "RGB", "CMYK", renderingIntent=_relative())


@cache
def _to_rgb() -> Any:
    from PIL import ImageCms

    srgb, press = _profiles()
    return ImageCms.buildTransform(press, srgb, "CMYK", "RGB", renderingIntent=_relative())


def _byte(v: float) -> int:
    return max(0, min(255, round(v * 255)))


@lru_cache(maxsize=1024)
def rgb_to_cmyk(rgb: tuple[float, float, float]) -> tuple[float, float, float, float]:
    """An sRGB colour (0..1) as the FOGRA39 ink values (0..1) that print it."""
    from PIL import Image, ImageCms

    im = Image.new("RGB", (1, 1), tuple(_byte(v) for v in rgb))
    with _lock:
        px = ImageCms.applyTransform(im, _to_cmyk())
    assert px is not None
    c, m, y, k = px.getpixel((0, 0))  # type: ignore[misc]
    return (round(c / 255, 4), round(m / 255, 4), round(y / 255, 4), round(k / 255, 4))


@lru_cache(maxsize=1024)
def cmyk_to_rgb(cmyk: tuple[float, float, float, float]) -> tuple[float, float, float]:
    """What ink values look like on coated paper, as sRGB (0..1): the soft proof of a CMYK colour."""
    from PIL import Image, ImageCms

    im = Image.new("CMYK", (1, 1), tuple(_byte(v) for v in cmyk))
    with _lock:
        px = ImageCms.applyTransform(im, _to_rgb())
    assert px is not None
    r, g, b = px.getpixel((0, 0))  # type: ignore[misc]
    return (r / 255, g / 255, b / 255)


@cache
def _k_ramp() -> tuple[float, ...]:
    """Lightness (sRGB grey level) of K-only tints 0..100 % on the press, for matching greys to a K tint."""
    return tuple(sum(cmyk_to_rgb((0.0, 0.0, 0.0, k / 100))) / 3 for k in range(101))


def k_for_gray(level: float) -> float:
    """The black-only tint (0..1) that prints as light as the sRGB grey ``level`` (1 = white)."""
    ramp = _k_ramp()
    if level >= ramp[0]:
        return 0.0
    for k in range(1, 101):
        if ramp[k] <= level:
            lo, hi = ramp[k - 1], ramp[k]
            frac = (lo - level) / (lo - hi) if lo != hi else 1.0
            return round((k - 1 + frac) / 100, 4)
    return 1.0


def image_to_cmyk(im: Image.Image) -> Image.Image:
    """An RGB (or grey) image converted to press CMYK through the profile."""
    from PIL import ImageCms

    rgb = im if im.mode == "RGB" else im.convert("RGB")
    with _lock:
        out = ImageCms.applyTransform(rgb, _to_cmyk())
    assert out is not None
    return out
