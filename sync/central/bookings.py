"""Bookings at the centre: live, exactly once per Idempotency-Key, never more than a slot's seats.

A kiosk that is online books here (``POST /v1/bookings``). It makes the reference
itself (so its receipt can be signed at once, whichever way the answer comes) and
an Idempotency-Key; if the answer is lost it sends the same request again and
gets the same answer, never a second seat. The same key with another body is a 409.

The person's details are checked by the kiosk's own rules
(``kiosk.booking.person``): the same person is the same name (by sound key) with
passport digits that do not contradict, and at most one booking per service and
day, across the whole fleet. The centre keeps none of the details themselves:
only keyed hashes (HMAC with a secret made at migration), enough to apply that
rule and to let a person cancel or change a booking at any kiosk by its reference
and their surname or passport digits.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, select, text, update
from sqlalchemy.exc import IntegrityError

from kiosk import reference
from kiosk.booking.errors import InvalidDetails
from kiosk.booking.model import BookingRequest
from kiosk.booking.person import Details, checked_details
from kiosk.text.names import name_key
from sync.central.errors import ApiError
from sync.central.seats import give_back_seat, slot_row, starts_at, take_seat, too_soon
from sync.central.tables import bookings, secrets, slots
from sync.protocol.canonical import canonical_bytes


@dataclass(frozen=True)
class NewBooking:
    """What a kiosk sends to book: its own reference for the booking, and the person's details."""

    reference: str
    slot_id: str
    name: str
    phone: str = ""
    passport_last4: str = ""
    language: str = "en"

    def digest(self) -> str:
        return hashlib.sha256(canonical_bytes(self.__dict__)).hexdigest()


class _Hasher:
    """Keyed hashes of a person's details: comparable, not reversible without the centre's secret."""

    def __init__(self, connection: Connection) -> None:
        secret = connection.execute(select(secrets.c.value).where(secrets.c.name == "person")).scalar_one()
        self.key = bytes.fromhex(secret)

    def __call__(self, kind: str, text: str) -> str:
        return hmac.new(self.key, f"{kind}:{text}".encode(), hashlib.sha256).hexdigest()

    def words(self, name: str) -> list[str]:
        return sorted(self("word", word) for word in name_key(name).split())


def book(engine: Engine, kiosk_id: str, key: str, request: NewBooking, now: datetime,
         local_now: datetime) -> tuple[int, dict[str, Any]]:
    """``(status, answer)`` for a booking request; the same key and body always get the same answer."""
    code = _reference(request.reference)
    details = _details(request)
    digest = request.digest()
    replay = _replay(engine, key, digest)
    if replay is not None:
        return replay
    try:
        with engine.begin() as connection:
            hasher = _Hasher(connection)
            slot = slot_row(connection, request.slot_id)
            if too_soon(slot, local_now):
                raise ApiError(409, "slot_passed", f"slot {request.slot_id} starts too soon to get there")
            day = slot.start_at[:10]
            person_hash = hasher("person", details.person_key)
            last4_hash = hasher("last4", details.passport_last4) if details.passport_last4 else None
            _refuse_second_booking(connection, slot.service_id, day, person_hash, last4_hash, None)
            take_seat(connection, request.slot_id)
            connection.execute(bookings.insert().values(
                reference=code, idempotency_key=key, request_digest=digest, slot_id=request.slot_id,
                service_id=slot.service_id, day=day, person_hash=person_hash, last4_hash=last4_hash,
                name_word_hashes=json.dumps(hasher.words(details.name)), language=details.language,
                kiosk_id=kiosk_id, status="booked", created_at=now, changed_at=now))
            return 201, _answer_in(connection, code)
    except IntegrityError:
        # Another replica (or a retry racing this one) stored this key first: answer as it did.
        replay = _replay(engine, key, digest)
        if replay is not None:
            return replay
        raise ApiError(409, "reference_taken", f"reference {code} is another booking's: make a new one") from None


def find(engine: Engine, reference_text: str, name_or_last4: str) -> dict[str, Any]:
    """The booking, if ``name_or_last4`` identifies its holder; 404 otherwise (the same for both)."""
    code = _reference(reference_text)
    with engine.connect() as connection:
        _identified(connection, code, name_or_last4)
        return _answer_in(connection, code)


def cancel(engine: Engine, reference_text: str, name_or_last4: str, now: datetime, local_now: datetime
           ) -> dict[str, Any]:
    """Cancel at any kiosk; the seat goes back. Cancelling a cancelled booking answers as the first time."""
    code = _reference(reference_text)
    with engine.begin() as connection:
        row = _identified(connection, code, name_or_last4)
        if row.status == "booked":
            if starts_at(slot_row(connection, row.slot_id, withdrawn_too=True)) <= local_now:
                raise ApiError(409, "appointment_passed", f"booking {code}'s appointment has begun")
            connection.execute(update(bookings).where(bookings.c.reference == code)
                               .values(status="cancelled", changed_at=now))
            give_back_seat(connection, row.slot_id)
        return _answer_in(connection, code)


def reschedule(engine: Engine, reference_text: str, name_or_last4: str, new_slot_id: str, now: datetime,
               local_now: datetime) -> dict[str, Any]:
    """Move to another slot of the same service, keeping the reference; the old seat goes back."""
    code = _reference(reference_text)
    with engine.begin() as connection:
        row = _identified(connection, code, name_or_last4)
        if row.status != "booked":
            raise ApiError(409, "booking_cancelled", f"booking {code} was cancelled")
        if starts_at(slot_row(connection, row.slot_id, withdrawn_too=True)) <= local_now:
            raise ApiError(409, "appointment_passed", f"booking {code}'s appointment has begun")
        if new_slot_id == row.slot_id:
            return _answer_in(connection, code)
        new = slot_row(connection, new_slot_id)
        if new.service_id != row.service_id:
            raise ApiError(422, "other_service", f"slot {new_slot_id} is for {new.service_id}, not {row.service_id}")
        if too_soon(new, local_now):
            raise ApiError(409, "slot_passed", f"slot {new_slot_id} starts too soon to get there")
        day = new.start_at[:10]
        _refuse_second_booking(connection, row.service_id, day, row.person_hash, row.last4_hash, code)
        take_seat(connection, new_slot_id)
        give_back_seat(connection, row.slot_id)
        connection.execute(update(bookings).where(bookings.c.reference == code)
                           .values(slot_id=new_slot_id, day=day, changed_at=now))
        return _answer_in(connection, code)


# --- inside -------------------------------------------------------------------------------------


def _reference(text: str) -> str:
    try:
        return reference.parse_reference(text)
    except reference.InvalidReference as error:
        raise ApiError(422, "invalid_reference", str(error)) from error


def _details(request: NewBooking) -> Details:
    try:
        return checked_details(BookingRequest(request.slot_id, request.name, request.phone,
                                              request.passport_last4, request.language))
    except InvalidDetails as error:
        raise ApiError(422, "invalid_details", f"{error.field}: {error}", field=error.field) from error


def _replay(engine: Engine, key: str, digest: str) -> tuple[int, dict[str, Any]] | None:
    with engine.connect() as connection:
        row = connection.execute(select(bookings.c.reference, bookings.c.request_digest)
                                 .where(bookings.c.idempotency_key == key)).first()
        if row is None:
            return None
        if row.request_digest != digest:
            raise ApiError(409, "idempotency_conflict",
                           f"Idempotency-Key {key!r} was used for another booking request")
        return 201, _answer_in(connection, row.reference)


def _refuse_second_booking(connection: Connection, service_id: str, day: str, person_hash: str,
                           last4_hash: str | None, moving: str | None) -> None:
    """409 ``already_booked`` if this person holds another live booking of the service that day."""
    if connection.dialect.name == "postgresql":
        # Two kiosks booking one person at once would both find no booking under READ COMMITTED; this
        # lock, held to the end of the transaction, makes the second wait and then see the first.
        lock = int.from_bytes(hashlib.sha256(f"{service_id}|{day}|{person_hash}".encode()).digest()[:8], "big",
                              signed=True)
        connection.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": lock})
    others = connection.execute(select(bookings.c.reference, bookings.c.last4_hash).where(and_(
        bookings.c.service_id == service_id, bookings.c.day == day, bookings.c.person_hash == person_hash,
        bookings.c.status == "booked")))
    for other in others:
        # The kiosk's rule (kiosk.booking.person.same_person): digits that do not contradict.
        if other.reference != moving and (not last4_hash or not other.last4_hash or last4_hash == other.last4_hash):
            raise ApiError(409, "already_booked", f"this person already has a {service_id} booking on {day}")


def _identified(connection: Connection, code: str, typed: str) -> Any:
    row = connection.execute(select(bookings).where(bookings.c.reference == code)).first()
    if row is None or not _identifies(_Hasher(connection), typed, row):
        # One answer for "no such booking" and "not your booking", so codes cannot be probed for names.
        raise ApiError(404, "booking_not_found", f"no booking {code} under that name or passport digits")
    return row


def _identifies(hasher: _Hasher, typed: str, row: Any) -> bool:
    """kiosk.booking.person.identifies, on the hashes: four digits, or words that are all in the name."""
    digits = "".join(typed.split())
    if len(digits) == 4 and digits.isascii() and digits.isdigit():
        return row.last4_hash is not None and hmac.compare_digest(hasher("last4", digits), row.last4_hash)
    typed_words = Counter(hasher.words(typed))
    return bool(typed_words) and not typed_words - Counter(json.loads(row.name_word_hashes))


def _answer_in(connection: Connection, code: str) -> dict[str, Any]:
    row = connection.execute(select(bookings, slots.c.location_id, slots.c.start_at, slots.c.end_at)
                             .join(slots, slots.c.slot_id == bookings.c.slot_id)
                             .where(bookings.c.reference == code)).one()
    return {"reference": code, "status": row.status, "slot_id": row.slot_id, "service_id": row.service_id,
            "location_id": row.location_id, "start": row.start_at, "end": row.end_at,
            "language": row.language, "kiosk_id": row.kiosk_id}
