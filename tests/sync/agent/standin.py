"""A small centre on 127.0.0.1 for the agent's tests: the protocol's kiosk calls, and ways to misbehave.

It speaks docs/protocol.md's kiosk calls (enroll, releases/latest with ETag,
files with Range, outbox with idempotency and 409, heartbeat) from memory, and
can be told to serve files the ways real networks do: ignoring ``Range``, as a
captive portal's login page, without end, or with other bytes than asked.
It counts every byte of every file answer, so a test can prove a resumed
download fetched only the rest.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from sync.protocol.outbox import body_digest, parse_envelope
from sync.protocol.times import format_time

TOKEN = "device-token-for-tests"
CAPTIVE_PAGE = b"<html><body><h1>Welcome to Airport Wi-Fi</h1><p>Log in to continue.</p></body></html>"


@dataclass
class Received:
    """What the stand-in saw and answered, for the tests to check."""

    outbox: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # id -> (digest, answer)
    outbox_bodies: dict[str, dict[str, Any]] = field(default_factory=dict)
    outbox_posts: int = 0
    conflicts: int = 0
    heartbeats: list[dict[str, Any]] = field(default_factory=list)
    file_answers: list[tuple[str, int, int]] = field(default_factory=list)  # (sha256, status, bytes sent)
    release_requests: list[dict[str, str]] = field(default_factory=list)  # their headers
    enrollments: list[dict[str, Any]] = field(default_factory=list)


class StandInCentre:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.latest: dict[str, Any] | None = None  # {"keys": ..., "manifest": ...}
        self.etag = ""
        self.codes: set[str] = {"ENROLL-ME"}
        self.root_public_key = ""
        self.file_mode = "normal"  # normal, ignore_range, captive, endless, other_bytes
        self.outbox_status: int | None = None  # force this status on every outbox POST
        self.server_time: datetime | None = None
        self.received = Received()
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="standin-centre", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def publish(self, keys: dict[str, Any], manifest: dict[str, Any], files: dict[str, bytes]) -> None:
        with self._lock:
            self.files.update(files)
            self.latest = {"keys": keys, "manifest": manifest}
            self.etag = f'"release-{manifest["signed"]["release"]}-keys-{keys["signed"]["version"]}"'

    def __enter__(self) -> StandInCentre:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- the calls ---------------------------------------------------------------------------------

    def enroll(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if request.get("code") not in self.codes:
                return 403, {"error": {"code": "bad_code", "message": "unknown or used code"}}
            self.codes.discard(request["code"])
            self.received.enrollments.append(request)
        return 201, {"kiosk_id": request["kiosk_id"], "device_token": TOKEN,
                     "root_public_key": self.root_public_key, "heartbeat_interval_s": 300}

    def outbox(self, raw: bytes) -> tuple[int, dict[str, Any]]:
        item = parse_envelope(json.loads(raw))
        digest = body_digest(item.kind, item.body)
        with self._lock:
            self.received.outbox_posts += 1
            if self.outbox_status is not None:
                return self.outbox_status, {"error": {"code": "forced", "message": "as the test asked"}}
            held = self.received.outbox.get(item.id)
            if held is None:
                answer = {"id": item.id, "status": "accepted", "received_at": format_time(datetime.now(UTC))}
                self.received.outbox[item.id] = (digest, answer)
                self.received.outbox_bodies[item.id] = item.body
                return 201, answer
            if held[0] != digest:
                self.received.conflicts += 1
                return 409, {"error": {"code": "conflict", "message": "another body under this id"}}
            return 200, held[1]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client or proxy that hung up mid-answer is what these tests are about


def _handler(centre: StandInCentre) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _json(self, status: int, value: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            body = json.dumps(value).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, header in (headers or {}).items():
                self.send_header(name, header)
            self.end_headers()
            self.wfile.write(body)

        def _read_body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length", "0")))

        def _authorised(self) -> bool:
            if self.headers.get("Authorization") == f"Bearer {TOKEN}":
                return True
            self._json(401, {"error": {"code": "unauthorized", "message": "no or wrong token"}})
            return False

        def do_POST(self) -> None:
            raw = self._read_body()
            if centre.file_mode == "captive":
                self._captive()
            elif self.path == "/v1/enroll":
                self._json(*centre.enroll(json.loads(raw)))
            elif not self._authorised():
                return
            elif self.path == "/v1/outbox":
                self._json(*centre.outbox(raw))
            elif self.path == "/v1/heartbeat":
                centre.received.heartbeats.append(json.loads(raw))
                when = centre.server_time or datetime.now(UTC)
                self._json(200, {"server_time": format_time(when)})
            else:
                self._json(404, {"error": {"code": "not_found", "message": self.path}})

        def do_GET(self) -> None:
            if centre.file_mode == "captive":
                self._captive()
            elif self.path == "/v1/releases/latest":
                self._latest()
            elif self.path.startswith("/files/"):
                self._file(self.path.removeprefix("/files/"))
            else:
                self._json(404, {"error": {"code": "not_found", "message": self.path}})

        def _captive(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(CAPTIVE_PAGE)))
            self.end_headers()
            self.wfile.write(CAPTIVE_PAGE)

        def _latest(self) -> None:
            centre.received.release_requests.append(dict(self.headers))
            if not self._authorised():
                return
            if centre.latest is None:
                self._json(404, {"error": {"code": "no_release", "message": "nothing published"}})
            elif self.headers.get("If-None-Match") == centre.etag:
                self.send_response(304)
                self.send_header("ETag", centre.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._json(200, centre.latest, {"ETag": centre.etag})

        def _file(self, sha256: str) -> None:
            data = centre.files.get(sha256)
            if data is None:
                self._json(404, {"error": {"code": "not_found", "message": sha256}})
                return
            if centre.file_mode == "other_bytes":
                data = bytes(reversed(data))
            start = 0
            match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range", ""))
            if match and centre.file_mode != "ignore_range":
                start = int(match.group(1))
            status = 206 if start else 200
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("ETag", f'"{sha256}"')
            self.send_header("Accept-Ranges", "bytes")
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            if centre.file_mode == "endless":
                self.send_header("Connection", "close")
                self.end_headers()
                sent = self._endless(data[start:])
            else:
                self.send_header("Content-Length", str(len(data) - start))
                self.end_headers()
                sent = self._send_all(data[start:])
            centre.received.file_answers.append((sha256, status, sent))

        def _send_all(self, data: bytes) -> int:
            sent = 0
            try:
                for offset in range(0, len(data), 16384):
                    self.wfile.write(data[offset:offset + 16384])
                    sent += len(data[offset:offset + 16384])
            except OSError:
                pass  # the client (or the proxy) went away: count what got out
            return sent

        def _endless(self, data: bytes) -> int:
            """The file, then junk without end (up to a bound, so the test cannot hang on it)."""
            sent = self._send_all(data)
            junk = b"\0" * 16384
            for _ in range(64 * 1024):  # 1 GiB at most; a correct client stops after one byte
                try:
                    self.wfile.write(junk)
                except OSError:
                    break
                sent += len(junk)
            self.close_connection = True
            return sent

    return Handler
