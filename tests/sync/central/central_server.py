"""A real central service for tests: uvicorn on a free 127.0.0.1 port, in a thread, on a SQLite file.

The clock is pinned and moved by the test, never read from the machine.
"""

from __future__ import annotations

import io
import socket
import tarfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.receipts.device_key import kiosk_id_for
from sync.central.app import create_app
from sync.central.database import make_engine, migrate
from sync.central.settings import Settings
from sync.central.tokens import Role, create_admin_token
from sync.protocol.keys import make_keys_document
from sync.protocol.signing import private_to_text, public_to_text, sign

START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
REPOSITORY = Path(__file__).resolve().parents[3]


class MovableClock:
    def __init__(self, start: datetime = START) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Central:
    url: str
    database: str
    files_dir: Path
    clock: MovableClock
    owner_token: str

    def admin(self, role: Role, name: str = "tester") -> str:
        return create_admin_token(make_engine(self.database), role, name, self.clock())

    def call(self, method: str, path: str, token: str | None = None, **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return requests.request(method, f"{self.url}{path}", headers=headers, timeout=60, **kwargs)


@contextmanager
def running_central(folder: Path, database: str | None = None, **settings: Any) -> Iterator[Central]:
    """The service on ``database`` (a SQLite file in ``folder`` unless given), its files in ``folder``."""
    database = database or str(folder / "central.db")
    clock = MovableClock()
    settings.setdefault("upkeep_interval_s", 0)  # a test that wants the upkeep loop asks for it
    config = Settings(database=database, files_dir=folder / "files", clock=clock, **settings)
    migrate(make_engine(database))
    owner = create_admin_token(make_engine(database), Role.OWNER, "first owner", clock())
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the central service did not start")
        time.sleep(0.02)
    try:
        yield Central(f"http://127.0.0.1:{port}", database, folder / "files", clock, owner)
    finally:
        server.should_exit = True
        thread.join()


@dataclass
class Keys:
    root: Ed25519PrivateKey
    release: Ed25519PrivateKey


def put_keys(central: Central, version: int = 1, keys: Keys | None = None) -> Keys:
    keys = keys or Keys(Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate())
    now = central.clock()
    document = sign(make_keys_document(version, now, now + timedelta(days=365), [keys.release.public_key()]),
                    [keys.root])
    answer = central.call("PUT", "/v1/admin/keys", central.owner_token, json={
        "keys": document, "release_private_keys": [private_to_text(keys.release)],
        "root_public_key": public_to_text(keys.root.public_key())})
    assert answer.status_code == 200, answer.text
    return keys


@dataclass
class Kiosk:
    kiosk_id: str
    token: str
    receipt_key: Ed25519PrivateKey


def enrollment_codes(central: Central, count: int = 1) -> list[str]:
    answer = central.call("POST", "/v1/admin/enrollment-codes", central.owner_token,
                          json={"count": count, "expires_in_s": 3600})
    assert answer.status_code == 201, answer.text
    codes: list[str] = answer.json()["codes"]
    return codes


def enroll_request(code: str, receipt_key: Ed25519PrivateKey | None = None) -> dict[str, str]:
    receipt_key = receipt_key or Ed25519PrivateKey.generate()
    return {"code": code, "kiosk_id": kiosk_id_for(receipt_key.public_key()),
            "receipt_public_key": public_to_text(receipt_key.public_key()), "app_version": "0.1.0"}


def enroll_kiosk(central: Central) -> Kiosk:
    receipt_key = Ed25519PrivateKey.generate()
    request = enroll_request(enrollment_codes(central)[0], receipt_key)
    answer = central.call("POST", "/v1/enroll", json=request)
    assert answer.status_code == 201, answer.text
    return Kiosk(request["kiosk_id"], answer.json()["device_token"], receipt_key)


def mark_staff_device(central: Central, kiosk_id: str, staff_device: bool = True) -> None:
    """Have the owner mark (or unmark) a kiosk as a staff device: only those are given day lists."""
    answer = central.call("POST", f"/v1/admin/kiosks/{kiosk_id}/staff-device", central.owner_token,
                          json={"staff_device": staff_device})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"kiosk_id": kiosk_id, "staff_device": staff_device}


def tree_archive(tree: Path, wrap: str = "content") -> bytes:
    """A gzip tar of ``tree`` under one folder, as an administrator would make it."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        tar.add(tree, arcname=wrap)
    return buffer.getvalue()
