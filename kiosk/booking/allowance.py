"""Seats this kiosk may sell on its own while the centre cannot be reached: its allowance.

The centre grants each kiosk a few seats of upcoming slots (a *grant*), each
with a lease. Offline, the kiosk sells only from a grant whose lease still runs,
and such a sale is final: the centre counted those seats as this kiosk's when it
granted them, so nobody else can have sold them.

The lease is counted on the machine's boot clock from when the grant arrived
(:func:`kiosk.clock.boot_clock`), never on the wall clock, which may be a day
wrong. A reboot voids every grant (the time that passed is unknown). The centre
caps a lease at the slot's last bookable moment, so a grant also ends in time
whatever the kiosk believes the date to be.

When a lease ends (or is voided), the kiosk *settles* the grant: it tells the
centre which bookings the grant's seats went to, and the centre returns the rest
to the pool once all of those bookings have reached it. A grant being settled is
never sold from again. Selling, settling and the bookings themselves share the
cache's write transaction, so a sale is in ``allowance_sales`` exactly when its
booking and outbox item are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.clock import BootMoment

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Grant:
    """Seats of one slot the centre let this kiosk sell, for ``lease_s`` seconds from their arrival."""

    grant_id: str
    slot_id: str
    seats: int
    lease_s: int


@dataclass(frozen=True)
class Settlement:
    """What the kiosk tells the centre about a grant it sells no more from: the bookings its seats went to."""

    grant_id: str
    sold: tuple[str, ...]


def store_grants(db: sqlite_utils.Database, grants: Iterable[Grant], received: BootMoment, received_at: str) -> int:
    """Keep newly granted seats, in the caller's transaction; a grant already held is left as it is."""
    count = 0
    for grant in grants:
        count += db.execute(
            "INSERT OR IGNORE INTO booking_allowances(grant_id, slot_id, seats, lease_s, boot_id, received_clock, "
            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [grant.grant_id, grant.slot_id, grant.seats, grant.lease_s, received.boot_id, received.seconds,
             received_at]).rowcount
    return count


def usable_grant(db: sqlite_utils.Database, slot_id: str, at: BootMoment) -> str | None:
    """A grant of ``slot_id`` with a seat left and its lease running at ``at``; None if there is none."""
    for grant_id, lease_s, boot_id, received in db.execute(
            "SELECT grant_id, lease_s, boot_id, received_clock FROM booking_allowances "
            "WHERE slot_id = ? AND settling = 0 AND sold < seats ORDER BY received_clock", [slot_id]):
        if _running(at, str(boot_id), float(received), int(lease_s)):
            return str(grant_id)
    return None


def take(db: sqlite_utils.Database, grant_id: str, reference: str) -> None:
    """Sell one seat of ``grant_id`` to the booking ``reference``, in the caller's transaction."""
    taken = db.execute("UPDATE booking_allowances SET sold = sold + 1 WHERE grant_id = ? AND settling = 0 "
                       "AND sold < seats", [grant_id]).rowcount
    if taken != 1:
        raise RuntimeError(f"grant {grant_id} has no seat left to sell")  # usable_grant said it had: a bug
    db.execute("INSERT INTO allowance_sales(grant_id, reference) VALUES (?, ?)", [grant_id, reference])


def seats_left(db: sqlite_utils.Database, at: BootMoment) -> dict[str, tuple[int, int]]:
    """``{slot_id: (seats, sold)}`` over the grants this kiosk can sell from at ``at``: what offline screens show."""
    seats: dict[str, tuple[int, int]] = {}
    for slot_id, granted, sold, lease_s, boot_id, received in db.execute(
            "SELECT slot_id, seats, sold, lease_s, boot_id, received_clock FROM booking_allowances "
            "WHERE settling = 0"):
        if _running(at, str(boot_id), float(received), int(lease_s)):
            total, taken = seats.get(str(slot_id), (0, 0))
            seats[str(slot_id)] = (total + int(granted), taken + int(sold))
    return seats


def begin_settling(db: sqlite_utils.Database, at: BootMoment) -> list[Settlement]:
    """Stop selling from every grant whose lease has ended at ``at``, and list all grants being settled.

    In the caller's transaction. Grants already being settled (the centre was
    still waiting for some of their bookings) are listed again.
    """
    for grant_id, lease_s, boot_id, received in db.execute(
            "SELECT grant_id, lease_s, boot_id, received_clock FROM booking_allowances WHERE settling = 0").fetchall():
        if not _running(at, str(boot_id), float(received), int(lease_s)):
            db.execute("UPDATE booking_allowances SET settling = 1 WHERE grant_id = ?", [grant_id])
    settling = [str(row[0]) for row in db.execute(
        "SELECT grant_id FROM booking_allowances WHERE settling = 1 ORDER BY received_clock")]
    return [Settlement(grant_id, tuple(str(row[0]) for row in db.execute(
        "SELECT reference FROM allowance_sales WHERE grant_id = ? ORDER BY reference", [grant_id])))
        for grant_id in settling]


def settled(db: sqlite_utils.Database, grant_ids: Iterable[str]) -> int:
    """Forget grants the centre has closed (their unused seats are back in its pool)."""
    return sum(db.execute("DELETE FROM booking_allowances WHERE grant_id = ? AND settling = 1", [grant_id]).rowcount
               for grant_id in grant_ids)


def held_grants(db: sqlite_utils.Database) -> set[str]:
    return {str(row[0]) for row in db.execute("SELECT grant_id FROM booking_allowances")}


def _running(at: BootMoment, boot_id: str, received: float, lease_s: int) -> bool:
    elapsed = at.elapsed_since(BootMoment(boot_id, received))
    return elapsed is not None and 0 <= elapsed < lease_s


__all__ = ["Grant", "Settlement", "begin_settling", "held_grants", "seats_left", "settled", "store_grants", "take",
           "usable_grant"]
