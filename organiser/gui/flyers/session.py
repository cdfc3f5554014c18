"""The open flyer: the current document, the one place edits land, and its autosave into the corpus."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from organiser.corpus.store import Corpus
from organiser.errors import OrganiserError
from organiser.flyers.model import Flyer
from organiser.flyers.storage import get_flyer, save_flyer
from organiser.gui.i18n import arg

log = logging.getLogger(__name__)

# Autosave fires this long after the FIRST unsaved change (not restarted by later ones), so continuous typing
# is still saved at least once a second and a crash loses at most that much.
AUTOSAVE_MS = 700
# A failed save (the corpus locked by an import, a full disk) is retried after a delay that doubles up to this.
RETRY_MAX_MS = 10_000
# The GUI thread waits at most this long for another writer per save; the retries do the rest.
GUI_BUSY_TIMEOUT_MS = 2000


class FlyerSession(QObject):
    """Holds the flyer being edited; undo commands call ``apply`` with a whole document.

    Flyer ids can change when a deleted flyer is restored by undo (the store gives it a new id); ``resolve``
    maps an id found in an older command to the flyer's id today.
    """

    flyer_changed = Signal(object)  # Flyer | None: the new document (None: nothing open)
    opened = Signal(object)  # Flyer | None: a different flyer (or none) is now open
    saved = Signal(int)  # flyer id, after an autosave
    library_changed = Signal()  # a flyer was created, deleted or renamed
    error = Signal(str)

    def __init__(self, corpus: Corpus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self._flyer: Flyer | None = None
        self._dirty = False
        self._aliases: dict[int, int] = {}
        self.last_error = ""  # why the last save failed ("" after a save that worked)
        corpus.db.execute(f"PRAGMA busy_timeout = {GUI_BUSY_TIMEOUT_MS}")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

    # ---- ids -----------------------------------------------------------------------------------------------------

    def resolve(self, flyer_id: int | None) -> int | None:
        seen = set()
        while flyer_id in self._aliases and flyer_id not in seen:
            seen.add(flyer_id)
            flyer_id = self._aliases[flyer_id]
        return flyer_id

    def alias(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._aliases[old_id] = new_id

    # ---- the document --------------------------------------------------------------------------------------------

    @property
    def flyer(self) -> Flyer | None:
        return self._flyer

    def open(self, flyer: Flyer | None) -> None:
        """Show another flyer (saving the current one first)."""
        self.save_now()
        self._flyer = flyer
        self._dirty = False
        self.opened.emit(flyer)
        self.flyer_changed.emit(flyer)

    def open_id(self, flyer_id: int) -> Flyer:
        flyer = get_flyer(self.corpus, flyer_id)
        self.open(flyer)
        return flyer

    def apply(self, flyer: Flyer, typing: bool = False) -> None:
        """Make ``flyer`` the current document (switching to it if another flyer is open) and schedule a save.

        ``typing``: one of a run of edits that merge into one undo step (keys typed into a field)."""
        target = self.resolve(flyer.id)
        flyer = replace(flyer, id=target) if target != flyer.id else flyer
        if self._flyer is None or self._flyer.id != flyer.id:
            self.open(flyer)
        old_title = self._flyer.title if self._flyer else None
        self._flyer = flyer
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()
        self.flyer_changed.emit(flyer)
        # A rename (or its undo) shows in the library at once. Typing in the headline renames the flyer at every
        # key: that is saved with the other edits when the typing pauses, not at each key while the preview renders.
        if old_title != flyer.title and not typing:
            self.save_now()
            self.library_changed.emit()

    def save_now(self) -> bool:
        """Write the current flyer to the corpus if it changed; False (and an ``error``) when that failed."""
        self._timer.stop()
        if not self._dirty or self._flyer is None:
            return True
        try:
            flyer_id = save_flyer(self.corpus, self._flyer)
        except OrganiserError as err:
            self.last_error = str(err)
            self.error.emit(arg(self.tr("The flyer could not be saved: %1"), err))
            return False
        except Exception as err:  # disk full, locked database...: say so, keep the document, retry later
            log.exception("autosave failed")
            self.last_error = str(err)
            message = self.tr("The flyer could not be saved (%1). Your edits are kept; retrying shortly.")
            self.error.emit(arg(message, err))
            self._timer.start(min(RETRY_MAX_MS, max(AUTOSAVE_MS, self._timer.interval()) * 2))
            return False
        self.last_error = ""
        self._timer.setInterval(AUTOSAVE_MS)
        self._dirty = False
        self.saved.emit(flyer_id)
        return True

    def discard(self) -> None:
        """Forget the unsaved edits (the user chose to, when closing with a save that keeps failing)."""
        self._timer.stop()
        self._dirty = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    # ---- library operations (called by undo commands) -------------------------------------------------------------

    def create(self, flyer: Flyer) -> Flyer:
        """Store ``flyer`` as a new flyer (its id, if any, becomes an alias of the new one) and open it."""
        new_id = save_flyer(self.corpus, replace(flyer, id=None))
        if flyer.id is not None:
            self.alias(flyer.id, new_id)
        stored = replace(flyer, id=new_id)
        self.open(stored)
        self.library_changed.emit()
        return stored

    def delete(self, flyer_id: int) -> None:
        flyer_id = self.resolve(flyer_id) or flyer_id
        if self._flyer is not None and self._flyer.id == flyer_id:
            self._dirty = False
            self._timer.stop()
            self._flyer = None
            self.opened.emit(None)
            self.flyer_changed.emit(None)
        self.corpus.delete_flyer(flyer_id)
        self.library_changed.emit()
