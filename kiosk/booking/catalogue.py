"""The booking catalogue in the local cache: locations, services, schedules and closures.

This is reference data: administrators author it (``content/booking``, read by
:mod:`kiosk.booking.authoring`), it arrives whole (the bundle on first start, a
release later) and :func:`replace_catalogue` swaps it in one transaction, so the
screens see all-old or all-new. Bookings and slots are not touched here: slots
are made again from the new schedules by the authority (:mod:`kiosk.booking.slots`
keeps every booked one), which notices the change by :data:`META_STAMP`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.booking.model import Location, Service
from kiosk.booking.schedule import (
    Closure,
    Schedule,
    closure_from_json,
    closure_to_json,
    schedule_from_json,
    schedule_to_json,
)

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.store import Store

# Changes with every replace_catalogue: slots made before it are made again.
META_STAMP = "booking_catalogue_stamp"
META_SOURCE = "booking_catalogue_source"


@dataclass(frozen=True)
class Catalogue:
    locations: tuple[Location, ...]
    services: tuple[Service, ...]
    schedules: tuple[Schedule, ...]
    closures: tuple[Closure, ...]

    def service_map(self) -> dict[str, Service]:
        return {service.id: service for service in self.services}


def replace_catalogue(store: Store, catalogue: Catalogue, source: str = "") -> None:
    """Swap the stored catalogue for ``catalogue`` in one transaction (nested in the caller's, if any)."""
    with store.transaction() as db:
        db.execute("DELETE FROM booking_schedules")
        db.execute("DELETE FROM booking_closures")
        db.execute("DELETE FROM booking_locations")
        db.execute("DELETE FROM booking_services")
        db.conn.executemany(
            "INSERT INTO booking_locations(id, position, kind, fictional, names, address, town) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(loc.id, position, loc.kind, int(loc.fictional), _json(loc.names), _json(loc.address), _json(loc.town))
             for position, loc in enumerate(catalogue.locations)],
        )
        db.conn.executemany(
            "INSERT INTO booking_services(id, position, duration_minutes, capacity, names, documents, lead_minutes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(service.id, position, service.duration_minutes, service.capacity, _json(service.names),
              _json({tag: list(items) for tag, items in service.documents.items()}), service.lead_minutes)
             for position, service in enumerate(catalogue.services)],
        )
        db.conn.executemany(
            "INSERT INTO booking_schedules(position, location_id, rule) VALUES (?, ?, ?)",
            [(position, schedule.location_id, schedule_to_json(schedule))
             for position, schedule in enumerate(catalogue.schedules)],
        )
        db.conn.executemany(
            "INSERT INTO booking_closures(position, rule) VALUES (?, ?)",
            [(position, closure_to_json(closure)) for position, closure in enumerate(catalogue.closures)],
        )
        _set_meta(db, META_STAMP, uuid.uuid4().hex)
        _set_meta(db, META_SOURCE, source)


def has_catalogue(store: Store) -> bool:
    return store.db.execute("SELECT 1 FROM booking_services LIMIT 1").fetchone() is not None


def stored_catalogue(db: sqlite_utils.Database) -> Catalogue:
    """The whole stored catalogue (callable inside a transaction, hence the ``Database``)."""
    return Catalogue(
        locations=tuple(_locations(db, "", [])),
        services=tuple(_services(db, "", [])),
        schedules=tuple(schedule_from_json(row[0])
                        for row in db.execute("SELECT rule FROM booking_schedules ORDER BY position")),
        closures=tuple(closure_from_json(row[0])
                       for row in db.execute("SELECT rule FROM booking_closures ORDER BY position")),
    )


def catalogue_stamp(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_STAMP]).fetchone()
    return "" if row is None else str(row[0])


def services(store: Store) -> list[Service]:
    """Every service, in the authored order: the first booking step."""
    return _services(store.db, "", [])


def service(store: Store, service_id: str) -> Service:
    """The service ``service_id``; KeyError if the catalogue has none (a caller's bug or a stale id)."""
    found = _services(store.db, "WHERE id = ?", [service_id])
    if not found:
        raise KeyError(service_id)
    return found[0]


def locations(store: Store) -> list[Location]:
    """Every location, in the authored order."""
    return _locations(store.db, "", [])


def location(store: Store, location_id: str) -> Location:
    """The location ``location_id``; KeyError if the catalogue has none."""
    found = _locations(store.db, "WHERE id = ?", [location_id])
    if not found:
        raise KeyError(location_id)
    return found[0]


def service_name(store: Store, service_id: str, language: str) -> str:
    """The service's name in ``language``; its id when the catalogue no longer has it (a retired service
    still names the bookings made for it)."""
    try:
        return service(store, service_id).name(language)
    except KeyError:
        return service_id


def location_name(store: Store, location_id: str, language: str) -> str:
    """The place's name in ``language``; its id when the catalogue no longer has it."""
    try:
        return location(store, location_id).name(language)
    except KeyError:
        return location_id


def _services(db: sqlite_utils.Database, where: str, params: list[str]) -> list[Service]:
    rows = db.execute(
        f"SELECT id, names, duration_minutes, capacity, documents, lead_minutes FROM booking_services {where} "
        "ORDER BY position", params).fetchall()
    return [Service(id=str(row[0]), names=json.loads(row[1]), duration_minutes=int(row[2]), capacity=int(row[3]),
                    documents={tag: tuple(items) for tag, items in json.loads(row[4]).items()},
                    lead_minutes=int(row[5]))
            for row in rows]


def _locations(db: sqlite_utils.Database, where: str, params: list[str]) -> list[Location]:
    rows = db.execute(
        f"SELECT id, kind, names, address, town, fictional FROM booking_locations {where} ORDER BY position",
        params).fetchall()
    return [Location(id=str(row[0]), kind="mobile" if row[1] == "mobile" else "office", names=json.loads(row[2]),
                     address=json.loads(row[3]), town=json.loads(row[4]), fictional=bool(row[5]))
            for row in rows]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])
