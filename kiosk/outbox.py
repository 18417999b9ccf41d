"""Things the kiosk must tell the central service: bookings, cancellations, agency reports.

An item is written in the same transaction as whatever it records, so it exists
exactly when that thing does. Its id is made here and is also the idempotency key
the sync agent sends, so a retry after a lost answer never creates a second
report or booking on the server. The sync agent (``sync/``) owns sending, backoff
and parking; this module only puts items in and counts them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.store.database import utc_now

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.store import Store


@dataclass(frozen=True)
class OutboxItem:
    id: str
    kind: str
    body: dict[str, Any]
    created_at: str
    attempts: int
    last_error: str
    parked: bool


def enqueue(db: sqlite_utils.Database, kind: str, body: dict[str, Any]) -> str:
    """Add an item inside the caller's transaction; return its id (the idempotency key)."""
    item_id = uuid.uuid4().hex
    now = utc_now()
    db.execute(
        "INSERT INTO outbox (id, kind, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)",
        [item_id, kind, json.dumps(body, ensure_ascii=False, sort_keys=True), now, now],
    )
    return item_id


def depth(store: Store) -> int:
    """Items not yet sent, parked ones included: what staff see as "waiting to send"."""
    return int(store.db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def items(store: Store, kind: str | None = None) -> list[OutboxItem]:
    """Items oldest first, all kinds or one."""
    where, params = ("", []) if kind is None else (" WHERE kind = ?", [kind])
    rows = store.db.execute(
        "SELECT id, kind, body, created_at, attempts, last_error, parked FROM outbox" + where
        + " ORDER BY created_at, rowid", params
    ).fetchall()
    return [OutboxItem(str(r[0]), str(r[1]), json.loads(r[2]), str(r[3]), int(r[4]), str(r[5]), bool(r[6]))
            for r in rows]
