"""The kiosk's own staff menu: status, printer, sync, exit.

Staff reach it from the staff desk (ui.staffmode), after signing in there; the
device's own PIN is one of the accounts that sign in (``device``). When the local
cache cannot be opened there is no desk to sign in to, and the device PIN opens
this menu directly (``ui.staffmode.signin``), so staff can still see why and
exit. Only a supervisor (and the device's own PIN) may exit the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import __version__, config
from kiosk.staff_words import Notice, decode, event_kind, say
from kiosk.text.dates import date_time_text
from ui import registry
from ui.properties import qt_property

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.store import Store
    from kiosk.store.database import Event
    from ui.health import KioskHealth
    from ui.sync import SyncController
    from ui.tasks import TaskRunner

    # A line of the status box: a sentence for staff, or an event the kiosk recorded.
    _Line = Notice | Event

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class StaffController(QObject):
    create = registry.singleton("staff")

    unlockedChanged = Signal()
    statusChanged = Signal()
    exitRequested = Signal()

    def __init__(self, settings: Config, runner: TaskRunner, language: Callable[[], str] | None = None) -> None:
        super().__init__()
        # The screen's language, for the status box; staff read it as everyone else reads the kiosk.
        self._language = language or (lambda: settings.default_language)
        self._settings = settings
        self._runner = runner
        self._unlocked = False
        self._may_exit = False
        self._status: list[_Line] = []
        self.store: Store | None = None
        self.health: KioskHealth | None = None
        self.sync: SyncController | None = None  # set by the app: what the sync agent last said

    @qt_property(bool, notify=unlockedChanged)
    def unlocked(self) -> bool:
        return self._unlocked

    @qt_property(bool, notify=unlockedChanged)
    def canExit(self) -> bool:
        """Whether "Exit the kiosk" is offered: to a supervisor and to the device's own PIN, not to an operator."""
        return self._unlocked and self._may_exit

    @qt_property(bool, constant=True)
    def usesDemoPin(self) -> bool:
        return not self._settings.staff_pin_hash

    def unlock_after_check(self) -> None:
        """Open the menu with every power. Only the device PIN's check (or the screenshot tool, in its own
        process) calls this."""
        self._open(may_exit=True)

    def open_from_desk(self, *, may_exit: bool) -> None:
        """Open the menu for a staff member signed in at the desk; ``may_exit`` for a supervisor."""
        self._open(may_exit=may_exit)

    def _open(self, *, may_exit: bool) -> None:
        self._unlocked = True
        self._may_exit = may_exit
        self.unlockedChanged.emit()
        self.refreshStatus()

    @Slot()
    def lock(self) -> None:
        if self._unlocked:
            self._unlocked = False
            self._may_exit = False
            self.unlockedChanged.emit()

    def wipe(self) -> None:
        """A wipe locks the staff menu too: staff who walk away leave nothing open."""
        self.lock()

    @Slot()
    def requestExit(self) -> None:
        if self.canExit:
            self.exitRequested.emit()

    # --- status ------------------------------------------------------------------------------

    @qt_property("QStringList", notify=statusChanged)
    def status(self) -> list[str]:
        """The status box's lines in the screen's language; technical values (paths, versions) as they are."""
        language = self._language()
        return [_say_line(line, language) for line in self._status]

    def language_changed(self) -> None:
        self.statusChanged.emit()

    @Slot()
    def refreshStatus(self) -> None:
        self._runner.submit("db", self._collect_status, self._set_status, self._set_status_error)

    def _collect_status(self) -> list[_Line]:
        settings = self._settings
        lines: list[_Line] = [
            Notice.of("version", version=__version__),
            Notice.of("configuration_defaults") if settings.source == config.DEFAULTS_SOURCE
            else Notice.of("configuration", source=settings.source),
            Notice.of("data_dir", path=settings.data_dir),
            Notice.of("printer_queue", queue=settings.printer_queue),
        ]
        if not settings.staff_pin_hash:
            lines.append(Notice.of("demo_pin"))
        if self.sync is not None:
            lines.extend(self.sync.status_notices())
        blocked = self.health.unavailable if self.health is not None else None
        if blocked is not None:
            lines.append(Notice.of("cannot_save", detail=str(blocked)))
        store = self.store
        if store is None:
            lines.append(Notice.of("cache_closed"))
            return lines
        from kiosk.content import topics  # on the database lane, as the rest of the content is

        count = len(topics.topic_names(store, settings.default_language))
        source = store.get_meta("content_source")
        lines.append(Notice.of("cache", schema=store.schema_version, topics=count, source=source) if source
                     else Notice.of("cache_no_content", schema=store.schema_version, topics=count))
        lines.extend(store.events(limit=5))
        return lines

    def _set_status(self, lines: list[_Line]) -> None:
        self._status = lines
        self.statusChanged.emit()

    def _set_status_error(self, error: BaseException) -> None:
        self._set_status([Notice.of("status_unavailable", detail=error)])


def _say_line(line: _Line, language: str) -> str:
    if isinstance(line, Notice):
        return say(line, language)
    # An event says what happened as notices (the printer's) or in the plain words it was recorded in.
    notices = decode(line.detail)
    detail = say(notices, language) if notices else line.detail
    return say(Notice.of("event", at=_event_time(line.at, language), kind=event_kind(line.kind, language),
                         detail=detail), language)


def _event_time(at: str, language: str) -> str:
    """An event's UTC time stamp as the screens write dates (the clock is the kiosk's, shown in UTC)."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    return f"{date_time_text(moment, language)} UTC"
