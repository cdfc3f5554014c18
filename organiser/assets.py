"""Where the bundled files live (fonts, templates, the flyer schema, the sample corpus) and where caches go.

They are package data (``resources/`` and ``seeds/`` of the checkout map to ``organiser.resources`` and
``organiser.seeds`` in the wheel) and are found through ``importlib.resources``, never relative to a source file,
so an installed wheel, an editable checkout and a frozen app all find them.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def _package_dir(package: str) -> Path:
    # ReportLab and the importers need real files; an installed package (wheel, editable, frozen) has them.
    return Path(str(files(package)))


def resource_path(*parts: str) -> Path:
    """A file or folder of ``resources/`` (e.g. ``resource_path("fonts")``)."""
    return _package_dir("organiser.resources").joinpath(*parts)


def seeds_dir() -> Path:
    """The sample corpus imported into a newly created corpus."""
    return _package_dir("organiser.seeds")


def cache_dir() -> Path:
    """Derived data kept between runs (compiled schema, parsed hyphenation patterns): safe to delete."""
    env = os.environ.get("ORGANISER_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_path

    return user_cache_path("organiser", appauthor=False)
