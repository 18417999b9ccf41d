"""The names and phones of bookings, kept only so staff can find a person on the day, and then deleted.

A person who comes without their receipt is found on the staff device's day list
by name or phone (docs/architecture.md, "Staff mode at the centre"), so the centre keeps the
name and phone a booking was made with, in ``booking_people``, apart from the
booking itself: written in the transaction that stores the booking (live or from
the outbox), read only by the day list (``sync.central.staff``), and deleted
``people_days`` days after the booking's day by the upkeep loop (:func:`purge`).
Passport digits are never stored; the booking keeps only its keyed hashes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Connection, Engine, delete, insert, select

from sync.central.tables import booking_people, bookings


def keep(connection: Connection, code: str, name: str, phone: str, now: datetime) -> None:
    """Keep the name and phone of booking ``code`` (just stored, in the caller's transaction)."""
    connection.execute(insert(booking_people).values(reference=code, name=name, phone=phone, stored_at=now))


def purge(engine: Engine, today: date, people_days: int) -> int:
    """Delete the name and phone of every booking whose day is more than ``people_days`` before ``today``
    (the offices' date); how many went. A booking moved to a later day is kept for its new day."""
    last_day = (today - timedelta(days=max(people_days, 0) + 1)).isoformat()
    with engine.begin() as connection:
        over = select(bookings.c.reference).where(bookings.c.day <= last_day)
        return int(connection.execute(delete(booking_people).where(booking_people.c.reference.in_(over))).rowcount)
