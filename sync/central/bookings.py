"""Bookings at the centre: live, exactly once per Idempotency-Key, never more than a slot's seats;
and bookings sold offline, which arrive later through the outbox and are final.

A kiosk that is online books here (``POST /v1/bookings``). It makes the reference
itself (so its receipt can be signed at once, whichever way the answer comes) and
an Idempotency-Key; if the answer is lost it sends the same request again and
gets the same answer, never a second seat. The same key with another body is a 409.
A kiosk that gave up on a request whose answer was lost says so through its
outbox (a cancellation with ``withdrawn``); its key is then refused with 409
``withdrawn``, so a copy of the request still on its way cannot book after all.

A kiosk that is offline sells from the allowance the centre granted it
(``sync.central.allowances``) and reports each booking, cancellation and move
through its outbox, whose item id is the Idempotency-Key the live request had or
would have had. :func:`record_offline_booking`, :func:`record_offline_cancellation`
and :func:`record_offline_move` apply them in the transaction that stores the item,
so each happens exactly once. An offline booking has been promised to a person
and is never refused: when it breaks a rule (the person booked twice, the grant
could not pay for the seat, the slot is past its capacity) it is kept and a
*finding* is recorded for staff (:func:`record_finding`).

The person's details are checked by the kiosk's own rules
(``kiosk.booking.person``): the same person is the same name (by sound key) with
passport digits that do not contradict, and at most one booking per service and
day, across the whole fleet. The booking keeps none of the details themselves:
only keyed hashes (HMAC with a secret made at migration), enough to apply that
rule and to let a person cancel or change a booking at any kiosk by its reference
and their surname or passport digits. The name and phone are kept apart
(``sync.central.people``) only until a few days after the booking's day, so
staff can find a person who comes without a receipt; passport digits never.

Where a transaction takes several locks (PostgreSQL), it takes them in one order:
the Idempotency-Key's advisory lock, the booking's row, the person's advisory lock
(:func:`second_booking`), a grant's row, then slots in ``slot_id`` order, so no two
transactions ever wait for each other in a circle. (Recording a sale shares a
grant's row earlier, before the person's lock; that blocks only settling and
closing the grant, which take no person's lock and no other grant's row.)
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from kiosk import reference
from kiosk.booking.errors import InvalidDetails
from kiosk.booking.model import BookingRequest
from kiosk.booking.person import Details, checked_details
from kiosk.text.names import name_key
from sync.central import people
from sync.central.errors import ApiError
from sync.central.seats import (
    force_seat,
    give_back_seat,
    seat_from_held,
    slot_row,
    starts_at,
    take_seat,
    too_soon,
    use_begun_grant,
    use_grant,
)
from sync.central.tables import allowance_sales, allowances, booking_findings, bookings, secrets, slots, withdrawn_keys
from sync.protocol.canonical import canonical_bytes
from sync.protocol.times import format_time

#: What staff are told about, in ``booking_findings.kind``. ``audit_chain_break`` is a staff device's audit
#: log that does not link up (``sync.central.staff``): the reference is the entry's, the kiosk the device.
FINDINGS = ("duplicate", "oversold", "unknown_grant", "reference_clash", "unknown_booking", "audit_chain_break")


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


@dataclass(frozen=True)
class _Person:
    """A person as the centre keeps them: hashes only, made one way for live and offline bookings."""

    person_hash: str
    last4_hash: str | None
    name_word_hashes: str
    language: str


def _person(connection: Connection, details: Details) -> _Person:
    hasher = _Hasher(connection)
    return _Person(person_hash=hasher("person", details.person_key),
                   last4_hash=hasher("last4", details.passport_last4) if details.passport_last4 else None,
                   name_word_hashes=json.dumps(hasher.words(details.name)), language=details.language)


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
            # The kiosk may be withdrawing this very key through its outbox at this moment: one of the two
            # goes first, and the other sees it (record_offline_cancellation takes the same lock).
            advisory_lock(connection, f"key|{key}")
            if connection.execute(select(withdrawn_keys.c.reference)
                                  .where(withdrawn_keys.c.idempotency_key == key)).first() is not None:
                raise ApiError(409, "withdrawn", f"the kiosk withdrew the request with Idempotency-Key {key!r}: "
                                                 "it has told the person it was not booked")
            slot = slot_row(connection, request.slot_id)
            if too_soon(slot, local_now):
                raise ApiError(409, "slot_passed", f"slot {request.slot_id} starts too soon to get there")
            day = slot.start_at[:10]
            person = _person(connection, details)
            if second_booking(connection, slot.service_id, day, person.person_hash, person.last4_hash, None):
                raise ApiError(409, "already_booked", f"this person already has a {slot.service_id} booking on {day}")
            take_seat(connection, request.slot_id)
            _insert_booking(connection, code, key, digest, slot, person, details, kiosk_id, now, grant_id=None,
                            origin="live")
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
        row = _identified(connection, code, name_or_last4, lock=True)
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
        row = _identified(connection, code, name_or_last4, lock=True)
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
        if second_booking(connection, row.service_id, day, row.person_hash, row.last4_hash, code):
            raise ApiError(409, "already_booked", f"this person already has a {row.service_id} booking on {day}")
        # Slots in slot_id order (see the module's docstring); a refusal rolls both back.
        for slot_id in sorted((row.slot_id, new_slot_id)):
            if slot_id == new_slot_id:
                take_seat(connection, new_slot_id)
            else:
                give_back_seat(connection, row.slot_id)
        connection.execute(update(bookings).where(bookings.c.reference == code)
                           .values(slot_id=new_slot_id, day=day, changed_at=now))
        return _answer_in(connection, code)


def second_booking(connection: Connection, service_id: str, day: str, person_hash: str, last4_hash: str | None,
                   moving: str | None) -> str | None:
    """The reference of another live booking of this person for the service that day, or None.

    ``moving`` is the booking being moved, which is not "another". On PostgreSQL
    this takes a lock on the person, service and day, held to the end of the
    transaction: two kiosks booking one person at once would both find no booking
    under READ COMMITTED; with it, the second waits and then sees the first.
    """
    advisory_lock(connection, f"{service_id}|{day}|{person_hash}")
    others = connection.execute(select(bookings.c.reference, bookings.c.last4_hash).where(and_(
        bookings.c.service_id == service_id, bookings.c.day == day, bookings.c.person_hash == person_hash,
        bookings.c.status == "booked")).order_by(bookings.c.reference))
    for other in others:
        # The kiosk's rule (kiosk.booking.person.same_person): digits that do not contradict.
        if other.reference != moving and (not last4_hash or not other.last4_hash or last4_hash == other.last4_hash):
            return str(other.reference)
    return None


def looked_up(text: str) -> str:
    """A reference to look a booking up by: the code, or (not a code at all) the text, which finds nothing."""
    try:
        return reference.parse_reference(text)
    except reference.InvalidReference:
        return text


def advisory_lock(connection: Connection, name: str) -> None:
    """On PostgreSQL, a lock on ``name`` held to the end of the transaction (SQLite has one writer anyway)."""
    if connection.dialect.name == "postgresql":
        lock = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        connection.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": lock})


# --- bookings sold offline, arriving through the outbox ------------------------------------------


def record_offline_booking(connection: Connection, kiosk_id: str, key: str, request: NewBooking,
                           grant_id: str | None, now: datetime) -> None:
    """Hold a booking a kiosk made offline (the outbox item ``key``), in the caller's transaction.

    Nothing to do when the live request with this key made it already (its answer
    was lost). Otherwise the booking is kept whatever it breaks, because the person
    has their receipt: it is paid from the grant it names when that grant can pay,
    and counted anyway when not, with findings for staff. Invalid details or
    reference are refused (422) like a live request's: no kiosk makes them.
    """
    code = _reference(request.reference)
    details = _details(request)
    advisory_lock(connection, f"key|{key}")
    grant = _own_grant(connection, grant_id, kiosk_id)
    if grant is not None:
        _record_sale(connection, grant, code, now)
    made = connection.execute(select(bookings.c.reference).where(bookings.c.idempotency_key == key)).first()
    if made is not None:
        if made.reference != code:
            record_finding(connection, "reference_clash", code, kiosk_id, now, other_reference=made.reference,
                           detail=f"the outbox item {key} reports booking {code}, but its live request made "
                                  f"{made.reference}")
        return
    if connection.execute(select(bookings.c.reference).where(bookings.c.reference == code)).first() is not None:
        record_finding(connection, "reference_clash", code, kiosk_id, now, other_reference=code,
                       slot_id=request.slot_id, grant_id=grant_id,
                       detail=f"booking {code} sold offline in {request.slot_id}, but another booking has that "
                              "reference: it was not recorded")
        return
    slot = connection.execute(select(slots).where(slots.c.slot_id == request.slot_id)).first()
    if slot is None:
        record_finding(connection, "unknown_booking", code, kiosk_id, now, slot_id=request.slot_id, grant_id=grant_id,
                       detail=f"booking {code} sold offline in slot {request.slot_id!r}, which the centre does not "
                              "have: it was not recorded")
        return
    day = slot.start_at[:10]
    person = _person(connection, details)
    other = second_booking(connection, slot.service_id, day, person.person_hash, person.last4_hash, None)
    paid = grant is not None and use_grant(connection, grant, kiosk_id, slot.slot_id)
    if paid:
        seat_from_held(connection, slot.slot_id)
        over = False
    else:
        paid = grant is not None and use_begun_grant(connection, grant, kiosk_id, slot.slot_id)
        over = force_seat(connection, slot.slot_id)
    _insert_booking(connection, code, key, request.digest(), slot, person, details, kiosk_id, now, grant_id=grant,
                    origin="allowance" if grant_id is not None else "live")
    _report_seat(connection, code, kiosk_id, slot.slot_id, grant_id, paid, over, now, "sold offline")
    if other is not None:
        record_finding(connection, "duplicate", code, kiosk_id, now, other_reference=other, slot_id=slot.slot_id,
                       detail=f"booking {code} sold offline for a person who already holds {other} "
                              f"({slot.service_id}, {day}); both stand")


def record_offline_cancellation(connection: Connection, kiosk_id: str, reference_text: str, withdrawn: bool,
                                key: str | None, now: datetime) -> None:
    """Cancel a booking a kiosk cancelled offline (or withdrew: see the module docstring), in the caller's
    transaction; its seat goes back. A booking already cancelled stays as it is."""
    code = looked_up(reference_text)
    if withdrawn and key is not None:
        advisory_lock(connection, f"key|{key}")  # as book() does: the late live request sees this, or we see it
    row = connection.execute(select(bookings).where(bookings.c.reference == code).with_for_update()).first()
    if row is None and withdrawn and key is not None:
        row = connection.execute(select(bookings).where(bookings.c.idempotency_key == key).with_for_update()).first()
    if row is not None:
        if row.status == "booked":
            connection.execute(update(bookings).where(bookings.c.reference == row.reference)
                               .values(status="cancelled", changed_at=now))
            give_back_seat(connection, row.slot_id)
        return
    if withdrawn and key is not None:
        if connection.execute(select(withdrawn_keys.c.reference)
                              .where(withdrawn_keys.c.idempotency_key == key)).first() is None:
            connection.execute(insert(withdrawn_keys).values(idempotency_key=key, reference=code[:16],
                                                             kiosk_id=kiosk_id, withdrawn_at=now))
        return
    what = "withdrawn without the request's key" if withdrawn else "cancelled offline"
    record_finding(connection, "unknown_booking", code, kiosk_id, now,
                   detail=f"booking {code} was {what}, but the centre has no such booking")


def record_offline_move(connection: Connection, kiosk_id: str, reference_text: str, new_slot_id: str,
                        grant_id: str | None, now: datetime) -> None:
    """Move a booking as a kiosk moved it offline, in the caller's transaction: the old seat goes back, the
    new one is paid from the grant named when it can pay, and counted anyway when not (with findings)."""
    code = looked_up(reference_text)
    row = connection.execute(select(bookings).where(bookings.c.reference == code).with_for_update()).first()
    grant = _own_grant(connection, grant_id, kiosk_id)
    if grant is not None:
        _record_sale(connection, grant, code, now)
    if row is None or row.status != "booked":
        why = "the centre has no such booking" if row is None else "the centre has it cancelled"
        record_finding(connection, "unknown_booking", code, kiosk_id, now, slot_id=new_slot_id, grant_id=grant_id,
                       detail=f"booking {code} was moved offline to {new_slot_id}, but {why}: it was not moved")
        return
    if new_slot_id == row.slot_id:
        return
    new = connection.execute(select(slots).where(slots.c.slot_id == new_slot_id)).first()
    if new is None:
        record_finding(connection, "unknown_booking", code, kiosk_id, now, slot_id=new_slot_id, grant_id=grant_id,
                       detail=f"booking {code} was moved offline to slot {new_slot_id!r}, which the centre does "
                              "not have: it was not moved")
        return
    day = new.start_at[:10]
    other = second_booking(connection, new.service_id, day, row.person_hash, row.last4_hash, code)
    held = grant is not None and use_grant(connection, grant, kiosk_id, new.slot_id)
    late = not held and grant is not None and use_begun_grant(connection, grant, kiosk_id, new.slot_id)
    over = False
    for slot_id in sorted((row.slot_id, new.slot_id)):  # the module's lock order
        if slot_id == row.slot_id:
            give_back_seat(connection, row.slot_id)
        elif held:
            seat_from_held(connection, new.slot_id)
        else:
            over = force_seat(connection, new.slot_id)
    paid = held or late
    connection.execute(update(bookings).where(bookings.c.reference == code)
                       .values(slot_id=new.slot_id, service_id=new.service_id, day=day, changed_at=now))
    _report_seat(connection, code, kiosk_id, new.slot_id, grant_id, paid, over, now, "moved offline")
    if other is not None:
        record_finding(connection, "duplicate", code, kiosk_id, now, other_reference=other, slot_id=new.slot_id,
                       detail=f"booking {code} moved offline to a day this person already holds {other} "
                              f"({new.service_id}, {day}); both stand")


def record_finding(connection: Connection, kind: str, code: str, kiosk_id: str, now: datetime, *, detail: str,
                   other_reference: str | None = None, slot_id: str | None = None,
                   grant_id: str | None = None) -> None:
    """Tell staff about a booking that broke a rule but stands (or could not be recorded): see :data:`FINDINGS`.

    Texts that came from a kiosk are cut to their columns (a kiosk sends what it
    likes); the detail keeps them whole. It never holds a person's details.
    """
    assert kind in FINDINGS, kind
    connection.execute(insert(booking_findings).values(
        kind=kind, reference=code[:20], other_reference=None if other_reference is None else other_reference[:20],
        kiosk_id=kiosk_id, slot_id=None if slot_id is None else slot_id[:200],
        grant_id=None if grant_id is None else grant_id[:40], found_at=now, detail=detail))


def list_findings(engine: Engine, limit: int) -> list[dict[str, Any]]:
    """Findings newest first."""
    with engine.connect() as connection:
        rows = connection.execute(select(booking_findings).order_by(booking_findings.c.id.desc()).limit(limit))
        return [{"id": row.id, "kind": row.kind, "reference": row.reference, "other_reference": row.other_reference,
                 "kiosk_id": row.kiosk_id, "slot_id": row.slot_id, "grant_id": row.grant_id,
                 "found_at": format_time(row.found_at), "detail": row.detail} for row in rows]


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


def _insert_booking(connection: Connection, code: str, key: str, digest: str, slot: Any, person: _Person,
                    details: Details, kiosk_id: str, now: datetime, *, grant_id: str | None, origin: str) -> None:
    """Store a booking, and beside it (only until a few days after its day) the name and phone staff find
    the person by; never the passport digits."""
    connection.execute(bookings.insert().values(
        reference=code, idempotency_key=key, request_digest=digest, slot_id=slot.slot_id,
        service_id=slot.service_id, day=slot.start_at[:10], person_hash=person.person_hash,
        last4_hash=person.last4_hash, name_word_hashes=person.name_word_hashes, language=person.language,
        kiosk_id=kiosk_id, status="booked", created_at=now, changed_at=now, grant_id=grant_id, origin=origin))
    people.keep(connection, code, details.name, details.phone, now)


def _own_grant(connection: Connection, grant_id: str | None, kiosk_id: str) -> str | None:
    """``grant_id`` if it names a grant the centre made for ``kiosk_id`` (open or not), else None."""
    if grant_id is None:
        return None
    found = connection.execute(select(allowances.c.grant_id).where(and_(
        allowances.c.grant_id == grant_id, allowances.c.kiosk_id == kiosk_id))).first()
    return None if found is None else grant_id


def _record_sale(connection: Connection, grant_id: str, code: str, now: datetime) -> None:
    """The kiosk's report that it sold ``code`` from ``grant_id`` has arrived: settling may count it.

    Recorded whether or not the report could be applied (a booking cancelled since, an
    unknown slot): nothing more will come for it, so a settle must not wait for it.
    """
    if len(code) != reference.BODY_LENGTH + 1:
        return  # not a reference at all: no kiosk lists it when it settles
    known = connection.execute(select(allowance_sales.c.reference).where(and_(
        allowance_sales.c.grant_id == grant_id, allowance_sales.c.reference == code))).first()
    if known is None:
        connection.execute(insert(allowance_sales).values(grant_id=grant_id, reference=code, recorded_at=now))


def _report_seat(connection: Connection, code: str, kiosk_id: str, slot_id: str, grant_id: str | None, paid: bool,
                 over: bool, now: datetime, done: str) -> None:
    """Findings for a seat taken offline: a grant that could not pay for it (``paid``: it could, or its slot
    began since, which returned its seats), a slot now past its capacity."""
    if grant_id is not None and not paid:
        record_finding(connection, "unknown_grant", code, kiosk_id, now, slot_id=slot_id, grant_id=grant_id,
                       detail=f"booking {code} {done} in {slot_id} from grant {grant_id!r}, which is not this "
                              "kiosk's open grant for that slot with a seat left; the seat was counted anyway")
    if over:
        record_finding(connection, "oversold", code, kiosk_id, now, slot_id=slot_id, grant_id=grant_id,
                       detail=f"booking {code} {done} in {slot_id} takes it past its capacity")


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


def _identified(connection: Connection, code: str, typed: str, *, lock: bool = False) -> Any:
    """The booking ``typed`` identifies; with ``lock``, its row stays locked to the end of the transaction
    (PostgreSQL), so two cancellations at once cannot both give its seat back."""
    query = select(bookings).where(bookings.c.reference == code)
    row = connection.execute(query.with_for_update() if lock else query).first()
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
