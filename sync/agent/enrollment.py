"""Enrollment: a one-time code exchanged for a device token and the pinned root key.

``kiosk enroll URL CODE`` calls :func:`enroll`. The kiosk sends its id and its
receipt-signing public key (from its device key, so the next release carries it
to every kiosk); the centre answers with a device token and the root public key
that every keys document must be signed by from then on. Both are kept in
``<data>/sync/enrollment.json``, mode 0600: the token lets anyone who reads it
speak for this kiosk.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import requests

from kiosk import __version__
from kiosk.paths import DataPaths
from kiosk.receipts.device_key import load_or_create_device_key
from sync.agent.errors import CentreUnreachable, EnrollmentRefused, NotEnrolled, UnexpectedAnswer
from sync.agent.files import AgentPaths, read_json, write_private_json
from sync.agent.http import Timeouts, json_answer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrollment:
    kiosk_id: str
    device_token: str
    root_public_key: str  # base64 of the raw 32-byte Ed25519 key, pinned at enrollment
    central_url: str
    files_url: str
    heartbeat_interval_s: int
    enrolled_at: str

    @property
    def root_key_bytes(self) -> bytes:
        return base64.b64decode(self.root_public_key, validate=True)

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.device_token}"}


def load_enrollment(paths: AgentPaths) -> Enrollment:
    """This kiosk's enrollment; :class:`NotEnrolled` if it has none (or the file is not one)."""
    raw = read_json(paths.enrollment)
    if raw is None:
        raise NotEnrolled("this kiosk is not enrolled: run `kiosk enroll URL CODE` with a code from the centre")
    try:
        return Enrollment(**{name: raw[name] for name in Enrollment.__dataclass_fields__})
    except (KeyError, TypeError) as error:
        raise NotEnrolled(f"{paths.enrollment} is not a complete enrollment ({error}): enroll again") from None


def is_enrolled(paths: AgentPaths) -> bool:
    return read_json(paths.enrollment) is not None


def enroll(session: requests.Session, central_url: str, code: str, paths: AgentPaths, *,
           files_url: str = "", now: datetime | None = None, timeouts: Timeouts | None = None) -> Enrollment:
    """Exchange ``code`` at ``central_url`` for a device token; store and return the enrollment."""
    central_url = central_url.rstrip("/")
    device_key = load_or_create_device_key(DataPaths(paths.data_dir).device_key)
    request = {"code": code, "kiosk_id": device_key.kiosk_id,
               "receipt_public_key": device_key.public_key_base64(), "app_version": __version__}
    timeouts = timeouts or Timeouts()
    try:
        response = session.post(f"{central_url}/v1/enroll", json=request, timeout=timeouts.pair, stream=True)
    except requests.RequestException as error:
        raise CentreUnreachable(f"cannot reach {central_url}: {error}") from error
    if response.status_code == 403:
        raise EnrollmentRefused(f"the centre refused code {code!r}: it is unknown, used or expired; "
                                "ask for a new one")
    if response.status_code == 409 and _error_code(response) == "not_ready":
        raise EnrollmentRefused("the centre has no keys yet, so it cannot enroll kiosks; the code is still "
                                "good: try again once its owner has run `kiosk-admin keys init`")
    answer = json_answer(response, expect=(201,))
    enrollment = _from_answer(answer, central_url, files_url or central_url, now or datetime.now(UTC))
    if enrollment.kiosk_id != device_key.kiosk_id:
        raise UnexpectedAnswer(f"the centre enrolled kiosk {enrollment.kiosk_id!r}, "
                               f"but this kiosk is {device_key.kiosk_id!r}")
    write_private_json(paths.ensure().enrollment, asdict(enrollment))
    log.info("enrolled as kiosk %s at %s", enrollment.kiosk_id, central_url)
    return enrollment


def _from_answer(answer: dict[str, Any], central_url: str, files_url: str, now: datetime) -> Enrollment:
    token, root, kiosk_id = answer.get("device_token"), answer.get("root_public_key"), answer.get("kiosk_id")
    interval = answer.get("heartbeat_interval_s", 300)
    if not (isinstance(token, str) and token and isinstance(kiosk_id, str) and isinstance(root, str)
            and isinstance(interval, int) and interval > 0):
        raise UnexpectedAnswer("the centre's enrollment answer lacks a token, a kiosk id or a root key")
    try:
        if len(base64.b64decode(root, validate=True)) != 32:
            raise ValueError("not 32 bytes")
    except (binascii.Error, ValueError):
        raise UnexpectedAnswer("the centre's root key is not a base64 Ed25519 public key") from None
    return Enrollment(kiosk_id=kiosk_id, device_token=token, root_public_key=root, central_url=central_url,
                      files_url=files_url.rstrip("/"), heartbeat_interval_s=interval,
                      enrolled_at=now.astimezone(UTC).isoformat(timespec="seconds"))


def _error_code(response: requests.Response) -> str:
    """The centre's error code from a JSON error answer, or "" for anything else (a portal's page)."""
    try:
        body = response.json()
    except ValueError:
        return ""
    error = body.get("error") if isinstance(body, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) else ""
