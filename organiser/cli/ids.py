"""Ids and counts typed on the command line: whole numbers; an id beyond what the corpus can hold does not exist."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from organiser.errors import NotFound

# SQLite rowids are signed 64-bit integers: a larger number cannot name any row (and would overflow in the driver).
MAX_ROW_ID = 2**63 - 1


def record_id(kind: str) -> Callable[[str], int]:
    """An argparse ``type`` for the id of a ``kind`` ("flyer", "statement", "source")."""

    def parse(text: str) -> int:
        value = text.strip()
        if not value.lstrip("-").isdigit() or len(value) > 40:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {kind} id (a whole number)")
        number = int(value)
        if not 0 < number <= MAX_ROW_ID:
            # Raised through argparse (it only catches ValueError/TypeError/ArgumentTypeError): main() prints it
            # as the same plain line as any other missing id.
            raise NotFound(f"There is no {kind} {number}.")
        return number

    parse.__name__ = f"{kind} id"
    return parse


def count(text: str) -> int:
    """An argparse ``type`` for a how-many option (``--limit``): 1 up to what SQLite can count."""
    value = text.strip()
    if not value.isdigit() or not 0 < int(value[:40]) <= MAX_ROW_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 to {MAX_ROW_ID}")
    return int(value)
