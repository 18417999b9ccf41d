"""Synchronisation as the screens see it: a worker thread that runs the sync agent, and its state.

The agent (:mod:`sync.agent`) does all the talking to the centre and all the
writing, through ``kiosk/``; this module only starts it on a thread of its own
(never the GUI thread, never the database lane: a slow network must not hold up
a booking) and shows what it last said:

- on the public screens, a small line: when the data last arrived, online or
  offline. A kiosk that was never enrolled shows nothing: it is a standalone
  kiosk, not an offline one;
- in the staff menu, the details (:meth:`SyncController.status_notices`) and
  "Synchronise now", which wakes the worker at once.

The worker has its own connection to the cache (SQLite allows one per thread);
a release it applies is seen by the screens' next query.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.staff_words import Notice
from kiosk.text.dates import date_time_text
from ui import registry
from ui.properties import qt_property

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.config import Config
    from sync.agent.agent import SyncAgent, SyncStatus

log = logging.getLogger(__name__)

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class SyncController(QObject):
    create = registry.singleton("sync")

    changed = Signal()
    _reported = Signal(object)  # a SyncStatus, from the worker thread; delivered on the GUI thread

    def __init__(self, settings: Config, language: Callable[[], str],
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """``now``: the kiosk's clock, time-zone aware (the agent judges expiry with it)."""
        super().__init__()
        self._settings = settings
        self._language = language
        self._now = now
        self._status: SyncStatus | None = None
        self._busy = False
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._reported.connect(self._take)

    # --- state seen by QML -------------------------------------------------------------------

    @qt_property(bool, notify=changed)
    def connected(self) -> bool:
        """Enrolled with a central service (a standalone kiosk shows no sync state at all)."""
        return self._status is not None and self._status.enrolled

    @qt_property(bool, notify=changed)
    def online(self) -> bool:
        return self._status is not None and self._status.online

    @qt_property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @qt_property(str, notify=changed)
    def updatedText(self) -> str:
        """When data last arrived from the centre, in the screen's language; "" if never."""
        moment = _moment(self._status.last_success_at) if self._status is not None else None
        return date_time_text(moment.astimezone(), self._language()) if moment is not None else ""

    def language_changed(self) -> None:
        self.changed.emit()

    def status_notices(self) -> list[Notice]:
        """The staff menu's sync lines."""
        status = self._status
        if status is None or not status.enrolled:
            return [Notice.of("sync_not_enrolled")]
        language = self._language()
        last = _moment(status.last_success_at)
        notices = [
            Notice.of("sync_online" if status.online else "sync_offline", url=status.central_url),
            Notice.of("sync_release", release=status.release) if status.release is not None
            else Notice.of("sync_release_none"),
            Notice.of("sync_last_success",
                      at=date_time_text(last.astimezone(), language) if last is not None else "-"),
            Notice.of("sync_outbox", waiting=status.outbox_waiting, parked=status.outbox_parked),
        ]
        if status.last_error:
            notices.append(Notice.of("sync_last_error", error=status.last_error))
        return notices

    # --- control -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker; it stops at once on a kiosk that is not enrolled (what it needs to know
        that is imported there, off the GUI thread)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="sync", daemon=True)
            self._thread.start()

    @Slot()
    def syncNow(self) -> None:
        if self.connected:
            self._busy = True
            self.changed.emit()
            self._wake.set()

    def close(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    # --- the worker thread -----------------------------------------------------------------------

    def _work(self) -> None:
        from sync.agent.enrollment import is_enrolled
        from sync.agent.files import AgentPaths

        if not is_enrolled(AgentPaths(self._settings.data_dir)):
            log.info("sync: this kiosk is not enrolled with a central service; it works on what it has")
            return
        from kiosk.store import open_store
        from sync.agent.agent import SyncAgent
        from sync.agent.cli import agent_settings, new_session

        store = open_store(self._settings.data_paths)
        try:
            agent = SyncAgent(store, self._settings.data_dir, new_session(), settings=agent_settings(self._settings),
                              clock=self._now)
            self._reported.emit(agent.status())
            self._loop(agent)
        finally:
            store.close()

    def _loop(self, agent: SyncAgent) -> None:
        settings = agent.settings
        next_sync = time.monotonic()  # a first round at once
        next_outbox = next_sync + _jittered(settings.outbox_interval_s, settings.jitter)
        while not self._stop.is_set():
            now = time.monotonic()
            asked = self._wake.is_set()
            self._wake.clear()
            if asked or now >= next_sync:
                self._step(agent, agent.sync_once)
                next_sync = time.monotonic() + _jittered(settings.interval_s, settings.jitter)
                next_outbox = time.monotonic() + _jittered(settings.outbox_interval_s, settings.jitter)
            elif now >= next_outbox:
                self._step(agent, agent.send_outbox_once)
                next_outbox = time.monotonic() + _jittered(settings.outbox_interval_s, settings.jitter)
            self._wake.wait(max(0.0, min(next_sync, next_outbox) - time.monotonic()))

    def _step(self, agent: SyncAgent, step: Callable[[], Any]) -> None:
        try:
            step()
        except Exception:  # the agent reports its own failures; anything else is a bug, logged
            log.exception("sync: a round failed unexpectedly; the next one runs as planned")
        try:
            self._reported.emit(agent.status())
        except Exception:
            log.exception("sync: status unavailable")

    def _take(self, status: SyncStatus) -> None:
        self._status = status
        self._busy = False
        self.changed.emit()


def _jittered(interval: float, spread: float) -> float:
    """``interval`` ± ``spread`` of it, at random: kiosks started together do not call the centre together."""
    return max(1.0, interval * (1 + random.uniform(-spread, spread)))


def _moment(text: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
