from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.booking.errors import SlotFull
from kiosk.booking.model import BookingRequest
from kiosk.receipts.render import render_receipt
from kiosk.receipts.token import verify
from kiosk.reference import display
from kiosk.staff import audit
from kiosk.staff.daylist import DayBooking, counts, day_entries
from kiosk.staff.errors import CannotReprint, NotThisDesk
from kiosk.staff.session import Desk
from kiosk.staff.walkin import reprint, walk_in
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY, slot_id
from tests.kiosk.staff.fixtures import (
    OFFICE,
    OPERATOR,
    as_listed,
    book,
    booking_kiosk,
    publish,
    signed_in,
    staff_device_key,
)


def test_a_walk_in_is_booked_listed_and_checked_in(store: Store, desk: Desk) -> None:
    kiosk = booking_kiosk(store)
    publish(store, [as_listed(book(kiosk, "Aziza Karimova"))])
    booking = walk_in(desk, signed_in(OPERATOR, desk.clock), kiosk,
                      BookingRequest(slot_id(OFFICE, "submit", MONDAY, "09:40"), "Karim Aliev", language="tg"))
    [entry] = [e for e in day_entries(store.db, OFFICE, MONDAY) if e.reference == booking.reference]
    assert entry.walk_in and entry.state == "checked_in" and not entry.on_list
    assert counts(day_entries(store.db, OFFICE, MONDAY)).walk_ins == 1
    assert [(e.action, e.reference) for e in audit.entries(store.db)] == [("walk_in", booking.reference),
                                                                          ("check_in", booking.reference)]
    assert audit.entries(store.db)[0].detail == {"service_id": "submit", "slot_id": booking.slot_id}


def test_a_walk_in_keeps_the_capacity_rules(store: Store, desk: Desk) -> None:
    kiosk = booking_kiosk(store)
    full = slot_id(OFFICE, "submit", MONDAY, "09:20")  # one seat, sold at the public kiosk
    book(kiosk, "Aziza Karimova", service_id="submit", hhmm="09:20")
    with pytest.raises(SlotFull):
        walk_in(desk, signed_in(OPERATOR, desk.clock), kiosk, BookingRequest(full, "Karim Aliev"))
    assert audit.entries(store.db) == []
    assert day_entries(store.db, OFFICE, MONDAY) == []


def test_a_walk_in_is_for_the_desks_place_and_day(store: Store, desk: Desk) -> None:
    with pytest.raises(NotThisDesk):
        walk_in(desk, signed_in(OPERATOR, desk.clock), booking_kiosk(store),
                BookingRequest(slot_id("mobile-b", "consult", date(2027, 1, 14), "10:00"), "Karim Aliev"))


def test_a_reprint_is_the_receipt_signed_by_this_device_and_audited(store: Store, desk: Desk) -> None:
    booking = book(booking_kiosk(store), "Aziza Karimova")
    publish(store, [as_listed(booking)])
    content = reprint(desk, signed_in(OPERATOR, desk.clock), display(booking.reference), staff_device_key())
    key = staff_device_key()
    claims = verify(content.token, {key.kiosk_id: key.public_key})
    assert claims.reference == booking.reference and claims.name_matches("Karimova Aziza")
    assert render_receipt(content, "roll").startswith(b"%PDF")
    assert [(e.action, e.detail) for e in audit.entries(store.db)] == [("reprint", {"source": "kiosk"})]


def test_a_reprint_of_a_booking_only_the_list_has(store: Store, desk: Desk) -> None:
    from kiosk.reference import check_character

    reference = "KQXP234" + check_character("KQXP234")
    listed = DayBooking(reference, slot_id(OFFICE, "consult", MONDAY, "10:00"), "consult",
                        datetime(2027, 1, 11, 10), datetime(2027, 1, 11, 10, 30), "Dilnoza Yusupova", "", "uz-Latn",
                        "kother01", "booked", None)
    unnamed = DayBooking("KQXP235" + check_character("KQXP235"), listed.slot_id, "consult", listed.start,
                         listed.end, "", "", "ru", "kother01", "booked", None)
    publish(store, [listed, unnamed])
    session = signed_in(OPERATOR, desk.clock)
    content = reprint(desk, session, reference, staff_device_key())
    assert content.language == "uz-Latn" and content.reference == display(reference)
    with pytest.raises(CannotReprint):
        reprint(desk, session, unnamed.reference, staff_device_key())
    assert [e.detail for e in audit.entries(store.db)] == [{"source": "day_list"}]
