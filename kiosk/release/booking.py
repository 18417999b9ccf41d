"""The ``booking`` dataset: the catalogue of locations, services, schedules and closures.

The catalogue is a few dozen rows, and schedules are checked against locations
as a whole, so a delta is applied to the stored records and the resulting
catalogue written whole (:func:`kiosk.booking.catalogue.replace_catalogue`).

Bookings never hold a catalogue row: ``booking_slots`` has no foreign key to the
catalogue (migration 7) and a booking names its slot, location and service by
id, so a release that deletes a location or service leaves every booking and
its slot as they were. A location's schedules go with it (ON DELETE CASCADE);
slots no longer scheduled are withdrawn, never deleted while booked
(:mod:`kiosk.booking.slots`).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from kiosk.booking.catalogue import Catalogue, replace_catalogue, stored_catalogue
from kiosk.release.model import BOOKING, DatasetDelta, DatasetSnapshot, Record, ReleaseInvalid
from kiosk.release.prepared import Prepared
from kiosk.release.records import booking_records, catalogue_from_records

if TYPE_CHECKING:
    from kiosk.store import Store


def _keyed(records: list[Record]) -> dict[str, Record]:
    keyed: dict[str, Record] = {}
    for record in records:
        key = str(record.get("key", "")) if isinstance(record, dict) else ""
        if key in keyed:
            raise ReleaseInvalid(BOOKING, key, "appears twice")
        catalogue_from_records([record])  # refuses a malformed record now, not in the switch
        keyed[key] = record
    return keyed


def _write(store: Store, catalogue: Catalogue, number: int) -> None:
    try:
        replace_catalogue(store, catalogue, source=f"release:{number}")
    except sqlite3.IntegrityError as error:
        raise ReleaseInvalid(BOOKING, "schedule", f"names a location the catalogue lacks ({error})") from None


class BookingSnapshot(Prepared):
    def __init__(self, records: list[Record], number: int) -> None:
        _keyed(records)
        self.catalogue = catalogue_from_records(records)
        self.number = number
        super().__init__(BOOKING, "snapshot", len(records), 0)

    def write(self, store: Store) -> None:
        _write(store, self.catalogue, self.number)


class BookingDelta(Prepared):
    def __init__(self, delta: DatasetDelta, number: int) -> None:
        self.upsert = _keyed(delta.upsert)
        self.delete = list(delta.delete)
        self.number = number
        super().__init__(BOOKING, "delta", len(delta.upsert), len(delta.delete))

    def write(self, store: Store) -> None:
        stored = {str(record["key"]): record for record in booking_records(stored_catalogue(store.db))}
        for key in self.delete:
            stored.pop(key, None)
        stored.update(self.upsert)
        _write(store, catalogue_from_records(stored.values()), self.number)


def prepare(change: DatasetSnapshot | DatasetDelta, number: int) -> Prepared:
    if isinstance(change, DatasetSnapshot):
        return BookingSnapshot(change.records, number)
    return BookingDelta(change, number)
