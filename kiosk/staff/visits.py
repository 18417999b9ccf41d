"""The visit state machine, and the actions that move it: served, no-show, and undo.

One visit per booking::

    booked ──check_in──▶ checked_in ──served──▶ served
       │
       └────no_show────▶ no_show          (a cancelled booking has no visit)

Each action is one audit entry (kiosk.staff.audit) and moves this device's
record of the visit (``staff_visits``) in the same transaction. A move the
machine does not have raises one :class:`~kiosk.staff.errors.IllegalTransition`
subclass per case, so the screen can say what to do instead.

Undo takes back this device's latest action on a booking within
``staff.undo_seconds`` of it; an operator undoes only their own actions, a
supervisor anyone's. The visit goes back to the state before that action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kiosk.staff import audit
from kiosk.staff.daylist import DayBooking, Visit, find_booking, format_utc, parse_utc
from kiosk.staff.errors import (
    AlreadyCheckedIn,
    AlreadyFinished,
    BookingCancelled,
    NotCheckedIn,
    NothingToUndo,
    NotPermitted,
    UndoExpired,
    UnknownBooking,
)

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.staff.audit import AuditEntry
    from kiosk.staff.session import Desk, StaffSession

#: action: (the state it starts from, the state it leaves)
MOVES: dict[str, tuple[str, str]] = {
    "check_in": ("booked", "checked_in"),
    "served": ("checked_in", "served"),
    "no_show": ("booked", "no_show"),
}
FINISHED = ("served", "no_show")


def next_state(reference: str, state: str, action: str) -> str:
    """The state ``action`` leaves a visit in ``state`` in; the matching IllegalTransition if it cannot."""
    start, goal = MOVES[action]
    if state == start:
        return goal
    if state == "cancelled":
        raise BookingCancelled(reference, state, goal)
    if state in FINISHED:
        raise AlreadyFinished(reference, state, goal)
    if state == "checked_in":
        raise AlreadyCheckedIn(reference, state, goal)
    raise NotCheckedIn(reference, state, goal)


@dataclass(frozen=True)
class VisitState:
    """Where a booking of the desk's day stands, and who put it there."""

    booking: DayBooking
    state: str  # booked, checked_in, served, no_show or cancelled
    visit: Visit | None  # who moved it there, when, on which device (None while booked)
    mine: bool  # this device's own record (else the centre's list)


def visit_state(db: sqlite_utils.Database, location_id: str, day: date, reference: str) -> VisitState:
    """The booking's state on the desk's list; :class:`UnknownBooking` if it is not on it."""
    found = find_booking(db, reference, location_id, day)
    if found is None:
        raise UnknownBooking(reference)
    booking = found[2]
    row = db.execute("SELECT state, at, staff_id, device FROM staff_visits WHERE reference = ? AND location_id = ? "
                     "AND day = ?", [reference, location_id, day.isoformat()]).fetchone()
    if booking.status == "cancelled":
        return VisitState(booking, "cancelled", None, False)
    if row is not None:
        state = str(row[0])
        own = None if state == "booked" else Visit(state, parse_utc(row[1]), str(row[2]), str(row[3]))
        return VisitState(booking, state, own, True)
    visit = booking.visit
    return VisitState(booking, visit.state if visit else "booked", visit, False)


def move(db: sqlite_utils.Database, desk: Desk, session: StaffSession, reference: str, action: str,
         detail: dict[str, Any]) -> AuditEntry:
    """Make ``action`` on a booking of the desk's list, in the caller's transaction; raises as next_state."""
    current = visit_state(db, desk.location_id, desk.day, reference)
    state = next_state(reference, current.state, action)
    entry = audit.append(db, device=desk.device, at=desk.utc_now(), staff_id=session.staff_id, role=session.role,
                         action=action, reference=reference, location_id=desk.location_id, day=desk.day,
                         detail=detail)
    _record(db, desk, reference, state, entry.at, session.staff_id, desk.device, entry.seq)
    return entry


def mark_served(desk: Desk, session: StaffSession, reference: str) -> AuditEntry:
    """The checked-in person has been served. Raises NotCheckedIn, AlreadyFinished, BookingCancelled."""
    session.require_at(desk.location_id)
    with desk.store.transaction("record a visit served") as db:
        return move(db, desk, session, reference, "served", {})


def mark_no_show(desk: Desk, session: StaffSession, reference: str) -> AuditEntry:
    """The person did not come. Raises AlreadyCheckedIn, AlreadyFinished, BookingCancelled."""
    session.require_at(desk.location_id)
    with desk.store.transaction("record a no-show") as db:
        return move(db, desk, session, reference, "no_show", {})


@dataclass(frozen=True)
class Undoable:
    entry: AuditEntry  # the action undo would take back
    seconds_left: int  # of the undo window


def undoable(desk: Desk, reference: str, *, undo_seconds: int) -> Undoable | None:
    """The action :func:`undo` would take back now, or None (none, or its window is over)."""
    entry = _last_action(desk.store.db, desk, reference)
    if entry is None:
        return None
    left = undo_seconds - (desk.utc_now() - entry.at).total_seconds()
    return Undoable(entry, int(left)) if left >= 0 else None


def undo(desk: Desk, session: StaffSession, reference: str, *, undo_seconds: int) -> AuditEntry:
    """Take back this device's latest action on ``reference``; the visit returns to the state before it.

    Raises NothingToUndo, UndoExpired (older than ``undo_seconds``), NotPermitted
    (an operator undoing someone else's action).
    """
    account = session.require_at(desk.location_id)
    with desk.store.transaction("undo a staff action") as db:
        entry = _last_action(db, desk, reference)
        if entry is None:
            raise NothingToUndo(f"no action of this device on {reference} to undo")
        if (desk.utc_now() - entry.at).total_seconds() > undo_seconds:
            raise UndoExpired(entry.seq, undo_seconds)
        if entry.staff_id != account.staff_id and not account.is_supervisor:
            raise NotPermitted(f"only a supervisor undoes another member's action ({entry.staff_id}'s)")
        before = MOVES[entry.action][0]
        made = audit.append(db, device=desk.device, at=desk.utc_now(), staff_id=session.staff_id, role=session.role,
                            action="undo", reference=reference, location_id=desk.location_id, day=desk.day,
                            detail={"undoes": entry.seq})
        at, staff_id, device = made.at, session.staff_id, desk.device
        earlier = _last_action(db, desk, reference)  # now the one before the undone action
        listed = visit_state(db, desk.location_id, desk.day, reference).booking.visit
        if earlier is not None and MOVES[earlier.action][1] == before:
            at, staff_id = earlier.at, earlier.staff_id
        elif listed is not None and listed.state == before:
            at, staff_id, device = listed.at, listed.staff_id, listed.device
        _record(db, desk, reference, before, at, staff_id, device, made.seq)
        return made


def _last_action(db: sqlite_utils.Database, desk: Desk, reference: str) -> AuditEntry | None:
    """This device's latest visit action on ``reference`` at the desk that no undo has taken back."""
    undone: set[int] = set()
    for entry in reversed(audit.entries(db, location_id=desk.location_id, day=desk.day)):
        if entry.reference != reference:
            continue
        if entry.action == "undo":
            undone.add(int(entry.detail.get("undoes", 0)))
        elif entry.action in MOVES and entry.seq not in undone:
            return entry
    return None


def _record(db: sqlite_utils.Database, desk: Desk, reference: str, state: str, at: datetime, staff_id: str,
            device: str, seq: int) -> None:
    db.execute("INSERT OR REPLACE INTO staff_visits (reference, location_id, day, state, at, staff_id, device, seq)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [reference, desk.location_id, desk.day.isoformat(), state, format_utc(at), staff_id, device, seq])
