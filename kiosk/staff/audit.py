"""The staff audit log: append-only and hash-chained, sent to the centre through the outbox.

Every staff action (and every sign-in and sign-out) is one entry. Entry ``seq``
carries ``prev``, the hash of entry ``seq - 1`` (:data:`GENESIS` for the first),
and its own ``hash``::

    hash = sha256(prev as ASCII hex + canonical JSON of the entry without "hash")

with canonical JSON as the centre writes it (sorted keys, no spaces, UTF-8). The
entry is exactly the body of its ``staff_action`` outbox item (id
``staff-<device>-<seq>``), which is enqueued in the same transaction as the row,
so the centre checks the very same chain with :func:`entry_hash` and
:func:`verify_chain` (docs/architecture.md, "The outbox").

The ``staff_audit`` table refuses UPDATE and DELETE (triggers); someone with the
file can drop them, so :func:`verify_chain` finds an edited row (its hash no
longer matches), a deleted one (a gap in ``seq``, or a ``prev`` that is not the
hash before it) and rows put in another order (``seq`` not rising, links broken).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from kiosk import outbox
from kiosk.staff.daylist import format_utc, parse_utc

if TYPE_CHECKING:
    import sqlite_utils

GENESIS = "0" * 64
KIND = "staff_action"
ACTIONS = ("check_in", "served", "no_show", "undo", "walk_in", "reprint", "sign_in", "sign_out",
           "summary_printed", "summary_exported")
#: Where the audit log remembers which device its chain belongs to (set by the first entry).
META_DEVICE = "staff_audit_device"
_ENTRY_FIELDS = ("device", "seq", "prev", "hash", "at", "staff_id", "role", "action", "reference", "location_id",
                 "day", "detail")

BreakKind = Literal["edited", "missing", "out_of_order", "prev_mismatch", "malformed"]


@dataclass(frozen=True)
class ChainBreak:
    seq: int  # the entry where the chain breaks (0 when an entry has no readable seq)
    kind: BreakKind
    message: str

    def __str__(self) -> str:
        return f"seq {self.seq}: {self.kind}: {self.message}"


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(prev: str, entry: Mapping[str, Any]) -> str:
    """The hex SHA-256 that chains ``entry`` (its ``hash`` field, if any, left out) to ``prev``."""
    body = {key: value for key, value in entry.items() if key != "hash"}
    return hashlib.sha256(prev.encode("ascii") + canonical_json(body)).hexdigest()


def item_id(device: str, seq: int) -> str:
    """The outbox item id, and the centre's idempotency key, of entry ``seq``."""
    return f"staff-{device}-{seq}"


def verify_chain(entries: Sequence[Mapping[str, Any]], *, prev: str | None = GENESIS) -> list[ChainBreak]:
    """Every break in ``entries`` (entry bodies in the order stored); empty for an intact chain.

    The entries start at seq 1 after :data:`GENESIS`; pass ``prev`` to check a
    run that starts later (``None``: the first entry's own ``prev`` is taken on
    trust, as the centre must for the first entry it has of a device).
    """
    breaks: list[ChainBreak] = []
    expected_seq = 1 if prev == GENESIS else None
    expected_prev = prev
    device: object = None
    for entry in entries:
        seq = entry.get("seq")
        stored = entry.get("hash")
        if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(stored, str) \
                or not isinstance(entry.get("prev"), str) or set(entry) != set(_ENTRY_FIELDS):
            breaks.append(ChainBreak(seq if isinstance(seq, int) else 0, "malformed",
                                     "the entry lacks fields an audit entry has, or has others"))
            expected_prev, expected_seq = None, None
            continue
        if device is None:
            device = entry["device"]
        elif entry["device"] != device:
            breaks.append(ChainBreak(seq, "edited", f"device {entry['device']!r} in a chain of {device!r}"))
        if expected_seq is not None and seq != expected_seq:
            if seq > expected_seq:
                missing = f"{expected_seq}" if seq == expected_seq + 1 else f"{expected_seq}..{seq - 1}"
                breaks.append(ChainBreak(seq, "missing", f"entries {missing} are missing before it"))
            else:
                breaks.append(ChainBreak(seq, "out_of_order", f"comes after entry {expected_seq - 1}"))
        if entry_hash(entry["prev"], entry) != stored:
            breaks.append(ChainBreak(seq, "edited", "its hash does not match its content"))
        if expected_prev is not None and entry["prev"] != expected_prev:
            breaks.append(ChainBreak(seq, "prev_mismatch", "its prev is not the hash of the entry before it"))
        expected_seq = seq + 1
        expected_prev = stored
    return breaks


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime  # aware UTC
    staff_id: str
    role: str
    action: str
    reference: str  # undashed; "" for an action about no booking
    location_id: str
    day: date
    detail: dict[str, Any]
    prev: str
    hash: str


def append(db: sqlite_utils.Database, *, device: str, at: datetime, staff_id: str, role: str, action: str,
           reference: str, location_id: str, day: date, detail: Mapping[str, Any]) -> AuditEntry:
    """Append an entry and enqueue its ``staff_action`` item, in the caller's transaction."""
    if action not in ACTIONS:
        raise ValueError(f"no staff action {action!r}")
    chain_device = _chain_device(db, device)
    row = db.execute("SELECT seq, hash FROM staff_audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if row is None else (int(row[0]) + 1, str(row[1]))
    body: dict[str, Any] = {"device": chain_device, "seq": seq, "prev": prev, "at": format_utc(at),
                            "staff_id": staff_id, "role": role, "action": action, "reference": reference,
                            "location_id": location_id, "day": day.isoformat(), "detail": dict(detail)}
    body["hash"] = entry_hash(prev, body)
    db.execute("INSERT INTO staff_audit (seq, at, staff_id, role, action, reference, location_id, day, detail_json,"
               " prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [seq, body["at"], staff_id, role, action, reference, location_id, body["day"],
                json.dumps(body["detail"], ensure_ascii=False, sort_keys=True), prev, body["hash"]])
    outbox.enqueue(db, KIND, body, item_id=item_id(chain_device, seq))
    return _entry(body)


def _chain_device(db: sqlite_utils.Database, device: str) -> str:
    """The device the chain belongs to: fixed by its first entry, so every item id stays in one series."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_DEVICE]).fetchone()
    if row is not None:
        return str(row[0])
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [META_DEVICE, device])
    return device


def chain_device(db: sqlite_utils.Database) -> str:
    """The device id of this cache's audit chain; "" before its first entry."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_DEVICE]).fetchone()
    return "" if row is None else str(row[0])


def bodies(db: sqlite_utils.Database, *, location_id: str | None = None,
           day: date | None = None) -> list[dict[str, Any]]:
    """The entries as their outbox bodies, in stored order (what :func:`verify_chain` reads)."""
    device = chain_device(db)
    sql = ("SELECT seq, at, staff_id, role, action, reference, location_id, day, detail_json, prev, hash "
           "FROM staff_audit")
    params: list[Any] = []
    if location_id is not None and day is not None:
        sql += " WHERE location_id = ? AND day = ?"
        params = [location_id, day.isoformat()]
    found = []
    for row in db.execute(sql + " ORDER BY rowid", params):
        try:
            detail = json.loads(row[8])
        except ValueError:
            detail = row[8]  # left as text: verify_chain then reports the entry as edited
        found.append({"device": device, "seq": row[0], "at": row[1], "staff_id": row[2], "role": row[3],
                      "action": row[4], "reference": row[5], "location_id": row[6], "day": row[7],
                      "detail": detail, "prev": row[9], "hash": row[10]})
    return found


def entries(db: sqlite_utils.Database, *, location_id: str | None = None,
            day: date | None = None) -> list[AuditEntry]:
    """The entries (of one place's day, if given), oldest first."""
    return [_entry(body) for body in bodies(db, location_id=location_id, day=day)]


def verify_store(db: sqlite_utils.Database) -> list[ChainBreak]:
    """Every break in this cache's audit log, read in the order the rows are stored."""
    return verify_chain(bodies(db))


def _entry(body: Mapping[str, Any]) -> AuditEntry:
    return AuditEntry(int(body["seq"]), parse_utc(body["at"]), str(body["staff_id"]), str(body["role"]),
                      str(body["action"]), str(body["reference"]), str(body["location_id"]),
                      date.fromisoformat(str(body["day"])), dict(body["detail"]), str(body["prev"]),
                      str(body["hash"]))
