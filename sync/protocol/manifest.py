"""The manifest: one release's data files per dataset, signed by a release key."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sync.protocol import _fields as f
from sync.protocol.errors import MalformedDocument, ManifestExpired, Rollback
from sync.protocol.keys import KeysDocument
from sync.protocol.signing import verify
from sync.protocol.times import as_utc, format_time

MANIFEST_TYPE = "manifest"

#: The datasets a release carries.
DATASETS = ("content", "registry", "booking", "fleet_keys")


@dataclass(frozen=True)
class FileRef:
    """A data file by its stored (gzip) bytes: fetched from ``files/<sha256>``."""

    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "size": self.size}


@dataclass(frozen=True)
class DatasetFiles:
    snapshot: FileRef
    records: int
    #: from-release -> the delta that takes a kiosk at that release straight to this one.
    deltas: dict[int, FileRef] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "snapshot": self.snapshot.to_json(),
            "records": self.records,
            "deltas": [{**ref.to_json(), "from": start} for start, ref in sorted(self.deltas.items())],
        }


@dataclass(frozen=True)
class Manifest:
    release: int
    created: datetime
    expires: datetime
    keys_version: int
    datasets: dict[str, DatasetFiles]


def make_manifest(
    release: int, created: datetime, expires: datetime, keys_version: int, datasets: dict[str, DatasetFiles]
) -> dict[str, Any]:
    """The unsigned ``signed`` part; sign it with the release key(s) (``signing.sign``)."""
    return {
        "type": MANIFEST_TYPE,
        "release": release,
        "created": format_time(created),
        "expires": format_time(expires),
        "keys_version": keys_version,
        "datasets": {name: files.to_json() for name, files in sorted(datasets.items())},
    }


def parse_file_ref(value: Any, what: str) -> FileRef:
    entry = f.need_dict(value, what)
    return FileRef(
        sha256=f.need_sha256(f.field(entry, "sha256", what), f"{what}'s sha256"),
        size=f.need_int(f.field(entry, "size", what), f"{what}'s size"),
    )


def parse_manifest_signed(signed: dict[str, Any]) -> Manifest:
    """The fields of an already verified ``signed`` part."""
    what = "the manifest"
    datasets: dict[str, DatasetFiles] = {}
    for name, value in f.need_dict(f.field(signed, "datasets", what), "datasets").items():
        entry = f.need_dict(value, f"dataset {name!r}")
        deltas: dict[int, FileRef] = {}
        for delta in f.need_list(f.field(entry, "deltas", f"dataset {name!r}"), f"{name} deltas"):
            ref = parse_file_ref(delta, f"a {name} delta")
            start = f.need_int(f.field(delta, "from", f"a {name} delta"), f"a {name} delta's from")
            if start in deltas:
                raise MalformedDocument(f"two {name} deltas from release {start}")
            deltas[start] = ref
        datasets[name] = DatasetFiles(
            snapshot=parse_file_ref(f.field(entry, "snapshot", f"dataset {name!r}"), f"the {name} snapshot"),
            records=f.need_int(f.field(entry, "records", f"dataset {name!r}"), f"{name} records"),
            deltas=deltas,
        )
    return Manifest(
        release=f.need_int(f.field(signed, "release", what), "release"),
        created=f.need_time(f.field(signed, "created", what), "manifest created"),
        expires=f.need_time(f.field(signed, "expires", what), "manifest expires"),
        keys_version=f.need_int(f.field(signed, "keys_version", what), "keys_version", minimum=1),
        datasets=datasets,
    )


def check_manifest(document: Any, keys: KeysDocument, now: datetime, installed_release: int | None) -> Manifest:
    """The manifest, if a release key of ``keys`` signed it, it is newer than the installed release and current.

    ``now`` is the later of the kiosk's clock and its last trusted time, so a kiosk
    whose clock was set back still sees a stale manifest as expired. Raises
    BadSignature / UnknownKey, Rollback, ManifestExpired or MalformedDocument.
    """
    manifest = parse_manifest_signed(verify(document, keys.release_keys, MANIFEST_TYPE))
    if installed_release is not None and manifest.release <= installed_release:
        raise Rollback(
            f"release {manifest.release} is not above the installed release {installed_release}",
            offered=manifest.release,
            installed=installed_release,
        )
    if as_utc(now) >= manifest.expires:
        raise ManifestExpired(f"release {manifest.release} expired at {format_time(manifest.expires)}")
    return manifest
