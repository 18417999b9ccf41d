"""Enrollment: a one-time code buys a kiosk its device token and the root key to pin.

A code is spent by one conditional UPDATE (``used_at IS NULL``), so however many
requests race with the same code, across any number of replicas, the database
lets exactly one of them through.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, insert, select, update

from kiosk.receipts.device_key import kiosk_id_for, raw_public_key
from kiosk.receipts.keyring import public_key_from_base64
from sync.central.errors import ApiError
from sync.central.keyring import root_key
from sync.central.tables import enrollment_codes, kiosks
from sync.central.tokens import new_secret, secret_hash
from sync.protocol.signing import public_to_text

# Unambiguous on a screen and easy to type on a touch keyboard: no 0/O, 1/I/L.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 12


def new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, _CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    return code.strip().upper().replace("-", "").replace(" ", "")


def create_codes(engine: Engine, count: int, lifetime: timedelta, now: datetime) -> list[str]:
    codes = [new_code() for _ in range(count)]
    with engine.begin() as connection:
        connection.execute(insert(enrollment_codes), [
            {"code_hash": secret_hash(normalise_code(code)), "created_at": now, "expires_at": now + lifetime}
            for code in codes])
    return codes


@dataclass(frozen=True)
class Enrolled:
    kiosk_id: str
    device_token: str
    root_public_key: str
    heartbeat_interval_s: int


def enroll(engine: Engine, code: str, kiosk_id: str, receipt_public_key: str, app_version: str,
           heartbeat_interval_s: int, now: datetime) -> Enrolled:
    try:
        key = public_key_from_base64(receipt_public_key)
    except ValueError as error:
        raise ApiError(422, "invalid_key", f"receipt_public_key: {error}") from error
    if kiosk_id_for(key) != kiosk_id:
        raise ApiError(422, "kiosk_id_mismatch", "kiosk_id is not the id of that receipt key")
    token = new_secret()
    with engine.begin() as connection:
        root = root_key(connection)
        if root is None:
            # Checked before the code is spent, so the code still works once keys exist.
            raise ApiError(409, "not_ready", "the centre has no keys yet: ask its owner to set them up first")
        spent = connection.execute(
            update(enrollment_codes)
            .where(enrollment_codes.c.code_hash == secret_hash(normalise_code(code)),
                   enrollment_codes.c.used_at.is_(None), enrollment_codes.c.expires_at > now)
            .values(used_at=now, used_by=kiosk_id))
        if spent.rowcount != 1:
            raise ApiError(403, "code_refused", "this enrollment code is unknown, used or expired")
        values = {"token_hash": secret_hash(token), "receipt_public_key": base64.b64encode(raw_public_key(key))
                  .decode("ascii"), "app_version": app_version, "enrolled_at": now,
                  "heartbeat_interval_s": heartbeat_interval_s}
        known = connection.execute(select(kiosks.c.kiosk_id).where(kiosks.c.kiosk_id == kiosk_id)).first()
        if known is None:
            connection.execute(insert(kiosks).values(kiosk_id=kiosk_id, **values))
        else:
            # The same machine enrolling again (reinstalled, or its token lost): a new token, the old one dies.
            connection.execute(update(kiosks).where(kiosks.c.kiosk_id == kiosk_id).values(**values))
    return Enrolled(kiosk_id=kiosk_id, device_token=token, root_public_key=public_to_text(root),
                    heartbeat_interval_s=heartbeat_interval_s)


def kiosk_for_token(engine: Engine, token: str) -> str | None:
    with engine.connect() as connection:
        return connection.execute(select(kiosks.c.kiosk_id)
                                  .where(kiosks.c.token_hash == secret_hash(token))).scalar()
