"""Things the kiosk must tell the central service, and their way there.

An item is written in the same transaction as whatever it records, so it exists
exactly when that thing does. Its id is made here and is also the idempotency key
the sync agent sends, so a retry after a lost answer never creates a second
report or booking at the centre.

The lifecycle, which the sync agent drives and this module keeps:

- ``claim_due``: items whose next attempt has come, oldest first. A parked item
  is never due, so it never holds up the items behind it.
- ``mark_delivered``: the centre confirmed it. The item leaves the queue; its id
  and the centre's answer are kept (``outbox_delivered``), its body is not, so
  personal data in it (a report's contact, a booking's name) is gone from the
  outbox once the centre has it.
- ``record_failure``: try again later, after an exponential backoff with full
  jitter (a random wait between zero and the backoff), so a fleet that lost the
  network together does not come back together.
- ``park``: it will never succeed as it is (the centre holds a different body
  under its id, or refused it outright). Staff see it; nothing retries it.

``worth_retrying`` is the one place that decides which answers are worth another
try. Every kind of item and the fields its body must have are declared in
``KINDS``.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.store.database import utc_now

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.store import Store


#: Every kind of outbox item, and the fields its body must have.
KINDS: dict[str, frozenset[str]] = {
    "booking": frozenset({"reference", "slot_id", "location_id", "service_id", "start", "end", "name", "phone",
                          "passport_last4", "language", "created_at", "kiosk_id"}),
    "cancellation": frozenset({"reference", "cancelled_at", "kiosk_id"}),
    "reschedule": frozenset({"reference", "slot_id", "location_id", "start", "end", "previous_slot_id",
                             "rescheduled_at", "kiosk_id"}),
    "agency_report": frozenset({"reference", "agency_name", "agency_id", "what_happened", "details", "contact",
                                "language", "country", "reported_at"}),
    "article_feedback": frozenset({"article_id", "language", "useful", "at"}),
    # One entry of the staff audit log (kiosk.staff.audit), id "staff-<device>-<seq>".
    "staff_action": frozenset({"device", "seq", "prev", "hash", "at", "staff_id", "role", "action", "reference",
                               "location_id", "day", "detail"}),
}

#: Fields an item of a kind may carry besides those ``KINDS`` requires: a booking sold from an
#: allowance names its grant, one sent as a live request says so; a cancellation that withdraws
#: a live request whose answer never came carries that request's key.
OPTIONAL: dict[str, frozenset[str]] = {
    "booking": frozenset({"grant_id", "live"}),
    "cancellation": frozenset({"withdrawn", "key"}),
    "reschedule": frozenset({"grant_id"}),
}

#: The first retry waits up to this long; each failure doubles it, up to ``BACKOFF_CAP``.
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)


class UnknownKind(ValueError):
    """An item of a kind ``KINDS`` does not declare: a programming error, caught before it is stored."""


class MalformedBody(ValueError):
    """A body without the fields its kind must have (or with fields it must not have)."""


class UnknownItem(LookupError):
    """No waiting item has this id (delivered already, or never made)."""


@dataclass(frozen=True)
class OutboxItem:
    id: str
    kind: str
    body: dict[str, Any]
    created_at: str
    attempts: int
    last_error: str
    parked: bool
    next_attempt_at: str = ""


def check_body(kind: str, body: dict[str, Any]) -> None:
    """Raise unless ``body`` has exactly the fields an item of ``kind`` carries."""
    fields = KINDS.get(kind)
    if fields is None:
        raise UnknownKind(f"no outbox kind {kind!r}; known: {', '.join(sorted(KINDS))}")
    missing, extra = fields - body.keys(), body.keys() - fields - OPTIONAL.get(kind, frozenset())
    if missing or extra:
        raise MalformedBody(f"a {kind} item lacks {sorted(missing)} / has unexpected {sorted(extra)}")


def enqueue(db: sqlite_utils.Database, kind: str, body: dict[str, Any], *, hold: timedelta | None = None,
            item_id: str | None = None) -> str:
    """Add an item inside the caller's transaction; return its id (the idempotency key).

    ``hold``: the item is not due before then (someone else is sending it now, see
    ``kiosk.booking.remote``); :func:`release` makes it due at once. ``item_id``: an
    id the thing recorded already has (a staff action's ``staff-<device>-<seq>``),
    instead of a random one.
    """
    check_body(kind, body)
    item_id = item_id or uuid.uuid4().hex
    now = utc_now()
    due = now if hold is None else _stamp(datetime.fromisoformat(now) + hold)
    db.execute(
        "INSERT INTO outbox (id, kind, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)",
        [item_id, kind, json.dumps(body, ensure_ascii=False, sort_keys=True), now, due],
    )
    return item_id


def release(db: sqlite_utils.Database, item_id: str, body: dict[str, Any] | None = None) -> None:
    """Make a held item due now, in the caller's transaction; with ``body``, as that body instead.

    A new body is only for an item that has never been sent through the outbox
    (a held one): the centre judges a resent id by its first body.
    """
    row = db.execute("SELECT kind FROM outbox WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise UnknownItem(item_id)
    if body is not None:
        check_body(str(row[0]), body)
        db.execute("UPDATE outbox SET body = ? WHERE id = ?",
                   [json.dumps(body, ensure_ascii=False, sort_keys=True), item_id])
    db.execute("UPDATE outbox SET next_attempt_at = ? WHERE id = ?", [utc_now(), item_id])


def withdraw(db: sqlite_utils.Database, item_id: str) -> None:
    """Drop an item that was never sent through the outbox, in the caller's transaction."""
    db.execute("DELETE FROM outbox WHERE id = ?", [item_id])


# --- what staff and the heartbeat see ----------------------------------------------------------


def depth(store: Store) -> int:
    """Items not yet sent, parked ones included: what staff see as "waiting to send"."""
    return int(store.db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def parked_count(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM outbox WHERE parked = 1").fetchone()[0])


def oldest_created(store: Store) -> datetime | None:
    """When the oldest waiting item was made (parked included), or None with nothing waiting."""
    row = store.db.execute("SELECT min(created_at) FROM outbox").fetchone()
    return None if row[0] is None else _parse(str(row[0]))


def items(store: Store, kind: str | None = None) -> list[OutboxItem]:
    """Waiting items oldest first, all kinds or one."""
    where, params = ("", []) if kind is None else (" WHERE kind = ?", [kind])
    return _select(store.db, where, params)


def waiting_item(db: sqlite_utils.Database, item_id: str) -> OutboxItem:
    """The waiting item ``item_id``; :class:`UnknownItem` if it is not waiting (delivered, or never made)."""
    found = _select(db, " WHERE id = ?", [item_id])
    if not found:
        raise UnknownItem(item_id)
    return found[0]


def parked_items(store: Store) -> list[OutboxItem]:
    """Items the centre will never take as they are: for staff to look into."""
    return _select(store.db, " WHERE parked = 1", [])


def delivered_answer(store: Store, item_id: str) -> dict[str, Any] | None:
    """The centre's answer for a delivered item, or None if it was not delivered."""
    row = store.db.execute("SELECT answer FROM outbox_delivered WHERE id = ?", [item_id]).fetchone()
    return None if row is None else dict(json.loads(row[0]))


# --- the lifecycle the sync agent drives ---------------------------------------------------------


def claim_due(store: Store, now: datetime, limit: int = 50) -> list[OutboxItem]:
    """Items whose next attempt has come, oldest first; parked items are never due.

    Items about one booking go in the order they were made: a change waits while
    the booking (or an earlier change) waits for its retry, or the centre would be
    asked to move a booking it has not heard of. Staff actions go in the order of
    their audit chain (``seq``): all waiting ones are due together, oldest first, and
    one waiting for its retry holds those after it, so the centre checks each link
    as it arrives. A parked one does not hold the rest (the centre records the gap).
    """
    return _select(store.db, " WHERE parked = 0 AND next_attempt_at <= ? AND NOT EXISTS ("
                   "SELECT 1 FROM outbox AS earlier WHERE earlier.rowid < outbox.rowid "
                   f"AND earlier.kind IN {_BOOKING_KINDS} AND outbox.kind IN {_BOOKING_KINDS} "
                   "AND json_extract(earlier.body, '$.reference') = json_extract(outbox.body, '$.reference'))"
                   " AND NOT EXISTS (SELECT 1 FROM outbox AS earlier WHERE outbox.kind = 'staff_action' "
                   "AND earlier.kind = 'staff_action' AND earlier.parked = 0 AND earlier.next_attempt_at > ? "
                   "AND json_extract(earlier.body, '$.seq') < json_extract(outbox.body, '$.seq'))",
                   [_stamp(now), _stamp(now)], limit)


_BOOKING_KINDS = "('booking', 'reschedule', 'cancellation')"


def mark_delivered(store: Store, item_id: str, answer: dict[str, Any], now: datetime | None = None) -> None:
    """The centre has the item: drop it, and its body with any personal data, keeping id and answer.

    An agency report lives only in its item, so this is also where a report's
    optional contact leaves the kiosk (``kiosk.agencies.reports``).
    """
    now = datetime.now(UTC) if now is None else now
    with store.transaction("record a delivered outbox item") as db:
        record_delivered(db, item_id, answer, now)


def record_delivered(db: sqlite_utils.Database, item_id: str, answer: dict[str, Any], now: datetime) -> None:
    """:func:`mark_delivered` in the caller's transaction.

    A booking or a change the centre now holds is *confirmed*: the kiosk drops the
    person's name, phone and passport digits in the same transaction
    (``kiosk.booking.privacy``).
    """
    from kiosk.booking.privacy import forget_details  # the booking rules load only where bookings are

    row = db.execute("SELECT kind, body FROM outbox WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise UnknownItem(item_id)
    db.execute("INSERT OR REPLACE INTO outbox_delivered (id, kind, delivered_at, answer) VALUES (?, ?, ?, ?)",
               [item_id, row[0], _stamp(now), json.dumps(answer, ensure_ascii=False, sort_keys=True)])
    db.execute("DELETE FROM outbox WHERE id = ?", [item_id])
    if row[0] in ("booking", "reschedule") and not waiting_for(db, json.loads(row[1])["reference"]):
        forget_details(db, json.loads(row[1])["reference"], _stamp(now))


def waiting_for(db: sqlite_utils.Database, reference: str) -> bool:
    """Whether an item about booking ``reference`` (the booking, a change, a cancellation) is still to be sent.

    Until none is, the centre's copy lags this kiosk's: the booking is changed
    here, through the outbox, in order, never live beside queued changes.
    """
    return db.execute("SELECT 1 FROM outbox WHERE kind IN ('booking', 'reschedule', 'cancellation') "
                      "AND json_extract(body, '$.reference') = ?", [reference]).fetchone() is not None


def worth_retrying(status: int | None) -> bool:
    """Whether an item that got ``status`` (None: no answer at all) may succeed on a later try.

    A network fault, a server error, a timeout or "slow down" pass; any other
    refusal (409: the centre holds a different body under this id; 400/422: it
    will never accept this body) would be refused again, so retrying it forever
    only hides it from staff. (A 401/403 refuses the kiosk's token, not the item:
    the sync agent stops sending then and touches no item.)
    """
    return status is None or status >= 500 or status in (408, 429)


def backoff(attempts: int, rng: random.Random) -> timedelta:
    """Full jitter: a random wait up to ``BACKOFF_BASE`` × 2^(attempts-1), never above the cap."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, min(attempts - 1, 20))))
    return timedelta(seconds=rng.uniform(0, ceiling.total_seconds()))


def record_failure(store: Store, item_id: str, error: str, now: datetime, rng: random.Random) -> datetime:
    """Count a failed attempt and schedule the next one; return when it is due."""
    with store.transaction("record a failed delivery") as db:
        row = db.execute("SELECT attempts FROM outbox WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise UnknownItem(item_id)
        attempts = int(row[0]) + 1
        due = now + backoff(attempts, rng)
        db.execute("UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                   [attempts, error[:500], _stamp(due), item_id])
    return due


def park(store: Store, item_id: str, reason: str) -> None:
    """Stop trying ``item_id``: it stays, for staff, and never blocks the items behind it."""
    with store.transaction("park an outbox item") as db:
        changed = db.execute("UPDATE outbox SET parked = 1, attempts = attempts + 1, last_error = ? WHERE id = ?",
                             [reason[:500], item_id]).rowcount
        if not changed:
            raise UnknownItem(item_id)


# --- inside -----------------------------------------------------------------------------------------


def _select(db: sqlite_utils.Database, where: str, params: list[Any], limit: int | None = None) -> list[OutboxItem]:
    tail = "" if limit is None else f" LIMIT {int(limit)}"
    rows = db.execute(
        "SELECT id, kind, body, created_at, attempts, last_error, parked, next_attempt_at FROM outbox" + where
        + " ORDER BY created_at, rowid" + tail, params
    ).fetchall()
    return [OutboxItem(str(r[0]), str(r[1]), json.loads(r[2]), str(r[3]), int(r[4]), str(r[5]), bool(r[6]),
                       str(r[7])) for r in rows]


def _stamp(moment: datetime) -> str:
    """The stored form, the same as ``utc_now()`` writes, so stamps compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)
