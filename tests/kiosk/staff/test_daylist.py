from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from kiosk import outbox
from kiosk.reference import display
from kiosk.staff import visits
from kiosk.staff.accounts import StaffAccount, replace_accounts
from kiosk.staff.daylist import (
    DayBooking,
    Visit,
    counts,
    day_entries,
    days_to_fetch,
    forget_day_lists,
    parse_day_list,
    purge_day_lists,
    search,
    want_day,
)
from kiosk.staff.errors import DayListInvalid
from kiosk.staff.session import Desk
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY
from tests.kiosk.staff.fixtures import OFFICE, OPERATOR, StaffClock, make_desk, publish, signed_in


def listed(reference: str, name: str, *, phone: str = "", status: str = "booked", hhmm: str = "09:30",
           service_id: str = "consult", visit: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"reference": reference, "slot_id": f"office-a.{service_id}.2027-01-11T{hhmm}", "service_id": service_id,
            "start": f"2027-01-11T{hhmm}", "end": f"2027-01-11T{hhmm[:3]}59", "name": name, "phone": phone,
            "language": "ru", "kiosk_id": "kpublic1", "status": status, "visit": visit}


def reference(n: int) -> str:
    from kiosk.reference import check_character

    body = f"{n:03d}".translate(str.maketrans("0123456789", "23456789AB")) + "KQXP"
    return body + check_character(body)


def day_document(*bookings: dict[str, Any]) -> dict[str, Any]:
    return {"location_id": OFFICE, "day": "2027-01-11", "as_of": "2027-01-11T04:00:00Z", "bookings": list(bookings)}


def test_the_centres_day_list_is_read_with_its_visits() -> None:
    location_id, day, bookings = parse_day_list(day_document(
        listed(reference(1), "Aziza Karimova", phone="+998 90 123-45-67"),
        listed(reference(2), "Oʻtkir Gʻulomov", visit={"state": "checked_in", "at": "2027-01-11T04:31:02Z",
                                                      "staff_id": "s-4k2m", "device": "kother01"})))
    assert (location_id, day) == (OFFICE, MONDAY)
    assert bookings[0].start == datetime(2027, 1, 11, 9, 30) and bookings[0].visit is None
    assert bookings[1].visit == Visit("checked_in", datetime(2027, 1, 11, 4, 31, 2, tzinfo=UTC), "s-4k2m", "kother01")


@pytest.mark.parametrize(("change", "named"), [
    ({"status": "lost"}, "status"),
    ({"start": "2027-01-12T09:30"}, "is not on 2027-01-11"),
    ({"reference": "7KQ4XP9N"}, "reference is not a reference"),
    ({"visit": {"state": "gone", "at": "2027-01-11T04:31:02Z", "staff_id": "s", "device": "d"}}, "visit.state"),
    ({"visit": {"state": "served", "at": "2027-01-11 04:31", "staff_id": "s", "device": "d"}}, "visit.at"),
    ({"name": None}, "name"),
])
def test_a_malformed_day_list_is_refused_naming_the_field(change: dict[str, Any], named: str) -> None:
    entry = listed(reference(1), "Aziza Karimova")
    entry.update(change)
    with pytest.raises(DayListInvalid, match=named):
        parse_day_list(day_document(entry))


def stored(store: Store, *entries: dict[str, Any]) -> list[DayBooking]:
    _, _, bookings = parse_day_list(day_document(*entries))
    publish(store, bookings)
    return bookings


def test_counts_at_the_top_merge_the_centres_visits_with_this_devices(store: Store, desk: Desk) -> None:
    stored(store,
           listed(reference(1), "Aziza Karimova"),
           listed(reference(2), "Oʻtkir Gʻulomov", visit={"state": "checked_in", "at": "2027-01-11T04:31:02Z",
                                                         "staff_id": "s-4k2m", "device": "kother01"}),
           listed(reference(3), "Ivan Petrov", status="cancelled"),
           listed(reference(4), "Farrukh Usmonov", visit={"state": "served", "at": "2027-01-11T04:40:00Z",
                                                         "staff_id": "s-4k2m", "device": "kother01"}),
           listed(reference(5), "Zarina Ahmedova"))
    session = signed_in(OPERATOR, desk.clock)
    visits.mark_no_show(desk, session, reference(5))
    visits.mark_served(desk, session, reference(2))
    tally = counts(day_entries(store.db, OFFICE, MONDAY))
    assert (tally.booked, tally.checked_in, tally.served, tally.no_show, tally.cancelled, tally.walk_ins) == \
        (4, 0, 2, 1, 1, 0)
    assert tally.waiting == 1


def test_search_finds_by_reference_name_in_either_script_or_phone_digits(store: Store) -> None:
    stored(store,
           listed(reference(1), "Aziza Karimova", phone="+998 90 123-45-67"),
           listed(reference(2), "Ўткир Ғуломов", phone="+996 555 000 111"),
           listed(reference(3), "Karim Aliev"))
    entries = day_entries(store.db, OFFICE, MONDAY)

    def found(query: str) -> list[str]:
        return [e.reference for e in search(entries, query)]

    assert found(display(reference(2)).lower()) == [reference(2)]
    assert found(reference(2).lower()) == [reference(2)]
    assert found("каримова азиза") == [reference(1)]  # other script, other order
    assert found("Gulomov Otkir") == [reference(2)]
    assert found("Kari") == [reference(1), reference(3)]  # the start of a word
    assert found("90 123 45") == [reference(1)]  # digits only compare
    assert found("998901234567") == [reference(1)]
    assert found("Petrov") == []
    assert len(found("  ")) == 3


def test_a_new_list_replaces_the_old_but_keeps_walk_ins_not_yet_listed(store: Store, desk: Desk) -> None:
    from kiosk.staff.daylist import LOCAL_FETCH, put_booking

    stored(store, listed(reference(1), "Aziza Karimova"), listed(reference(2), "Karim Aliev"))
    walk_in = DayBooking(reference(9), "office-a.consult.2027-01-11T10:00", "consult", datetime(2027, 1, 11, 10),
                         datetime(2027, 1, 11, 10, 30), "Walk In", "", "ru", desk.device, "booked", None)
    with store.transaction() as db:
        put_booking(db, OFFICE, MONDAY, walk_in, LOCAL_FETCH)
    stored(store, listed(reference(1), "Aziza Karimova"))  # reference 2 was moved away at the centre
    entries = {e.reference: e for e in day_entries(store.db, OFFICE, MONDAY)}
    assert set(entries) == {reference(1), reference(9)}
    assert not entries[reference(9)].on_list and entries[reference(1)].on_list


def test_the_lists_to_fetch_are_today_and_tomorrow_of_every_place_staff_work_at(store: Store) -> None:
    accounts = [StaffAccount("s-a", "A", "operator", ("office-a",), None, None, False),
                StaffAccount("s-b", "B", "operator", ("elsewhere",), None, None, True)]  # revoked: not fetched
    with store.transaction() as db:
        replace_accounts(db, accounts, "2027-01-10T00:00:00Z")
        want_day(db, "mobile-b", date(2027, 1, 14))
        want_day(db, "mobile-b", date(2027, 1, 1))  # over: not fetched
    assert days_to_fetch(store.db, MONDAY) == [("office-a", MONDAY), ("office-a", MONDAY + timedelta(days=1)),
                                               ("mobile-b", date(2027, 1, 14))]
    with store.transaction() as db:
        replace_accounts(db, [StaffAccount("s-c", "C", "supervisor", (), None, None, False)], "2027-01-10T00:00:00Z")
    assert {place for place, _ in days_to_fetch(store.db, MONDAY)} == {"office-a", "mobile-b"}  # every place


def test_a_days_list_is_purged_after_the_day_once_its_actions_are_delivered(store: Store) -> None:
    clock = StaffClock()
    desk = make_desk(store, clock)
    stored(store, listed(reference(1), "Aziza Karimova"))
    visits.mark_no_show(desk, signed_in(OPERATOR, clock), reference(1))
    assert purge_day_lists(store.db, MONDAY) == 0  # the day is not over
    tuesday = MONDAY + timedelta(days=1)
    assert purge_day_lists(store.db, tuesday) == 0  # its action has not reached the centre
    assert day_entries(store.db, OFFICE, MONDAY)
    for item in outbox.items(store, "staff_action"):
        outbox.mark_delivered(store, item.id, {"id": item.id}, datetime(2027, 1, 11, 12, tzinfo=UTC))
    with store.transaction() as db:
        assert purge_day_lists(db, tuesday) == 1
    assert day_entries(store.db, OFFICE, MONDAY) == []
    assert store.db.execute("SELECT count(*) FROM staff_visits").fetchone()[0] == 0


def test_a_device_that_is_no_staff_device_forgets_every_list_walk_ins_too(store: Store, desk: Desk) -> None:
    from kiosk.staff.daylist import LOCAL_FETCH, put_booking

    stored(store, listed(reference(1), "Aziza Karimova", phone="+998 90 123-45-67"))
    publish(store, [], day=MONDAY + timedelta(days=1))  # an empty list holds no rows, so it is no list to count
    walk_in = DayBooking(reference(9), "office-b.consult.2027-01-12T10:00", "consult", datetime(2027, 1, 12, 10),
                         datetime(2027, 1, 12, 10, 30), "Walk In", "+998 91 000-00-00", "ru", desk.device, "booked",
                         None)
    with store.transaction() as db:
        put_booking(db, "office-b", MONDAY + timedelta(days=1), walk_in, LOCAL_FETCH)
    visits.mark_no_show(desk, signed_in(OPERATOR, desk.clock), reference(1))
    with store.transaction() as db:
        assert forget_day_lists(db) == 2
    assert store.db.execute("SELECT count(*) FROM staff_day_bookings").fetchone()[0] == 0
    # What this device's staff did holds no names, and stays until it has reached the centre.
    assert store.db.execute("SELECT reference FROM staff_visits").fetchall() == [(reference(1),)]
    with store.transaction() as db:
        assert forget_day_lists(db) == 0
