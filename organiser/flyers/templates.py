"""Built-in flyer templates (resources/templates/*.json): a page, a theme and a block skeleton to fill."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.assets import resource_path
from organiser.errors import FlyerFormatError, NotFound
from organiser.flyers.file_format import FORMAT_NAME, FORMAT_VERSION, flyer_from_dict
from organiser.flyers.model import (
    Block,
    CallToAction,
    Flyer,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    TwoColumns,
)
from organiser.flyers.profile import Profile, display_website
from organiser.flyers.storage import save_flyer

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

TEMPLATES_DIR = resource_path("templates")
TEMPLATE_FORMAT = "organiser-template"

# Skeleton block ids with a meaning: instantiate() fills these, then gives every block a fresh id.
ROLE_TITLE = "title"  # headline: receives the flyer title
ROLE_CONTACT = "contact"  # footer: receives the profile's contact line
ROLE_SITE_QR = "site-qr"  # QR code: receives the profile's website (dropped when there is none)
ROLE_ACTION = "action"  # call to action: receives the profile's website and contact (dropped when it has neither)
LOGO_WIDTH_MM = 30.0


@dataclass(frozen=True)
class Template:
    """One built-in template: what the user picks in "New flyer" and what ``flyer new --template`` takes."""

    name: str
    title: str
    description: str
    flyer: Flyer  # the skeleton: page, theme, print settings and blocks with role ids

    @property
    def paper(self) -> str:
        return self.flyer.page.paper

    @property
    def theme(self) -> str:
        return self.flyer.theme

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "description": self.description,
                "paper": self.paper, "orientation": self.flyer.page.orientation, "theme": self.theme}


def _read(path: Path) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise FlyerFormatError(f"{path}: cannot read the template ({err})") from None
    if not isinstance(data, dict) or data.get("format") != TEMPLATE_FORMAT:
        raise FlyerFormatError(f"{path}: not a template file (format is not {TEMPLATE_FORMAT!r})")
    for key in ("name", "title", "description", "flyer"):
        if key not in data:
            raise FlyerFormatError(f"{path}: missing field {key!r}")
    envelope = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "flyer": data["flyer"]}
    skeleton = flyer_from_dict(envelope, str(path))
    return Template(str(data["name"]), str(data["title"]), str(data["description"]),
                    replace(skeleton, template=str(data["name"])))


@lru_cache(maxsize=1)
def _all() -> tuple[Template, ...]:
    templates = [_read(p) for p in sorted(TEMPLATES_DIR.glob("*.json"))]
    order = {name: i for i, name in enumerate(_ORDER)}
    return tuple(sorted(templates, key=lambda t: (order.get(t.name, len(order)), t.name)))


# The order of the "New flyer" gallery: the most used first.
_ORDER = ("chart", "open-letter", "event", "reading-list", "slogan", "excerpt", "movement-letter")


def list_templates() -> list[Template]:
    return list(_all())


def get_template(name: str) -> Template:
    for t in _all():
        if t.name == name:
            return t
    known = ", ".join(t.name for t in _all())
    raise NotFound(f"There is no template {name!r} (templates: {known}).")


def _fresh_ids(blocks: Sequence[Block]) -> tuple[Block, ...]:
    from organiser.flyers.ops import new_block_id

    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TwoColumns):
            b = replace(b, left=_fresh_ids(b.left), right=_fresh_ids(b.right))
        out.append(replace(b, id=new_block_id()))
    return tuple(out)


def _logo(profile: Profile) -> Block | None:
    if not profile.logo or not Path(profile.logo).expanduser().is_file():
        return None
    return ImageBlock(id="logo", path=str(Path(profile.logo).expanduser()), width_mm=LOGO_WIDTH_MM)


def _fill_roles(blocks: Sequence[Block], title: str, profile: Profile, footer: str | None = None) -> list[Block]:
    """Role blocks take the title and the profile; a role block with nothing to show is left out.

    The footer names the group only when a call to action prints its contact and website large already."""
    if footer is None:
        from organiser.flyers.ops import iter_blocks

        acts = any(isinstance(b, CallToAction) and (b.website or b.contact or profile.website or profile.contact)
                   for b in iter_blocks(tuple(blocks)))
        footer = profile.footer_line(contact=not acts)
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TwoColumns):
            out.append(replace(b, left=tuple(_fill_roles(b.left, title, profile, footer)),
                               right=tuple(_fill_roles(b.right, title, profile, footer))))
        elif isinstance(b, Headline) and b.id == ROLE_TITLE:
            out.append(replace(b, text=b.text or title))
        elif isinstance(b, QRBlock) and b.id == ROLE_SITE_QR:
            url = b.url or profile.qr_url()
            if url:
                out.append(replace(b, url=url, caption=b.caption or display_website(url)))
        elif isinstance(b, CallToAction) and b.id == ROLE_ACTION:
            filled = replace(b, website=b.website or profile.website, contact=b.contact or profile.contact)
            if filled.website or filled.contact:
                out.append(filled)
        elif isinstance(b, FooterBlock) and b.id == ROLE_CONTACT:
            text = b.text or footer
            logo = _logo(profile)
            if logo is not None:
                out.append(logo)
            if text:
                out.append(replace(b, text=text))
        else:
            out.append(b)
    return out


def fill(
    template: Template,
    slots: Mapping[str, Sequence[Block]] | None = None,
    title: str | None = None,
    profile: Profile | None = None,
    **changes: Any,
) -> Flyer:
    """The skeleton with each block whose id is in ``slots`` replaced by the given blocks (none: removed).

    Role blocks left in place take the title and the profile; every block gets a fresh id. ``changes``
    replace Flyer fields (``page=``, ``theme=``...)."""
    profile = profile or Profile()
    slots = slots or {}
    flyer_title = (title or "").strip() or template.title

    def put(blocks: Sequence[Block]) -> list[Block]:
        out: list[Block] = []
        for b in blocks:
            if b.id in slots:
                out.extend(slots[b.id])
            elif isinstance(b, TwoColumns):
                out.append(replace(b, left=tuple(put(b.left)), right=tuple(put(b.right))))
            else:
                out.append(b)
        return out

    headline_title = (title or "").strip()
    blocks = _fill_roles(put(template.flyer.blocks), headline_title, profile)
    return replace(template.flyer, title=flyer_title, blocks=_fresh_ids(blocks),
                   organisation=profile.name or template.flyer.organisation, id=None, **changes)


def instantiate(template: Template, title: str | None = None, profile: Profile | None = None) -> Flyer:
    """A new flyer from ``template``: its structure with empty text for the user to write, the title as
    headline, and the organisation's contact line, call to action and website QR code when a profile is given."""
    return fill(template, None, title, profile)


def create_from_template(corpus: Corpus, name: str, title: str | None = None) -> int:
    """Store a new flyer from template ``name`` with the corpus's organisation profile; returns its id."""
    from organiser.flyers.profile import load_profile

    return save_flyer(corpus, instantiate(get_template(name), title, load_profile(corpus)))
