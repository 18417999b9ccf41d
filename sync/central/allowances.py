"""Offline allowances: seats the centre lends a kiosk to sell on its own while it cannot reach the centre.

The centre owns every slot's capacity. A kiosk that is online books live; for the
hours it may be offline it holds an *allowance*: a few seats of each slot in the
coming days, each grant sold until a lease ends (the kiosk counts the lease on its
own monotonic clock, from when the grant arrived, so a wrong wall clock cannot
stretch it). The centre counts a grant's unsold seats as ``held`` in its slot, and
a live booking never takes a held seat (``sync.central.seats``), so at every moment,
per slot: live bookings + seats sold from allowances + allowance still outstanding
<= capacity.

**The policy** (:func:`grant`, :func:`allowance_seats`). When a kiosk asks
(``POST /v1/allowances``), each slot that starts within ``allowance_days`` from now,
is not withdrawn, is not too soon to book (``seats.too_soon``) and for which the
kiosk has no open grant is considered:

- ``share_bound = floor(capacity * allowance_share)``: all kiosks together never
  hold more of a slot than this, so most seats stay for live booking;
- ``pool = share_bound - held``, bounded too by the seats still free
  (``capacity - booked - held``);
- the kiosk's *weight* is its bookings of the last 14 days plus one, over the same
  sum for every enrolled kiosk: a busy kiosk gets more, a new one still gets some;
- ``seats = min(allowance_per_slot, pool, max(1, floor(share_bound * weight)))``;
  nothing when that is 0.

The seats are taken with one conditional UPDATE (``seats.hold_seats``: ``held + n``
only while ``booked + held + n <= capacity`` and ``held + n <= share_bound``), so
grants racing each other and live bookings never pass capacity.

**Seats never come back on time alone.** A kiosk may have sold a grant's last seat
offline just before its lease ended, and that booking may reach the centre hours
later through its outbox. So a grant's unsold seats go back to the pool only when:

- the kiosk *settles* it (:func:`settle_grant`): after its lease ended on its own
  clock (or earlier, which ends the lease), it lists the references it sold from
  the grant, and the grant closes once every one of them has reached the centre
  (``allowance_sales``, or the same booking made live first); until then it is
  ``waiting`` and the kiosk sends the list again after its outbox has drained;
- the slot has begun (:func:`close_begun`, from the upkeep loop): nobody can sell it;
- an administrator writes off a lost kiosk's grants (:func:`write_off`), accepting
  that a booking it sold may still arrive and overfill a slot (it is then kept and
  reported as a finding).

``reclaim_after`` (grant time + lease + margin) is kept on each grant for staff:
an open grant past it belongs to a kiosk that has not been heard from.

A settle that lists more references than the grant had seats is reported, when
the grant closes, as an ``oversold`` finding (``sync.central.bookings.record_finding``).
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any, TypedDict

from sqlalchemy import Connection, Engine, and_, func, insert, select, update

from sync.central.bookings import advisory_lock, looked_up, record_finding
from sync.central.errors import ApiError
from sync.central.seats import hold_seats, release_held, too_soon
from sync.central.settings import Settings
from sync.central.tables import allowance_sales, allowances, bookings, kiosks, slots
from sync.protocol.times import format_time

#: A kiosk's bookings over this long make its weight.
RECENT = timedelta(days=14)
SETTLED, WAITING, UNKNOWN = "settled", "waiting", "unknown"
_TIME = "%Y-%m-%dT%H:%M"


class SettleEntry(TypedDict):
    """A grant a kiosk has stopped selling from, and the references it sold from it."""

    grant_id: str
    sold: list[str]


def exchange(engine: Engine, kiosk_id: str, settle: Sequence[SettleEntry], want: bool, now: datetime,
             local_now: datetime, settings: Settings) -> dict[str, Any]:
    """A kiosk's allowance call: settle the grants it lists, then grant more if it wants them.

    ``grants`` is every open grant of the kiosk that it did not list to settle,
    new ones and older ones alike: an answer lost on the way loses no grant, and a
    kiosk keeps the lease of a grant it already has (it ignores ids it knows).
    Each lease is cut to end when its slot can no longer be booked (``bookable_until``,
    by the centre's clock), so a kiosk whose wall clock is wrong still stops in time;
    a grant with no time left is not sent. Sending the same call again is harmless:
    a settled grant answers ``settled``.
    """
    outcome: dict[str, list[str]] = {SETTLED: [], WAITING: [], UNKNOWN: []}
    named: set[str] = set()
    for entry in settle:
        if entry["grant_id"] in named:
            continue
        named.add(entry["grant_id"])
        outcome[settle_grant(engine, kiosk_id, entry["grant_id"], entry["sold"], now)].append(entry["grant_id"])
    grants: list[dict[str, Any]] = []
    if want:
        grant(engine, kiosk_id, now, local_now, settings)
        grants = [held for held in _to_sell(engine, kiosk_id, local_now) if held["grant_id"] not in named]
    return {"grants": grants, "settled": outcome[SETTLED], "waiting": outcome[WAITING],
            "unknown": outcome[UNKNOWN], "server_time": format_time(now)}


def allowance_seats(capacity: int, booked: int, held: int, weight: Fraction, share: Fraction, per_slot: int) -> int:
    """How many seats of a slot one kiosk is granted (the policy in the module docstring); 0 or fewer: none."""
    share_bound = math.floor(capacity * share)
    pool = min(share_bound - held, capacity - booked - held)
    return min(per_slot, pool, max(1, math.floor(share_bound * weight)))


def grant(engine: Engine, kiosk_id: str, now: datetime, local_now: datetime, settings: Settings) -> list[str]:
    """Grant ``kiosk_id`` seats in every slot of the horizon it has none in yet; the new grants' ids."""
    if settings.allowance_days <= 0 or settings.allowance_per_slot <= 0:
        return []
    share = min(max(Fraction(str(settings.allowance_share)), Fraction(0)), Fraction(1))
    first = local_now.strftime(_TIME)
    last = (local_now + timedelta(days=settings.allowance_days)).strftime(_TIME)
    made: list[str] = []
    with engine.begin() as connection:
        # Two calls of one kiosk at once must not both grant it the same slot.
        advisory_lock(connection, f"allowances|{kiosk_id}")
        weight = _weight(connection, kiosk_id, now)
        has = set(connection.execute(select(allowances.c.slot_id).where(and_(
            allowances.c.kiosk_id == kiosk_id, allowances.c.status == "open"))).scalars())
        candidates = connection.execute(
            select(slots).where(and_(slots.c.start_at >= first, slots.c.start_at < last,
                                     slots.c.withdrawn.is_(False)))
            .order_by(slots.c.slot_id))  # slots are locked in slot_id order everywhere
        for row in candidates.all():
            if row.slot_id in has or too_soon(row, local_now):
                continue
            seats = allowance_seats(row.capacity, row.booked, row.held, weight, share, settings.allowance_per_slot)
            if seats <= 0 or not hold_seats(connection, row.slot_id, seats, math.floor(row.capacity * share)):
                continue  # nothing to spare, or another grant or booking took it since it was read
            grant_id = secrets.token_urlsafe(24)
            connection.execute(insert(allowances).values(
                grant_id=grant_id, kiosk_id=kiosk_id, slot_id=row.slot_id, seats=seats, used=0,
                lease_s=settings.allowance_lease_s, granted_at=now,
                reclaim_after=now + timedelta(seconds=settings.allowance_lease_s + settings.allowance_margin_s),
                status="open"))
            made.append(grant_id)
    return made


def settle_grant(engine: Engine, kiosk_id: str, grant_id: str, sold: Sequence[str], now: datetime) -> str:
    """``settled`` (closed now or before), ``waiting`` (a sold reference has not arrived yet) or ``unknown``
    (no grant of this kiosk has that id). Each grant in its own short transaction."""
    codes = sorted({looked_up(text) for text in sold})  # text that is no reference never arrives
    with engine.begin() as connection:
        row = connection.execute(select(allowances).where(allowances.c.grant_id == grant_id)
                                 .with_for_update()).first()
        if row is None or row.kiosk_id != kiosk_id:
            return UNKNOWN
        if row.status != "open":
            return SETTLED
        if not all(_arrived(connection, row, code) for code in codes):
            return WAITING
        _close(connection, row, "settled", now)
        if len(codes) > row.seats:  # told once: a grant closes once
            record_finding(connection, "oversold", codes[row.seats], row.kiosk_id, now, slot_id=row.slot_id,
                           grant_id=row.grant_id,
                           detail=f"kiosk {row.kiosk_id} sold {len(codes)} bookings from grant {row.grant_id} of "
                                  f"{row.seats} seats: {', '.join(codes)}")
        return SETTLED


def close_begun(engine: Engine, now: datetime, local_now: datetime) -> list[str]:
    """Close every open grant whose slot has begun (nobody can sell it any more); the ids closed."""
    with engine.connect() as connection:
        begun = list(connection.execute(
            select(allowances.c.grant_id).join(slots, slots.c.slot_id == allowances.c.slot_id)
            .where(and_(allowances.c.status == "open", slots.c.start_at <= local_now.strftime(_TIME)))
            .order_by(allowances.c.grant_id)).scalars())
    return [grant_id for grant_id in begun if _close_one(engine, grant_id, "slot_begun", now) is not None]


def write_off(engine: Engine, kiosk_id: str, now: datetime) -> dict[str, Any]:
    """Close a lost kiosk's open grants and return their unsold seats, accepting that a booking it sold
    offline may still arrive (it is then kept, and reported if it overfills its slot). 404 ``unknown_kiosk``."""
    with engine.connect() as connection:
        if connection.execute(select(kiosks.c.kiosk_id).where(kiosks.c.kiosk_id == kiosk_id)).first() is None:
            raise ApiError(404, "unknown_kiosk", f"no kiosk {kiosk_id!r} is enrolled")
        open_ids = list(connection.execute(select(allowances.c.grant_id).where(and_(
            allowances.c.kiosk_id == kiosk_id, allowances.c.status == "open"))
            .order_by(allowances.c.grant_id)).scalars())
    returned = 0
    closed: list[str] = []
    for grant_id in open_ids:
        seats = _close_one(engine, grant_id, "written_off", now)
        if seats is not None:
            closed.append(grant_id)
            returned += seats
    return {"kiosk_id": kiosk_id, "written_off": closed, "seats_returned": returned}


def open_grants(engine: Engine, kiosk_id: str | None, now: datetime) -> list[dict[str, Any]]:
    """Open grants (of one kiosk, or all), soonest slot first; ``overdue`` once past ``reclaim_after``."""
    query = (select(allowances, slots.c.start_at).join(slots, slots.c.slot_id == allowances.c.slot_id)
             .where(allowances.c.status == "open").order_by(slots.c.start_at, allowances.c.kiosk_id))
    if kiosk_id is not None:
        query = query.where(allowances.c.kiosk_id == kiosk_id)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [{"grant_id": row.grant_id, "kiosk_id": row.kiosk_id, "slot_id": row.slot_id, "start": row.start_at,
             "seats": row.seats, "used": row.used, "lease_s": row.lease_s, "granted_at": format_time(row.granted_at),
             "reclaim_after": format_time(row.reclaim_after), "overdue": row.reclaim_after <= now} for row in rows]


# --- inside -------------------------------------------------------------------------------------


def _weight(connection: Connection, kiosk_id: str, now: datetime) -> Fraction:
    """This kiosk's recent bookings plus one, over the same for every enrolled kiosk."""
    recent = {row.kiosk_id: int(row.made) for row in connection.execute(
        select(bookings.c.kiosk_id, func.count().label("made")).where(bookings.c.created_at >= now - RECENT)
        .group_by(bookings.c.kiosk_id))}
    mine = recent.get(kiosk_id, 0) + 1
    total = sum(recent.get(other, 0) + 1 for other in connection.execute(select(kiosks.c.kiosk_id)).scalars())
    return Fraction(mine, max(total, mine))


def _to_sell(engine: Engine, kiosk_id: str, local_now: datetime) -> list[dict[str, Any]]:
    """The kiosk's open grants as it is sent them, each lease cut to its slot's last bookable moment."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(allowances.c.grant_id, allowances.c.slot_id, allowances.c.seats, allowances.c.lease_s,
                   slots.c.bookable_until)
            .join(slots, slots.c.slot_id == allowances.c.slot_id)
            .where(and_(allowances.c.kiosk_id == kiosk_id, allowances.c.status == "open"))
            .order_by(slots.c.start_at, allowances.c.slot_id)).all()
    sent: list[dict[str, Any]] = []
    for row in rows:
        left = int((datetime.strptime(row.bookable_until, _TIME) - local_now).total_seconds())
        if min(row.lease_s, left) > 0:
            sent.append({"grant_id": row.grant_id, "slot_id": row.slot_id, "seats": row.seats,
                         "lease_s": min(row.lease_s, left)})
    return sent


def _arrived(connection: Connection, row: Any, code: str) -> bool:
    """Whether the kiosk's report of selling ``code`` from the grant ``row`` has reached the centre.

    Only the report counts (``allowance_sales``, recorded whatever became of it).
    That the centre holds a booking ``code`` of this kiosk proves nothing: a booking
    made live may since have been *moved* offline into this grant's slot, and until
    that move arrives the seat it took is still the grant's to give. Closing early
    would return that seat to the pool, and the move would then overfill the slot.
    """
    sale = connection.execute(select(allowance_sales.c.reference).where(and_(
        allowance_sales.c.grant_id == row.grant_id, allowance_sales.c.reference == code))).first()
    return sale is not None


def _close(connection: Connection, row: Any, why: str, now: datetime) -> int | None:
    """Close the grant ``row`` (read with its lock) and return its unsold seats to the pool; how many, or None
    when it was closed already."""
    closed = connection.execute(update(allowances).where(and_(allowances.c.grant_id == row.grant_id,
                                                              allowances.c.status == "open"))
                                .values(status="closed", closed_at=now, closed_why=why))
    if closed.rowcount != 1:
        return None
    unsold = int(row.seats - row.used)
    release_held(connection, row.slot_id, unsold)
    return unsold


def _close_one(engine: Engine, grant_id: str, why: str, now: datetime) -> int | None:
    """:func:`_close` in a transaction of its own: a grant's row, then its slot's, as everywhere."""
    with engine.begin() as connection:
        row = connection.execute(select(allowances).where(allowances.c.grant_id == grant_id)
                                 .with_for_update()).first()
        return None if row is None or row.status != "open" else _close(connection, row, why, now)
