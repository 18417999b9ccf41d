from __future__ import annotations

import pytest

from kiosk.staff import audit, visits
from kiosk.staff.checkin import check_in
from kiosk.staff.daylist import day_entries
from kiosk.staff.errors import (
    AlreadyCheckedIn,
    AlreadyFinished,
    BookingCancelled,
    IllegalTransition,
    NotCheckedIn,
    NothingToUndo,
    NotPermitted,
    NotSignedIn,
    UndoExpired,
    UnknownBooking,
)
from kiosk.staff.session import Desk
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY
from tests.kiosk.staff.fixtures import (
    OFFICE,
    OPERATOR,
    OTHER_OPERATOR,
    SUPERVISOR,
    StaffClock,
    as_listed,
    book,
    booking_kiosk,
    publish,
    signed_in,
)

UNDO = 120


@pytest.fixture
def references(store: Store) -> list[str]:
    kiosk = booking_kiosk(store)
    bookings = [book(kiosk, "Aziza Karimova"), book(kiosk, "Karim Aliev"), book(kiosk, "Ivan Petrov", hhmm="10:00")]
    cancelled = kiosk.cancel(bookings[2].reference, "Ivan Petrov")
    publish(store, [as_listed(bookings[0]), as_listed(bookings[1]), as_listed(cancelled)])
    return [b.reference for b in bookings]


def state(store: Store, reference: str) -> str:
    return next(e.state for e in day_entries(store.db, OFFICE, MONDAY) if e.reference == reference)


def test_a_visit_goes_booked_checked_in_served(store: Store, desk: Desk, references: list[str]) -> None:
    session = signed_in(OPERATOR, desk.clock)
    check_in(desk, session, references[0], {})
    visits.mark_served(desk, session, references[0])
    visits.mark_no_show(desk, session, references[1])
    assert (state(store, references[0]), state(store, references[1])) == ("served", "no_show")
    assert [e.action for e in audit.entries(store.db)] == ["check_in", "served", "no_show"]


@pytest.mark.parametrize(("steps", "action", "refused"), [
    ([], "served", NotCheckedIn),
    (["check_in"], "no_show", AlreadyCheckedIn),
    (["check_in", "served"], "served", AlreadyFinished),
    (["no_show"], "served", AlreadyFinished),
    (["no_show"], "no_show", AlreadyFinished),
])
def test_a_move_the_machine_does_not_have_raises_its_own_error(store: Store, desk: Desk, references: list[str],
                                                              steps: list[str], action: str,
                                                              refused: type[IllegalTransition]) -> None:
    session = signed_in(OPERATOR, desk.clock)
    moves = {"check_in": lambda: check_in(desk, session, references[0], {}),
             "served": lambda: visits.mark_served(desk, session, references[0]),
             "no_show": lambda: visits.mark_no_show(desk, session, references[0])}
    for step in steps:
        moves[step]()
    before = len(audit.entries(store.db))
    with pytest.raises(refused) as caught:
        moves[action]()
    assert caught.value.reference == references[0]
    assert len(audit.entries(store.db)) == before  # nothing recorded


def test_a_cancelled_or_unlisted_booking_has_no_visit(desk: Desk, references: list[str]) -> None:
    session = signed_in(OPERATOR, desk.clock)
    with pytest.raises(BookingCancelled):
        visits.mark_no_show(desk, session, references[2])
    with pytest.raises(UnknownBooking):
        visits.mark_served(desk, session, "7KQ4XP9M")


def test_undo_inside_the_window_returns_the_visit_to_before(store: Store, desk: Desk, clock: StaffClock,
                                                            references: list[str]) -> None:
    session = signed_in(OPERATOR, clock)
    check_in(desk, session, references[0], {})
    served = visits.mark_served(desk, session, references[0])
    clock.advance(UNDO - 1)
    offer = visits.undoable(desk, references[0], undo_seconds=UNDO)
    assert offer is not None and offer.entry.seq == served.seq and offer.seconds_left == 1
    undone = visits.undo(desk, session, references[0], undo_seconds=UNDO)
    assert undone.detail == {"undoes": served.seq}
    assert state(store, references[0]) == "checked_in"
    visits.mark_no_show(desk, session, references[1])
    visits.undo(desk, session, references[1], undo_seconds=UNDO)
    assert state(store, references[1]) == "booked"


def test_undo_outside_the_window_is_refused(store: Store, desk: Desk, clock: StaffClock,
                                            references: list[str]) -> None:
    session = signed_in(OPERATOR, clock, idle_seconds=3600)
    made = visits.mark_no_show(desk, session, references[1])
    clock.advance(UNDO + 1)
    assert visits.undoable(desk, references[1], undo_seconds=UNDO) is None
    with pytest.raises(UndoExpired) as caught:
        visits.undo(desk, session, references[1], undo_seconds=UNDO)
    assert caught.value.seq == made.seq
    assert state(store, references[1]) == "no_show"
    with pytest.raises(NothingToUndo):
        visits.undo(desk, session, references[0], undo_seconds=UNDO)


def test_only_a_supervisor_undoes_another_members_action(store: Store, desk: Desk, references: list[str]) -> None:
    visits.mark_no_show(desk, signed_in(OPERATOR, desk.clock), references[1])
    with pytest.raises(NotPermitted):
        visits.undo(desk, signed_in(OTHER_OPERATOR, desk.clock), references[1], undo_seconds=UNDO)
    visits.undo(desk, signed_in(SUPERVISOR, desk.clock), references[1], undo_seconds=UNDO)
    assert state(store, references[1]) == "booked"


def test_a_member_acts_only_at_their_places_and_only_while_signed_in(store: Store, clock: StaffClock,
                                                                     references: list[str]) -> None:
    from tests.kiosk.staff.fixtures import make_desk

    elsewhere = make_desk(store, clock, location_id="mobile-b")
    with pytest.raises(NotPermitted):
        visits.mark_no_show(elsewhere, signed_in(OPERATOR, clock), references[1])  # OPERATOR works at office-a
    session = signed_in(OPERATOR, clock, idle_seconds=300)
    clock.advance(301)
    with pytest.raises(NotSignedIn):
        visits.mark_no_show(make_desk(store, clock), session, references[1])
