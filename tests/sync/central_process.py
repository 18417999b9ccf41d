"""The central service as its own process: ``kiosk-central serve`` on a free port on 127.0.0.1.

:func:`serving_central` starts ``python -m sync.central.cli serve --db URL --files DIR`` (what the
``kiosk-central`` script runs) from the checkout, waits until ``/v1/health`` answers, and stops it when
the block ends (SIGTERM, then SIGKILL). Several may serve one database: that is how replicas are tested.
:func:`owner_token` makes the first owner's token the way an operator does, with ``kiosk-central token
create``. The server uses the machine's clock, so the tests that use it compare answers with each other,
never with a date.

A server cannot outlive the tests: the kernel stops it when the test process dies, even by ``kill -9``.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

REPOSITORY = Path(__file__).resolve().parents[2]
PR_SET_PDEATHSIG = 1  # linux/prctl.h
START_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _die_with_parent() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith(("KIOSK_CENTRAL_", "KIOSK_ADMIN_"))}


def kiosk_central(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``kiosk-central ARGS`` to completion; its output, or an error carrying what it said."""
    done = subprocess.run([sys.executable, "-m", "sync.central.cli", *args], cwd=REPOSITORY, env=_environment(),
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"kiosk-central {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done


def owner_token(database: str, name: str = "first owner") -> str:
    """A new owner token for the centre on ``database``, made as an operator makes the first one."""
    return kiosk_central("token", "create", "--db", database, "--role", "owner", "--name", name).stdout.strip()


@dataclass
class CentralProcess:
    url: str
    database: str
    files_dir: Path
    log_path: Path
    process: subprocess.Popen[bytes]

    def call(self, method: str, path: str, token: str | None = None, **options: Any) -> requests.Response:
        headers = dict(options.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return requests.request(method, f"{self.url}{path}", headers=headers, timeout=120, **options)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:] if self.log_path.exists() else ""

    def server_errors(self) -> list[str]:
        """The log lines of requests answered with a 5xx, or of tracebacks."""
        text = self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""
        return [line for line in text.splitlines()
                if "Traceback" in line or any(f'" {code}' in line for code in range(500, 600))]

    def wait_ready(self) -> None:
        """Wait until ``/v1/health`` answers; RuntimeError with the server's log if it never does."""
        deadline = time.monotonic() + START_TIMEOUT
        while self.process.poll() is None and time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/v1/health", timeout=2).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"kiosk-central serve did not start:\n{self.log()}")

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if self.process.poll() is not None:
                return
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
                return
            except subprocess.TimeoutExpired:
                continue


def launch_central(database: str, files_dir: Path, log_path: Path, extra: Sequence[str] = (),
                   host: str = "127.0.0.1") -> CentralProcess:
    """Start ``kiosk-central serve`` without waiting for it (:meth:`CentralProcess.wait_ready` does).

    Call it from the thread that will outlive the server (the test's own): the kernel stops the server
    when the thread that started it ends.
    """
    files_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync.central.cli", "serve", "--db", database, "--files", str(files_dir),
             "--host", host, "--port", str(port), *extra],
            cwd=REPOSITORY, env=_environment(), stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            start_new_session=True, preexec_fn=_die_with_parent)
    return CentralProcess(f"http://{host}:{port}", database, files_dir, log_path, process)


def start_central(database: str, files_dir: Path, log_path: Path, extra: Sequence[str] = (),
                  host: str = "127.0.0.1") -> CentralProcess:
    """Start ``kiosk-central serve`` and wait for it to answer; the caller stops it."""
    for _attempt in range(3):  # another program may take the free port before uvicorn binds it
        central = launch_central(database, files_dir, log_path, extra, host)
        try:
            central.wait_ready()
            return central
        except RuntimeError:
            central.stop()
            if "address already in use" not in central.log().lower():
                raise
    raise RuntimeError(f"kiosk-central serve found no free port:\n{central.log()}")


@contextmanager
def serving_central(database: str, files_dir: Path, log_path: Path,
                    extra: Sequence[str] = ()) -> Iterator[CentralProcess]:
    central = start_central(database, files_dir, log_path, extra)
    try:
        yield central
    finally:
        central.stop()
