"""Which release each kiosk is offered, and whether it has taken it: canary first, then all.

A release is published to ``all`` or to the ``canary`` group (kiosks an administrator marked).
A canary kiosk is offered the newest release; every other kiosk the newest one whose audience
is ``all``. Promoting a canary release makes its audience ``all``. Releases stay one line of
numbers, so a release published while a canary is pending is built on top of it and carries
its changes; the console says so before it signs (docs/architecture.md, "Canary releases").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from sync.central import fleet
from sync.central.errors import ApiError
from sync.central.tables import kiosks, releases

ALL = "all"
CANARY = "canary"
AUDIENCES = (ALL, CANARY)


@dataclass(frozen=True)
class Offered:
    number: int
    manifest: str


def offered_release(connection: Connection, kiosk_id: str) -> Offered | None:
    """The release ``kiosk_id`` should install: None before anything was published for it."""
    canary = connection.execute(select(kiosks.c.canary).where(kiosks.c.kiosk_id == kiosk_id)).scalar()
    query = select(releases.c.number, releases.c.manifest).order_by(releases.c.number.desc()).limit(1)
    if not canary:
        query = query.where(releases.c.audience == ALL)
    row = connection.execute(query).first()
    return None if row is None else Offered(row.number, row.manifest)


def newest(connection: Connection, audience: str | None = None) -> int | None:
    query = select(releases.c.number).order_by(releases.c.number.desc()).limit(1)
    if audience is not None:
        query = query.where(releases.c.audience == audience)
    number: int | None = connection.execute(query).scalar()
    return number


def pending_canary(connection: Connection) -> int | None:
    """The newest release while it is offered to the canary group only, else None."""
    row = connection.execute(select(releases.c.number, releases.c.audience)
                             .order_by(releases.c.number.desc()).limit(1)).first()
    return row.number if row is not None and row.audience == CANARY else None


def promote(engine: Engine, number: int) -> None:
    """Offer canary release ``number`` (and with it every earlier one) to the whole fleet."""
    with engine.begin() as connection:
        row = connection.execute(select(releases.c.audience).where(releases.c.number == number)).first()
        if row is None:
            raise ApiError(404, "unknown_release", f"there is no release {number}")
        if row.audience == ALL:
            raise ApiError(409, "already_promoted", f"release {number} is already offered to every kiosk")
        connection.execute(update(releases).where(releases.c.number <= number).values(audience=ALL))


def set_group(engine: Engine, kiosk_id: str, canary: bool, place: str | None) -> None:
    """Put a kiosk in or out of the canary group, and say where it stands."""
    with engine.begin() as connection:
        done = connection.execute(update(kiosks).where(kiosks.c.kiosk_id == kiosk_id)
                                  .values(canary=canary, place=place or None))
        if done.rowcount == 0:
            raise ApiError(404, "unknown_kiosk", f"no kiosk {kiosk_id!r} is enrolled")


@dataclass(frozen=True)
class Take:
    """One kiosk's part in a release's rollout."""

    kiosk_id: str
    place: str | None
    canary: bool
    offered: int | None  # what it is offered now
    installed: int | None  # what its last heartbeat said it runs
    state: str  # fleet.judge's words: fresh, late, stale, never_seen

    @property
    def taken(self) -> bool:
        return self.installed is not None and self.offered is not None and self.installed >= self.offered


def takes(engine: Engine, now: datetime) -> list[Take]:
    """Every kiosk: what it is offered, what it runs, and how recently it was heard from."""
    with engine.connect() as connection:
        to_all = newest(connection, ALL)
        to_canary = newest(connection)
        rows = connection.execute(select(kiosks).order_by(kiosks.c.canary.desc(), kiosks.c.kiosk_id)).all()
    found = []
    for row in rows:
        heartbeat: dict[str, Any] = json.loads(row.last_heartbeat) if row.last_heartbeat else {}
        installed = heartbeat.get("release")
        found.append(Take(row.kiosk_id, row.place, bool(row.canary), to_canary if row.canary else to_all,
                          installed if isinstance(installed, int) and not isinstance(installed, bool) else None,
                          fleet.judge(row.last_seen_at, row.heartbeat_interval_s, now)))
    return found
