"""Data files: gzip of canonical JSON, named by the SHA-256 of the stored bytes.

gzip's header carries a timestamp; writing mtime 0 makes the same records give
the same bytes and so the same file name, so an unchanged dataset costs nothing
to publish again and a CDN's cache never goes stale.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from dataclasses import dataclass
from typing import Any

from sync.protocol import _fields as f
from sync.protocol.canonical import canonical_bytes, parse_json
from sync.protocol.errors import FileMismatch, MalformedDocument, TooLarge, WrongSize
from sync.protocol.manifest import FileRef

#: A data file never unpacks to more than this; a small gzip that would unpack to
#: gigabytes (a gzip bomb) is refused before it fills the kiosk's memory.
MAX_DECOMPRESSED = 256 * 1024 * 1024

Record = dict[str, Any]


@dataclass(frozen=True)
class Snapshot:
    dataset: str
    release: int
    #: Sorted by key.
    records: list[Record]


@dataclass(frozen=True)
class Delta:
    dataset: str
    from_release: int
    to_release: int
    upsert: list[Record]
    delete: list[str]


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def file_ref(data: bytes) -> FileRef:
    """How a manifest names these stored bytes."""
    return FileRef(sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def _sorted_records(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda record: str(record["key"]))


def encode_snapshot(snapshot: Snapshot) -> bytes:
    body = {"dataset": snapshot.dataset, "release": snapshot.release, "records": _sorted_records(snapshot.records)}
    return _gzip(canonical_bytes(body))


def encode_delta(delta: Delta) -> bytes:
    body = {
        "dataset": delta.dataset,
        "from": delta.from_release,
        "to": delta.to_release,
        "upsert": _sorted_records(delta.upsert),
        "delete": sorted(delta.delete),
    }
    return _gzip(canonical_bytes(body))


def check_file(data: bytes, expected: FileRef) -> None:
    """Refuse bytes that are not the file the manifest names (size first: it is cheaper)."""
    if len(data) != expected.size:
        raise WrongSize(f"expected {expected.size} bytes, got {len(data)}")
    if hashlib.sha256(data).hexdigest() != expected.sha256:
        raise FileMismatch(f"the file's SHA-256 is not {expected.sha256}")


def gunzip(data: bytes, limit: int = MAX_DECOMPRESSED) -> bytes:
    """The unpacked bytes, refusing more than ``limit`` of them."""
    # wbits 16+MAX_WBITS: gzip framing only.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise MalformedDocument(f"not gzip: {error}") from error
    if len(out) > limit:
        raise TooLarge(f"the file unpacks to more than {limit} bytes")
    if not inflater.eof or inflater.unused_data:
        raise MalformedDocument("the gzip stream is cut short or followed by other bytes")
    return out


def _records(value: Any, what: str) -> list[Record]:
    records = f.need_list(value, what)
    seen: set[str] = set()
    for record in records:
        key = f.need_str(f.field(f.need_dict(record, f"a record in {what}"), "key", "a record"), "a record's key")
        if key in seen:
            raise MalformedDocument(f"key {key!r} appears twice in {what}")
        seen.add(key)
    return records


def parse_data_file(text: bytes) -> Snapshot | Delta:
    """A snapshot or a delta from its (already unpacked) canonical JSON."""
    body = f.need_dict(parse_json(text), "a data file")
    dataset = f.need_str(f.field(body, "dataset", "a data file"), "dataset")
    if "release" in body:
        return Snapshot(
            dataset=dataset,
            release=f.need_int(body["release"], "release"),
            records=_records(f.field(body, "records", "a snapshot"), "the snapshot"),
        )
    deletes = [f.need_str(key, "a deleted key") for key in f.need_list(f.field(body, "delete", "a delta"), "delete")]
    return Delta(
        dataset=dataset,
        from_release=f.need_int(f.field(body, "from", "a delta"), "from"),
        to_release=f.need_int(f.field(body, "to", "a delta"), "to"),
        upsert=_records(f.field(body, "upsert", "a delta"), "the delta"),
        delete=deletes,
    )


def decode_data_file(data: bytes, expected: FileRef, limit: int = MAX_DECOMPRESSED) -> Snapshot | Delta:
    """Check the stored bytes against the manifest, then unpack and parse them."""
    check_file(data, expected)
    return parse_data_file(gunzip(data, limit))
