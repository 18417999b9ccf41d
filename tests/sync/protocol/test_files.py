"""Data files: deterministic bytes, checked against the manifest before they are read."""

from __future__ import annotations

import gzip

import pytest

from sync.protocol.errors import FileMismatch, MalformedDocument, TooLarge, WrongSize
from sync.protocol.files import (
    Delta,
    Snapshot,
    check_file,
    decode_data_file,
    encode_delta,
    encode_snapshot,
    file_ref,
)
from sync.protocol.manifest import FileRef

RECORDS = [{"key": "agency:2", "name": "Бета"}, {"key": "agency:1", "name": "Alpha"}]


def test_the_same_snapshot_gives_the_same_bytes_whatever_the_record_order() -> None:
    first = encode_snapshot(Snapshot("registry", 42, RECORDS))
    second = encode_snapshot(Snapshot("registry", 42, list(reversed(RECORDS))))
    assert first == second
    assert gzip.decompress(first).startswith(b'{"dataset":"registry","records":[{"key":"agency:1"')


def test_a_snapshot_round_trips_sorted_by_key() -> None:
    data = encode_snapshot(Snapshot("registry", 42, RECORDS))
    decoded = decode_data_file(data, file_ref(data))
    assert decoded == Snapshot("registry", 42, sorted(RECORDS, key=lambda r: r["key"]))


def test_a_delta_round_trips() -> None:
    data = encode_delta(Delta("registry", 40, 42, [RECORDS[0]], ["agency:9", "agency:3"]))
    assert decode_data_file(data, file_ref(data)) == Delta("registry", 40, 42, [RECORDS[0]], ["agency:3", "agency:9"])


def test_a_file_of_the_wrong_size_is_refused_before_it_is_read() -> None:
    data = encode_snapshot(Snapshot("registry", 42, RECORDS))
    with pytest.raises(WrongSize) as refused:
        decode_data_file(data + b"x", file_ref(data))
    assert refused.value.reason == "wrong_size"


def test_a_file_with_another_hash_is_a_mismatch() -> None:
    data = encode_snapshot(Snapshot("registry", 42, RECORDS))
    tampered = bytearray(data)
    tampered[-5] ^= 0xFF
    with pytest.raises(FileMismatch) as refused:
        check_file(bytes(tampered), file_ref(data))
    assert refused.value.reason == "file_mismatch"


def test_bytes_that_match_the_manifest_but_are_not_gzip_are_malformed() -> None:
    data = b"<html>portal</html>"
    with pytest.raises(MalformedDocument):
        decode_data_file(data, file_ref(data))


def test_gzip_of_something_that_is_not_json_is_malformed() -> None:
    data = gzip.compress(b"not json", mtime=0)
    with pytest.raises(MalformedDocument):
        decode_data_file(data, file_ref(data))


def test_a_snapshot_with_a_duplicate_key_is_malformed() -> None:
    data = gzip.compress(b'{"dataset":"x","release":1,"records":[{"key":"a"},{"key":"a"}]}', mtime=0)
    with pytest.raises(MalformedDocument):
        decode_data_file(data, file_ref(data))


def test_a_record_without_a_key_is_malformed() -> None:
    data = gzip.compress(b'{"dataset":"x","release":1,"records":[{"name":"a"}]}', mtime=0)
    with pytest.raises(MalformedDocument):
        decode_data_file(data, file_ref(data))


def test_a_gzip_bomb_is_refused_at_the_cap() -> None:
    data = gzip.compress(b'{"dataset":"x","release":1,"records":[' + b" " * 5_000_000 + b"]}", mtime=0)
    assert len(data) < 10_000
    with pytest.raises(TooLarge) as refused:
        decode_data_file(data, file_ref(data), limit=1_000_000)
    assert refused.value.reason == "too_large"


def test_a_truncated_gzip_is_malformed() -> None:
    whole = encode_snapshot(Snapshot("registry", 42, RECORDS))
    cut = whole[: len(whole) // 2]
    with pytest.raises(MalformedDocument):
        decode_data_file(cut, FileRef(file_ref(cut).sha256, len(cut)))
