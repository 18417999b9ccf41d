"""Release files (ETag, Range) and what the centre says to input it cannot take: a 4xx JSON error, never a 5xx."""

from __future__ import annotations

import gzip
import io
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.central.filestore import FileStore
from sync.protocol.outbox import envelope
from tests.sync.central.central_server import START, Central, enroll_kiosk, put_keys

DATA = bytes(range(256)) * 40


@pytest.fixture
def stored(central: Central) -> str:
    return FileStore(central.files_dir).put(DATA).sha256


def test_a_file_comes_whole_with_its_etag(central: Central, stored: str) -> None:
    answer = central.call("GET", f"/files/{stored}")
    assert answer.status_code == 200
    assert answer.content == DATA
    assert answer.headers["ETag"] == f'"{stored}"'
    assert answer.headers["Accept-Ranges"] == "bytes"
    assert answer.headers["Content-Type"] == "application/octet-stream"
    again = central.call("GET", f"/files/{stored}", headers={"If-None-Match": f'"{stored}"'})
    assert again.status_code == 304


def test_a_range_resumes_a_download(central: Central, stored: str) -> None:
    part = central.call("GET", f"/files/{stored}", headers={"Range": "bytes=1000-"})
    assert part.status_code == 206
    assert part.content == DATA[1000:]
    assert part.headers["Content-Range"] == f"bytes 1000-{len(DATA) - 1}/{len(DATA)}"
    middle = central.call("GET", f"/files/{stored}", headers={"Range": "bytes=10-19"})
    assert middle.status_code == 206 and middle.content == DATA[10:20]
    tail = central.call("GET", f"/files/{stored}", headers={"Range": "bytes=-5"})
    assert tail.status_code == 206 and tail.content == DATA[-5:]
    stale = central.call("GET", f"/files/{stored}", headers={"Range": "bytes=10-19", "If-Range": '"other"'})
    assert stale.status_code == 200 and stale.content == DATA


def test_a_range_past_the_end_is_416_in_json(central: Central, stored: str) -> None:
    answer = central.call("GET", f"/files/{stored}", headers={"Range": f"bytes={len(DATA)}-"})
    assert answer.status_code == 416
    assert answer.headers["Content-Range"] == f"bytes */{len(DATA)}"
    assert answer.json()["error"]["code"] == "range_not_satisfiable"


@pytest.mark.parametrize("name", ["0" * 64, "../central.db", "ABC", "%2e%2e%2fcentral.db"])
def test_unknown_or_crafted_file_names_are_404(central: Central, name: str) -> None:
    answer = central.call("GET", f"/files/{name}")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(("body", "field"), [
    ({"code": "X"}, "kiosk_id"),
    ({"code": 5, "kiosk_id": "k", "receipt_public_key": "p", "app_version": "1"}, "code"),
    ({"code": "X", "kiosk_id": "k", "receipt_public_key": "p", "app_version": "1", "extra": 1}, "extra"),
])
def test_a_request_of_the_wrong_shape_is_422_in_the_protocols_form(central: Central, body: dict[str, object],
                                                                     field: str) -> None:
    answer = central.call("POST", "/v1/enroll", json=body)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "invalid_request"
    assert field in error["message"]


FEEDBACK = {"article_id": "money", "language": "en", "useful": True, "at": "2026-12-04T08:59:00Z"}


@pytest.mark.parametrize(("method", "path", "body", "message"), [
    ("POST", "/v1/admin/tokens", {"role": "fleet_viewer", "name": "night\x00shift"},
     "name: text may not contain the NUL character (\\u0000), which the database cannot store"),
    ("GET", "/v1/admin/outbox?kind=article_feedback%00", None,
     "query.kind: text may not contain the NUL character (\\u0000), which the database cannot store"),
    ("POST", "/v1/outbox", envelope("item-1", "article_feedback", {**FEEDBACK, "note": ["fine", "\x00"]}, START),
     "body: the text at note[1] may not contain the NUL character (\\u0000), which the database cannot store"),
    ("POST", "/v1/outbox", envelope("item-2", "article_feedback", {**FEEDBACK, "note": "\ud83d"}, START),
     "body: the text at note may not contain a lone surrogate ('\\ud83d'), which is not Unicode text"),
    ("POST", "/v1/heartbeat", {"clock": "2026-12-04T09:00:00Z", "interval_s": 300, "printer": "jam\x00"},
     "printer: text may not contain the NUL character (\\u0000), which the database cannot store"),
    ("POST", "/v1/heartbeat", {"clock": "2026-12-04T09:00:00Z", "interval_s": 300, "newer": {"fact\x00": 1}},
     "the request: a key in newer may not contain the NUL character (\\u0000), which the database cannot store"),
], ids=["token-name", "outbox-kind-query", "outbox-body", "outbox-body-lone-surrogate", "heartbeat-field",
        "heartbeat-unknown-field"])
def test_text_the_database_cannot_store_is_refused_with_422_saying_where(
        central: Central, method: str, path: str, body: dict[str, object] | None, message: str) -> None:
    put_keys(central)
    token = central.owner_token if path.startswith("/v1/admin/") else enroll_kiosk(central).token
    answer = central.call(method, path, token, json=body)
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert (error["code"], error["message"]) == ("invalid_request", message)
    assert central.call("GET", "/v1/admin/outbox", central.owner_token).json()["items"] == []


def test_json_nested_about_as_deep_as_the_parser_takes_is_never_a_5xx(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    for depth in range(900, 1100, 10):  # around Python's recursion limit, where the parser gives up
        nested = "[" * depth + '"\\u0000"' + "]" * depth
        body = f'{{"clock": "2026-12-04T09:00:00Z", "interval_s": 300, "newer": {nested}}}'
        answer = central.call("POST", "/v1/heartbeat", kiosk.token, data=body,
                              headers={"Content-Type": "application/json"})
        assert 400 <= answer.status_code < 500, (depth, answer.text)
        assert "error" in answer.json()


def test_a_body_that_is_not_json_is_a_4xx(central: Central) -> None:
    answer = central.call("POST", "/v1/enroll", data=b"\xff{not json", headers={"Content-Type": "application/json"})
    assert 400 <= answer.status_code < 500
    assert "error" in answer.json()


def test_an_unknown_path_and_a_wrong_method_answer_in_json(central: Central) -> None:
    assert central.call("GET", "/v1/nothing").json()["error"]["code"] == "not_found"
    wrong = central.call("DELETE", "/v1/enroll")
    assert wrong.status_code == 405
    assert wrong.json()["error"]["code"] == "method_not_allowed"


def test_an_oversized_json_body_is_413(central: Central) -> None:
    answer = central.call("POST", "/v1/enroll", data=b"{" + b" " * 2_000_000 + b"}",
                          headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "too_large"


def test_a_json_body_without_a_length_is_refused_before_it_is_read(central: Central) -> None:
    def chunked() -> Iterator[bytes]:  # a generator: requests sends it chunked, with no Content-Length
        yield b'{"code": "'
        yield b"x" * 1000
        yield b'"}'

    answer = central.call("POST", "/v1/enroll", data=chunked(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 411
    assert answer.json()["error"]["code"] == "length_required"


def _tar(*members: tuple[tarfile.TarInfo, bytes | None]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return buffer.getvalue()


def _file(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def _link(name: str, target: str) -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = tarfile.SYMTYPE
    info.linkname = target
    return info, None


@pytest.mark.parametrize("archive", [
    b"not a tar at all",
    gzip.compress(b"plain gzip, no tar inside"),
    _tar(_file("../escape.txt", b"x")),
    _tar(_file("/etc/cron.d/evil", b"x")),
    _tar(_link("content/topics.toml", "/etc/passwd")),
], ids=["not-gzip", "not-tar", "dot-dot", "absolute", "symlink"])
def test_a_hostile_or_broken_archive_is_refused(central: Central, archive: bytes, tmp_path: Path) -> None:
    put_keys(central)
    answer = central.call("POST", "/v1/admin/releases", central.owner_token, data=archive,
                          headers={"Content-Type": "application/gzip"})
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "invalid_archive"
    assert not (tmp_path / "escape.txt").exists()


def test_an_archive_that_unpacks_too_large_is_refused(tmp_path: Path) -> None:
    from tests.sync.central.central_server import running_central

    with running_central(tmp_path, max_unpacked_bytes=1_000_000) as central:
        put_keys(central)
        bomb = _tar(_file("content/big.bin", b"\0" * 2_000_000))
        assert len(bomb) < 10_000
        answer = central.call("POST", "/v1/admin/releases", central.owner_token, data=bomb,
                              headers={"Content-Type": "application/gzip"})
        assert answer.status_code == 422
        assert "unpacks to more than" in answer.json()["error"]["message"]


def test_an_empty_upload_is_refused(central: Central) -> None:
    answer = central.call("POST", "/v1/admin/registry", central.owner_token, data=b"")
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "empty_upload"


def test_the_openapi_document_is_served(central: Central) -> None:
    document = central.call("GET", "/openapi.json").json()
    assert {"/v1/enroll", "/v1/outbox", "/v1/heartbeat", "/v1/releases/latest", "/files/{sha256}",
            "/v1/admin/releases", "/v1/admin/registry", "/v1/admin/fleet"} <= set(document["paths"])
