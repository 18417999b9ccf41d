"""The kiosk as its own booking authority, for the bundled demo schedule (and any kiosk with no centre).

Every write takes SQLite's write lock up front (``BEGIN IMMEDIATE``) and checks
the rules inside it, so two screens, processes or kiosks sharing the file cannot
both take the last seat: the second waits for the lock and then sees the seat
gone. Under that, the database's own CHECK on ``booking_slots`` (migration 7)
refuses any seat beyond capacity whatever a writer does. The write is committed
with ``synchronous=FULL`` before a booking is returned, so a reference on screen
or paper always means a booking on disk, and its outbox item is in the same
transaction: there is never one without the other.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk import outbox, reference
from kiosk.booking import privacy
from kiosk.booking.catalogue import catalogue_stamp, locations, stored_catalogue
from kiosk.booking.errors import (
    AlreadyBooked,
    AppointmentPassed,
    BookingCancelled,
    BookingNotFound,
    OutsideBookingWindow,
    SlotFull,
    UnknownSlot,
)
from kiosk.booking.model import Booking, BookingRequest, DayAvailability, LocationChoice, Slot
from kiosk.booking.person import Details, checked_details, identifies, same_person
from kiosk.booking.slots import SLOT_COLUMNS, generate_slots, refresh_slots, slot_from_row
from kiosk.store import Store, StoreUnavailable
from kiosk.text.clean import is_storable
from kiosk.text.names import name_key

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

OUTBOX_BOOKING = "booking"
OUTBOX_CANCELLATION = "cancellation"
OUTBOX_RESCHEDULE = "reschedule"

# Which days' slots are stored, for which catalogue: "first..last@stamp".
META_SLOTS_MADE = "booking_slots_made"

_BOOKING_COLUMNS = ("reference, slot_id, location_id, service_id, start_at, end_at, name, phone, passport_last4, "
                    "language, status, created_at, kiosk_id, receipt_name_hash")

#: How long a live booking's outbox item waits before the outbox may send it: the live request
#: settles it long before (it is sent, delivered or withdrawn then); only a kiosk that died
#: in between leaves it to the outbox, which sends it as the same live request.
LIVE_HOLD = timedelta(minutes=10)


class LocalAuthority:
    """Books, finds, cancels and moves bookings in the local cache.

    ``now`` gives the kiosk's local wall-clock time (tests pass a fixed one);
    slots are bookable from ``now`` to the end of the day ``window_days`` days
    ahead. Use one instance from one thread (the UI's database lane), like its store.
    """

    def __init__(self, store: Store, *, now: Callable[[], datetime], window_days: int, kiosk_id: str) -> None:
        if window_days < 1:
            raise ValueError("window_days must be at least 1")
        self._store = store
        self._now = now
        self.window_days = window_days
        self.kiosk_id = kiosk_id
        # Whatever the store was opened with: a booking is durable before anyone is told.
        store.db.execute("PRAGMA synchronous=FULL")

    @property
    def selling_offline(self) -> bool:
        """Never: the kiosk's own seats are all it has, and all there are."""
        return False

    # -- reading: the booking steps ------------------------------------------------------

    def available_days(self, service_id: str, location_id: str, start_day: date, days: int) -> list[DayAvailability]:
        """One entry per day from ``start_day``, ``days`` of them: the calendar of the date step.

        Days in the past, beyond the window, closed or not scheduled have ``slots == 0``.
        """
        self._ensure_slots()
        counts: dict[date, tuple[int, int]] = {}
        for slot in self._offered(service_id, location_id, start_day, start_day + timedelta(days=days - 1)):
            total, free = counts.get(slot.day, (0, 0))
            counts[slot.day] = (total + 1, free + (slot.free > 0))
        result = []
        for offset in range(days):
            day = start_day + timedelta(days=offset)
            total, free = counts.get(day, (0, 0))
            result.append(DayAvailability(day, total, free))
        return result

    def slots(self, service_id: str, location_id: str, day: date) -> list[Slot]:
        """The day's bookable slots, full ones included (``free == 0``), earliest first: the time step."""
        self._ensure_slots()
        return self._offered(service_id, location_id, day, day)

    def slot(self, slot_id: str) -> Slot:
        """The slot ``slot_id`` as it is now (seats included); :class:`UnknownSlot` if it is not offered."""
        self._ensure_slots()
        found = self._slot(self._store.db, slot_id)
        if found is None:
            raise UnknownSlot(f"no slot {slot_id!r} is offered")
        return found

    def locations_for(self, service_id: str) -> list[LocationChoice]:
        """Locations whose schedule offers ``service_id``: the location step.

        Fixed offices first, in the catalogue's order; then mobile offices, the
        soonest visit first (those with no visit inside the window last).
        """
        self._ensure_slots()
        now, last_day = self._window()
        days: dict[str, dict[date, bool]] = {}
        for slot in self._offered(service_id, None, now.date(), last_day):
            free = days.setdefault(slot.location_id, {})
            free[slot.day] = free.get(slot.day, False) or slot.free > 0
        scheduled = {schedule.location_id for schedule in stored_catalogue(self._store.db).schedules
                     if service_id in schedule.service_ids}
        choices = []
        for location in locations(self._store):
            if location.id not in scheduled and location.id not in days:
                continue
            visits = sorted(days.get(location.id, {}).items())
            choices.append(LocationChoice(location, tuple(day for day, _ in visits),
                                          next((day for day, free in visits if free), None)))
        far = date.max
        return sorted(choices, key=lambda c: (c.location.kind == "mobile",
                                              c.next_visit or far if c.location.kind == "mobile" else far))

    def _offered(self, service_id: str, location_id: str | None, first: date, last: date) -> list[Slot]:
        """The bookable slots of ``first``..``last`` (inside the window, after the lead time), earliest first.

        Every reading step comes through here; an authority whose seats are
        counted elsewhere (the centre's, an allowance) says so by overriding it.
        """
        return self._stored_slots(service_id, location_id, first, last)

    def _stored_slots(self, service_id: str, location_id: str | None, first: date, last: date) -> list[Slot]:
        """``_offered`` from the slots stored in the cache, with the seats counted there."""
        now, last_day = self._window()
        low = max(_iso(self._earliest(service_id, now)), first.isoformat())
        high = (min(last, last_day) + timedelta(days=1)).isoformat()
        where, params = "service_id = ?", [service_id]
        if location_id is not None:
            where, params = "service_id = ? AND location_id = ?", [service_id, location_id]
        rows = self._store.db.execute(
            f"SELECT {SLOT_COLUMNS} FROM booking_slots WHERE {where} AND withdrawn = 0 "
            "AND start_at > ? AND start_at < ? ORDER BY start_at", [*params, low, high])
        return [slot_from_row(row) for row in rows]

    # -- writing -------------------------------------------------------------------------

    def book(self, request: BookingRequest) -> Booking:
        """Book a seat for ``request``; the returned booking is committed, with its outbox item.

        Raises, writing nothing: :class:`InvalidDetails`, :class:`UnknownSlot`,
        :class:`OutsideBookingWindow`, :class:`SlotFull`, :class:`AlreadyBooked`, and
        :class:`kiosk.store.StoreUnavailable` when the cache cannot be written now.
        """
        details = checked_details(request)
        self._ensure_slots()
        with self._write("save a booking") as db:
            now = self._now()
            slot = self._bookable_slot(db, request.slot_id, now)
            grant_id = self._seat_for(db, slot)
            self._refuse_second_booking(db, slot, details.person_key, details.passport_last4, None)
            booking, _ = self._insert_booking(db, slot, details, now, grant_id=grant_id)
        return booking

    def find(self, reference_text: str, name_or_last4: str) -> Booking:
        """The booking with this reference, if ``name_or_last4`` identifies its holder (cancelled ones too).

        Raises :class:`kiosk.reference.InvalidReference` for a mistyped code, and
        :class:`BookingNotFound` for no such booking or a name that does not match.
        """
        code = reference.parse_reference(reference_text)
        return self._identified(self._store.db, code, name_or_last4)

    def cancel(self, reference_text: str, name_or_last4: str) -> Booking:
        """Cancel the booking and give its seat back. Cancelling a cancelled booking changes nothing.

        Raises as :meth:`find`, and :class:`AppointmentPassed` once the appointment has started.
        """
        code = reference.parse_reference(reference_text)
        with self._write("cancel a booking") as db:
            booking = self._identified(db, code, name_or_last4)
            if booking.status == "cancelled":
                return booking
            now = self._now()
            if booking.start <= now:
                raise AppointmentPassed(f"booking {code} was for {booking.start:%Y-%m-%d %H:%M}")
            stamp = now.isoformat(timespec="seconds")
            db.execute("UPDATE bookings SET status = 'cancelled', changed_at = ? WHERE reference = ?", [stamp, code])
            outbox.enqueue(db, OUTBOX_CANCELLATION,
                           {"reference": code, "cancelled_at": stamp, "kiosk_id": self.kiosk_id})
            cancelled = self._identified(db, code, name_or_last4)
        return cancelled

    def reschedule(self, reference_text: str, name_or_last4: str, new_slot_id: str) -> Booking:
        """Move the booking to ``new_slot_id`` (same service; any location), keeping its reference.

        Raises as :meth:`find`, and :class:`BookingCancelled`, :class:`AppointmentPassed`,
        :class:`UnknownSlot`, :class:`OutsideBookingWindow`, :class:`SlotFull`, :class:`AlreadyBooked`.
        """
        code = reference.parse_reference(reference_text)
        self._ensure_slots()
        with self._write("move a booking") as db:
            booking = self._identified(db, code, name_or_last4)
            if booking.status == "cancelled":
                raise BookingCancelled(f"booking {code} was cancelled")
            now = self._now()
            if booking.start <= now:
                raise AppointmentPassed(f"booking {code} was for {booking.start:%Y-%m-%d %H:%M}")
            slot = self._bookable_slot(db, new_slot_id, now)
            if slot.service_id != booking.service_id:
                raise UnknownSlot(f"slot {slot.id} is for {slot.service_id}, the booking for {booking.service_id}")
            if slot.id == booking.slot_id:
                return booking
            grant_id = self._seat_for(db, slot)
            self._refuse_second_booking(db, slot, self._person_key(db, code), booking.passport_last4, code)
            stamp = now.isoformat(timespec="seconds")
            with _seat_check(slot):
                db.execute(
                    "UPDATE bookings SET slot_id = ?, location_id = ?, start_at = ?, end_at = ?, day = ?, "
                    "changed_at = ? WHERE reference = ?",
                    [slot.id, slot.location_id, _iso(slot.start), _iso(slot.end), slot.day.isoformat(), stamp, code])
            body = {
                "reference": code, "slot_id": slot.id, "location_id": slot.location_id, "start": _iso(slot.start),
                "end": _iso(slot.end), "previous_slot_id": booking.slot_id, "rescheduled_at": stamp,
                "kiosk_id": self.kiosk_id,
            }
            if grant_id is not None:
                body["grant_id"] = grant_id
                self._seat_taken(db, grant_id, code)
            outbox.enqueue(db, OUTBOX_RESCHEDULE, body)
            moved = self._identified(db, code, name_or_last4)
        return moved

    # -- inside -------------------------------------------------------------------------

    def _seat_for(self, db: sqlite_utils.Database, slot: Slot) -> str | None:
        """Whether this authority may sell a seat of ``slot`` now; the allowance grant it comes from, if any.

        Here the seats are the cache's own: a free one or :class:`SlotFull`. The
        remote authority, offline, sells from its allowance instead.
        """
        if slot.free <= 0:
            raise SlotFull(f"slot {slot.id} has all {slot.capacity} seats taken")
        return None

    def _seat_taken(self, db: sqlite_utils.Database, grant_id: str, reference: str) -> None:
        """Count a seat sold from ``grant_id`` (the local authority has no grants)."""
        raise RuntimeError("the local authority sells no allowance seats")

    def _insert_booking(self, db: sqlite_utils.Database, slot: Slot, details: Details, now: datetime, *,
                        grant_id: str | None = None, live: bool = False) -> tuple[Booking, str]:
        """Store a booking and its outbox item in the caller's transaction; return it and the item's id.

        A ``live`` item is held back from the outbox: the remote authority is sending
        it as a live request, and the outbox takes it over only if that goes wrong.
        """
        code = self._unused_reference(db)
        stamp = now.isoformat(timespec="seconds")
        with _seat_check(slot):
            db.execute(
                "INSERT INTO bookings(reference, slot_id, location_id, service_id, start_at, end_at, day, name, "
                "person_key, phone, passport_last4, language, status, created_at, changed_at, kiosk_id, grant_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?)",
                [code, slot.id, slot.location_id, slot.service_id, _iso(slot.start), _iso(slot.end),
                 slot.day.isoformat(), details.name, details.person_key, details.phone, details.passport_last4,
                 details.language, stamp, stamp, self.kiosk_id, grant_id])
        booking = Booking(code, slot.id, slot.location_id, slot.service_id, slot.start, slot.end, details.name,
                          details.phone, details.passport_last4, details.language, "booked",
                          datetime.fromisoformat(stamp), self.kiosk_id)
        body = _booking_body(booking)
        if grant_id is not None:
            body["grant_id"] = grant_id
            self._seat_taken(db, grant_id, code)
        if live:
            body["live"] = True
        item_id = outbox.enqueue(db, OUTBOX_BOOKING, body, hold=LIVE_HOLD if live else None)
        return booking, item_id

    @staticmethod
    def _person_key(db: sqlite_utils.Database, code: str) -> str:
        """The booking's person key as first made (for a booking whose name was dropped, it is gone)."""
        row = db.execute("SELECT name, person_key, confirmed_at FROM bookings WHERE reference = ?", [code]).fetchone()
        return name_key(str(row[0])) if row[2] is None else ""

    def _window(self) -> tuple[datetime, date]:
        now = self._now()
        return now, now.date() + timedelta(days=self.window_days)

    def _earliest(self, service_id: str, now: datetime) -> datetime:
        """Slots of ``service_id`` are offered only if they start after this: the service's lead time from now."""
        row = self._store.db.execute("SELECT lead_minutes FROM booking_services WHERE id = ?", [service_id]).fetchone()
        return now + timedelta(minutes=int(row[0]) if row else 0)

    @contextmanager
    def _write(self, doing: str) -> Iterator[sqlite_utils.Database]:
        """A write transaction holding SQLite's write lock from its first statement.

        A disk that is full, read-only or failing raises :class:`StoreUnavailable`
        (``doing`` completes its sentence for staff), with nothing written.
        """
        if self._store.db.conn.in_transaction:
            raise RuntimeError("booking writes make their own transaction; do not call them inside another")
        with self._store.transaction(doing) as db:
            yield db

    def _ensure_slots(self) -> None:
        """Store the slots of today's booking window for the current catalogue, once a day or per change."""
        today = self._now().date()
        last = today + timedelta(days=self.window_days)
        db = self._store.db
        if _meta(db, META_SLOTS_MADE) == f"{today}..{last}@{catalogue_stamp(db)}":
            return
        if not self._store.writable:
            return  # a cache that cannot be written offers the slots it has; booking says why it cannot
        try:
            self._make_slots(today, last)
        except StoreUnavailable as error:
            # Reading goes on with the slots stored; a booking meets the same failure and says so.
            log.error("booking slots not refreshed: %s", error)

    def _make_slots(self, today: date, last: date) -> None:
        with self._write("store the booking slots") as db:
            made = f"{today}..{last}@{catalogue_stamp(db)}"
            if _meta(db, META_SLOTS_MADE) == made:
                return  # another writer made them while this one waited for the lock
            catalogue = stored_catalogue(db)
            slots = generate_slots(catalogue.service_map(), catalogue.schedules, catalogue.closures, today, last)
            refresh_slots(db, slots, today, last)
            db.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [META_SLOTS_MADE, made])

    @staticmethod
    def _slot(db: sqlite_utils.Database, slot_id: str) -> Slot | None:
        if not isinstance(slot_id, str) or not is_storable(slot_id):
            return None  # no slot id holds what no database can: a stale or garbled screen
        row = db.execute(f"SELECT {SLOT_COLUMNS} FROM booking_slots WHERE id = ? AND withdrawn = 0",
                         [slot_id]).fetchone()
        return None if row is None else slot_from_row(row)

    def _bookable_slot(self, db: sqlite_utils.Database, slot_id: str, now: datetime) -> Slot:
        slot = self._slot(db, slot_id)
        if slot is None:
            raise UnknownSlot(f"no slot {slot_id!r} is offered")
        last_day = now.date() + timedelta(days=self.window_days)
        if slot.start <= now:
            raise OutsideBookingWindow(f"slot {slot.id} has already started")
        if slot.start <= self._earliest(slot.service_id, now):
            raise OutsideBookingWindow(f"slot {slot.id} starts too soon to get there: {slot.service_id} is offered "
                                       "only that long ahead")
        if slot.day > last_day:
            raise OutsideBookingWindow(f"slot {slot.id} is more than {self.window_days} days ahead")
        return slot

    @staticmethod
    def _refuse_second_booking(db: sqlite_utils.Database, slot: Slot, person_key: str, last4: str,
                               moving: str | None) -> None:
        """:class:`AlreadyBooked` if the person holds another live booking of the service that day, here.

        ``person_key`` "" (a booking whose name was dropped, being moved): its
        holder is known only to the centre, which applies the rule itself.
        """
        if not person_key:
            return
        hashed = privacy.keyed(db, "person", person_key)
        for code, other_last4, other_last4_hash, confirmed, start in db.execute(
                "SELECT reference, passport_last4, last4_hash, confirmed_at, start_at FROM bookings "
                "WHERE status = 'booked' AND service_id = ? AND day = ? AND person_key IN (?, ?)",
                [slot.service_id, slot.day.isoformat(), person_key, hashed]):
            if code == moving:
                continue
            same = (same_person(person_key, last4, person_key, str(other_last4)) if confirmed is None
                    else privacy.same_person_forgotten(db, last4, str(other_last4_hash)))
            if same:
                raise AlreadyBooked(f"this person already has a {slot.service_id} booking on {slot.day}",
                                    datetime.fromisoformat(str(start)))

    @staticmethod
    def _unused_reference(db: sqlite_utils.Database) -> str:
        # 32^7 codes: a clash is all but impossible, but a clash must never merge two bookings.
        for _ in range(10):
            code = reference.new_reference()
            if db.execute("SELECT 1 FROM bookings WHERE reference = ?", [code]).fetchone() is None:
                return code
        raise RuntimeError("could not find an unused reference code")  # pragma: no cover

    @staticmethod
    def _identified(db: sqlite_utils.Database, code: str, name_or_last4: str) -> Booking:
        row = db.execute(f"SELECT {_BOOKING_COLUMNS}, confirmed_at, word_hashes, last4_hash FROM bookings "
                         "WHERE reference = ?", [code]).fetchone()
        if row is None:
            raise BookingNotFound(f"no booking {code}")
        booking = _booking_from_row(row)
        confirmed, word_hashes, last4_hash = row[-3:]
        known = (identifies(name_or_last4, booking.name, booking.passport_last4) if confirmed is None
                 else privacy.identifies_forgotten(db, name_or_last4, str(word_hashes), str(last4_hash)))
        if not known:
            raise BookingNotFound(f"no booking {code} under that name or passport digits")
        return booking


def recent_bookings(store: Store, limit: int = 20, *, include_cancelled: bool = False) -> list[Booking]:
    """The latest bookings made on this kiosk, newest first: what staff reprint after a failed print."""
    where = "" if include_cancelled else "WHERE status = 'booked' "
    rows = store.db.execute(f"SELECT {_BOOKING_COLUMNS} FROM bookings {where}ORDER BY created_at DESC, rowid DESC "
                            "LIMIT ?", [limit])
    return [_booking_from_row(row) for row in rows]


def booking_by_reference(store: Store, code: str) -> Booking | None:
    """The booking ``code`` (undashed) with no name check: for staff, who see it anyway, to reprint."""
    row = store.db.execute(f"SELECT {_BOOKING_COLUMNS} FROM bookings WHERE reference = ?", [code]).fetchone()
    return None if row is None else _booking_from_row(row)


@contextmanager
def _seat_check(slot: Slot) -> Iterator[None]:
    """The database's CHECK on seats is the last word: turn its refusal into :class:`SlotFull`."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        if "CHECK constraint failed" in str(error):
            raise SlotFull(f"slot {slot.id} has no seat left") from error
        raise


def _booking_from_row(row: tuple[Any, ...]) -> Booking:
    (code, slot_id, location_id, service_id, start, end, name, phone, last4, language, status, created_at,
     kiosk_id, receipt_name_hash) = row[:14]
    return Booking(str(code), str(slot_id), str(location_id), str(service_id), datetime.fromisoformat(start),
                   datetime.fromisoformat(end), str(name), str(phone), str(last4), str(language),
                   "cancelled" if status == "cancelled" else "booked", datetime.fromisoformat(created_at),
                   str(kiosk_id), str(receipt_name_hash))


def _booking_body(booking: Booking) -> dict[str, Any]:
    """The outbox item the central service gets: everything it needs to hold the booking, nothing more."""
    return {
        "reference": booking.reference, "slot_id": booking.slot_id, "location_id": booking.location_id,
        "service_id": booking.service_id, "start": _iso(booking.start), "end": _iso(booking.end),
        "name": booking.name, "phone": booking.phone, "passport_last4": booking.passport_last4,
        "language": booking.language, "created_at": booking.created_at.isoformat(timespec="seconds"),
        "kiosk_id": booking.kiosk_id,
    }


def _meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")
