"""Drawing recorded once and replayed: a laid-out flowable draws the same operators every time.

A chart's cells, and a table whose layout did not change, are drawn at every render of a flyer. ReportLab draws
them call by call (state saved and restored, paths built, colours converted); here the operators a flowable drew
on a ``LateTextCanvas`` are kept with it (its text as ``LatePrograms``, numbered when the page ends) and appended
as they are the next time it is drawn with the same size. What draws document resources — transparency states,
spot colours, images, links — is never recorded: those belong to one document.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from organiser.printing.layout.late_text import LateProgram, LateTextCanvas

# Operators naming a document resource (graphics state, colour space, XObject, shading): not reusable.
_RESOURCE_OPS = (" gs", " cs", " CS", " scn", " SCN", " Do", " sh", " BDC")

Recording = tuple[tuple[Any, ...], bool]  # the operators, and whether they hold text to number


def draw_recorded(canv: Any, store: dict[Hashable, Recording], key: Hashable, draw: Callable[[], None]) -> None:
    """``draw()``, or what it drew before under ``key`` (kept in ``store``, shared by the flowable's clones)."""
    if not isinstance(canv, LateTextCanvas):
        draw()
        return
    known = store.get(key)
    if known is not None:
        canv._code.extend(known[0])
        if known[1]:
            canv.late_text = True
        return
    code = canv._code
    start, objects = len(code), len(canv._doc.idToObject)
    draw()
    drawn = tuple(code[start:])
    text = "\n".join([op for op in drawn if type(op) is str])
    if len(canv._doc.idToObject) != objects or any(r in text for r in _RESOURCE_OPS):
        return
    store[key] = (drawn, any(type(op) is LateProgram for op in drawn))
