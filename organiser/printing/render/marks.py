"""Page geometry for print: trim, bleed and media boxes, and crop marks drawn outside the bleed."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from organiser.records import record

MARK_LENGTH_MM = 5.0
MARK_WIDTH_PT = 0.25
MARK_OFFSET_MIN_MM = 3.0
SLUG_PAD_MM = 2.0

Box = tuple[float, float, float, float]


@record
class PageGeometry:
    """All in points; media coordinates. ``trim`` is the finished page inside a larger media box."""

    trim_w: float
    trim_h: float
    bleed: float  # 0 in home mode
    slug: float  # room outside the bleed for crop marks (0 when there are none)
    crop_marks: bool

    @classmethod
    def make(cls, width_mm: float, height_mm: float, bleed_mm: float, crop_marks: bool) -> PageGeometry:
        bleed = max(bleed_mm, 0.0) * mm
        slug = 0.0
        if crop_marks:
            slug = (mark_offset_mm(bleed_mm) + MARK_LENGTH_MM + SLUG_PAD_MM) * mm - bleed
        return cls(width_mm * mm, height_mm * mm, bleed, slug, crop_marks)

    @property
    def origin(self) -> float:
        """Offset of the trim box's lower-left corner from the media origin."""
        return self.bleed + self.slug

    @property
    def media_size(self) -> tuple[float, float]:
        return (self.trim_w + 2 * self.origin, self.trim_h + 2 * self.origin)

    @property
    def trim_box(self) -> Box:
        o = self.origin
        return (o, o, o + self.trim_w, o + self.trim_h)

    @property
    def bleed_box(self) -> Box:
        x1, y1, x2, y2 = self.trim_box
        b = self.bleed
        return (x1 - b, y1 - b, x2 + b, y2 + b)


def mark_offset_mm(bleed_mm: float) -> float:
    """Marks start outside the bleed, never closer than 3 mm to the trim edge."""
    return max(MARK_OFFSET_MIN_MM, bleed_mm)


def set_boxes(canv: Canvas, geo: PageGeometry) -> None:
    """TrimBox = finished size, BleedBox = trim + bleed (also in home mode, where they coincide)."""
    canv.setTrimBox(geo.trim_box)
    canv.setBleedBox(geo.bleed_box)


def draw_crop_marks(canv: Canvas, geo: PageGeometry, colour: Color) -> None:
    """Eight hairlines, 5 mm long, on the trim lines extended, starting outside the bleed."""
    x1, y1, x2, y2 = geo.trim_box
    off = max(mark_offset_mm(geo.bleed / mm) * mm, geo.bleed)
    ln = MARK_LENGTH_MM * mm
    canv.saveState()
    canv.setStrokeColor(colour)
    canv.setLineWidth(MARK_WIDTH_PT)
    canv.setLineCap(0)
    lines = []
    for x in (x1, x2):
        lines.append((x, y1 - off, x, y1 - off - ln))  # below
        lines.append((x, y2 + off, x, y2 + off + ln))  # above
    for y in (y1, y2):
        lines.append((x1 - off, y, x1 - off - ln, y))  # left
        lines.append((x2 + off, y, x2 + off + ln, y))  # right
    canv.lines(lines)
    canv.restoreState()
