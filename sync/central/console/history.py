"""The releases as the console lists them: who published each, to whom, and what it changed.

What a release changed in a dataset is read from the delta that takes a kiosk from the release before
straight to it (every release has one, see :mod:`sync.central.publishing`): its upserts are the records
added or changed, its deletes the ones removed, and the record counts of the two manifests tell added
from changed. Files never change, so what a delta says is remembered by its hash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, select

from sync.central.filestore import FileStore
from sync.central.tables import releases
from sync.protocol.errors import ProtocolError
from sync.protocol.files import Delta, Snapshot, decode_data_file
from sync.protocol.manifest import FileRef, Manifest, parse_manifest_signed

Record = dict[str, Any]


class UnknownRelease(LookupError):
    """No release has this number."""


class ReleaseFilesMissing(RuntimeError):
    """A release's snapshot is no longer in the files folder."""


@dataclass(frozen=True)
class Counts:
    added: int
    changed: int
    removed: int

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


@dataclass(frozen=True)
class Release:
    number: int
    created_at: datetime
    published_by: str
    audience: str
    #: per dataset, what this release changed from the one before; None when that cannot be read
    changes: dict[str, Counts | None]


def _manifest(text: str) -> Manifest:
    return parse_manifest_signed(json.loads(text)["signed"])


@lru_cache(maxsize=4096)
def _delta_sizes(directory: str, sha256: str, size: int) -> tuple[int, int] | None:
    """``(upserts, deletes)`` of a delta file, or None when it is missing or unreadable."""
    from pathlib import Path

    data = FileStore(Path(directory)).read(sha256)
    if data is None:
        return None
    try:
        decoded = decode_data_file(data, FileRef(sha256, size))
    except ProtocolError:
        return None
    if not isinstance(decoded, Delta):
        return None
    return len(decoded.upsert), len(decoded.delete)


def _changes(files: FileStore, manifest: Manifest, before: Manifest | None) -> dict[str, Counts | None]:
    found: dict[str, Counts | None] = {}
    for name, dataset in sorted(manifest.datasets.items()):
        earlier = None if before is None else before.datasets.get(name)
        if earlier is None:
            found[name] = Counts(dataset.records, 0, 0)
            continue
        ref = dataset.deltas.get(before.release) if before is not None else None
        sizes = None if ref is None else _delta_sizes(str(files.directory), ref.sha256, ref.size)
        if sizes is None:
            found[name] = None
            continue
        upserts, removed = sizes
        added = dataset.records - earlier.records + removed
        found[name] = Counts(added, upserts - added, removed)
    return found


def recent(engine: Engine, files: FileStore, limit: int = 30) -> list[Release]:
    """The newest releases, newest first, with what each changed (numbers are consecutive: the one
    listed after a release is the one before it)."""
    with engine.connect() as connection:
        rows = connection.execute(select(releases).order_by(releases.c.number.desc()).limit(limit + 1)).all()
    manifests = [_manifest(row.manifest) for row in rows]
    listed = []
    for index, row in enumerate(rows[:limit]):
        before = manifests[index + 1] if index + 1 < len(manifests) else None
        listed.append(Release(row.number, row.created_at, row.published_by, row.audience,
                              _changes(files, manifests[index], before)))
    return listed


def datasets(engine: Engine, files: FileStore, number: int, names: tuple[str, ...]) -> dict[str, list[Record]]:
    """The records of release ``number``'s datasets among ``names`` (those it has)."""
    with engine.connect() as connection:
        text = connection.execute(select(releases.c.manifest).where(releases.c.number == number)).scalar()
    if text is None:
        raise UnknownRelease(number)
    manifest = _manifest(text)
    found: dict[str, list[Record]] = {}
    for name in names:
        dataset = manifest.datasets.get(name)
        if dataset is None:
            continue
        data = files.read(dataset.snapshot.sha256)
        if data is None:
            raise ReleaseFilesMissing(f"release {number}'s {name} snapshot")
        decoded = decode_data_file(data, dataset.snapshot)
        assert isinstance(decoded, Snapshot)
        found[name] = decoded.records
    return found
