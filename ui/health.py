"""What the public screens must know about the kiosk itself: can it save right now?

A full disk, a read-only mount or a folder the kiosk may not write leaves a cache
that still reads (``kiosk.store.StoreUnavailable``). The kiosk then goes on
informing and checking agencies, and says plainly, on every screen, that it
cannot take bookings or reports: better than letting someone fill in a form for
nothing. Staff read the reason in the staff menu.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from ui import registry
from ui.properties import qt_property

if TYPE_CHECKING:
    from kiosk.store import StoreUnavailable

log = logging.getLogger(__name__)

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class KioskHealth(QObject):
    create = registry.singleton("health")

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._unavailable: StoreUnavailable | None = None

    @qt_property(bool, notify=changed)
    def savingBlocked(self) -> bool:
        return self._unavailable is not None

    @qt_property(str, notify=changed)
    def reason(self) -> str:
        """full, read-only, permission, path, io, busy; "" while saving works."""
        return self._unavailable.reason if self._unavailable is not None else ""

    @property
    def unavailable(self) -> StoreUnavailable | None:
        return self._unavailable

    def cannot_save(self, error: StoreUnavailable) -> None:
        if error.reason == "busy":
            return  # another writer held the lock for a while: the next try will do
        if self._unavailable is None or self._unavailable.reason != error.reason:
            log.error("saving is not possible on this kiosk: %s", error)
            self._unavailable = error
            self.changed.emit()

    def saved(self) -> None:
        """A write went through: whatever stopped saving is over (space was freed, say)."""
        if self._unavailable is not None:
            log.info("saving works again")
            self._unavailable = None
            self.changed.emit()
