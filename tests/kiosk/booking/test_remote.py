"""RemoteAuthority: live while the centre answers, the allowance while it does not, never "failed" for a booking made.

The centre here is a small in-memory stand-in with the same contract (kiosk.booking.centre);
tests/sync/test_live_bookings.py runs the same flows against the real central service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import outbox
from kiosk.booking import allowance
from kiosk.booking.centre import CentreBooking, CentreRefused, CentreSlot, CentreUnreachable, LiveRequest
from kiosk.booking.errors import AlreadyBooked, NoSeatHere, NotHeldHere, SlotFull
from kiosk.booking.local import booking_by_reference
from kiosk.booking.model import BookingRequest
from kiosk.booking.receipt import receipt_for
from kiosk.booking.remote import RemoteAuthority
from kiosk.clock import BootMoment
from kiosk.receipts.device_key import load_or_create_device_key
from kiosk.receipts.token import name_hash, verify
from kiosk.reference import new_reference
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY, Clock, open_with_catalogue, slot_id

SLOT = slot_id("office-a", "consult", MONDAY, "09:30")  # capacity 2 in the catalogue
TUESDAY_SLOT = slot_id("office-a", "consult", MONDAY + timedelta(days=1), "09:30")


@dataclass
class StandInCentre:
    """Seats and bookings as the centre keeps them; ``down`` answers nothing, ``lose_answers`` acts then goes quiet."""

    capacity: dict[str, int] = field(default_factory=dict)
    bookings: dict[str, tuple[str, LiveRequest]] = field(default_factory=dict)  # key -> (status, request)
    down: bool = False
    lose_answers: bool = False
    calls: int = 0

    def open_slots(self, service_id: str, location_id: str | None, first: date, days: int) -> list[CentreSlot]:
        self._reach()
        found = []
        for slot, seats in self.capacity.items():
            place, service, when = slot.split(".", 2)
            start = datetime.fromisoformat(when)
            if service == service_id and location_id in (None, place) and first <= start.date() < first + timedelta(
                    days=days):
                found.append(CentreSlot(slot, place, service, start, start + timedelta(minutes=30), seats,
                                        seats - self.taken(slot)))
        return found

    def book(self, key: str, request: LiveRequest) -> CentreBooking:
        self._reach()
        if key not in self.bookings:
            if self.taken(request.slot_id) >= self.capacity[request.slot_id]:
                raise CentreRefused("slot_full", "every seat is taken")
            self.bookings[key] = ("booked", request)
        if self.lose_answers:
            raise CentreUnreachable("the answer was lost")
        return self._answer(request.reference)

    def find(self, reference: str, name_or_last4: str) -> CentreBooking:
        self._reach()
        if not any(request.reference == reference for _, request in self.bookings.values()):
            raise CentreRefused("booking_not_found", "no such booking")
        return self._answer(reference)

    def cancel(self, reference: str, name_or_last4: str) -> CentreBooking:
        self.find(reference, name_or_last4)
        for key, (_, request) in self.bookings.items():
            if request.reference == reference:
                self.bookings[key] = ("cancelled", request)
        return self._answer(reference)

    def reschedule(self, reference: str, name_or_last4: str, slot_id: str) -> CentreBooking:
        raise CentreRefused("slot_full", "not needed here")

    def taken(self, slot: str) -> int:
        return sum(1 for status, request in self.bookings.values() if status == "booked" and request.slot_id == slot)

    def _answer(self, reference: str) -> CentreBooking:
        status, request = next(value for value in self.bookings.values() if value[1].reference == reference)
        start = datetime.fromisoformat(request.slot_id.split(".", 2)[2])
        return CentreBooking(reference, status, request.slot_id, "consult", "office-a", start,
                             start + timedelta(minutes=30), request.language, "ktest001")

    def _reach(self) -> None:
        self.calls += 1
        if self.down:
            raise CentreUnreachable("no route to the centre")


class BootClock:
    def __init__(self) -> None:
        self.moment = BootMoment("boot-1", 1000.0)

    def __call__(self) -> BootMoment:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment = BootMoment(self.moment.boot_id, self.moment.seconds + seconds)


class Monotonic:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_with_catalogue(tmp_path / "data")


@pytest.fixture
def centre() -> StandInCentre:
    return StandInCentre(capacity={SLOT: 2, TUESDAY_SLOT: 2})


@pytest.fixture
def boot() -> BootClock:
    return BootClock()


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def remote(store: Store, centre: StandInCentre, boot: BootClock, monotonic: Monotonic) -> RemoteAuthority:
    return RemoteAuthority(store, now=Clock(), window_days=30, kiosk_id="ktest001", centre=centre, boot=boot,
                           retry_waits=(0.0, 0.0), offline_for_s=30.0, monotonic=monotonic)


def grant(store: Store, slot: str, seats: int, boot: BootClock, lease_s: int = 3600, grant_id: str = "g1") -> None:
    with store.transaction("grant") as db:
        allowance.store_grants(db, [allowance.Grant(grant_id, slot, seats, lease_s)], boot(), "2027-01-11T03:00:00Z")


def row(store: Store, reference: str) -> dict[str, object]:
    cursor = store.db.execute("SELECT * FROM bookings WHERE reference = ?", [reference])
    names = [column[0] for column in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def test_online_a_booking_is_made_at_the_centre_and_the_kiosk_keeps_no_name_phone_or_passport_digits(
        store: Store, centre: StandInCentre, remote: RemoteAuthority, tmp_path: Path) -> None:
    booking = remote.book(BookingRequest(SLOT, "Oʻktam Yoʻldoshev", "+998 90 123 45 67", "1234"))

    assert centre.taken(SLOT) == 1
    kept = row(store, booking.reference)
    assert (kept["name"], kept["phone"], kept["passport_last4"]) == ("", "", "")
    assert kept["confirmed_at"] is not None
    dump = "\n".join(line for line in store.db.conn.iterdump())
    for detail in ("Oʻktam", "Yoʻldoshev", "OKTAM", "123 45 67", "1234"):
        assert detail not in dump, detail
    assert outbox.depth(store) == 0  # the live answer delivered the booking: nothing left to send
    # The receipt printed now, and a reprint later, carry the same name hash: staff still check the passport.
    key = load_or_create_device_key(tmp_path / "key")
    reprint = receipt_for(store, booking_by_reference(store, booking.reference), key)  # type: ignore[arg-type]
    claims = verify(reprint.token, {key.kiosk_id: key.public_key})
    assert claims.name_hash == name_hash(booking.reference, "Yoʻldoshev Oʻktam")
    # And the holder can still be found here by surname or digits, on the hashes.
    assert remote.find(booking.reference, "yoldoshev").reference == booking.reference


def test_the_centres_refusal_leaves_nothing_behind(store: Store, centre: StandInCentre,
                                                   remote: RemoteAuthority) -> None:
    centre.capacity[SLOT] = 0

    with pytest.raises(SlotFull):
        remote.book(BookingRequest(SLOT, "Bobur Aliyev"))

    assert store.db.execute("SELECT count(*) FROM bookings").fetchone()[0] == 0
    assert outbox.depth(store) == 0


def test_a_lost_answer_is_covered_by_an_allowance_seat_and_the_outbox_sends_the_same_key(
        store: Store, centre: StandInCentre, remote: RemoteAuthority, boot: BootClock) -> None:
    grant(store, SLOT, 1, boot)
    centre.lose_answers = True

    booking = remote.book(BookingRequest(SLOT, "Bobur Aliyev"))

    assert centre.taken(SLOT) == 1  # the centre did make it
    [item] = outbox.items(store, "booking")
    assert item.id in centre.bookings  # the queued item carries the key the centre knows
    assert item.body["grant_id"] == "g1" and "live" not in item.body
    assert row(store, booking.reference)["grant_id"] == "g1"
    assert remote.selling_offline


def test_a_lost_answer_with_no_allowance_seat_is_withdrawn_and_the_person_is_told_nothing_was_booked(
        store: Store, centre: StandInCentre, remote: RemoteAuthority) -> None:
    centre.lose_answers = True

    with pytest.raises(NoSeatHere):
        remote.book(BookingRequest(SLOT, "Bobur Aliyev"))

    assert store.db.execute("SELECT count(*) FROM bookings").fetchone()[0] == 0
    [item] = outbox.items(store)
    assert item.kind == "cancellation" and item.body["withdrawn"] is True
    assert item.body["key"] in centre.bookings  # the centre will cancel what it made, by this key


def test_offline_only_the_allowance_is_offered_and_sold(store: Store, centre: StandInCentre,
                                                        remote: RemoteAuthority, boot: BootClock) -> None:
    grant(store, SLOT, 1, boot)
    centre.down = True

    times = {slot.id: slot for slot in remote.slots("consult", "office-a", MONDAY)}
    assert remote.selling_offline
    assert (times[SLOT].capacity, times[SLOT].free) == (1, 1)
    assert all(slot.free == 0 for slot_id, slot in times.items() if slot_id != SLOT)

    sold = remote.book(BookingRequest(SLOT, "Bobur Aliyev"))
    assert sold.reference and row(store, sold.reference)["grant_id"] == "g1"
    with pytest.raises(NoSeatHere):
        remote.book(BookingRequest(SLOT, "Dilnoza Karimova"))
    with pytest.raises(NoSeatHere):
        remote.book(BookingRequest(TUESDAY_SLOT, "Dilnoza Karimova"))
    assert centre.taken(SLOT) == 0  # nothing reached the centre: the booking waits in the outbox
    [item] = outbox.items(store, "booking")
    assert item.body["grant_id"] == "g1"


def test_a_lease_runs_on_the_boot_clock_so_a_wrong_wall_clock_sells_nothing_more(
        store: Store, centre: StandInCentre, boot: BootClock, monotonic: Monotonic) -> None:
    grant(store, SLOT, 2, boot, lease_s=600)
    centre.down = True
    wrong = Clock(datetime(2027, 1, 10, 8, 0))  # a day behind: to it, every lease would look young
    remote = RemoteAuthority(store, now=wrong, window_days=30, kiosk_id="ktest001", centre=centre, boot=boot,
                             retry_waits=(), monotonic=monotonic)

    boot.advance(601)
    with pytest.raises(NoSeatHere):
        remote.book(BookingRequest(SLOT, "Bobur Aliyev"))

    boot.moment = BootMoment("boot-2", 5.0)  # rebooted: how long it was off is unknown, so the grant is void
    with pytest.raises(NoSeatHere):
        remote.book(BookingRequest(SLOT, "Bobur Aliyev"))
    with store.transaction("settle") as db:
        [settling] = allowance.begin_settling(db, boot())
    assert settling.grant_id == "g1" and settling.sold == ()


def test_offline_the_same_person_rule_holds_at_this_kiosk(store: Store, centre: StandInCentre,
                                                          remote: RemoteAuthority, boot: BootClock) -> None:
    grant(store, SLOT, 2, boot)
    centre.down = True
    remote.book(BookingRequest(SLOT, "Bobur Aliyev", passport_last4="1234"))

    with pytest.raises(AlreadyBooked):
        remote.book(BookingRequest(SLOT, "ALIYEV BOBUR", passport_last4="1234"))


def test_offline_only_this_kiosks_bookings_can_be_found_and_the_error_says_so(
        store: Store, centre: StandInCentre, remote: RemoteAuthority, boot: BootClock) -> None:
    booking = remote.book(BookingRequest(SLOT, "Bobur Aliyev"))  # online: confirmed, name dropped
    centre.down = True

    assert remote.find(booking.reference, "Aliyev").reference == booking.reference  # held here, found on hashes
    cancelled = remote.cancel(booking.reference, "Aliyev")
    assert cancelled.status == "cancelled"
    [item] = outbox.items(store, "cancellation")
    assert item.body["reference"] == booking.reference
    with pytest.raises(NotHeldHere):
        remote.find(new_reference(), "Aliyev")


def test_online_a_booking_made_elsewhere_is_found_and_cancelled_at_the_centre(
        store: Store, centre: StandInCentre, remote: RemoteAuthority) -> None:
    elsewhere = new_reference()
    centre.bookings["other-kiosk-key"] = ("booked", LiveRequest(elsewhere, SLOT, "Bobur", "", "", "ru"))

    found = remote.find(elsewhere, "Bobur")
    cancelled = remote.cancel(elsewhere, "Bobur")

    assert (found.status, cancelled.status) == ("booked", "cancelled")
    assert centre.taken(SLOT) == 0
    assert outbox.depth(store) == 0  # the centre did it live: nothing to send


def test_after_the_centre_fails_the_screens_stop_waiting_on_it_for_a_while(
        store: Store, centre: StandInCentre, remote: RemoteAuthority, monotonic: Monotonic) -> None:
    centre.down = True
    remote.slots("consult", "office-a", MONDAY)
    asked = centre.calls

    remote.slots("consult", "office-a", MONDAY)
    remote.available_days("consult", "office-a", MONDAY, 7)
    assert centre.calls == asked  # offline: answered from the allowance at once

    monotonic.now += 31
    centre.down = False
    remote.slots("consult", "office-a", MONDAY)
    assert centre.calls == asked + 1 and not remote.selling_offline
