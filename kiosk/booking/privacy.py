"""What the kiosk keeps of a person once the centre has their booking.

Until the centre confirms a booking, the kiosk holds the name, phone and
passport digits: the booking is only here, and may have to be sent again.
Once confirmed (a live ``201``, or the outbox item's answer), the kiosk keeps
only what a reprint, an offline check-in and an offline cancellation at this
kiosk need: the reference, the slot, the receipt's short name hash, and keyed
hashes of the name's words and the passport digits. The phone goes entirely.

The hashes are HMACs under a secret this kiosk makes for itself, so a copied
cache does not give the names back by trying a list of common names. They answer
the same questions the names did: "are these the same person?" and "do the
words typed belong to the booked name?" (:mod:`kiosk.booking.person`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections import Counter
from typing import TYPE_CHECKING

from kiosk.receipts.token import name_hash
from kiosk.text.names import name_key

if TYPE_CHECKING:
    import sqlite_utils

META_PERSON_SECRET = "person_secret"


def keyed(db: sqlite_utils.Database, kind: str, text: str) -> str:
    """The keyed hash of ``text`` as a ``kind`` ("person", "word", "last4"); stable for this kiosk."""
    return hmac.new(_secret(db), f"{kind}:{text}".encode(), hashlib.sha256).hexdigest()


def forget_details(db: sqlite_utils.Database, reference: str, confirmed_at: str) -> bool:
    """Drop the name, phone and passport digits of a confirmed booking, in the caller's transaction.

    Returns whether anything was dropped (False: unknown here, or already confirmed).
    """
    row = db.execute("SELECT name, person_key, passport_last4 FROM bookings "
                     "WHERE reference = ? AND confirmed_at IS NULL", [reference]).fetchone()
    if row is None:
        return False
    name, person_key, last4 = str(row[0]), str(row[1]), str(row[2])
    db.execute(
        "UPDATE bookings SET name = '', phone = '', passport_last4 = '', person_key = ?, word_hashes = ?, "
        "last4_hash = ?, receipt_name_hash = ?, confirmed_at = ? WHERE reference = ?",
        [keyed(db, "person", person_key), json.dumps(_word_hashes(db, name)),
         keyed(db, "last4", last4) if last4 else "", name_hash(reference, name), confirmed_at, reference])
    return True


def identifies_forgotten(db: sqlite_utils.Database, typed: str, word_hashes: str, last4_hash: str) -> bool:
    """:func:`kiosk.booking.person.identifies` for a booking whose details were dropped: on the hashes."""
    digits = "".join(typed.split())
    if len(digits) == 4 and digits.isascii() and digits.isdigit():
        return bool(last4_hash) and hmac.compare_digest(keyed(db, "last4", digits), last4_hash)
    typed_words = Counter(_word_hashes(db, typed))
    return bool(typed_words) and not typed_words - Counter(json.loads(word_hashes or "[]"))


def same_person_forgotten(db: sqlite_utils.Database, last4: str, other_last4_hash: str) -> bool:
    """Whether digits ``last4`` do not contradict a forgotten booking's (its person key already matched)."""
    return not last4 or not other_last4_hash or hmac.compare_digest(keyed(db, "last4", last4), other_last4_hash)


def _word_hashes(db: sqlite_utils.Database, name: str) -> list[str]:
    return sorted(keyed(db, "word", word) for word in name_key(name).split())


def _secret(db: sqlite_utils.Database) -> bytes:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_PERSON_SECRET]).fetchone()
    if row is not None:
        return bytes.fromhex(str(row[0]))
    made = secrets.token_hex(32)
    # INSERT OR IGNORE: made inside a write transaction, so no second writer can race it in.
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", [META_PERSON_SECRET, made])
    return _secret(db)


__all__ = ["META_PERSON_SECRET", "forget_details", "identifies_forgotten", "keyed", "same_person_forgotten"]
