"""A signed-in staff member, the desk they work at, and signing out when they walk away.

A :class:`StaffSession` ends by itself after ``staff.session_idle_seconds``
without an action, counted on the injected clock: a staff laptop left on a
table in a public hall must not stay open for the next person. Every action
goes through :meth:`StaffSession.require`, which refuses (:class:`NotSignedIn`)
once the session has ended and otherwise counts as activity.

A :class:`Desk` is where the work happens: this device, its cache, one place and
one day, and the clock. The actions (kiosk.staff.visits, kiosk.staff.checkin)
take a desk and a session, and audit both (kiosk.staff.audit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Literal

from kiosk.staff import audit
from kiosk.staff.errors import NotPermitted, NotSignedIn

if TYPE_CHECKING:
    from kiosk.clock import Clock
    from kiosk.staff.accounts import SignInResult, StaffAccount
    from kiosk.store import Store

SignInMethod = Literal["pin", "badge", "device_pin"]
EndReason = Literal["signed_out", "timed_out"]


@dataclass(frozen=True)
class Desk:
    """Where staff work: this device (its kiosk id), its cache, a place and a day, and the clock."""

    store: Store
    device: str
    location_id: str
    day: date
    clock: Clock

    def utc_now(self) -> datetime:
        """The clock's local wall-clock time as an aware UTC moment (the kiosk's zone is the machine's)."""
        return self.clock.now().astimezone(UTC)


class StaffSession:
    """One staff member signed in; ends on :meth:`end` or after ``idle_seconds`` without activity."""

    def __init__(self, account: StaffAccount, *, idle_seconds: int, clock: Clock) -> None:
        self.account = account
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._last = clock.now()
        self.ended: EndReason | None = None

    @property
    def staff_id(self) -> str:
        return self.account.staff_id

    @property
    def role(self) -> str:
        return self.account.role

    def seconds_left(self) -> int:
        """Whole seconds before the session times out; 0 once it has ended."""
        if self.ended is not None:
            return 0
        left = self.idle_seconds - (self._clock.now() - self._last).total_seconds()
        return max(0, int(left + 0.999))

    @property
    def active(self) -> bool:
        return self.seconds_left() > 0

    def touch(self) -> None:
        """Count activity (a tap, a scan) without an action: the idle time starts again."""
        if self.active:
            self._last = self._clock.now()

    def require(self) -> StaffAccount:
        """The signed-in account, counting as activity; :class:`NotSignedIn` once the session has ended."""
        if not self.active:
            raise NotSignedIn("no staff member is signed in" if self.ended == "signed_out"
                              else "the staff session timed out: sign in again")
        self._last = self._clock.now()
        return self.account

    def require_at(self, location_id: str) -> StaffAccount:
        """As :meth:`require`, and :class:`NotPermitted` if the member does not work at ``location_id``."""
        account = self.require()
        if not account.works_at(location_id):
            raise NotPermitted(f"{account.staff_id} does not work at {location_id}")
        return account

    def timed_out(self) -> bool:
        """Whether the session ended by idling (and :func:`end` has not recorded that yet)."""
        return self.ended is None and self.seconds_left() == 0


def begin(desk: Desk, result: SignInResult, *, idle_seconds: int, method: SignInMethod) -> StaffSession:
    """Open a session for an accepted sign-in and audit it; ValueError for a sign-in that was not accepted."""
    if result.account is None:
        raise ValueError(f"the sign-in was not accepted ({result.outcome.value})")
    session = StaffSession(result.account, idle_seconds=idle_seconds, clock=desk.clock)
    with desk.store.transaction("record a staff sign-in") as db:
        audit.append(db, device=desk.device, at=desk.utc_now(), staff_id=session.staff_id, role=session.role,
                     action="sign_in", reference="", location_id=desk.location_id, day=desk.day,
                     detail={"method": method})
    return session


def end(desk: Desk, session: StaffSession) -> None:
    """Sign out (or record a time-out that has happened) and audit it; a second call does nothing."""
    if session.ended is not None:
        return
    reason: EndReason = "timed_out" if session.timed_out() else "signed_out"
    with desk.store.transaction("record a staff sign-out") as db:
        audit.append(db, device=desk.device, at=desk.utc_now(), staff_id=session.staff_id, role=session.role,
                     action="sign_out", reference="", location_id=desk.location_id, day=desk.day,
                     detail={"reason": reason})
    session.ended = reason
