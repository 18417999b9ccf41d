"""A real nginx serving a folder of release files at ``/files/``, as a CDN or static host would.

:func:`running_nginx` starts ``/usr/sbin/nginx`` (Debian's ``nginx`` package) in the foreground on a free
port on 127.0.0.1, with its configuration, logs and temporary files in a folder of its own, and stops it
when the block ends. ``server.files_url`` is what ``sync.files_url`` takes: a kiosk then fetches
``{files_url}/files/<sha256>`` from nginx instead of from the central service.

What it serves is what a static host gives, not what the central service gives:

- the file's bytes as ``application/octet-stream``, whatever their name;
- nginx's own ``ETag`` (``"<mtime hex>-<size hex>"``, not the file's SHA-256) and ``Last-Modified``, and
  ``304`` to a matching ``If-None-Match``;
- ``Range`` requests (``206``, ``Accept-Ranges: bytes``), so a cut download can be resumed;
- with ``gzip=True``, on-the-fly gzip when the client accepts it (``Content-Encoding: gzip``, no
  ``Content-Length``), as many CDNs do even for bytes that are gzip already. nginx then answers a
  ``Range`` request with the whole file and ``200``: a client must cope with a range that was not granted.

The folder is served live: a file written into ``files_dir`` during a test is served at once.

The process cannot outlive the tests: it runs as one process (``master_process off``), which the kernel
stops when the test process dies (even by ``kill -9``); the next run deletes the folders such a run left.
Without nginx the tests that need it skip, saying what to install; in CI (``CI`` set) they fail instead.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NGINX = Path("/usr/sbin/nginx")
TEMP_PREFIX = "kiosk-nginx-"
PR_SET_PDEATHSIG = 1  # linux/prctl.h
START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _die_with_parent() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _remove_leftovers() -> None:
    for leftover in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        match = re.match(rf"{TEMP_PREFIX}(\d+)-", leftover.name)
        if match and not Path(f"/proc/{match[1]}").exists():
            shutil.rmtree(leftover, ignore_errors=True)


def _configuration(root: Path, files_dir: Path, port: int, gzip: bool) -> str:
    temp = root / "temp"
    compression = (
        "gzip on;\n    gzip_min_length 1;\n    gzip_vary on;\n"
        "    gzip_types application/octet-stream application/json;\n"
        if gzip else "gzip off;\n"
    )
    # One process, in the foreground: nothing to daemonise, no workers that would switch to another user
    # (and then could not read a test's 0700 folder), and it dies with the test process.
    return f"""daemon off;
master_process off;
pid {root}/nginx.pid;
error_log {root}/error.log info;
events {{ worker_connections 256; }}
http {{
    access_log {root}/access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    types {{ }}
    default_type application/octet-stream;
    sendfile on;
    etag on;
    {compression}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        location /files/ {{
            alias {files_dir}/;
        }}
        location / {{
            return 404;
        }}
    }}
}}
"""


class NginxServer:
    """A running nginx. Use :func:`running_nginx`."""

    def __init__(self, root: Path, files_dir: Path, port: int, gzip: bool) -> None:
        self.root = root
        self.files_dir = files_dir
        self.port = port
        self.gzip = gzip
        #: What ``sync.files_url`` takes; files are at ``{files_url}/files/<name>``.
        self.files_url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen[bytes] | None = None

    def url_of(self, name: str) -> str:
        return f"{self.files_url}/files/{name}"

    def _start(self) -> None:
        (self.root / "temp").mkdir(parents=True, exist_ok=True)
        config = self.root / "nginx.conf"
        config.write_text(_configuration(self.root, self.files_dir, self.port, self.gzip), encoding="utf-8")
        self.process = subprocess.Popen(
            [str(NGINX), "-p", str(self.root), "-c", str(config), "-e", str(self.root / "error.log")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + START_TIMEOUT
        while not self._answers():
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with status {self.process.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not answer within {START_TIMEOUT:g} s:\n{self.log()}")
            time.sleep(0.05)

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def stop(self) -> None:
        """Stop nginx. Safe to call twice."""
        process, self.process = self.process, None
        if process is None:
            return
        for sig in (signal.SIGQUIT, signal.SIGKILL):  # SIGQUIT: nginx's graceful stop
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=STOP_TIMEOUT)
                break
            except subprocess.TimeoutExpired:
                continue

    def log(self) -> str:
        error_log = self.root / "error.log"
        return error_log.read_text(encoding="utf-8", errors="replace")[-4000:] if error_log.exists() else "(no log)"

    def access_log(self) -> list[str]:
        """The request lines nginx logged so far, oldest first."""
        log = self.root / "access.log"
        return log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []


@contextmanager
def running_nginx(files_dir: Path, *, gzip: bool = True) -> Iterator[NginxServer]:
    """nginx serving ``files_dir`` at ``/files/`` on 127.0.0.1; stopped and its own folder deleted after."""
    _remove_leftovers()
    root = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))
    server = None
    try:
        for attempt in range(3):  # another program may take the free port before nginx binds it
            server = NginxServer(root / f"try{attempt}", files_dir.resolve(), _free_port(), gzip)
            try:
                server._start()
                break
            except RuntimeError:
                server.stop()
                if attempt == 2:
                    raise
        assert server is not None
        yield server
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(root, ignore_errors=True)


def require_nginx() -> None:
    """Skip the test when nginx is not installed; in CI (``CI`` set), fail it instead."""
    if NGINX.exists():
        return
    reason = "nginx is not installed (apt-get install nginx; packaging/debian-packages-test.txt lists it)"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the CDN tests, but {reason}", pytrace=False)
    pytest.skip(reason)
