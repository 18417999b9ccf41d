"""Any sequence of bookings, cancellations, moves and passing time keeps every rule (hypothesis)."""

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from kiosk import outbox
from kiosk.booking import BookingError, BookingRequest
from kiosk.booking.person import same_person
from tests.kiosk.booking.fixtures import MONDAY, Clock, authority, open_with_catalogue, slot_id

SLOTS = [slot_id("office-a", "consult", MONDAY + timedelta(days=day), hhmm)
         for day in (0, 1) for hhmm in ("09:00", "09:30", "10:00")]
SLOTS += [slot_id("office-a", "submit", MONDAY, hhmm) for hhmm in ("09:00", "09:20")]
SLOTS += [slot_id("mobile-b", "consult", MONDAY + timedelta(days=3), "10:00")]
PEOPLE = [("Bobur Aliyev", ""), ("Бобур Алиев", "1234"), ("Bobur Aliyev", "5678"), ("Dilnoza Karimova", ""),
          ("Karim Rahimov", "0001")]


class Kiosk(RuleBasedStateMachine):
    @initialize()
    def open(self) -> None:
        self.folder = Path(tempfile.mkdtemp())
        self.store = open_with_catalogue(self.folder)
        self.clock = Clock()
        self.kiosk = authority(self.store, self.clock)
        self.held: list[tuple[str, str]] = []

    def teardown(self) -> None:
        if hasattr(self, "store"):
            self.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    @rule(slot=st.sampled_from(SLOTS), person=st.sampled_from(PEOPLE))
    def book(self, slot: str, person: tuple[str, str]) -> None:
        try:
            booking = self.kiosk.book(BookingRequest(slot, person[0], passport_last4=person[1]))
        except BookingError:
            return
        self.held.append((booking.reference, person[0]))

    @precondition(lambda self: self.held)
    @rule(pick=st.integers(min_value=0), slot=st.sampled_from(SLOTS))
    def reschedule(self, pick: int, slot: str) -> None:
        code, name = self.held[pick % len(self.held)]
        try:
            self.kiosk.reschedule(code, name, slot)
        except BookingError:
            pass

    @precondition(lambda self: self.held)
    @rule(pick=st.integers(min_value=0))
    def cancel(self, pick: int) -> None:
        code, name = self.held[pick % len(self.held)]
        try:
            self.kiosk.cancel(code, name)
        except BookingError:
            pass

    @rule(minutes=st.integers(min_value=1, max_value=24 * 60))
    def time_passes(self, minutes: int) -> None:
        self.clock.now += timedelta(minutes=minutes)

    @invariant()
    def seats_are_counted_and_never_oversold(self) -> None:
        if not hasattr(self, "store"):
            return
        for slot, booked, capacity, held in self.store.db.execute(
                "SELECT s.id, s.booked, s.capacity, (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id "
                "AND b.status = 'booked') FROM booking_slots s"):
            assert booked == held <= capacity, slot

    @invariant()
    def nobody_holds_two_bookings_for_one_service_on_one_day(self) -> None:
        if not hasattr(self, "store"):
            return
        rows = self.store.db.execute("SELECT reference, service_id, day, person_key, passport_last4 FROM bookings "
                                     "WHERE status = 'booked'").fetchall()
        for n, (code, service, day, key, last4) in enumerate(rows):
            for other, other_service, other_day, other_key, other_last4 in rows[n + 1:]:
                if (service, day) == (other_service, other_day):
                    assert not same_person(key, last4, other_key, other_last4), (code, other)

    @invariant()
    def every_booking_and_cancellation_reached_the_outbox(self) -> None:
        if not hasattr(self, "store"):
            return
        codes = sorted(row[0] for row in self.store.db.execute("SELECT reference FROM bookings"))
        assert sorted(item.body["reference"] for item in outbox.items(self.store, "booking")) == codes
        cancelled = sorted(row[0] for row in self.store.db.execute(
            "SELECT reference FROM bookings WHERE status = 'cancelled'"))
        assert sorted(item.body["reference"] for item in outbox.items(self.store, "cancellation")) == cancelled


Kiosk.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
test_the_rules_hold_whatever_happens = Kiosk.TestCase
