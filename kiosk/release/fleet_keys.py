"""The ``fleet_keys`` dataset: every enrolled kiosk's receipt-signing key, into ``kiosk_keys``.

Keys a release brings are filed with source ``release``. A snapshot replaces
those and leaves keys staff added by hand (:func:`kiosk.receipts.keyring.remember_key`);
a delta's delete removes a key whoever added it, since the centre withdrew it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.release.model import FLEET_KEYS, DatasetDelta, DatasetSnapshot, Record, ReleaseInvalid
from kiosk.release.prepared import Prepared
from kiosk.release.records import fleet_key_from_record, fleet_key_key

if TYPE_CHECKING:
    from kiosk.store import Store

SOURCE = "release"
_UPSERT = ("INSERT INTO kiosk_keys(kiosk_id, public_key, source, added_at) VALUES (?, ?, ?, ?) "
           "ON CONFLICT(kiosk_id) DO UPDATE SET public_key = excluded.public_key, source = excluded.source, "
           "added_at = excluded.added_at")


def _parse(records: list[Record]) -> list[tuple[str, str]]:
    keys: dict[str, str] = {}
    for record in records:
        kiosk_id, public_key = fleet_key_from_record(record)
        key = str(record.get("key"))
        if key != fleet_key_key(kiosk_id):
            raise ReleaseInvalid(FLEET_KEYS, key, f"the record is {fleet_key_key(kiosk_id)!r}")
        if kiosk_id in keys:
            raise ReleaseInvalid(FLEET_KEYS, key, "appears twice")
        keys[kiosk_id] = public_key
    return sorted(keys.items())


class FleetKeysChange(Prepared):
    def __init__(self, change: DatasetSnapshot | DatasetDelta, added_at: str) -> None:
        self.snapshot = isinstance(change, DatasetSnapshot)
        records = change.records if isinstance(change, DatasetSnapshot) else change.upsert
        self.keys = _parse(records)
        self.deleted: list[str] = []
        if isinstance(change, DatasetDelta):
            for key in change.delete:
                kind, _, kiosk_id = key.partition(":")
                if kind != "receipt-key" or not kiosk_id:
                    raise ReleaseInvalid(FLEET_KEYS, key, "not a receipt-key key")
                self.deleted.append(kiosk_id)
        self.added_at = added_at
        super().__init__(FLEET_KEYS, "snapshot" if self.snapshot else "delta", len(records), len(self.deleted))

    def write(self, store: Store) -> None:
        conn = store.db.conn
        if self.snapshot:
            conn.execute("DELETE FROM kiosk_keys WHERE source = ?", [SOURCE])
        conn.executemany("DELETE FROM kiosk_keys WHERE kiosk_id = ?", [(kiosk_id,) for kiosk_id in self.deleted])
        conn.executemany(_UPSERT, [(kiosk_id, key, SOURCE, self.added_at) for kiosk_id, key in self.keys])


def prepare(change: DatasetSnapshot | DatasetDelta, added_at: str) -> Prepared:
    return FleetKeysChange(change, added_at)
