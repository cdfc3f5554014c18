"""The flyer as data: immutable dataclasses for pages, themes, blocks and comparison tables.

Edits never mutate these objects; ``organiser.flyers.ops`` returns new ones (``dataclasses.replace``), so the GUI's
undo stack, the CLI and the tests share one set of pure functions.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal, TypeAlias

from organiser.records import record

Paper = Literal["A2", "A3", "A4", "A5", "A6", "A7", "Letter", "Tabloid"]
Orientation = Literal["portrait", "landscape"]
PrintMode = Literal["home", "shop"]
Verdict = Literal["yes", "no", "partly", "arguably", "unknown"]

PAPERS: tuple[Paper, ...] = ("A2", "A3", "A4", "A5", "A6", "A7", "Letter", "Tabloid")
VERDICTS: tuple[Verdict, ...] = ("yes", "no", "partly", "arguably", "unknown")

# Sizes in millimetres, portrait (width, height).
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "A6": (105.0, 148.0),
    "A7": (74.0, 105.0),
    "Letter": (215.9, 279.4),
    "Tabloid": (279.4, 431.8),
}


@record
class PageSpec:
    """Finished (trim) size of one flyer page and its margins."""

    paper: Paper = "A4"
    orientation: Orientation = "portrait"
    margin_mm: float = 15.0

    def size_mm(self) -> tuple[float, float]:
        width, height = PAPER_SIZES_MM[self.paper]
        return (height, width) if self.orientation == "landscape" else (width, height)


@record
class PrintSettings:
    """How the flyer goes to paper; the export dialog and ``--mode/--nup`` override these per export."""

    mode: PrintMode = "home"
    grayscale: bool = False
    cmyk: bool = False
    bleed_mm: float = 3.0
    crop_marks: bool = True
    nup: int = 1
    double_sided: bool = False
    # The export dialog's last choices for this flyer (stored with it, not shared between flyers).
    tile: str = ""  # sheet size a poster is split across ("" = not tiled)
    export_format: Literal["pdf", "png"] = "pdf"
    dpi: int = 150  # PNG resolution


@record
class Citation:
    """Where a printed quote or a chart cell's evidence comes from (a snapshot, so rendering needs no corpus)."""

    statement_id: int | None = None
    source_id: int | None = None
    source_title: str = ""
    source_date: str | None = None
    source_url: str | None = None
    outlet: str | None = None

    def attribution(self) -> str:
        """The short line printed under a quote: "— title, date"."""
        parts = [p for p in (self.source_title, self.source_date) if p]
        return "— " + ", ".join(parts) if parts else ""


# ---- blocks ---------------------------------------------------------------------------------------------------


@record
class Headline:
    id: str
    text: str
    kind: Literal["headline"] = "headline"


@record
class Subheading:
    id: str
    text: str
    kind: Literal["subheading"] = "subheading"


@record
class TextBlock:
    id: str
    text: str
    kind: Literal["text"] = "text"


@record
class StatementBlock:
    """A corpus statement as printed: ``text`` is what the flyer printed, even if the corpus changes later."""

    id: str
    statement_id: int | None
    text: str
    citation: Citation = field(default_factory=Citation)
    kind: Literal["statement"] = "statement"


@record
class Quote:
    id: str
    text: str
    attribution: str = ""
    citation: Citation | None = None
    kind: Literal["quote"] = "quote"


@record
class BulletList:
    id: str
    items: tuple[str, ...]
    title: str = ""
    numbered: bool = False
    kind: Literal["bullets"] = "bullets"


@record
class Cell:
    """One subject's answer to one criterion: text, an optional verdict mark and cited evidence."""

    text: str = ""
    verdict: Verdict | None = None
    evidence: tuple[Citation, ...] = ()


@record
class Criterion:
    label: str
    cells: tuple[Cell, ...]


@record
class ComparisonTable:
    """N subjects (columns) × M criteria (rows); every criterion has exactly one cell per subject."""

    title: str
    subjects: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    criterion_heading: str = ""


@record
class ComparisonBlock:
    id: str
    table: ComparisonTable
    kind: Literal["comparison"] = "comparison"


@record
class ImageBlock:
    id: str
    path: str
    caption: str = ""
    credit: str = ""
    width_mm: float | None = None  # None: the full column width
    kind: Literal["image"] = "image"


@record
class QRBlock:
    id: str
    url: str
    caption: str = ""
    size_mm: float = 30.0
    kind: Literal["qr"] = "qr"


@record
class EventBlock:
    id: str
    what: str
    when: str = ""
    where: str = ""
    speakers: tuple[str, ...] = ()
    details: str = ""
    kind: Literal["event"] = "event"


@record
class CallToAction:
    """What the reader should do next, set large: a short imperative line, the website and a contact.

    ``text`` empty prints the language's own "Get involved"; ``website`` is written as printed ("example.org") and
    the QR code, when ``qr`` is on, opens it with https:// in front.
    """

    id: str
    text: str = ""
    website: str = ""
    contact: str = ""  # email and/or phone, as printed
    qr: bool = True
    size_mm: float = 30.0  # the QR code's printed width on A4 (larger on posters, as the preflight wants)
    kind: Literal["action"] = "action"


@record
class Signatories:
    """Who signed a letter: one line per signatory, "Name — role, organisation", set apart from the letter.

    ``note`` is what follows the names ("and 270 others", "Add your name at …").
    """

    id: str
    items: tuple[str, ...] = ()
    title: str = ""
    note: str = ""
    kind: Literal["signatories"] = "signatories"


@record
class FooterBlock:
    """Contact line / small print at the bottom of the flyer."""

    id: str
    text: str
    kind: Literal["footer"] = "footer"


@record
class SourcesBlock:
    """The numbered list of sources, built at render time from the statements and evidence used."""

    id: str
    title: str = "Sources"
    kind: Literal["sources"] = "sources"


@record
class Divider:
    id: str
    kind: Literal["divider"] = "divider"


@record
class Spacer:
    id: str
    height_mm: float = 6.0
    kind: Literal["spacer"] = "spacer"


@record
class TwoColumns:
    id: str
    left: tuple[Block, ...] = ()
    right: tuple[Block, ...] = ()
    kind: Literal["columns"] = "columns"


Block: TypeAlias = (
    Headline
    | Subheading
    | TextBlock
    | StatementBlock
    | Quote
    | BulletList
    | ComparisonBlock
    | ImageBlock
    | QRBlock
    | EventBlock
    | CallToAction
    | Signatories
    | FooterBlock
    | SourcesBlock
    | Divider
    | Spacer
    | TwoColumns
)

BLOCK_TYPES: dict[str, type] = {
    cls.kind: cls
    for cls in (
        Headline,
        Subheading,
        TextBlock,
        StatementBlock,
        Quote,
        BulletList,
        ComparisonBlock,
        ImageBlock,
        QRBlock,
        EventBlock,
        CallToAction,
        Signatories,
        FooterBlock,
        SourcesBlock,
        Divider,
        Spacer,
        TwoColumns,
    )
}


@record
class EditionText:
    """One translated text of an edition (see ``organiser.flyers.editions``).

    ``origin`` is the fingerprint of the original text it translates, so a later edit of the original shows the
    translation as outdated; ``statement_id`` links it to the translated statement in the corpus, if any.
    """

    key: str
    text: str
    origin: str = ""
    statement_id: int | None = None


@record
class Edition:
    """The flyer in another language: same layout, theme and structure, its own texts."""

    lang: str
    texts: tuple[EditionText, ...] = ()


@record
class Flyer:
    """A printable document: page, theme name, ordered blocks, print settings, PDF metadata and editions."""

    title: str
    blocks: tuple[Block, ...] = ()
    page: PageSpec = field(default_factory=PageSpec)
    theme: str = "campaign"
    print: PrintSettings = field(default_factory=PrintSettings)
    lang: str = "en"
    organisation: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    template: str | None = None
    editions: tuple[Edition, ...] = ()
    id: int | None = None
