"""The administrator calls over HTTP (docs/protocol.md): one method per call, JSON in and out.

Every failure becomes an AdminError that names what went wrong for a person: the centre's own
``{"error": {"code", "message"}}`` (:class:`Refused`), no answer at all (:class:`Unreachable`, naming the
URL), or an answer that is not the protocol's (:class:`UnexpectedAnswer`, such as a proxy's HTML page).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import requests

from sync.central.admin.errors import Refused, UnexpectedAnswer, Unreachable

ADMIN = "/v1/admin"
#: Seconds to wait for a connection, then for an answer. Publishing judges a whole content tree.
TIMEOUT = (10.0, 300.0)
#: The code of a 404 for a path the centre does not have at all (a wrong URL), as opposed to a call's own
#: "there is none yet" (no keys before ``keys init``).
GENERIC_NOT_FOUND = "not_found"


class AdminClient:
    """The central service at ``base_url``, called with an admin ``token``."""

    def __init__(self, base_url: str, token: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._session = session or requests.Session()

    def close(self) -> None:
        self._session.close()

    # the calls

    def keys(self) -> dict[str, Any] | None:
        """``GET /v1/admin/keys``: the current keys document and the root key's id, or None before any."""
        return self._call("GET", "/keys", allow_not_found=True)

    def put_keys(self, signed_keys: dict[str, Any], release_private_keys: list[str],
                 root_public_key: str) -> dict[str, Any]:
        """``PUT /v1/admin/keys``. The root's public half lets a centre with no root yet pin it."""
        body = {"keys": signed_keys, "release_private_keys": release_private_keys,
                "root_public_key": root_public_key}
        return self._need(self._call("PUT", "/keys", json=body))

    def publish(self, tarball: bytes, dry_run: bool) -> dict[str, Any]:
        """``POST /v1/admin/releases``: a gzip tar of a content tree."""
        return self._need(self._call("POST", "/releases", data=tarball, params=_dry(dry_run),
                                     headers={"Content-Type": "application/gzip"}))

    def import_registry(self, csv_bytes: bytes, dry_run: bool, allow_removals: bool = False) -> dict[str, Any]:
        """``POST /v1/admin/registry``: a registry CSV."""
        params = {**(_dry(dry_run) or {}), **({"allow_removals": "true"} if allow_removals else {})}
        return self._need(self._call("POST", "/registry", data=csv_bytes, params=params,
                                     headers={"Content-Type": "text/csv"}))

    def create_enrollment_codes(self, count: int, expires_in_s: int) -> dict[str, Any]:
        return self._need(self._call("POST", "/enrollment-codes",
                                     json={"count": count, "expires_in_s": expires_in_s}))

    def fleet(self) -> dict[str, Any]:
        return self._need(self._call("GET", "/fleet"))

    def outbox(self, kind: str | None) -> dict[str, Any]:
        return self._need(self._call("GET", "/outbox", params={"kind": kind} if kind else None))

    def conflicts(self) -> dict[str, Any]:
        return self._need(self._call("GET", "/conflicts"))

    def create_token(self, role: str, name: str) -> dict[str, Any]:
        return self._need(self._call("POST", "/tokens", json={"role": role, "name": name}))

    def create_staff(self, account: dict[str, Any]) -> dict[str, Any]:
        """``POST /v1/admin/staff``: the account, and its badge code (only this once) if one was asked for."""
        return self._need(self._call("POST", "/staff", json=account))

    def staff(self) -> dict[str, Any]:
        return self._need(self._call("GET", "/staff"))

    def revoke_staff(self, staff_id: str) -> dict[str, Any]:
        return self._need(self._call("POST", f"/staff/{quote(staff_id, safe='')}/revoke"))

    def reset_staff_pin(self, staff_id: str, pin: str) -> dict[str, Any]:
        return self._need(self._call("POST", f"/staff/{quote(staff_id, safe='')}/pin", json={"pin": pin}))

    def set_staff_device(self, kiosk_id: str, staff_device: bool) -> dict[str, Any]:
        """``POST /v1/admin/kiosks/{kiosk_id}/staff-device``: whether the kiosk is given day lists."""
        return self._need(self._call("POST", f"/kiosks/{quote(kiosk_id, safe='')}/staff-device",
                                     json={"staff_device": staff_device}))

    def staff_conflicts(self, open_only: bool) -> dict[str, Any]:
        return self._need(self._call("GET", "/staff-conflicts", params={"open": "true"} if open_only else None))

    def resolve_staff_conflict(self, conflict_id: int, note: str) -> dict[str, Any]:
        return self._need(self._call("POST", f"/staff-conflicts/{conflict_id}/resolve", json={"note": note}))

    # the wire

    def _need(self, answer: dict[str, Any] | None) -> dict[str, Any]:
        assert answer is not None  # only calls made with allow_not_found may give None
        return answer

    def _call(self, method: str, path: str, *, allow_not_found: bool = False,
              **options: Any) -> dict[str, Any] | None:
        url = f"{self.base_url}{ADMIN}{path}"
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json",
                   **options.pop("headers", {})}
        try:
            response = self._session.request(method, url, headers=headers, timeout=TIMEOUT, **options)
        except requests.exceptions.InvalidURL as error:
            raise Unreachable(self.base_url, f"not a URL ({error})") from error
        except requests.RequestException as error:
            raise Unreachable(self.base_url, _network_reason(error)) from error
        body = _json_object(response)
        if 200 <= response.status_code < 300:
            if body is None:
                raise UnexpectedAnswer(url, f"HTTP {response.status_code} that is not a JSON object "
                                      f"({_content_type(response)})")
            return body
        said = body.get("error") if body is not None else None
        if isinstance(said, dict) and isinstance(said.get("code"), str):
            if allow_not_found and response.status_code == 404 and said["code"] != GENERIC_NOT_FOUND:
                return None
            details = {key: value for key, value in said.items() if key not in ("code", "message")}
            raise Refused(response.status_code, said["code"], str(said.get("message") or ""), details)
        raise UnexpectedAnswer(url, f"HTTP {response.status_code} ({_content_type(response)}), not the protocol's "
                              "error; is the URL the central service's?")


def _dry(dry_run: bool) -> dict[str, str] | None:
    return {"dry_run": "1"} if dry_run else None


def _content_type(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "no content type")


def _json_object(response: requests.Response) -> dict[str, Any] | None:
    if not _content_type(response).split(";")[0].strip().endswith("json"):
        return None
    try:
        value = response.json()
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _network_reason(error: requests.RequestException) -> str:
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return "no connection within the time allowed"
    if isinstance(error, requests.exceptions.ReadTimeout):
        return "no answer within the time allowed"
    if isinstance(error, requests.exceptions.SSLError):
        return f"TLS failed ({error})"
    if isinstance(error, requests.exceptions.ConnectionError):
        text = str(error)
        if "Connection refused" in text:
            return "connection refused (is it running, and is the port right?)"
        if "Name or service not known" in text or "Temporary failure in name resolution" in text:
            return "the host name is not known"
        return f"connection failed ({text})"
    return str(error)
