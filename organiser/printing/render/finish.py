"""The last step of every PDF: colour rules for the output, then the requested standard (PDF/X-4, PDF/A-2b)."""

from __future__ import annotations

from organiser.printing.color import ColorMode
from organiser.printing.render.colour_rules import apply_colour_rules
from organiser.printing.render.standards import Standard, conform


def finish_pdf(pdf: bytes, colour: ColorMode, standards: tuple[Standard, ...] = ()) -> bytes:
    """``pdf`` as it goes to the printer or the archive; safe to run again on an imposed sheet."""
    return conform(apply_colour_rules(pdf, colour), colour, standards)
