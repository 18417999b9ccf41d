"""Idle detection for a public screen: warn with a visible countdown, then wipe.

After ``timeout`` seconds without a touch, key or click, :attr:`countdownActive`
turns on and :attr:`secondsLeft` counts down from ``countdown``. "I need more
time" (or any touch) ends the countdown and starts the wait again. At zero,
:attr:`expired` fires and the shell wipes the session. Timeouts that warn first
and can be extended follow the US DOT airport-kiosk rule (49 CFR 27.71).

The watcher is *armed* only while there is something to wipe; on an untouched
welcome screen it sleeps, so the attract loop is not interrupted by warnings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from ui import registry
from ui.properties import qt_property, qt_settable

ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.InputMethod,
})

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class IdleWatcher(QObject):
    create = registry.singleton("idle")

    countdownActiveChanged = Signal()
    secondsLeftChanged = Signal()
    armedChanged = Signal()
    expired = Signal()

    def __init__(self, timeout: int, countdown: int, second_ms: int = 1000) -> None:
        """``second_ms`` is the length of one second; tests shorten it, nothing else does."""
        super().__init__()
        self._countdown = countdown
        self._seconds_left = countdown
        self._active = False
        self._armed = False
        self._wait = QTimer(self, singleShot=True, interval=timeout * second_ms)
        self._wait.timeout.connect(self._start_countdown)
        self._tick = QTimer(self, interval=second_ms)
        self._tick.timeout.connect(self._on_tick)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._armed:
            if self._active and event.type() not in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate):
                # A touch anywhere while warned is someone saying "I'm here".
                self.moreTime()
            elif not self._active:
                self._wait.start()
        return False

    def _get_armed(self) -> bool:
        return self._armed

    def _set_armed(self, armed: bool) -> None:
        if armed == self._armed:
            return
        self._armed = armed
        self._set_active(False)
        self._tick.stop()
        if armed:
            self._wait.start()
        else:
            self._wait.stop()
        self.armedChanged.emit()

    armed = qt_settable(bool, _get_armed, _set_armed, notify=armedChanged)

    @qt_property(bool, notify=countdownActiveChanged)
    def countdownActive(self) -> bool:
        return self._active

    @qt_property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @Slot()
    def moreTime(self) -> None:
        self._tick.stop()
        self._set_active(False)
        if self._armed:
            self._wait.start()

    def start_countdown_now(self) -> None:
        """Skip the wait (staff preview and screenshots)."""
        self._wait.stop()
        self._start_countdown()

    def _start_countdown(self) -> None:
        self._set_seconds(self._countdown)
        self._set_active(True)
        self._tick.start()

    def _on_tick(self) -> None:
        self._set_seconds(self._seconds_left - 1)
        if self._seconds_left <= 0:
            self._tick.stop()
            self._set_active(False)
            self.expired.emit()

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.countdownActiveChanged.emit()

    def _set_seconds(self, seconds: int) -> None:
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()
