"""Building a release: snapshots, deltas from recent releases, a signed manifest.

Records are compared by key and by their canonical JSON, so a record counts as
changed exactly when its bytes would differ on a kiosk. Files are written before
the release row; the row's primary key (the release number) is what decides,
between two replicas publishing at once, which one gets the number: the other
builds again on top of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from kiosk.release.model import FLEET_KEYS
from kiosk.release.records import fleet_key_record
from sync.central.errors import ApiError
from sync.central.filestore import FileStore
from sync.central.keyring import load_keyring
from sync.central.settings import Settings
from sync.central.tables import kiosks, releases
from sync.protocol.canonical import canonical_bytes
from sync.protocol.errors import ProtocolError
from sync.protocol.files import Delta, Snapshot, decode_data_file, encode_delta, encode_snapshot
from sync.protocol.manifest import DatasetFiles, Manifest, make_manifest, parse_manifest_signed
from sync.protocol.signing import sign

Record = dict[str, Any]
_ATTEMPTS = 5


@dataclass(frozen=True)
class DatasetChange:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    before: int = 0  # records in the dataset before the change

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def to_json(self) -> dict[str, Any]:
        return {"added": len(self.added), "changed": len(self.changed), "removed": len(self.removed),
                "added_keys": self.added, "changed_keys": self.changed, "removed_keys": self.removed}


@dataclass(frozen=True)
class Published:
    release: int
    manifest: dict[str, Any]
    changes: dict[str, DatasetChange]


@dataclass(frozen=True)
class _Latest:
    number: int
    manifest: Manifest


def _by_key(records: Iterable[Record]) -> dict[str, bytes]:
    table: dict[str, bytes] = {}
    for record in records:
        key = record.get("key")
        if not isinstance(key, str):
            raise ApiError(422, "invalid_record", "every record needs a text key")
        if key in table:
            raise ApiError(422, "invalid_record", f"key {key!r} appears twice")
        try:
            table[key] = canonical_bytes(record)
        except ProtocolError as error:
            raise ApiError(422, "invalid_record", f"record {key!r}: {error}") from error
    return table


def diff(old: Mapping[str, bytes], new: Mapping[str, bytes]) -> DatasetChange:
    return DatasetChange(
        added=sorted(new.keys() - old.keys()),
        changed=sorted(key for key in new.keys() & old.keys() if new[key] != old[key]),
        removed=sorted(old.keys() - new.keys()),
        before=len(old),
    )


def fleet_records(connection: Connection) -> list[Record]:
    rows = connection.execute(select(kiosks.c.kiosk_id, kiosks.c.receipt_public_key)).all()
    return [fleet_key_record(row.kiosk_id, row.receipt_public_key) for row in rows]


class Publisher:
    def __init__(self, engine: Engine, files: FileStore, settings: Settings) -> None:
        self.engine, self.files, self.settings = engine, files, settings
        # Decoded snapshots by file hash, for this one build only: files never change.
        self._decoded: dict[str, list[Record]] = {}

    # -- reading what is published ----------------------------------------------------------

    def _latest(self, connection: Connection) -> _Latest | None:
        row = connection.execute(select(releases.c.number, releases.c.manifest)
                                 .order_by(releases.c.number.desc()).limit(1)).first()
        if row is None:
            return None
        return _Latest(row.number, parse_manifest_signed(json.loads(row.manifest)["signed"]))

    def latest_manifest(self) -> Manifest | None:
        with self.engine.connect() as connection:
            latest = self._latest(connection)
        return None if latest is None else latest.manifest

    def latest_records(self, dataset: str) -> list[Record] | None:
        """One dataset of the latest release (None before any release, or if it has none), decoding only it."""
        with self.engine.connect() as connection:
            latest = self._latest(connection)
        return None if latest is None else self._records(latest.manifest, dataset)

    def fleet_keys_changed(self) -> bool:
        """Whether a kiosk enrolled (or left) since the latest release was built."""
        with self.engine.connect() as connection:
            latest = self._latest(connection)
            enrolled = fleet_records(connection)
        published = [] if latest is None else self._records(latest.manifest, FLEET_KEYS) or []
        return _by_key(published) != _by_key(enrolled)

    def latest_number(self) -> int | None:
        with self.engine.connect() as connection:
            latest = self._latest(connection)
        return None if latest is None else latest.number

    def _recent(self, connection: Connection, newest: int) -> list[_Latest]:
        rows = connection.execute(select(releases.c.number, releases.c.manifest)
                                  .where(releases.c.number >= newest - self.settings.keep_deltas)
                                  .order_by(releases.c.number.desc())).all()
        return [_Latest(row.number, parse_manifest_signed(json.loads(row.manifest)["signed"])) for row in rows]

    def _records(self, manifest: Manifest, dataset: str) -> list[Record] | None:
        files = manifest.datasets.get(dataset)
        if files is None:
            return None
        ref = files.snapshot
        if ref.sha256 not in self._decoded:
            data = self.files.read(ref.sha256)
            if data is None:
                raise ApiError(409, "files_missing",
                               f"release {manifest.release}'s {dataset} snapshot is missing from the files folder")
            decoded = decode_data_file(data, ref)
            assert isinstance(decoded, Snapshot)
            self._decoded[ref.sha256] = decoded.records
        return self._decoded[ref.sha256]

    def current_datasets(self, connection: Connection) -> dict[str, list[Record]]:
        latest = self._latest(connection)
        if latest is None:
            return {}
        found = {name: self._records(latest.manifest, name) for name in latest.manifest.datasets}
        return {name: records for name, records in found.items() if records is not None}

    # -- planning and publishing ------------------------------------------------------------

    def _next_datasets(self, connection: Connection, given: Mapping[str, list[Record]]) -> dict[str, list[Record]]:
        datasets = self.current_datasets(connection)
        datasets.update(given)
        datasets[FLEET_KEYS] = fleet_records(connection)
        return datasets

    def plan(self, given: Mapping[str, list[Record]]) -> dict[str, DatasetChange]:
        """What publishing ``given`` would change, per dataset, against the latest release."""
        with self.engine.connect() as connection:
            current = self.current_datasets(connection)
            following = self._next_datasets(connection, given)
        return {name: diff(_by_key(current.get(name, [])), _by_key(records))
                for name, records in sorted(following.items())}

    def publish(self, given: Mapping[str, list[Record]], published_by: str, audience: str | None = None,
                based_on: int | None = None) -> Published:
        """A new release with ``given`` datasets replaced, the others carried over, fleet keys rebuilt.

        ``audience`` is ``all`` or ``canary`` (:mod:`sync.central.rollout`); by default the new release is
        offered to whom the latest was, so that publishing again (keys, expiry) never widens a canary.
        ``based_on`` is the release ``given`` was previewed against: if another was published since, the
        publish is refused (409 ``release_changed``) rather than undo that release's changes unseen.
        """
        for _attempt in range(_ATTEMPTS):
            try:
                return self._publish_once(given, published_by, audience, based_on)
            except IntegrityError:
                continue  # another replica took this number: build again on top of its release
        raise ApiError(409, "busy", "other releases were being published at the same time: try again")

    def _publish_once(self, given: Mapping[str, list[Record]], published_by: str, audience: str | None,
                      based_on: int | None = None) -> Published:
        now = self.settings.clock()
        with self.engine.connect() as connection:
            keyring = load_keyring(connection)
            if keyring is None or not keyring.release_private_keys:
                raise ApiError(409, "no_keys", "the centre has no release key yet: the owner must PUT /v1/admin/keys")
            latest = self._latest(connection)
            number = 1 if latest is None else latest.number + 1
            if based_on is not None and number != based_on + 1:
                raise ApiError(409, "release_changed", f"release {number - 1} was published after release "
                                                       f"{based_on}, which this was previewed against")
            if audience is None:
                audience = connection.execute(select(releases.c.audience).where(
                    releases.c.number == number - 1)).scalar() or "all"
            recent = self._recent(connection, number)
            current = self.current_datasets(connection)
            datasets = self._next_datasets(connection, given)
        files: dict[str, DatasetFiles] = {}
        changes: dict[str, DatasetChange] = {}
        for name, records in sorted(datasets.items()):
            new = _by_key(records)
            changes[name] = diff(_by_key(current.get(name, [])), new)
            files[name] = self._dataset_files(name, number, records, new, recent)
        signed = make_manifest(number, now, now + self.settings.manifest_lifetime, keyring.keys.version, files)
        manifest = sign(signed, keyring.release_private_keys)
        with self.engine.begin() as connection:
            connection.execute(insert(releases).values(number=number, created_at=now,
                                                       keys_version=keyring.keys.version,
                                                       manifest=json.dumps(manifest), published_by=published_by,
                                                       audience=audience))
        return Published(release=number, manifest=manifest, changes=changes)

    def _dataset_files(self, name: str, number: int, records: list[Record], new: Mapping[str, bytes],
                       recent: list[_Latest]) -> DatasetFiles:
        snapshot = self.files.put(encode_snapshot(Snapshot(name, number, records)))
        by_key = {record["key"]: record for record in records}
        deltas = {}
        for earlier in recent:
            old_records = self._records(earlier.manifest, name)
            if old_records is None:
                continue  # the dataset did not exist then: a kiosk at that release takes the snapshot
            change = diff(_by_key(old_records), new)
            delta = Delta(name, earlier.number, number, [by_key[key] for key in change.added + change.changed],
                          change.removed)
            deltas[earlier.number] = self.files.put(encode_delta(delta))
        return DatasetFiles(snapshot=snapshot, records=len(records), deltas=deltas)


def republish(publisher: Publisher, published_by: str) -> Published | None:
    """The latest release's data again under the current keys (after a rotation), or None before any release."""
    if publisher.latest_number() is None:
        return None
    return publisher.publish({}, published_by)


def release_summary(published: Published) -> dict[str, Any]:
    signed = published.manifest["signed"]
    return {"release": published.release, "created": signed["created"], "expires": signed["expires"],
            "datasets": {name: change.to_json() for name, change in published.changes.items()},
            "manifest": published.manifest}
