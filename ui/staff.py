"""The staff side of the kiosk: PIN gate, lockout, status and exit.

Staff reach the PIN pad by a hidden gesture (five taps in the top-left corner
within three seconds). The PIN check (scrypt, tens of milliseconds) runs on the
task runner so the pad never stutters.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import __version__
from kiosk.config import Config
from kiosk.content import topics
from kiosk.staff import PinLock, PinOutcome, PinResult
from kiosk.store import Store
from ui import registry
from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class StaffController(QObject):
    create = registry.singleton("staff")

    unlockedChanged = Signal()
    lockedSecondsChanged = Signal()
    attemptsLeftChanged = Signal()
    checkingChanged = Signal()
    statusChanged = Signal()
    pinRejected = Signal()
    exitRequested = Signal()

    def __init__(self, settings: Config, runner: TaskRunner, lock: PinLock | None = None,
                 second_ms: int = 1000) -> None:
        super().__init__()
        self._settings = settings
        self._runner = runner
        self._lock = lock or PinLock(settings.staff_pin_hash, settings.staff_max_attempts,
                                     settings.staff_lockout_seconds)
        self._unlocked = False
        self._checking = False
        self._attempts_left = settings.staff_max_attempts
        self._status: list[str] = []
        self.store: Store | None = None
        self._lock_timer = QTimer(self, interval=second_ms)
        self._lock_timer.timeout.connect(self._on_lock_tick)

    @Property(bool, notify=unlockedChanged)
    def unlocked(self) -> bool:
        return self._unlocked

    @Property(bool, notify=checkingChanged)
    def checking(self) -> bool:
        return self._checking

    @Property(int, notify=lockedSecondsChanged)
    def lockedSeconds(self) -> int:
        return self._lock.locked_for()

    @Property(int, notify=attemptsLeftChanged)
    def attemptsLeft(self) -> int:
        return self._attempts_left

    @Property(bool, constant=True)
    def usesDemoPin(self) -> bool:
        return self._lock.uses_demo_pin

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        if self._checking:
            return
        self._set_checking(True)
        self._runner.submit("io", lambda: self._lock.attempt(pin), self._on_result, self._on_error)

    def _on_result(self, result: PinResult) -> None:
        self._set_checking(False)
        self._attempts_left = result.attempts_left
        self.attemptsLeftChanged.emit()
        if result.outcome is PinOutcome.ACCEPTED:
            self.unlock_after_check()
            return
        if result.outcome is PinOutcome.LOCKED:
            self._lock_timer.start()
        self.lockedSecondsChanged.emit()
        self.pinRejected.emit()

    def _on_error(self, error: BaseException) -> None:
        self._set_checking(False)
        self.pinRejected.emit()

    def _on_lock_tick(self) -> None:
        self.lockedSecondsChanged.emit()
        if not self._lock.locked_for():
            self._lock_timer.stop()
            self._attempts_left = self._settings.staff_max_attempts
            self.attemptsLeftChanged.emit()

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.checkingChanged.emit()

    def unlock_after_check(self) -> None:
        """Open the menu. Only a PIN check (or the screenshot tool, in its own process) calls this."""
        self._unlocked = True
        self.unlockedChanged.emit()
        self.refreshStatus()

    @Slot()
    def lock(self) -> None:
        if self._unlocked:
            self._unlocked = False
            self.unlockedChanged.emit()

    def wipe(self) -> None:
        """A wipe locks the staff menu too: staff who walk away leave nothing open."""
        self.lock()

    @Slot()
    def requestExit(self) -> None:
        if self._unlocked:
            self.exitRequested.emit()

    # --- status ------------------------------------------------------------------------------

    @Property("QStringList", notify=statusChanged)
    def status(self) -> list[str]:
        return self._status

    @Slot()
    def refreshStatus(self) -> None:
        self._runner.submit("db", self._collect_status, self._set_status, self._set_status_error)

    def _collect_status(self) -> list[str]:
        settings = self._settings
        lines = [
            f"Kiosk version {__version__}",
            f"Configuration: {settings.source}",
            f"Data directory: {settings.data_dir}",
            "Central service: " + (settings.sync_central_url or "none configured (offline only)"),
            f"Printer queue: {settings.printer_queue} (printing arrives with receipts)",
        ]
        if self._lock.uses_demo_pin:
            lines.append("WARNING: the demo staff PIN is in use; set staff.pin_hash")
        store = self.store
        if store is None:
            lines.append("Local cache: not open")
            return lines
        count = len(topics.topic_names(store, settings.default_language))
        lines.append(f"Local cache: schema {store.schema_version}, {count} topics, "
                     f"content {store.get_meta('content_source') or 'none'}")
        lines.extend(f"Event {e.at}: {e.kind}: {e.detail}" for e in store.events(limit=5))
        return lines

    def _set_status(self, lines: list[str]) -> None:
        self._status = lines
        self.statusChanged.emit()

    def _set_status_error(self, error: BaseException) -> None:
        self._set_status([f"Status unavailable: {error}"])
