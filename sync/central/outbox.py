"""Receiving outbox items exactly once.

The first answer per item id is stored with the item; the primary key on the id
is what makes "first" hold when a kiosk's retry reaches another replica. The same
id with the same kind and body gets that stored answer again (200); the same id
with anything else gets 409, and the conflict is kept for staff to look at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from kiosk.outbox import KINDS
from sync.central.errors import ApiError
from sync.central.tables import outbox_conflicts, outbox_items
from sync.protocol.outbox import Envelope, answer, body_digest
from sync.protocol.times import format_time


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
    check_item(item)
    digest = body_digest(item.kind, item.body)
    first = answer(item.id, now)
    try:
        with engine.begin() as connection:
            connection.execute(insert(outbox_items).values(
                id=item.id, kiosk_id=kiosk_id, kind=item.kind, digest=digest, body=json.dumps(item.body),
                created_at=item.created_at, received_at=now, answer=json.dumps(first)))
        return Received(first_time=True, answer=first)
    except IntegrityError:
        pass  # the id is taken: this is a retry, or a clash
    with engine.begin() as connection:
        stored = connection.execute(select(outbox_items.c.digest, outbox_items.c.answer)
                                    .where(outbox_items.c.id == item.id)).one()
        if stored.digest == digest:
            return Received(first_time=False, answer=json.loads(stored.answer))
        connection.execute(insert(outbox_conflicts).values(
            item_id=item.id, kiosk_id=kiosk_id, kind=item.kind, body=json.dumps(item.body), digest=digest,
            received_at=now))
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
