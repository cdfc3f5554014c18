"""Bundled translations of sample flyers (``resources/editions/<template>.json``), attached as their editions.

Translations are keyed by the English text they translate, not by block ids, so they survive changes to how a
sample is built; a text that no longer matches simply shows up as missing in the edition.
"""

from __future__ import annotations

import json
from functools import cache

from organiser.assets import resource_path
from organiser.flyers import editions
from organiser.flyers.model import Flyer


@cache
def _translations(template: str) -> dict[str, dict[str, str]]:
    path = resource_path("editions", f"{template}.json")
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {lang: texts for lang, texts in data.items() if isinstance(texts, dict)}


def with_sample_editions(flyer: Flyer) -> Flyer:
    """The sample with an edition per bundled language; texts without a bundled translation stay missing."""
    for lang, texts in _translations(flyer.template or "").items():
        if lang == flyer.lang or editions.edition(flyer, lang) is not None:
            continue
        flyer = editions.add_edition(flyer, lang)
        for slot in editions.text_slots(flyer):
            if slot.text in texts:
                flyer = editions.set_text(flyer, lang, slot.key, texts[slot.text])
    return flyer
