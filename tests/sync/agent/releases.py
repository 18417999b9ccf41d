"""Real signed releases for the agent's tests, made with sync.protocol as the centre makes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.receipts.device_key import DeviceKey
from kiosk.release.records import fleet_key_record
from sync.protocol.files import Delta, Snapshot, encode_delta, encode_snapshot, file_ref
from sync.protocol.keys import make_keys_document
from sync.protocol.manifest import DatasetFiles, FileRef, make_manifest
from sync.protocol.signing import public_to_text, sign

Record = dict[str, Any]


def fleet_keys(count: int) -> list[Record]:
    """``count`` kiosks' receipt keys: records the kiosk really applies (and that do not compress)."""
    keys = [DeviceKey.generate() for _ in range(count)]
    return [fleet_key_record(key.kiosk_id, key.public_key_base64()) for key in keys]


@dataclass
class Publisher:
    """An owner's root key, a release key, and the releases made so far, with their files."""

    now: datetime
    root: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    release_key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    keys_version: int = 1
    records: dict[int, dict[str, list[Record]]] = field(default_factory=dict)  # release -> dataset -> records
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def root_public_text(self) -> str:
        return public_to_text(self.root.public_key())

    def keys_document(self, *, signer: Ed25519PrivateKey | None = None, version: int | None = None,
                      expires_in: timedelta = timedelta(days=365)) -> dict[str, Any]:
        signed = make_keys_document(version or self.keys_version, self.now, self.now + expires_in,
                                    [self.release_key.public_key()])
        return sign(signed, [signer or self.root])

    def release(self, number: int, datasets: dict[str, list[Record]], *, expires_in: timedelta = timedelta(days=30),
                signer: Ed25519PrivateKey | None = None, created: datetime | None = None) -> dict[str, Any]:
        """The signed manifest of release ``number``, with a snapshot and deltas from the earlier releases."""
        self.records[number] = datasets
        files: dict[str, DatasetFiles] = {}
        for name, records in datasets.items():
            snapshot = self._store(encode_snapshot(Snapshot(name, number, records)))
            deltas: dict[int, FileRef] = {}
            for earlier, earlier_sets in self.records.items():
                if earlier < number and name in earlier_sets:
                    deltas[earlier] = self._store(encode_delta(_delta(name, earlier, number, earlier_sets[name],
                                                                      records)))
            files[name] = DatasetFiles(snapshot=snapshot, records=len(records), deltas=deltas)
        when = created or self.now
        signed = make_manifest(number, when, when + expires_in, self.keys_version, files)
        return sign(signed, [signer or self.release_key])

    def _store(self, data: bytes) -> FileRef:
        ref = file_ref(data)
        self.files[ref.sha256] = data
        return ref


def _delta(name: str, start: int, end: int, before: list[Record], after: list[Record]) -> Delta:
    old = {record["key"]: record for record in before}
    new = {record["key"]: record for record in after}
    return Delta(name, start, end, upsert=[record for key, record in new.items() if old.get(key) != record],
                 delete=[key for key in old if key not in new])
