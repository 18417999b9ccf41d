"""The central service as the booking authority: live while it answers, the kiosk's allowance while it does not.

Online, seats are the centre's: the screens show its counts, and a booking is a
live request (``SeatCentre.book``) with an idempotency key. The booking and its
outbox item are committed *before* the request goes out, the item held back
(``LIVE_HOLD``). Then:

- the centre books it: the kiosk records it confirmed (the item is delivered)
  and drops the person's details; the receipt is printed from the booking in hand;
- the centre refuses (slot full, already booked, ...): booking and item are
  deleted, and the person hears why, as with the local authority;
- no answer, after retries with the same key: the centre may have booked it.
  If this kiosk holds an allowance seat of the slot, that seat covers it: the
  booking stands, final, and its item goes up through the outbox (the centre
  recognises the key if the live request did arrive). Otherwise the request is
  *withdrawn*: booking deleted, and a cancellation carrying the key queued, so
  the centre cancels the booking if it made one and refuses the key if it
  arrives late. The person is told nothing was booked, and that is true.
- the kiosk dies before any of that: the held item becomes due and the sync
  agent sends it as the same live request (same key), so the centre answers
  exactly as it would have.

Offline (the centre did not answer within the last ``offline_for_s``), the
kiosk sells only from its allowance (:mod:`kiosk.booking.allowance`): a slot
shows the seats this kiosk can honour, and :attr:`RemoteAuthority.selling_offline`
tells the screens to say that more may be free at the office. Cancelling and
changing work online for any booking in the fleet (by reference and name or
passport digits, at the centre); offline only for bookings this kiosk holds
(:class:`NotHeldHere` otherwise).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TypeVar

from kiosk import outbox, reference
from kiosk.booking import allowance
from kiosk.booking.centre import CentreBooking, CentreRefused, CentreUnreachable, LiveRequest, SeatCentre
from kiosk.booking.errors import (
    AlreadyBooked,
    AppointmentPassed,
    BookingCancelled,
    BookingError,
    BookingNotFound,
    NoSeatHere,
    NotHeldHere,
    OutsideBookingWindow,
    SlotFull,
    UnknownSlot,
)
from kiosk.booking.local import OUTBOX_CANCELLATION, LocalAuthority
from kiosk.booking.model import Booking, BookingRequest, Slot
from kiosk.booking.person import checked_details
from kiosk.clock import BootMoment, boot_clock
from kiosk.store.database import utc_now

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How a refusal's code reads as the booking rules' own errors.
_REFUSALS: dict[str, type[BookingError]] = {
    "slot_full": SlotFull,
    "slot_passed": OutsideBookingWindow,
    "unknown_slot": UnknownSlot,
    "other_service": UnknownSlot,
    "booking_not_found": BookingNotFound,
    "invalid_reference": BookingNotFound,
    "booking_cancelled": BookingCancelled,
    "appointment_passed": AppointmentPassed,
    "withdrawn": SlotFull,
}


class RemoteAuthority(LocalAuthority):
    """Books at the centre while it answers, from this kiosk's allowance while it does not.

    ``centre`` reaches the central service (``sync.agent.live`` over HTTP);
    ``boot_clock`` counts allowance leases; ``retry_waits`` are the pauses between
    the tries of one live request (each with the same key); after a failure the
    authority stays offline for ``offline_for_s`` before asking the centre again,
    so screens do not each wait out a timeout.
    """

    def __init__(self, store: Store, *, now: Callable[[], datetime], window_days: int, kiosk_id: str,
                 centre: SeatCentre, boot: Callable[[], BootMoment] = boot_clock,
                 retry_waits: tuple[float, ...] = (0.5, 1.5), offline_for_s: float = 30.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__(store, now=now, window_days=window_days, kiosk_id=kiosk_id)
        self._centre = centre
        self._boot = boot
        self._retry_waits = retry_waits
        self._offline_for_s = offline_for_s
        self._monotonic = monotonic
        self._offline_until: float | None = None
        self._selling_offline = False
        self._resume_unanswered()

    @property
    def selling_offline(self) -> bool:
        """Whether the last answer came from the allowance, not the centre: screens say more may be free."""
        return self._selling_offline

    # -- reading -----------------------------------------------------------------------------

    def slot(self, slot_id: str) -> Slot:
        stored = super().slot(slot_id)
        for offered in self._offered(stored.service_id, stored.location_id, stored.day, stored.day):
            if offered.id == slot_id:
                return offered
        return Slot(stored.id, stored.location_id, stored.service_id, stored.start, stored.end, 0, 0)

    def _offered(self, service_id: str, location_id: str | None, first: date, last: date) -> list[Slot]:
        stored = self._stored_slots(service_id, location_id, first, last)
        if not stored:
            return []
        live = self._ask(lambda: self._centre.open_slots(service_id, location_id, stored[0].day,
                                                         (stored[-1].day - stored[0].day).days + 1))
        if live is not None:
            # The kiosk offers what its own catalogue knows (names, places), with the centre's seats.
            seats = {slot.slot_id: slot for slot in live}
            return [Slot(slot.id, slot.location_id, slot.service_id, slot.start, slot.end,
                         seats[slot.id].capacity, seats[slot.id].capacity - seats[slot.id].free)
                    for slot in stored if slot.id in seats]
        held = allowance.seats_left(self._store.db, self._boot())
        return [Slot(slot.id, slot.location_id, slot.service_id, slot.start, slot.end, *held.get(slot.id, (0, 0)))
                for slot in stored]

    # -- writing -----------------------------------------------------------------------------

    def book(self, request: BookingRequest) -> Booking:
        """Live when the centre answers; from the allowance otherwise (see the module docstring)."""
        if not self._online():
            return self._offline(lambda: super(RemoteAuthority, self).book(request))
        details = checked_details(request)
        self._ensure_slots()
        with self._write("save a booking") as db:
            now = self._now()
            slot = self._bookable_slot(db, request.slot_id, now)
            self._refuse_second_booking(db, slot, details.person_key, details.passport_last4, None)
            booking, key = self._insert_booking(db, slot, details, now, live=True)
        live = LiveRequest(booking.reference, booking.slot_id, details.name, details.phone, details.passport_last4,
                           details.language)
        try:
            self._tries(lambda: self._centre.book(key, live))
        except CentreRefused as refusal:
            with self._write("undo a booking the centre refused") as db:
                db.execute("DELETE FROM bookings WHERE reference = ?", [booking.reference])
                outbox.withdraw(db, key)
            raise _refusal(refusal, booking.start) from refusal
        except CentreUnreachable:
            self._went_offline()
            return self._cover_or_withdraw(booking, key)
        with self._write("record a booking the centre confirmed") as db:
            outbox.record_delivered(db, key, {"id": key, "status": "booked", "reference": booking.reference},
                                    self._utc())
        self._selling_offline = False
        return booking

    def find(self, reference_text: str, name_or_last4: str) -> Booking:
        code = reference.parse_reference(reference_text)
        if self._waiting_here(code) or not self._online():
            return self._here(lambda: super(RemoteAuthority, self).find(code, name_or_last4))
        try:
            return self._mirror(self._tries(lambda: self._centre.find(code, name_or_last4)))
        except CentreRefused as refusal:
            raise _refusal(refusal) from refusal
        except CentreUnreachable:
            self._went_offline()
            return self._here(lambda: super(RemoteAuthority, self).find(code, name_or_last4))

    def cancel(self, reference_text: str, name_or_last4: str) -> Booking:
        code = reference.parse_reference(reference_text)
        if self._waiting_here(code) or not self._online():
            # Through the outbox, after the booking it cancels: the centre may not have that yet.
            return self._here(lambda: super(RemoteAuthority, self).cancel(code, name_or_last4))
        try:
            return self._mirror(self._tries(lambda: self._centre.cancel(code, name_or_last4)))
        except CentreRefused as refusal:
            raise _refusal(refusal) from refusal
        except CentreUnreachable:
            # A cancellation is safe to repeat: if the live one arrived, the queued one changes nothing.
            self._went_offline()
            return self._here(lambda: super(RemoteAuthority, self).cancel(code, name_or_last4))

    def reschedule(self, reference_text: str, name_or_last4: str, new_slot_id: str) -> Booking:
        code = reference.parse_reference(reference_text)
        if self._waiting_here(code) or not self._online():
            return self._here(lambda: self._offline(
                lambda: super(RemoteAuthority, self).reschedule(code, name_or_last4, new_slot_id)))
        try:
            return self._mirror(self._tries(lambda: self._centre.reschedule(code, name_or_last4, new_slot_id)))
        except CentreRefused as refusal:
            raise _refusal(refusal) from refusal
        except CentreUnreachable:
            # Unknown whether it moved: the booking holds a seat either way, and the person can look it up
            # (or try again) once the centre answers. Moving it here as well could hold two seats.
            self._went_offline()
            raise NoSeatHere(f"the centre did not answer while moving {code}; nothing was changed here") from None

    # -- allowance: the hooks the local authority's writes call ---------------------------------

    def _seat_for(self, db: sqlite_utils.Database, slot: Slot) -> str | None:
        grant_id = allowance.usable_grant(db, slot.id, self._boot())
        if grant_id is None:
            raise NoSeatHere(f"offline, and this kiosk holds no seat of slot {slot.id} to sell on its own")
        return grant_id

    def _seat_taken(self, db: sqlite_utils.Database, grant_id: str, reference: str) -> None:
        allowance.take(db, grant_id, reference)

    # -- inside ------------------------------------------------------------------------------

    def _resume_unanswered(self) -> None:
        """Live requests a previous run of the kiosk left unanswered (it died): the outbox sends them now.

        One authority sells for a kiosk at a time, so a held item at start-up is
        nobody's: waiting out its hold would only delay the person's booking.
        """
        if not self._store.writable:
            return
        with self._write("resume unanswered live bookings") as db:
            resumed = db.execute("UPDATE outbox SET next_attempt_at = ? WHERE kind = 'booking' "
                                 "AND json_extract(body, '$.live') = 1 AND next_attempt_at > ?",
                                 [utc_now(), utc_now()]).rowcount
        if resumed:
            log.warning("booking: %d live booking(s) left unanswered by the last run go to the centre now", resumed)

    def _cover_or_withdraw(self, booking: Booking, key: str) -> Booking:
        """A live booking whose answer never came: keep it on an allowance seat, or withdraw it."""
        with self._write("keep or withdraw an unanswered booking") as db:
            grant_id = allowance.usable_grant(db, booking.slot_id, self._boot())
            item = outbox.waiting_item(db, key)
            if grant_id is not None:
                allowance.take(db, grant_id, booking.reference)
                db.execute("UPDATE bookings SET grant_id = ? WHERE reference = ?", [grant_id, booking.reference])
                body = {name: value for name, value in item.body.items() if name != "live"}
                outbox.release(db, key, {**body, "grant_id": grant_id})
                self._selling_offline = True
                return booking
            db.execute("DELETE FROM bookings WHERE reference = ?", [booking.reference])
            outbox.withdraw(db, key)
            outbox.enqueue(db, OUTBOX_CANCELLATION, {
                "reference": booking.reference, "cancelled_at": self._now().isoformat(timespec="seconds"),
                "kiosk_id": self.kiosk_id, "withdrawn": True, "key": key})
        log.warning("booking %s withdrawn: the centre did not answer and no allowance seat could cover it",
                    booking.reference)
        raise NoSeatHere(f"the centre did not answer; booking {booking.reference} was withdrawn")

    def _mirror(self, found: CentreBooking) -> Booking:
        """The centre's booking as the screens see it; a copy held here follows it (status, slot)."""
        with self._write("follow the centre's booking") as db:
            row = db.execute("SELECT status, slot_id FROM bookings WHERE reference = ?", [found.reference]).fetchone()
            if row is not None and (str(row[0]), str(row[1])) != (found.status, found.slot_id) and \
                    db.execute("SELECT 1 FROM booking_slots WHERE id = ?", [found.slot_id]).fetchone():
                db.execute("UPDATE bookings SET status = ?, slot_id = ?, location_id = ?, start_at = ?, end_at = ?, "
                           "day = ?, changed_at = ? WHERE reference = ?",
                           [found.status, found.slot_id, found.location_id, _iso(found.start), _iso(found.end),
                            found.start.date().isoformat(), self._now().isoformat(timespec="seconds"),
                            found.reference])
            hashed = db.execute("SELECT receipt_name_hash FROM bookings WHERE reference = ?",
                                [found.reference]).fetchone()
        self._selling_offline = False
        return Booking(found.reference, found.slot_id, found.location_id, found.service_id, found.start, found.end,
                       "", "", "", found.language, "cancelled" if found.status == "cancelled" else "booked",
                       self._now(), found.kiosk_id, str(hashed[0]) if hashed else "")

    def _waiting_here(self, code: str) -> bool:
        """Whether the centre has yet to hear of this booking or a change to it: then only this kiosk can change it."""
        return outbox.waiting_for(self._store.db, code)

    def _here(self, step: Callable[[], Booking]) -> Booking:
        """A step on the bookings held here, saying so when an unknown one may be another kiosk's."""
        try:
            return step()
        except BookingNotFound as error:
            if self._online():
                raise
            raise NotHeldHere(f"offline, only this kiosk's bookings can be found here: {error}") from error

    def _offline(self, step: Callable[[], T]) -> T:
        self._selling_offline = True
        return step()

    def _tries(self, call: Callable[[], T]) -> T:
        """``call``, tried again after each wait in ``retry_waits`` while the centre does not answer."""
        for wait in self._retry_waits:
            try:
                return call()
            except CentreUnreachable as error:
                log.info("booking: the centre did not answer (%s); asking again", error)
                time.sleep(wait)
        return call()

    def _ask(self, call: Callable[[], T]) -> T | None:
        """A read from the centre, once; None (and offline for a while) when it does not answer."""
        if not self._online():
            self._selling_offline = True
            return None
        try:
            answer = call()
        except CentreUnreachable as error:
            log.info("booking: the centre did not answer a read (%s); selling from the allowance", error)
            self._went_offline()
            return None
        self._selling_offline = False
        return answer

    def _online(self) -> bool:
        return self._offline_until is None or self._monotonic() >= self._offline_until

    def _went_offline(self) -> None:
        self._offline_until = self._monotonic() + self._offline_for_s
        self._selling_offline = True

    @staticmethod
    def _utc() -> datetime:
        return datetime.now(UTC)


def _refusal(refusal: CentreRefused, start: datetime | None = None) -> BookingError:
    if refusal.code == "already_booked":
        return AlreadyBooked(str(refusal), start or datetime.min)
    return _REFUSALS.get(refusal.code, BookingError)(f"the centre refused: {refusal.code}: {refusal}")


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


__all__ = ["RemoteAuthority"]

