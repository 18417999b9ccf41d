"""The outbox on the wire: the envelope a kiosk sends and the answer that counts as delivered.

The item id is made on the kiosk and is the idempotency key: the centre keeps the
first answer per id and compares later sends by ``body_digest``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sync.protocol import _fields as f
from sync.protocol.canonical import canonical_bytes
from sync.protocol.errors import MalformedDocument
from sync.protocol.times import format_time, parse_time


@dataclass(frozen=True)
class Envelope:
    id: str
    kind: str
    body: dict[str, Any]
    created_at: datetime


def envelope(item_id: str, kind: str, body: dict[str, Any], created_at: datetime | str) -> dict[str, Any]:
    """The JSON a kiosk POSTs to ``/v1/outbox``."""
    when = created_at if isinstance(created_at, str) else format_time(created_at)
    return {"id": item_id, "kind": kind, "body": body, "created_at": when}


def parse_envelope(value: Any) -> Envelope:
    """What the centre reads from a POST to ``/v1/outbox``."""
    what = "an outbox item"
    item = f.need_dict(value, what)
    item_id = f.need_str(f.field(item, "id", what), "id")
    if not 1 <= len(item_id) <= 200:
        raise MalformedDocument("an outbox item's id is 1 to 200 characters")
    return Envelope(
        id=item_id,
        kind=f.need_str(f.field(item, "kind", what), "kind"),
        body=f.need_dict(f.field(item, "body", what), "body"),
        created_at=parse_time(f.field(item, "created_at", what)),
    )


def body_digest(kind: str, body: Any) -> str:
    """Hex SHA-256 of the canonical JSON of kind and body: equal exactly when both are."""
    return hashlib.sha256(canonical_bytes({"kind": kind, "body": body}, allow_floats=True)).hexdigest()


def answer(item_id: str, received_at: datetime) -> dict[str, Any]:
    """The centre's ANSWER for an accepted item."""
    return {"id": item_id, "status": "accepted", "received_at": format_time(received_at)}


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def is_accepted_answer(status: int, content_type: str, body: bytes, item_id: str) -> bool:
    """True only for 201/200 with a JSON body that names this item and says "accepted".

    A captive portal answers 200 with its own HTML page; counting that as delivered
    would lose the item, so the shape of the body is checked, not just the status.
    """
    if status not in (200, 201) or not _is_json(content_type):
        return False
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(parsed, dict) and parsed.get("id") == item_id and parsed.get("status") == "accepted"
