"""Steps the fleet tests share: an administrator's ``kiosk-admin`` and a kiosk's calls, over real HTTP.

Both run against any central service URL (its own process, a replica behind nothing at all), on the
machine's clock like the service they talk to: the tests compare answers, never dates.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.receipts.device_key import kiosk_id_for
from sync.central.admin.cli import main
from sync.protocol.signing import public_to_text


@dataclass
class Ran:
    code: int
    out: str
    err: str


def kiosk_admin(url: str, token: str, *args: str) -> Ran:
    """``kiosk-admin --url URL --token=TOKEN ARGS``, in-process."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--url", url, f"--token={token}", *args], out=out, err=err, environ={"HOME": "/nonexistent"})
    return Ran(code, out.getvalue(), err.getvalue())


def admin_ok(url: str, token: str, *args: str) -> str:
    ran = kiosk_admin(url, token, *args)
    assert ran.code == 0, f"kiosk-admin {' '.join(args)}: {ran.err}{ran.out}"
    return ran.out


def set_up_keys(url: str, token: str, folder: Path) -> Path:
    root_file = folder / "root.key"
    admin_ok(url, token, "keys", "init", "--root-key", str(root_file))
    return root_file


def enrollment_codes(url: str, token: str, count: int) -> list[str]:
    return [line for line in admin_ok(url, token, "enroll-codes", "create", "--count", str(count)).splitlines()
            if line.strip()]


@dataclass
class EnrolledKiosk:
    kiosk_id: str
    token: str
    root_public_key: str


def enroll(url: str, code: str) -> EnrolledKiosk:
    """Enroll a new kiosk (a fresh receipt key) with ``code``, as ``kiosk enroll`` would."""
    receipt = Ed25519PrivateKey.generate().public_key()
    request = {"code": code, "kiosk_id": kiosk_id_for(receipt), "receipt_public_key": public_to_text(receipt),
               "app_version": "0.1.0"}
    answer = requests.post(f"{url}/v1/enroll", json=request, timeout=60)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    return EnrolledKiosk(body["kiosk_id"], body["device_token"], body["root_public_key"])


def outbox_item(item_id: str, useful: bool = True) -> dict[str, Any]:
    return {"id": item_id, "kind": "article_feedback", "created_at": "2026-12-04T08:00:00Z",
            "body": {"article_id": "bank-accounts-and-cards", "language": "en", "useful": useful,
                     "at": "2026-12-04T08:00:00Z"}}


def send(url: str, kiosk: EnrolledKiosk, item: dict[str, Any]) -> requests.Response:
    return requests.post(f"{url}/v1/outbox", json=item, headers={"Authorization": f"Bearer {kiosk.token}"},
                         timeout=60)
