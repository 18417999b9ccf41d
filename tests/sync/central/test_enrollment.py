"""Enrollment: a code is spent once, by one kiosk, however many ask at the same moment."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol.signing import public_to_text
from tests.sync.central.central_server import Central, enroll_request, enrollment_codes, put_keys


def test_a_code_buys_a_token_and_the_root_key(central: Central) -> None:
    keys = put_keys(central)
    request = enroll_request(enrollment_codes(central)[0])
    answer = central.call("POST", "/v1/enroll", json=request)
    assert answer.status_code == 201
    body = answer.json()
    assert body["kiosk_id"] == request["kiosk_id"]
    assert body["root_public_key"] == public_to_text(keys.root.public_key())
    assert body["heartbeat_interval_s"] == 300
    assert len(body["device_token"]) >= 32
    heartbeat = central.call("POST", "/v1/heartbeat", body["device_token"],
                             json={"clock": "2026-12-04T09:00:00Z", "interval_s": 300})
    assert heartbeat.status_code == 200


def test_a_used_code_is_refused(central: Central) -> None:
    put_keys(central)
    code = enrollment_codes(central)[0]
    assert central.call("POST", "/v1/enroll", json=enroll_request(code)).status_code == 201
    again = central.call("POST", "/v1/enroll", json=enroll_request(code))
    assert again.status_code == 403
    assert again.json()["error"]["code"] == "code_refused"


def test_an_unknown_or_expired_code_is_refused(central: Central) -> None:
    put_keys(central)
    assert central.call("POST", "/v1/enroll", json=enroll_request("NOPE-NOPE-NOPE")).status_code == 403
    code = enrollment_codes(central)[0]
    central.clock.advance(timedelta(hours=2))
    assert central.call("POST", "/v1/enroll", json=enroll_request(code)).status_code == 403


def test_only_one_of_many_simultaneous_enrollments_with_one_code_wins(central: Central) -> None:
    put_keys(central)
    code = enrollment_codes(central)[0]
    requests_ = [enroll_request(code) for _ in range(12)]
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda body: central.call("POST", "/v1/enroll", json=body).status_code, requests_))
    assert sorted(statuses) == [201] + [403] * 11
    fleet = central.call("GET", "/v1/admin/fleet", central.owner_token).json()["kiosks"]
    assert len(fleet) == 1


def test_a_kiosk_id_that_is_not_its_keys_is_refused(central: Central) -> None:
    put_keys(central)
    request = enroll_request(enrollment_codes(central)[0])
    request["receipt_public_key"] = public_to_text(Ed25519PrivateKey.generate().public_key())
    answer = central.call("POST", "/v1/enroll", json=request)
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "kiosk_id_mismatch"


def test_enrolling_before_the_centre_has_keys_keeps_the_code_for_later(central: Central) -> None:
    code = enrollment_codes(central)[0]
    early = central.call("POST", "/v1/enroll", json=enroll_request(code))
    assert early.status_code == 409
    assert early.json()["error"]["code"] == "not_ready"
    put_keys(central)
    assert central.call("POST", "/v1/enroll", json=enroll_request(code)).status_code == 201


def test_reenrolling_a_kiosk_retires_its_old_token(central: Central) -> None:
    put_keys(central)
    receipt_key = Ed25519PrivateKey.generate()
    first, second = enrollment_codes(central, 2)
    old = central.call("POST", "/v1/enroll", json=enroll_request(first, receipt_key)).json()["device_token"]
    new = central.call("POST", "/v1/enroll", json=enroll_request(second, receipt_key)).json()["device_token"]
    beat = {"clock": "2026-12-04T09:00:00Z", "interval_s": 300}
    assert central.call("POST", "/v1/heartbeat", old, json=beat).status_code == 401
    assert central.call("POST", "/v1/heartbeat", new, json=beat).status_code == 200
