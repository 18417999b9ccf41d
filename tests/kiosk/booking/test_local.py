"""The kiosk as its own booking authority: booking, the rules, finding, cancelling and moving."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import config, outbox
from kiosk.booking import (
    AlreadyBooked,
    AppointmentPassed,
    BookingCancelled,
    BookingNotFound,
    BookingRequest,
    InvalidDetails,
    InvalidReference,
    LocalAuthority,
    OutsideBookingWindow,
    SlotFull,
    UnknownSlot,
    booking_by_reference,
    recent_bookings,
    replace_catalogue,
)
from kiosk.booking.schedule import Closure
from kiosk.paths import DataPaths
from kiosk.reference import display
from kiosk.store import Store, open_store
from tests.kiosk.booking.fixtures import MONDAY, NOW, Clock, authority, make_catalogue, open_with_catalogue, slot_id

TUESDAY = MONDAY + timedelta(days=1)
NINE = slot_id("office-a", "consult", MONDAY, "09:00")  # capacity 2
NINE_THIRTY = slot_id("office-a", "consult", MONDAY, "09:30")
SUBMIT_NINE = slot_id("office-a", "submit", MONDAY, "09:00")  # capacity 1


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_with_catalogue(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def kiosk(store: Store, clock: Clock) -> LocalAuthority:
    return authority(store, clock)


def seats(store: Store, slot: str) -> tuple[int, int]:
    row = store.db.execute("SELECT booked, capacity FROM booking_slots WHERE id = ?", [slot]).fetchone()
    return int(row[0]), int(row[1])


# -- booking ----------------------------------------------------------------------------


def test_a_booking_is_committed_with_its_outbox_item_before_it_is_returned(
        tmp_path: Path, kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur Aliyev", "+000 90 123 45 67", "1234", "uz-Latn"))
    assert (booking.start, booking.end, booking.status) == (datetime(2027, 1, 11, 9), datetime(2027, 1, 11, 9, 30),
                                                           "booked")
    assert (booking.location_id, booking.service_id, booking.kiosk_id) == ("office-a", "consult", "ktest001")
    assert booking.created_at == NOW

    other = open_store(DataPaths(tmp_path))  # another connection sees it: it is on disk
    assert booking_by_reference(other, booking.reference) == booking
    items = outbox.items(other, "booking")
    assert [item.body for item in items] == [{
        "reference": booking.reference, "slot_id": NINE, "location_id": "office-a", "service_id": "consult",
        "start": "2027-01-11T09:00", "end": "2027-01-11T09:30", "name": "Bobur Aliyev",
        "phone": "+000 90 123 45 67", "passport_last4": "1234", "language": "uz-Latn",
        "created_at": "2027-01-11T08:00:00", "kiosk_id": "ktest001",
    }]
    assert seats(other, NINE) == (1, 2)


def test_a_reference_is_a_valid_code(kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur"))
    assert kiosk.find(display(booking.reference).lower(), "Bobur") == booking


def test_a_slot_takes_as_many_people_as_it_has_seats_and_no_more(store: Store, kiosk: LocalAuthority) -> None:
    kiosk.book(BookingRequest(NINE, "Bobur Aliyev"))
    kiosk.book(BookingRequest(NINE, "Dilnoza Karimova"))
    with pytest.raises(SlotFull):
        kiosk.book(BookingRequest(NINE, "Aziz Rahimov"))
    assert seats(store, NINE) == (2, 2)
    assert kiosk.slot(NINE).free == 0
    assert len(outbox.items(store, "booking")) == 2
    monday = kiosk.available_days("consult", "office-a", MONDAY, 1)[0]
    assert (monday.slots, monday.free_slots) == (4, 3)


def test_refused_details_write_nothing_and_name_the_field(store: Store, kiosk: LocalAuthority) -> None:
    for request, field in [(BookingRequest(NINE, "  "), "name"),
                           (BookingRequest(NINE, "Bobur", phone="not a phone"), "phone"),
                           (BookingRequest(NINE, "Bobur", passport_last4="AA1234567"), "passport_last4")]:
        with pytest.raises(InvalidDetails) as caught:
            kiosk.book(request)
        assert caught.value.field == field
    assert outbox.depth(store) == 0
    assert store.db.execute("SELECT count(*) FROM bookings").fetchone()[0] == 0


def test_an_unknown_slot_is_refused(kiosk: LocalAuthority) -> None:
    with pytest.raises(UnknownSlot):
        kiosk.book(BookingRequest("office-a.consult.2027-01-11T09:10", "Bobur"))
    with pytest.raises(UnknownSlot):
        kiosk.slot("nowhere")


# -- one booking per person, service and day ------------------------------------------------


def test_the_same_person_cannot_book_the_same_service_twice_on_one_day(kiosk: LocalAuthority) -> None:
    first = kiosk.book(BookingRequest(NINE, "Bobur Aliyev", passport_last4="1234"))
    for name, last4 in [("Bobur Aliyev", "1234"), ("АЛИЕВ БОБУР", ""), ("aliyev bobur", "1234")]:
        with pytest.raises(AlreadyBooked) as caught:
            kiosk.book(BookingRequest(NINE_THIRTY, name, passport_last4=last4))
        assert caught.value.start == first.start
        assert first.reference not in str(caught.value)  # a namesake must not learn the code


def test_the_same_person_may_book_another_service_or_another_day(kiosk: LocalAuthority) -> None:
    kiosk.book(BookingRequest(NINE, "Bobur Aliyev"))
    kiosk.book(BookingRequest(SUBMIT_NINE, "Bobur Aliyev"))
    kiosk.book(BookingRequest(slot_id("office-a", "consult", TUESDAY, "09:00"), "Bobur Aliyev"))


def test_namesakes_with_different_passport_digits_may_both_book(kiosk: LocalAuthority) -> None:
    kiosk.book(BookingRequest(NINE, "Bobur Aliyev", passport_last4="1234"))
    kiosk.book(BookingRequest(NINE_THIRTY, "Bobur Aliyev", passport_last4="5678"))


def test_after_cancelling_the_person_may_book_that_day_again(kiosk: LocalAuthority) -> None:
    first = kiosk.book(BookingRequest(NINE, "Bobur Aliyev"))
    kiosk.cancel(first.reference, "Aliyev")
    kiosk.book(BookingRequest(NINE_THIRTY, "Bobur Aliyev"))


# -- the booking window -------------------------------------------------------------------


def test_a_slot_that_has_started_cannot_be_booked(clock: Clock, kiosk: LocalAuthority) -> None:
    clock.now = datetime(2027, 1, 11, 9, 0)
    with pytest.raises(OutsideBookingWindow):
        kiosk.book(BookingRequest(NINE, "Bobur"))
    clock.now = datetime(2027, 1, 11, 9, 29, 59)
    kiosk.book(BookingRequest(NINE_THIRTY, "Bobur"))


def test_a_slot_too_soon_to_get_to_is_neither_offered_nor_booked(tmp_path: Path, clock: Clock) -> None:
    catalogue = make_catalogue()
    catalogue = replace(catalogue, services=tuple(replace(service, lead_minutes=45) if service.id == "consult"
                                                  else service for service in catalogue.services))
    store = open_with_catalogue(tmp_path / "lead", catalogue)
    try:
        kiosk = authority(store, clock)
        clock.now = datetime(2027, 1, 11, 9, 10)  # consult needs 45 minutes: 09:30 is too soon, 10:00 is not
        assert [slot.start.strftime("%H:%M") for slot in kiosk.slots("consult", "office-a", MONDAY)] == [
            "10:00", "10:30"]
        assert {day.day: day.slots for day in kiosk.available_days("consult", "office-a", MONDAY, 1)} == {MONDAY: 2}
        with pytest.raises(OutsideBookingWindow, match="too soon to get there"):
            kiosk.book(BookingRequest(NINE_THIRTY, "Bobur"))
        assert kiosk.book(BookingRequest(slot_id("office-a", "consult", MONDAY, "10:00"), "Bobur")).reference
        assert [slot.start.strftime("%H:%M") for slot in kiosk.slots("submit", "office-a", MONDAY)] == [
            "09:20", "09:40"]  # a service without a lead time: from now on
    finally:
        store.close()


def test_slots_are_bookable_up_to_the_end_of_the_last_day_of_the_window(store: Store, clock: Clock) -> None:
    kiosk = authority(store, clock, window_days=7)  # Monday 11th: up to Monday 18th, all day
    last = kiosk.book(BookingRequest(slot_id("office-a", "consult", date(2027, 1, 18), "10:30"), "Bobur"))
    assert last.start == datetime(2027, 1, 18, 10, 30)
    with pytest.raises(UnknownSlot):  # not even made: nothing beyond the window is offered
        kiosk.book(BookingRequest(slot_id("office-a", "consult", date(2027, 1, 19), "09:00"), "Dilnoza"))


def test_a_slot_made_under_a_longer_window_is_refused_under_a_shorter_one(store: Store, clock: Clock) -> None:
    far = slot_id("office-a", "consult", date(2027, 1, 19), "09:00")
    assert authority(store, clock, window_days=30).slot(far).free == 2
    with pytest.raises(OutsideBookingWindow):
        authority(store, clock, window_days=7).book(BookingRequest(far, "Dilnoza"))


def test_the_calendar_shows_only_bookable_days(store: Store, clock: Clock) -> None:
    clock.now = datetime(2027, 1, 11, 9, 45)  # Monday: 09:00 and 09:30 have started, 10:00 and 10:30 not
    kiosk = authority(store, clock, window_days=7)
    days = {day.day: (day.slots, day.free_slots) for day in kiosk.available_days("consult", "office-a",
                                                                                 MONDAY - timedelta(days=2), 12)}
    assert days[MONDAY - timedelta(days=1)] == (0, 0)  # the past
    assert days[MONDAY] == (2, 2)
    assert days[date(2027, 1, 13)] == (0, 0)  # closed
    assert days[date(2027, 1, 16)] == (0, 0)  # Saturday
    assert days[date(2027, 1, 18)] == (4, 4)
    assert days[date(2027, 1, 19)] == (0, 0)  # beyond the window
    assert len(days) == 12


def test_the_time_step_lists_the_days_bookable_slots_full_ones_included(store: Store, clock: Clock,
                                                                          kiosk: LocalAuthority) -> None:
    kiosk.book(BookingRequest(SUBMIT_NINE, "Bobur"))
    clock.now = datetime(2027, 1, 11, 9, 10)
    slots = kiosk.slots("submit", "office-a", MONDAY)
    assert [(slot.start.strftime("%H:%M"), slot.free) for slot in slots] == [("09:20", 1), ("09:40", 1)]
    clock.now = datetime(2027, 1, 11, 8, 0)
    assert [(slot.start.strftime("%H:%M"), slot.free) for slot in kiosk.slots("submit", "office-a", MONDAY)] == [
        ("09:00", 0), ("09:20", 1), ("09:40", 1)]
    assert kiosk.slots("submit", "office-a", MONDAY + timedelta(days=40)) == []


def test_the_window_moves_with_the_clock_without_a_new_catalogue(store: Store, clock: Clock) -> None:
    kiosk = authority(store, clock, window_days=3)
    assert kiosk.slots("consult", "office-a", date(2027, 1, 18)) == []
    clock.now = datetime(2027, 1, 15, 8, 0)
    assert len(kiosk.slots("consult", "office-a", date(2027, 1, 18))) == 4


def test_the_window_is_configured_as_booking_window_days(tmp_path: Path) -> None:
    assert config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path)}).booking_window_days == 30
    assert config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path),
                                      "KIOSK_BOOKING_WINDOW_DAYS": "7"}).booking_window_days == 7
    with pytest.raises(config.ConfigError, match=r"booking\.window_days"):
        config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path), "KIOSK_BOOKING_WINDOW_DAYS": "0"})


# -- the location step ----------------------------------------------------------------------


def test_locations_show_offices_first_then_mobile_offices_with_their_next_visit(kiosk: LocalAuthority) -> None:
    choices = kiosk.locations_for("consult")
    assert [choice.location.id for choice in choices] == ["office-a", "mobile-b"]
    office, mobile = choices
    assert office.next_visit is None and office.next_free_day == MONDAY
    assert mobile.next_visit == date(2027, 1, 12)  # 2nd Tuesday; then the dated visit on the 14th
    assert mobile.visit_days == (date(2027, 1, 12), date(2027, 1, 14), date(2027, 2, 9))
    assert [choice.location.id for choice in kiosk.locations_for("submit")] == ["office-a"]


def test_a_booked_up_visit_is_still_shown_but_the_next_free_day_moves_on(kiosk: LocalAuthority) -> None:
    for n, hhmm in enumerate(("10:00", "10:30")):
        kiosk.book(BookingRequest(slot_id("mobile-b", "consult", date(2027, 1, 12), hhmm), f"Person {'AB'[n]}"))
    mobile = kiosk.locations_for("consult")[1]
    assert (mobile.next_visit, mobile.next_free_day) == (date(2027, 1, 12), date(2027, 1, 14))


# -- find, cancel, reschedule -------------------------------------------------------------


def test_a_booking_is_found_by_its_code_and_the_name_or_passport_digits(kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur Aliyev", passport_last4="1234"))
    code = display(booking.reference)
    assert kiosk.find(code, "Bobur Aliyev") == booking
    assert kiosk.find(code, "алиев") == booking
    assert kiosk.find(code.replace("-", " "), "1234") == booking
    for wrong in ("Dilnoza", "5678", ""):
        with pytest.raises(BookingNotFound):
            kiosk.find(code, wrong)


def test_a_mistyped_code_is_caught_and_an_unknown_one_is_not_found(kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur"))
    swapped = booking.reference[1] + booking.reference[0] + booking.reference[2:]
    if swapped != booking.reference:
        with pytest.raises(InvalidReference):
            kiosk.find(swapped, "Bobur")
    with pytest.raises(InvalidReference):
        kiosk.find("1234-5678", "Bobur")
    with pytest.raises(BookingNotFound):
        kiosk.find(_other_valid_code(booking.reference), "Bobur")


def _other_valid_code(code: str) -> str:
    from kiosk.reference import ALPHABET, check_character

    body = ("3" if code[0] != "3" else "4") + code[1:7]
    assert body[0] in ALPHABET
    return body + check_character(body)


def test_cancelling_gives_the_seat_back_and_tells_the_centre_once(store: Store, kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(SUBMIT_NINE, "Bobur Aliyev"))
    cancelled = kiosk.cancel(display(booking.reference), "Aliyev")
    assert cancelled.status == "cancelled"
    assert seats(store, SUBMIT_NINE) == (0, 1)
    assert kiosk.cancel(booking.reference, "Aliyev").status == "cancelled"  # again: nothing changes
    assert [item.body["reference"] for item in outbox.items(store, "cancellation")] == [booking.reference]
    assert kiosk.find(booking.reference, "Bobur").status == "cancelled"
    kiosk.book(BookingRequest(SUBMIT_NINE, "Dilnoza"))  # the seat is free for someone else


def test_an_appointment_that_has_started_cannot_be_cancelled_or_moved(clock: Clock, kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur"))
    clock.now = datetime(2027, 1, 11, 9, 0)
    with pytest.raises(AppointmentPassed):
        kiosk.cancel(booking.reference, "Bobur")
    with pytest.raises(AppointmentPassed):
        kiosk.reschedule(booking.reference, "Bobur", slot_id("office-a", "consult", TUESDAY, "09:00"))


def test_rescheduling_moves_the_seat_and_keeps_the_reference(store: Store, kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur Aliyev", passport_last4="1234"))
    tuesday = slot_id("office-a", "consult", TUESDAY, "10:00")
    moved = kiosk.reschedule(booking.reference, "1234", tuesday)
    assert (moved.reference, moved.slot_id, moved.start) == (booking.reference, tuesday, datetime(2027, 1, 12, 10))
    assert (seats(store, NINE), seats(store, tuesday)) == ((0, 2), (1, 2))
    assert [item.body["previous_slot_id"] for item in outbox.items(store, "reschedule")] == [NINE]
    assert kiosk.find(booking.reference, "Bobur") == moved


def test_rescheduling_to_another_place_is_allowed(kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur"))
    moved = kiosk.reschedule(booking.reference, "Bobur", slot_id("mobile-b", "consult", date(2027, 1, 14), "10:00"))
    assert moved.location_id == "mobile-b"


def test_rescheduling_within_the_same_day_is_not_a_second_booking(kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur"))
    assert kiosk.reschedule(booking.reference, "Bobur", NINE_THIRTY).slot_id == NINE_THIRTY
    assert kiosk.reschedule(booking.reference, "Bobur", NINE_THIRTY).slot_id == NINE_THIRTY  # already there


def test_refused_reschedules_leave_the_booking_where_it_was(store: Store, kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur Aliyev"))
    full = slot_id("office-a", "submit", TUESDAY, "09:00")
    kiosk.book(BookingRequest(full, "Dilnoza"))
    kiosk.book(BookingRequest(slot_id("office-a", "consult", TUESDAY, "09:00"), "Bobur Aliyev"))
    with pytest.raises(UnknownSlot):  # another service's slot
        kiosk.reschedule(booking.reference, "Bobur", full)
    with pytest.raises(AlreadyBooked):  # Tuesday already has his consultation
        kiosk.reschedule(booking.reference, "Bobur", slot_id("office-a", "consult", TUESDAY, "10:00"))
    far = slot_id("office-a", "consult", MONDAY + timedelta(days=35), "09:00")
    authority(store, Clock(), window_days=40).slot(far)  # made under a longer window
    with pytest.raises(OutsideBookingWindow):
        kiosk.reschedule(booking.reference, "Bobur", far)
    kiosk.book(BookingRequest(NINE_THIRTY, "Karim"))
    kiosk.book(BookingRequest(NINE_THIRTY, "Laylo"))
    with pytest.raises(SlotFull):
        kiosk.reschedule(booking.reference, "Bobur", NINE_THIRTY)
    assert kiosk.find(booking.reference, "Bobur") == booking
    assert seats(store, NINE) == (1, 2)
    assert outbox.items(store, "reschedule") == []


def test_a_cancelled_booking_cannot_be_moved(kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(NINE, "Bobur"))
    kiosk.cancel(booking.reference, "Bobur")
    with pytest.raises(BookingCancelled):
        kiosk.reschedule(booking.reference, "Bobur", NINE_THIRTY)


# -- staff and schedule changes ---------------------------------------------------------------


def test_staff_see_the_latest_bookings_first_for_reprinting(store: Store, clock: Clock,
                                                             kiosk: LocalAuthority) -> None:
    made = []
    for minute, name in enumerate(("Bobur", "Dilnoza", "Karim")):
        clock.now = NOW + timedelta(minutes=minute)
        made.append(kiosk.book(BookingRequest(slot_id("office-a", "consult", TUESDAY, "09:00")
                                              if minute < 2 else NINE, name)))
    kiosk.cancel(made[1].reference, "Dilnoza")
    assert [b.name for b in recent_bookings(store, 10)] == ["Karim", "Bobur"]
    assert [b.name for b in recent_bookings(store, 10, include_cancelled=True)] == ["Karim", "Dilnoza", "Bobur"]
    assert [b.name for b in recent_bookings(store, 1)] == ["Karim"]
    assert booking_by_reference(store, "NOSUCH22") is None


def test_a_new_closure_withdraws_unbooked_slots_and_keeps_the_booking(store: Store, kiosk: LocalAuthority) -> None:
    booking = kiosk.book(BookingRequest(slot_id("office-a", "consult", TUESDAY, "09:00"), "Bobur"))
    replace_catalogue(store, make_catalogue(Closure(dates=frozenset({TUESDAY}))))
    assert kiosk.available_days("consult", "office-a", TUESDAY, 1)[0].slots == 0
    assert kiosk.slots("consult", "office-a", TUESDAY) == []
    assert kiosk.find(booking.reference, "Bobur") == booking
    with pytest.raises(UnknownSlot):
        kiosk.book(BookingRequest(slot_id("office-a", "consult", TUESDAY, "09:30"), "Dilnoza"))
    assert kiosk.cancel(booking.reference, "Bobur").status == "cancelled"
