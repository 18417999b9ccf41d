"""Slots: the bookable times a schedule makes, kept in the local cache with their seats.

:func:`generate_slots` is pure: the catalogue's schedules, day by day, minus
closures, cut into back-to-back slots of each service's duration. A slot's id
names its location, service and start (``sample-visa-centre.visa-submission.2027-01-15T09:30``),
so making the slots again after a schedule update finds the same slots, and
bookings keep pointing at them.

:func:`refresh_slots` stores the slots of a range of days. It runs inside the
caller's write transaction and never loses a booking: a slot that still has
bookings but is no longer scheduled (a new closure, changed hours) is kept and
*withdrawn* (no longer offered) rather than deleted, and a slot's capacity is
never set below the seats already taken. Unbooked slots that are no longer
scheduled, or are in the past, are deleted.

Seats are counted by the database itself: triggers on ``bookings`` move
``booking_slots.booked`` and a CHECK keeps it within ``capacity``, so no writer,
however it races, can sell a seat that is not there (migration 6).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from kiosk.booking.model import Service, Slot
from kiosk.booking.schedule import Closure, Schedule, is_closed, slot_starts

if TYPE_CHECKING:
    import sqlite_utils

SLOT_COLUMNS = "id, location_id, service_id, start_at, end_at, capacity, booked"


def slot_id_for(location_id: str, service_id: str, start: datetime) -> str:
    return f"{location_id}.{service_id}.{start:%Y-%m-%dT%H:%M}"


def generate_slots(services: Mapping[str, Service], schedules: Iterable[Schedule], closures: Iterable[Closure],
                   first: date, last: date) -> list[Slot]:
    """Every slot from ``first`` to ``last`` (inclusive), ordered by start, with no seat booked.

    Where two schedules would make the same slot, the first one's wins (the
    catalogue check reports such overlaps to the author).
    """
    closure_list = tuple(closures)
    made: dict[str, Slot] = {}
    for schedule in schedules:
        for day in schedule.days(first, last):
            if is_closed(closure_list, schedule.location_id, day):
                continue
            for service_id in schedule.service_ids:
                service = services.get(service_id)
                if service is None:
                    continue
                capacity = schedule.capacity or service.capacity
                length = timedelta(minutes=service.duration_minutes)
                for span in schedule.times:
                    for start in slot_starts(day, span, service.duration_minutes):
                        slot_id = slot_id_for(schedule.location_id, service_id, start)
                        made.setdefault(slot_id, Slot(slot_id, schedule.location_id, service_id, start,
                                                      start + length, capacity, 0))
    return sorted(made.values(), key=lambda slot: (slot.start, slot.location_id, slot.service_id))


@dataclass(frozen=True)
class SlotRefresh:
    stored: int  # slots made or updated in the range
    withdrawn: int  # no longer scheduled but booked: kept, not offered
    deleted: int  # no longer scheduled (or past) and never booked


def refresh_slots(db: sqlite_utils.Database, slots: list[Slot], first: date, last: date) -> SlotRefresh:
    """Make the stored slots of ``first``..``last`` exactly ``slots``, keeping every booked one.

    Call inside a write transaction. Slots before ``first`` that nobody ever booked
    are deleted too: the past is not offered, and the table stays small.
    """
    low, high = first.isoformat(), (last + timedelta(days=1)).isoformat()
    db.conn.executemany(
        "INSERT INTO booking_slots(id, location_id, service_id, start_at, end_at, capacity) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "end_at = excluded.end_at, capacity = max(excluded.capacity, booking_slots.booked), withdrawn = 0",
        [(slot.id, slot.location_id, slot.service_id, _iso(slot.start), _iso(slot.end), slot.capacity)
         for slot in slots],
    )
    wanted = {slot.id for slot in slots}
    stale = [row[0] for row in db.execute(
        "SELECT id FROM booking_slots WHERE start_at >= ? AND start_at < ? AND withdrawn = 0", [low, high])
        if row[0] not in wanted]
    withdrawn = deleted = 0
    for slot_id in stale:
        if _has_bookings(db, slot_id):
            db.execute("UPDATE booking_slots SET withdrawn = 1 WHERE id = ?", [slot_id])
            withdrawn += 1
        else:
            db.execute("DELETE FROM booking_slots WHERE id = ?", [slot_id])
            deleted += 1
    deleted += db.execute(
        "DELETE FROM booking_slots WHERE start_at < ? "
        "AND NOT EXISTS (SELECT 1 FROM bookings WHERE bookings.slot_id = booking_slots.id)", [low]).rowcount
    return SlotRefresh(len(slots), withdrawn, deleted)


def _has_bookings(db: sqlite_utils.Database, slot_id: str) -> bool:
    return db.execute("SELECT 1 FROM bookings WHERE slot_id = ? LIMIT 1", [slot_id]).fetchone() is not None


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def slot_from_row(row: tuple[object, ...]) -> Slot:
    """A :class:`Slot` from a row selected as :data:`SLOT_COLUMNS`."""
    slot_id, location_id, service_id, start, end, capacity, booked = row
    return Slot(str(slot_id), str(location_id), str(service_id), datetime.fromisoformat(str(start)),
                datetime.fromisoformat(str(end)), int(str(capacity)), int(str(booked)))
