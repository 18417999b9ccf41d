"""The CDN stand-in (tests/sync/nginx.py) serves release files as a static host does: ETag, Range, gzip."""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

import requests

from tests.sync.nginx import NginxServer, require_nginx, running_nginx

pytest_plugins = ["tests.sync.nginx_fixtures"]


def release_file(folder: Path, size: int = 50_000) -> tuple[str, bytes]:
    data = gzip.compress(os.urandom(size) + b"x" * size, mtime=0)
    name = hashlib.sha256(data).hexdigest()
    (folder / name).write_bytes(data)
    return name, data


def test_a_file_is_served_whole_with_an_etag_and_a_304_for_it(cdn: NginxServer) -> None:
    name, data = release_file(cdn.files_dir)
    answer = requests.get(cdn.url_of(name), headers={"Accept-Encoding": "identity"}, timeout=10)
    assert answer.status_code == 200
    assert answer.content == data
    assert answer.headers["Content-Type"] == "application/octet-stream"
    assert answer.headers["Accept-Ranges"] == "bytes"
    etag = answer.headers["ETag"]
    again = requests.get(cdn.url_of(name), headers={"If-None-Match": etag, "Accept-Encoding": "identity"},
                         timeout=10)
    assert again.status_code == 304
    assert again.content == b""


def test_a_range_resumes_a_cut_download(cdn: NginxServer) -> None:
    name, data = release_file(cdn.files_dir)
    answer = requests.get(cdn.url_of(name), headers={"Range": "bytes=1000-", "Accept-Encoding": "identity"},
                          timeout=10)
    assert answer.status_code == 206
    assert answer.headers["Content-Range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
    assert answer.content == data[1000:]


def test_with_gzip_on_a_client_that_accepts_it_gets_compressed_bytes_and_no_range(cdn: NginxServer) -> None:
    text = b'{"records": []}' * 1000
    (cdn.files_dir / "plain").write_bytes(text)
    answer = requests.get(cdn.url_of("plain"), headers={"Range": "bytes=10-", "Accept-Encoding": "gzip"},
                          stream=True, timeout=10)
    assert answer.status_code == 200  # the range was not granted
    assert answer.headers["Content-Encoding"] == "gzip"
    raw = answer.raw.read(decode_content=False)
    assert len(raw) < len(text)
    assert gzip.decompress(raw) == text


def test_an_unknown_file_is_404_and_nothing_outside_files_is_served(cdn: NginxServer) -> None:
    assert requests.get(cdn.url_of("0" * 64), timeout=10).status_code == 404
    assert requests.get(f"{cdn.files_url}/nginx.conf", timeout=10).status_code == 404
    assert requests.get(f"{cdn.files_url}/files/../nginx.conf", timeout=10).status_code in (400, 404)


def test_without_gzip_a_range_is_granted_even_to_a_client_that_accepts_gzip(tmp_path: Path) -> None:
    require_nginx()
    name, data = release_file(tmp_path)
    with running_nginx(tmp_path, gzip=False) as server:
        answer = requests.get(server.url_of(name), headers={"Range": "bytes=5-9"}, timeout=10)
    assert answer.status_code == 206
    assert answer.content == data[5:10]
    assert "Content-Encoding" not in answer.headers
