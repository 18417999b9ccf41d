from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.booking.schedule import Closure, Schedule
from kiosk.booking.slots import generate_slots, refresh_slots, slot_id_for
from tests.kiosk.booking.fixtures import CONSULT, MONDAY, SUBMIT, make_catalogue, open_with_catalogue, times

SERVICES = {"consult": CONSULT, "submit": SUBMIT}


def made(first: date, last: date, *extra: Closure) -> list:
    catalogue = make_catalogue(*extra)
    return generate_slots(catalogue.service_map(), catalogue.schedules, catalogue.closures, first, last)


def test_slots_are_made_from_opening_hours_and_visits_minus_closures() -> None:
    week = made(MONDAY, MONDAY + timedelta(days=6))
    by_day: dict[tuple[str, str, date], int] = {}
    for slot in week:
        key = (slot.location_id, slot.service_id, slot.day)
        by_day[key] = by_day.get(key, 0) + 1
    office_consult = {day: n for (loc, svc, day), n in by_day.items() if (loc, svc) == ("office-a", "consult")}
    # Monday to Friday, 09:00-11:00 in 30 minutes: four a day; Wednesday the 13th is closed.
    assert office_consult == {MONDAY: 4, date(2027, 1, 12): 4, date(2027, 1, 14): 4, date(2027, 1, 15): 4}
    mobile = sorted({slot.day for slot in week if slot.location_id == "mobile-b"})
    assert mobile == [date(2027, 1, 12), date(2027, 1, 14)]  # the 2nd Tuesday, and the dated visit


def test_a_slot_has_the_service_duration_and_the_schedule_capacity() -> None:
    week = {slot.id: slot for slot in made(MONDAY, MONDAY + timedelta(days=6))}
    office = week["office-a.consult.2027-01-11T09:30"]
    assert (office.start, office.end, office.capacity, office.booked) == (
        datetime(2027, 1, 11, 9, 30), datetime(2027, 1, 11, 10, 0), 2, 0)
    mobile = week["mobile-b.consult.2027-01-14T10:30"]
    assert mobile.capacity == 1  # the visit's own capacity beats the service's 2


def test_slot_ids_name_place_service_and_start_so_they_are_stable() -> None:
    assert slot_id_for("office-a", "consult", datetime(2027, 1, 11, 9, 30)) == "office-a.consult.2027-01-11T09:30"
    assert [s.id for s in made(MONDAY, MONDAY)] == [s.id for s in made(MONDAY, MONDAY)]


def test_where_two_schedules_make_the_same_slot_the_first_wins() -> None:
    first = Schedule("office-a", ("consult",), times("09:00-10:00"), weekdays=frozenset({0}), capacity=5)
    second = Schedule("office-a", ("consult",), times("09:00-10:00"), weekdays=frozenset({0}), capacity=9)
    slots = generate_slots(SERVICES, [first, second], [], MONDAY, MONDAY)
    assert [(slot.id, slot.capacity) for slot in slots] == [
        ("office-a.consult.2027-01-11T09:00", 5), ("office-a.consult.2027-01-11T09:30", 5)]


def _book(store, slot_id: str, reference: str) -> None:
    store.db.execute(
        "INSERT INTO bookings(reference, slot_id, location_id, service_id, start_at, end_at, day, name, person_key, "
        "language, status, created_at, changed_at, kiosk_id) SELECT ?, id, location_id, service_id, start_at, end_at, "
        "substr(start_at, 1, 10), 'Test', 'test', 'en', 'booked', '', '', 'k' FROM booking_slots WHERE id = ?",
        [reference, slot_id])


def test_refreshing_after_a_new_closure_keeps_booked_slots_withdrawn_and_drops_the_rest(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    with store.transaction() as db:
        refresh_slots(db, made(MONDAY, MONDAY + timedelta(days=6)), MONDAY, MONDAY + timedelta(days=6))
        _book(store, "office-a.consult.2027-01-11T09:00", "BOOKED01")
    closed = Closure(dates=frozenset({MONDAY}))
    with store.transaction() as db:
        result = refresh_slots(db, made(MONDAY, MONDAY + timedelta(days=6), closed), MONDAY,
                               MONDAY + timedelta(days=6))
    monday = store.db.execute(
        "SELECT id, withdrawn, booked FROM booking_slots WHERE start_at LIKE '2027-01-11%'").fetchall()
    assert monday == [("office-a.consult.2027-01-11T09:00", 1, 1)]
    assert (result.withdrawn, result.deleted) == (1, 3 + 3)  # the other consult and the submit slots
    assert store.db.execute("SELECT count(*) FROM bookings").fetchone()[0] == 1


def test_refreshing_never_sets_capacity_below_the_seats_taken(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    slots = made(MONDAY, MONDAY)
    with store.transaction() as db:
        refresh_slots(db, slots, MONDAY, MONDAY)
        _book(store, "office-a.consult.2027-01-11T09:00", "BOOKED01")
        _book(store, "office-a.consult.2027-01-11T09:00", "BOOKED02")
    smaller = [slot.__class__(**{**slot.__dict__, "capacity": 1}) for slot in slots]
    with store.transaction() as db:
        refresh_slots(db, smaller, MONDAY, MONDAY)
    capacity, booked = store.db.execute(
        "SELECT capacity, booked FROM booking_slots WHERE id = 'office-a.consult.2027-01-11T09:00'").fetchone()
    assert (capacity, booked) == (2, 2)
    assert store.db.execute(
        "SELECT capacity FROM booking_slots WHERE id = 'office-a.consult.2027-01-11T09:30'").fetchone()[0] == 1


def test_past_slots_nobody_booked_are_dropped(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    with store.transaction() as db:
        refresh_slots(db, made(MONDAY, MONDAY + timedelta(days=1)), MONDAY, MONDAY + timedelta(days=1))
        _book(store, "office-a.consult.2027-01-11T09:00", "BOOKED01")
    tuesday = MONDAY + timedelta(days=1)
    with store.transaction() as db:
        refresh_slots(db, made(tuesday, tuesday), tuesday, tuesday)
    left = {row[0][:-6] for row in store.db.execute("SELECT id FROM booking_slots WHERE start_at < '2027-01-12'")}
    assert left == {"office-a.consult.2027-01-11"}  # only the booked one stays, for the booking's sake


@pytest.mark.parametrize("seats", [1, 2])
def test_the_database_itself_refuses_a_seat_beyond_capacity(tmp_path: Path, seats: int) -> None:
    import sqlite3

    store = open_with_catalogue(tmp_path)
    slot = "office-a.consult.2027-01-11T09:00"
    with store.transaction() as db:
        refresh_slots(db, made(MONDAY, MONDAY), MONDAY, MONDAY)
        db.execute("UPDATE booking_slots SET capacity = ? WHERE id = ?", [seats, slot])
    for n in range(seats):
        with store.transaction():
            _book(store, slot, f"BOOKED0{n}")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"), store.transaction():
        _book(store, slot, "ONETOOMANY")
    assert store.db.execute("SELECT booked FROM booking_slots WHERE id = ?", [slot]).fetchone()[0] == seats
    assert store.db.execute("SELECT count(*) FROM bookings").fetchone()[0] == seats
