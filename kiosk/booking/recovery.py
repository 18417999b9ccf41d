"""Bookings made again from their outbox items, when damage took the rows but spared the items.

A booking row and its outbox item are written in one transaction, and the item
stays until the centre has it; so a booking item whose row is missing can only
mean the row was lost to damage (a salvaged cache, :mod:`kiosk.store.salvage`).
The item holds everything the row did; the cancellation and move items that
follow it say what became of it since. A person who was given a reference keeps
their booking, even if the page that held it is gone.

A restored booking keeps its seat even where the salvaged slot shows no room
left (the capacity is raised to hold it): it was confirmed, and turning someone
away at the door is worse than a slot one over.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.store.database import utc_now
from kiosk.text.names import name_key

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.store import Store

log = logging.getLogger(__name__)

EVENT_RESTORED = "bookings_restored"

_ITEMS_WITHOUT_ROWS = (
    "SELECT body FROM outbox WHERE kind = 'booking' AND json_valid(body) "
    "AND json_extract(body, '$.reference') NOT IN (SELECT reference FROM bookings)"
)


def restore_from_outbox(store: Store) -> list[str]:
    """Make every booking that has an outbox item but no row again; return their references."""
    if not store.writable or store.db.execute(_ITEMS_WITHOUT_ROWS + " LIMIT 1").fetchone() is None:
        return []  # the usual case, in one indexed look
    restored: list[str] = []
    with store.transaction("restore bookings from the outbox") as db:
        for (body,) in db.execute(_ITEMS_WITHOUT_ROWS).fetchall():
            item = json.loads(body)
            try:
                restored.append(_restore(db, item))
            except (KeyError, TypeError, ValueError, sqlite3.IntegrityError) as error:
                log.error("local cache: booking %s cannot be restored from its outbox item: %s",
                          item.get("reference"), error)
        if restored:
            db.execute("INSERT INTO events(at, kind, detail) VALUES (?, ?, ?)",
                       [utc_now(), EVENT_RESTORED, f"restored {len(restored)} bookings whose rows were lost, "
                                                   f"from their outbox items: {', '.join(restored)}"])
            log.warning("local cache: restored %d bookings from their outbox items", len(restored))
    return restored


def _restore(db: sqlite_utils.Database, item: dict[str, Any]) -> str:
    reference = str(item["reference"])
    slot_id, start, end = str(item["slot_id"]), str(item["start"]), str(item["end"])
    location_id, service_id = str(item["location_id"]), str(item["service_id"])
    status, changed = "booked", str(item["created_at"])
    for (body,) in db.execute(
            "SELECT body FROM outbox WHERE kind IN ('reschedule', 'cancellation') AND json_valid(body) "
            "AND json_extract(body, '$.reference') = ? ORDER BY created_at, rowid", [reference]):
        later = json.loads(body)
        if "cancelled_at" in later:
            status, changed = "cancelled", str(later["cancelled_at"])
        else:
            slot_id, start, end = str(later["slot_id"]), str(later["start"]), str(later["end"])
            location_id, changed = str(later["location_id"]), str(later["rescheduled_at"])
    db.execute("INSERT INTO booking_slots(id, location_id, service_id, start_at, end_at, capacity) "
               "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO NOTHING",
               [slot_id, location_id, service_id, start, end])
    if status == "booked":
        db.execute("UPDATE booking_slots SET capacity = max(capacity, booked + 1) WHERE id = ?", [slot_id])
    name = str(item["name"])
    db.execute(
        "INSERT INTO bookings(reference, slot_id, location_id, service_id, start_at, end_at, day, name, "
        "person_key, phone, passport_last4, language, status, created_at, changed_at, kiosk_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [reference, slot_id, location_id, service_id, start, end, datetime.fromisoformat(start).date().isoformat(),
         name, name_key(name), str(item.get("phone", "")), str(item.get("passport_last4", "")),
         str(item.get("language", "en")), status, str(item["created_at"]), changed, str(item["kiosk_id"])])
    return reference
