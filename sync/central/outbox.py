"""Receiving outbox items exactly once, and doing what the bookings among them say, exactly once too.

The first answer per item id is stored with the item; the primary key on the id
is what makes "first" hold when a kiosk's retry reaches another replica. The same
id with the same kind and body gets that stored answer again (200); the same id
with anything else gets 409, and the conflict is kept for staff to look at.

A booking, cancellation or reschedule item is applied to the centre's bookings
(``sync.central.bookings``: ``record_offline_*``) in the same transaction that
stores the item, so it takes effect exactly when the item is first stored: a
retry finds the item and only gets the answer again. A booking item's id is the
Idempotency-Key its live request had (or would have had), which is how the centre
knows a booking it made live from one sold offline. What the centre cannot apply
(an unknown booking or slot, a reference clash) is stored and answered like any
item, so the kiosk does not send it again, and reported as a finding for staff;
a body the centre cannot read at all is refused with 422 (the kiosk parks it).

A ``staff_action`` item (one entry of a staff device's audit log) is applied the
same way, in the same transaction (``sync.central.staff.record_staff_action``):
its chain is checked, and the booking's visit changes as it says.

The stored body keeps no person's name, phone or passport digits: those fields
are blanked before it is written (the digest is of the whole body, so a retry is
still compared with what was really sent). A booking's name and phone are kept
apart instead, in the transaction that stores the booking, and only until a few
days after its day (``sync.central.people``), so staff can find a person who
comes without a receipt; passport digits are never kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from kiosk.outbox import KINDS
from sync.central import bookings, staff
from sync.central.errors import ApiError
from sync.central.tables import outbox_conflicts, outbox_items
from sync.protocol.outbox import Envelope, answer, body_digest
from sync.protocol.times import format_time

#: Fields of an item's body that are a person's details, by kind: blanked in the item the centre stores (and
#: keeps for good). Of these, a booking's name and phone go to ``booking_people`` with the booking, until
#: ``people_days`` after its day (``sync.central.people``); the passport digits are never stored.
PERSONAL_FIELDS = {"booking": ("name", "phone", "passport_last4")}

#: How often an item is tried again when its effect met another request's at the same moment (a booking
#: key or reference taken in between): the next try sees that request's work and acts on it.
_TRIES = 3

#: What a booking or staff item does, in the transaction that stores it.
Effect = Callable[[Connection, str, datetime], None]


@dataclass(frozen=True)
class Received:
    first_time: bool
    answer: dict[str, Any]


def check_item(item: Envelope) -> None:
    """Refuse an item whose kind the kiosk software does not make, or whose body lacks a field it must have."""
    fields = KINDS.get(item.kind)
    if fields is None:
        raise ApiError(422, "unknown_kind", f"no outbox item is of kind {item.kind!r}")
    missing = sorted(fields - item.body.keys())
    if missing:
        raise ApiError(422, "incomplete_item", f"a {item.kind} item needs {', '.join(missing)}")


def receive(engine: Engine, kiosk_id: str, item: Envelope, now: datetime) -> Received:
    """Store ``item`` and do what it says, together and once; or answer a retry as the first time (see above)."""
    check_item(item)
    effect = effect_of(item)
    digest = body_digest(item.kind, item.body)
    first = answer(item.id, now)
    stored_body = json.dumps(without_person(item.kind, item.body))
    for _ in range(_TRIES):
        try:
            with engine.begin() as connection:
                connection.execute(insert(outbox_items).values(
                    id=item.id, kiosk_id=kiosk_id, kind=item.kind, digest=digest, body=stored_body,
                    created_at=item.created_at, received_at=now, answer=json.dumps(first)))
                if effect is not None:
                    effect(connection, kiosk_id, now)
            return Received(first_time=True, answer=first)
        except IntegrityError:
            pass  # the id is taken (a retry, or a clash), or the effect met another request's: look which
        again = _again(engine, kiosk_id, item, digest, now)
        if again is not None:
            return again
    # Not the item's fault, and worth another try (a 409 would park it for good).
    raise ApiError(503, "busy", f"item {item.id} met other requests for the same booking each time: send it again")


def without_person(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` as the centre stores it: a person's name, phone and passport digits blanked."""
    personal = PERSONAL_FIELDS.get(kind, ())
    return {name: "" if name in personal else value for name, value in body.items()}


def effect_of(item: Envelope) -> Effect | None:
    """What a booking, cancellation, reschedule or staff action item does; None for other kinds. 422
    ``invalid_item`` for a body whose fields are not of the kind the kiosk writes (checked before anything is
    stored)."""
    body = item.body
    if item.kind == "staff_action":
        action, item_id = staff.read_staff_action(item.id, body), item.id
        return lambda connection, kiosk_id, now: staff.record_staff_action(connection, kiosk_id, item_id, action,
                                                                           now)
    if item.kind == "booking":
        request = bookings.NewBooking(
            reference=_text(body, "reference"), slot_id=_text(body, "slot_id"), name=_text(body, "name"),
            phone=_text(body, "phone"), passport_last4=_text(body, "passport_last4"),
            language=_text(body, "language"))
        grant_id = _optional_text(body, "grant_id")
        if not 8 <= len(item.id) <= 100:
            raise ApiError(422, "invalid_item", "a booking item's id is its Idempotency-Key: 8 to 100 characters")
        booking_key = item.id
        return lambda connection, kiosk_id, now: bookings.record_offline_booking(
            connection, kiosk_id, booking_key, request, grant_id, now)
    if item.kind == "cancellation":
        code = _text(body, "reference")
        withdrawn = body.get("withdrawn", False)
        if not isinstance(withdrawn, bool):
            raise ApiError(422, "invalid_item", "body.withdrawn is true or false")
        key = _optional_text(body, "key")
        if key is not None and not 8 <= len(key) <= 100:
            raise ApiError(422, "invalid_item", "body.key is an Idempotency-Key: 8 to 100 characters")
        return lambda connection, kiosk_id, now: bookings.record_offline_cancellation(
            connection, kiosk_id, code, withdrawn, key, now)
    if item.kind == "reschedule":
        code, slot_id, grant_id = _text(body, "reference"), _text(body, "slot_id"), _optional_text(body, "grant_id")
        return lambda connection, kiosk_id, now: bookings.record_offline_move(
            connection, kiosk_id, code, slot_id, grant_id, now)
    return None


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str):
        raise ApiError(422, "invalid_item", f"body.{name} must be text")
    return value


def _optional_text(body: dict[str, Any], name: str) -> str | None:
    """A field older kiosks do not send: absent and null are the same."""
    return None if body.get(name) is None else _text(body, name)


def _again(engine: Engine, kiosk_id: str, item: Envelope, digest: str, now: datetime) -> Received | None:
    """The stored answer for an item sent again; 409 (kept for staff) for another body under its id; None when
    the id is not stored (the first try failed in its effect, and may be tried again)."""
    with engine.begin() as connection:
        stored = connection.execute(select(outbox_items.c.digest, outbox_items.c.answer)
                                    .where(outbox_items.c.id == item.id)).first()
        if stored is None:
            return None
        if stored.digest == digest:
            return Received(first_time=False, answer=json.loads(stored.answer))
        connection.execute(insert(outbox_conflicts).values(
            item_id=item.id, kiosk_id=kiosk_id, kind=item.kind, body=json.dumps(without_person(item.kind, item.body)),
            digest=digest, received_at=now))
    raise ApiError(409, "conflict", f"item {item.id} was already received with another kind or body")


def list_items(engine: Engine, kind: str | None, limit: int) -> list[dict[str, Any]]:
    query = select(outbox_items).order_by(outbox_items.c.received_at.desc(), outbox_items.c.id).limit(limit)
    if kind:
        query = query.where(outbox_items.c.kind == kind)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [{"id": row.id, "kiosk_id": row.kiosk_id, "kind": row.kind, "body": json.loads(row.body),
             "created_at": format_time(row.created_at), "received_at": format_time(row.received_at)}
            for row in rows]


def list_conflicts(engine: Engine, limit: int) -> list[dict[str, Any]]:
    query = (select(outbox_conflicts, outbox_items.c.kind.label("first_kind"), outbox_items.c.body.label("first_body"),
                    outbox_items.c.received_at.label("first_received_at"))
             .join(outbox_items, outbox_items.c.id == outbox_conflicts.c.item_id)
             .order_by(outbox_conflicts.c.id.desc()).limit(limit))
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [{"item_id": row.item_id, "kiosk_id": row.kiosk_id,
             "first": {"kind": row.first_kind, "body": json.loads(row.first_body),
                       "received_at": format_time(row.first_received_at)},
             "second": {"kind": row.kind, "body": json.loads(row.body), "received_at": format_time(row.received_at)}}
            for row in rows]
