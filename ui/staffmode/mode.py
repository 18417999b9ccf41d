"""Staff mode itself: who is signed in, at which place and on which day, and when they are signed out.

Staff mode is *open* from the first sign-in until someone chooses "Leave staff
mode". While it is open on a public kiosk the public screens stay locked: the
traveller's idle wipe is off, and a staff session that ends (signed out, or
``staff.session_idle_seconds`` without a tap) returns to the staff sign-in,
never to the welcome screen, so a desk left for a moment shows a sign-in, not
the day's list and not the public kiosk. ``kiosk staff`` (a laptop at a mobile
office) is staff mode only: there is nothing to leave to.

A session ends on the injected clock: a timer polls
:meth:`kiosk.staff.session.StaffSession.timed_out` and records the end with
:func:`kiosk.staff.session.end`, so the time-out is in the audit log.

The other staff controllers run their work through :meth:`StaffMode.on_desk`,
which hands the job the desk and session of the moment on the database lane.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.staff.errors import NotSignedIn
from kiosk.text.dates import long_date
from ui import registry
from ui.idle import ACTIVITY
from ui.latest import LatestRequests
from ui.properties import qt_property
from ui.rows_model import RowsModel

if TYPE_CHECKING:
    from kiosk.clock import Clock
    from kiosk.config import Config
    from kiosk.staff.accounts import SignInResult, StaffAccount
    from kiosk.staff.session import Desk, SignInMethod, StaffSession
    from kiosk.store import Store
    from ui.session import Session
    from ui.staff import StaffController
    from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)

#: Days either side of today staff may open: the centre gives lists from yesterday to the day after tomorrow.
DAYS_AROUND = 7


class NoPlaceHere(Exception):
    """The member works only at places this device's release does not have."""


@dataclass(frozen=True)
class Started:
    """A sign-in accepted and recorded, on the database lane: what the GUI thread takes over."""

    session: StaffSession
    desk: Desk
    places: list[dict[str, str]]


@QmlElement
@QmlSingleton
class StaffMode(QObject):
    create = registry.singleton("staff_mode")

    changed = Signal()  # open, signed in, who
    deskChanged = Signal()  # the place or the day
    secondsLeftChanged = Signal()
    sessionEnded = Signal(str)  # "signed_out" or "timed_out": back to the staff sign-in
    closed = Signal()  # staff mode left: back to the public welcome screen

    def __init__(self, settings: Config, runner: TaskRunner, session: Session, store: Callable[[], Store | None],
                 device_id: Callable[[], str | None], clock: Clock, staff: StaffController, *,
                 staff_only: bool = False, second_ms: int = 1000) -> None:
        super().__init__()
        self._settings = settings
        self._runner = runner
        self._ui_session = session
        self._store = store
        self._device_id = device_id
        self.clock = clock
        self._staff = staff
        self._staff_only = staff_only
        self._requests = LatestRequests(runner, store)
        self._open = staff_only
        self._session: StaffSession | None = None
        self._desk: Desk | None = None
        self._last_place = ""
        self._seconds_left = 0
        self._ending = False
        self._places = RowsModel(("locationId", "name"))
        self._tick = QTimer(self, interval=second_ms)
        self._tick.timeout.connect(self._on_tick)
        session.languageChanged.connect(self._language_changed)

    # --- what QML shows ----------------------------------------------------------------------------

    @qt_property(bool, notify=changed)
    def open(self) -> bool:
        """Staff mode is open: the public screens are locked until someone leaves it."""
        return self._open

    @qt_property(bool, constant=True)
    def staffOnly(self) -> bool:
        """``kiosk staff``: no public screens at all, so nothing to leave to."""
        return self._staff_only

    @qt_property(bool, notify=changed)
    def signedIn(self) -> bool:
        return self._session is not None

    @qt_property(str, notify=changed)
    def memberId(self) -> str:
        return self._session.staff_id if self._session else ""

    @qt_property(str, notify=changed)
    def memberName(self) -> str:
        return self._session.account.display_name if self._session else ""

    @qt_property(bool, notify=changed)
    def isSupervisor(self) -> bool:
        return self._session is not None and self._session.account.is_supervisor

    @qt_property(QObject, constant=True)
    def places(self) -> RowsModel:
        """The member's places that this device knows (from the release's locations)."""
        return self._places

    @qt_property(int, notify=deskChanged)
    def placeCount(self) -> int:
        return self._places.rowCount()

    @qt_property(str, notify=deskChanged)
    def locationId(self) -> str:
        return self._desk.location_id if self._desk else ""

    @qt_property(str, notify=deskChanged)
    def locationName(self) -> str:
        wanted = self.locationId
        return next((row["name"] for row in self._places.rows() if row["locationId"] == wanted), wanted)

    @qt_property(str, notify=deskChanged)
    def day(self) -> str:
        return self._desk.day.isoformat() if self._desk else ""

    @qt_property(str, notify=deskChanged)
    def dayTitle(self) -> str:
        return long_date(self._desk.day, self._ui_session.language) if self._desk else ""

    @qt_property(bool, notify=deskChanged)
    def isToday(self) -> bool:
        return self._desk is not None and self._desk.day == self.clock.today()

    @qt_property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        """Seconds before the session signs itself out for want of a tap."""
        return self._seconds_left

    # --- the session and the desk, for the other controllers ---------------------------------------

    @property
    def session(self) -> StaffSession | None:
        return self._session

    @property
    def desk(self) -> Desk | None:
        return self._desk

    @property
    def account(self) -> StaffAccount | None:
        return self._session.account if self._session else None

    def starter(self, method: SignInMethod) -> Callable[[Store, SignInResult], Started]:
        """What opens a session for an accepted sign-in, to run on the database lane (what it needs from the
        screens is read here, on the GUI thread)."""
        device, language, last_place = self._device_id(), self._ui_session.language, self._last_place
        idle_seconds, clock = self._settings.staff_session_idle_seconds, self.clock

        def start(store: Store, result: SignInResult) -> Started:
            """Open the session and audit it: at the place chosen last on this device if the member works
            there, else at their first place; today, on the kiosk's clock.

            Raises :class:`NoPlaceHere` when none of the member's places is in this device's release, and
            RuntimeError when the device has no key, hence no name to keep its audit log under.
            """
            from kiosk.booking import catalogue
            from kiosk.staff.session import Desk, begin

            account = result.account
            assert account is not None, "only an accepted sign-in starts a session"
            if not device:
                raise RuntimeError("this device has no device key, so its staff audit log cannot be kept")
            places = [{"locationId": location.id, "name": location.name(language)}
                      for location in catalogue.locations(store) if account.works_at(location.id)]
            if not places:
                raise NoPlaceHere(f"{account.staff_id} works at none of the places this device knows")
            ids = [row["locationId"] for row in places]
            desk = Desk(store, device, last_place if last_place in ids else ids[0], clock.today(), clock)
            session = begin(desk, result, idle_seconds=idle_seconds, method=method)
            return Started(session, desk, places)

        return start

    def started(self, started: Started) -> None:
        """Take over a session opened on the database lane: staff mode is open, the desk shows."""
        self._session, self._desk, self._open = started.session, started.desk, True
        self._last_place = started.desk.location_id
        self._places.replace(started.places)
        self._seconds_left = started.session.seconds_left()
        self._ending = False
        self._tick.start()
        self.changed.emit()
        self.deskChanged.emit()
        self.secondsLeftChanged.emit()

    def on_desk(self, kind: str, job: Callable[[Desk, StaffSession, Store], Any], done: Callable[[Any], None],
                failed: Callable[[BaseException], None]) -> None:
        """Run ``job`` on the database lane with the desk and session of now; only the newest of a kind answers.

        A session that ended meanwhile (:class:`NotSignedIn`) is taken as the time-out it is, and ``failed``
        is not called for it.
        """
        desk, session = self._desk, self._session
        if desk is None or session is None:
            return

        def lost(error: BaseException) -> None:
            if isinstance(error, NotSignedIn):
                self._on_tick()
            else:
                failed(error)

        self._requests.on_db(kind, lambda store: job(desk, session, store), done, lost)

    def touch(self) -> None:
        """A tap or a key on a staff screen: the session's idle time starts again."""
        if self._session is not None:
            self._session.touch()

    # --- place and day --------------------------------------------------------------------------------

    @Slot(str)
    def choosePlace(self, location_id: str) -> None:
        if self._desk is None or location_id not in [row["locationId"] for row in self._places.rows()]:
            return
        self._last_place = location_id
        self._move_desk(replace(self._desk, location_id=location_id))

    @Slot(int)
    def showDay(self, step: int) -> None:
        if self._desk is None:
            return
        today = self.clock.today()
        wanted = self._desk.day + timedelta(days=step)
        if abs((wanted - today).days) <= DAYS_AROUND:
            self._move_desk(replace(self._desk, day=wanted))

    @Slot()
    def showToday(self) -> None:
        if self._desk is not None:
            self._move_desk(replace(self._desk, day=self.clock.today()))

    def _move_desk(self, desk: Desk) -> None:
        self.touch()
        self._desk = desk
        self.deskChanged.emit()
        location_id, day = desk.location_id, desk.day

        def want(store: Store) -> None:
            from kiosk.staff.daylist import want_day

            # The agent then fetches this place's list for that day too, at its next round.
            with store.transaction("remember a staff day") as db:
                want_day(db, location_id, day)

        self._requests.on_db("want_day", want, lambda _: None, lambda error: log.warning(
            "the staff day %s %s was not remembered: %s", location_id, day, error))

    # --- ending -------------------------------------------------------------------------------------------

    @Slot()
    def signOut(self) -> None:
        """The member is done: the next one signs in; staff mode (and the public lock) stays."""
        self._end(then_close=False)

    @Slot()
    def leave(self) -> None:
        """Leave staff mode: sign out, and the kiosk is a public kiosk again."""
        if self._staff_only:
            self._end(then_close=False)
            return
        if self._session is None:
            self._close()
        else:
            self._end(then_close=True)

    @Slot()
    def openMenu(self) -> None:
        """The device's staff menu (status, printer, sync), with "exit the kiosk" for supervisors only."""
        if self._session is not None:
            self.touch()
            self._staff.open_from_desk(may_exit=self._session.account.is_supervisor)

    def sign_out_now(self) -> None:
        """At shutdown: record the sign-out of a member still signed in, waiting for it (closing only)."""
        session, desk = self._session, self._desk
        self._tick.stop()
        if session is None or desk is None or self._store() is None:
            return
        from kiosk.staff.session import end

        try:
            self._runner.call_in_lane("db", lambda: end(desk, session), timeout=10)
        except Exception as error:  # the kiosk stops anyway; the log says the sign-out is not in the audit
            log.error("staff sign-out at shutdown not recorded: %s", error)
        self._session = None

    def _on_tick(self) -> None:
        session = self._session
        if session is None:
            self._tick.stop()
            return
        left = session.seconds_left()
        if left != self._seconds_left:
            self._seconds_left = left
            self.secondsLeftChanged.emit()
        if session.timed_out() or session.ended is not None:
            self._end(then_close=False)

    def _end(self, *, then_close: bool) -> None:
        session, desk = self._session, self._desk
        if session is None or desk is None or self._ending:
            return
        self._ending = True

        def end_session(store: Store) -> str:
            from kiosk.staff.session import end

            end(desk, session)
            return session.ended or "signed_out"

        def ended(reason: str) -> None:
            self._after_end(reason, then_close)

        def not_recorded(error: BaseException) -> None:
            # The member is signed out on screen whatever the disk says; the log says why it is not audited.
            log.error("staff sign-out not recorded: %s", error)
            self._after_end("timed_out" if session.timed_out() else "signed_out", then_close)

        self._runner.submit("db", lambda: end_session(self._store_or_fail()), ended, not_recorded)

    def _store_or_fail(self) -> Store:
        store = self._store()
        if store is None:
            raise RuntimeError("the local cache is not open")
        return store

    def _after_end(self, reason: str, then_close: bool) -> None:
        self._tick.stop()
        self._session = None
        self._ending = False
        self._seconds_left = 0
        self._requests.forget()
        self._staff.lock()
        self.changed.emit()
        self.secondsLeftChanged.emit()
        if then_close:
            self._close()
        else:
            self.sessionEnded.emit(reason)

    def _close(self) -> None:
        self._open = False
        self._desk = None
        self._places.replace([])
        self.changed.emit()
        self.deskChanged.emit()
        self.closed.emit()

    def _language_changed(self) -> None:
        self.deskChanged.emit()
        if self._session is None:
            return
        language = self._ui_session.language
        account = self._session.account

        def names(store: Store) -> list[dict[str, str]]:
            from kiosk.booking import catalogue

            return [{"locationId": location.id, "name": location.name(language)}
                    for location in catalogue.locations(store) if account.works_at(location.id)]

        def shown(rows: list[dict[str, str]]) -> None:
            self._places.replace(rows)
            self.deskChanged.emit()

        self._requests.on_db("places", names, shown, lambda error: None)


class StaffActivity(QObject):
    """Counts every tap and key in the window as the staff member still being there (an event filter)."""

    def __init__(self, mode: StaffMode) -> None:
        super().__init__()
        self._mode = mode

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and event.type() not in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate):
            self._mode.touch()
        return False
