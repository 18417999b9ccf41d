"""Release files and content codings: the fetcher asks for the stored bytes, and copes when it gets gzip.

A release file is named by the SHA-256 of its stored bytes. nginx or a CDN with gzip on would send a gzip
of them to a client that accepts gzip, and then grants no ``Range``: the fetcher asks for ``identity``
(tests/sync/test_cdn.py shows nginx then serving the stored bytes, ranges and all). These tests use a
server that gzips the answer all the same.
"""

from __future__ import annotations

import gzip
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.agent.download import CHUNK, FileFetcher
from sync.agent.errors import CentreUnreachable, ReleaseRefused
from sync.agent.http import Timeouts
from sync.protocol.files import file_ref
from sync.protocol.manifest import FileRef
from tests.sync.faultproxy import Fault, FaultProxy, first

SIZE = 300_000


class CodingServer:
    """Serves ``body`` for every ``/files/...`` request, coded as ``mode`` says, whatever the client asked."""

    def __init__(self) -> None:
        self.mode = "gzip"  # gzip (200, Range ignored), gzip_range (206 of the gzip bytes), br, corrupt
        self.body = b""
        self.requests: list[dict[str, str]] = []  # the headers of each request
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.requests.append(dict(self.headers.items()))
                coded, status, extra = server.answer(self.headers.get("Range", ""))
                self.send_response(status)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(coded)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(coded)
                except OSError:
                    pass

            def log_message(self, *_args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def answer(self, asked_range: str) -> tuple[bytes, int, dict[str, str]]:
        if self.mode == "br":
            return self.body, 200, {"Content-Encoding": "br"}
        if self.mode == "corrupt":
            return b"\x1f\x8b\x08\x00" + b"not gzip at all" * 100, 200, {"Content-Encoding": "gzip"}
        coded = gzip.compress(self.body, mtime=0)
        if self.mode == "gzip_range" and asked_range.startswith("bytes="):
            start = int(asked_range.removeprefix("bytes=").rstrip("-"))
            return coded[start:], 206, {"Content-Encoding": "gzip",
                                        "Content-Range": f"bytes {start}-{len(coded) - 1}/{len(coded)}"}
        return coded, 200, {"Content-Encoding": "gzip"}

    def __enter__(self) -> CodingServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[CodingServer]:
    with CodingServer() as running:
        yield running


@pytest.fixture
def payload(server: CodingServer) -> tuple[bytes, FileRef]:
    data = os.urandom(SIZE // 2) + b"compressible " * (SIZE // 26)
    server.body = data
    return data, file_ref(data)


def fetcher(url: str, folder: Path) -> FileFetcher:
    return FileFetcher(requests.Session(), url, folder, timeouts=Timeouts(connect_s=5, read_s=5))


def test_the_fetcher_asks_for_the_stored_bytes_and_undoes_a_gzip_it_did_not_ask_for(
        server: CodingServer, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    files = fetcher(server.url, tmp_path)
    assert files.fetch(ref) == data
    assert server.requests[0]["Accept-Encoding"] == "identity"
    assert files.counter.bytes_read == len(gzip.compress(data, mtime=0))  # what came off the network


def test_a_cut_gzip_answer_resumes_from_the_plain_bytes_held(
        server: CodingServer, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    with FaultProxy(server.port, first([Fault.cut(120_000)])) as proxy:
        files = fetcher(proxy.url, tmp_path)
        with pytest.raises(CentreUnreachable, match="will resume"):
            files.fetch(ref)
        have = files.part(ref).stat().st_size
        assert 0 < have < ref.size and files.part(ref).read_bytes() == data[:have]
        assert files.fetch(ref) == data  # the gzip answer ignored the range: the bytes held are skipped
    assert server.requests[1]["Range"] == f"bytes={have}-"


def test_a_range_of_the_gzip_form_is_no_piece_of_the_file_and_the_next_try_takes_it_whole(
        server: CodingServer, payload: tuple[bytes, FileRef], tmp_path: Path) -> None:
    data, ref = payload
    server.mode = "gzip_range"
    with FaultProxy(server.port, first([Fault.cut(120_000)])) as proxy:
        files = fetcher(proxy.url, tmp_path)
        with pytest.raises(CentreUnreachable):
            files.fetch(ref)
        assert files.part(ref).exists()
        with pytest.raises(ReleaseRefused, match="range of a gzip coding") as refused:
            files.fetch(ref)
        assert refused.value.reason == "unexpected_response"
        assert not files.part(ref).exists()
        assert files.fetch(ref) == data
    assert "Range" not in server.requests[2]


def test_a_gzip_bomb_is_cut_off_at_the_manifests_size_after_a_chunk_or_two(
        server: CodingServer, tmp_path: Path) -> None:
    ref = file_ref(b"\0" * 1000)
    server.body = b"\0" * (64 << 20)  # 64 MiB of zeros: about 64 KiB of gzip
    files = fetcher(server.url, tmp_path)
    with pytest.raises(ReleaseRefused, match="more bytes than the manifest") as refused:
        files.fetch(ref)
    assert refused.value.reason == "too_large"
    assert not files.part(ref).exists()
    assert files.counter.bytes_read <= 2 * CHUNK  # never inflated past what was asked for


@pytest.mark.parametrize(("mode", "said"), [("br", "content coding 'br'"), ("corrupt", "not as valid gzip")])
def test_a_coding_the_kiosk_cannot_undo_is_refused_and_nothing_is_kept(
        server: CodingServer, payload: tuple[bytes, FileRef], tmp_path: Path, mode: str, said: str) -> None:
    _data, ref = payload
    server.mode = mode
    files = fetcher(server.url, tmp_path)
    with pytest.raises(ReleaseRefused, match=said) as refused:
        files.fetch(ref)
    assert refused.value.reason == "unexpected_response"
    assert not files.part(ref).exists()
