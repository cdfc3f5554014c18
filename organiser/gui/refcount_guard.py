"""Guard against PySide6 6.12's reference-count bug on CPython 3.11 (None/True/False lose a reference per call).

Measured here (PySide6-Essentials 6.12.0, abi3 wheel, CPython 3.11.7): every ``Signal.emit()`` drops one reference
to ``True`` and every binding call returning ``None`` (``setObjectName``, ``QTimer.start``, ``processEvents``...)
drops one to ``None``. ``True`` starts near 600 references, so after some hundreds of emits the process aborts with
"Fatal Python error: bool_dealloc". 6.11.2 does not do it; on CPython 3.12+ these objects are immortal and the lost
references are harmless. Until the project moves off this combination, give the three singletons references
they can never run out of. They are static objects that are never freed, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 40
_done = False


def install() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE_REFERENCES
    _done = True
