"""The outbox at the centre: each item id is answered once; a clash is a 409 kept for staff."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from sync.protocol.outbox import envelope, is_accepted_answer
from tests.sync.central.central_server import START, Central, enroll_kiosk, put_keys

FEEDBACK = {"article_id": "bank-accounts-and-cards", "language": "en", "useful": True, "at": "2026-12-04T08:59:00Z"}


def item(item_id: str = "item-1", body: dict[str, Any] | None = None) -> dict[str, Any]:
    return envelope(item_id, "article_feedback", body or FEEDBACK, START)


def test_the_first_delivery_is_201_and_a_retry_gets_the_same_answer_with_200(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    first = central.call("POST", "/v1/outbox", kiosk.token, json=item())
    assert first.status_code == 201
    assert is_accepted_answer(first.status_code, first.headers["content-type"], first.content, "item-1")
    central.clock.advance(timedelta(minutes=10))
    retry = central.call("POST", "/v1/outbox", kiosk.token, json=item())
    assert retry.status_code == 200
    assert retry.json() == first.json()
    assert retry.json()["received_at"] == "2026-12-04T09:00:00Z"
    stored = central.call("GET", "/v1/admin/outbox?kind=article_feedback", central.owner_token).json()["items"]
    assert [(i["id"], i["kiosk_id"], i["body"]) for i in stored] == [("item-1", kiosk.kiosk_id, FEEDBACK)]


def test_the_same_id_with_another_body_is_a_conflict_that_staff_can_see(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    assert central.call("POST", "/v1/outbox", kiosk.token, json=item()).status_code == 201
    other = {**FEEDBACK, "useful": False}
    clash = central.call("POST", "/v1/outbox", kiosk.token, json=item(body=other))
    assert clash.status_code == 409
    assert clash.json()["error"]["code"] == "conflict"
    conflicts = central.call("GET", "/v1/admin/conflicts", central.owner_token).json()["conflicts"]
    assert len(conflicts) == 1
    assert conflicts[0]["item_id"] == "item-1"
    assert conflicts[0]["first"]["body"] == FEEDBACK
    assert conflicts[0]["second"]["body"] == other
    # The first answer still stands.
    assert central.call("POST", "/v1/outbox", kiosk.token, json=item()).status_code == 200


def test_the_same_item_sent_at_once_many_times_is_stored_once(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(lambda _: central.call("POST", "/v1/outbox", kiosk.token, json=item("twin")),
                                range(10)))
    assert sorted(answer.status_code for answer in answers) == [200] * 9 + [201]
    assert len({answer.text for answer in answers}) == 1
    stored = central.call("GET", "/v1/admin/outbox", central.owner_token).json()["items"]
    assert [i["id"] for i in stored] == ["twin"]


def test_an_unknown_kind_or_a_missing_field_is_refused_for_good(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    unknown = central.call("POST", "/v1/outbox", kiosk.token, json=envelope("x", "spaceship", {}, START))
    assert unknown.status_code == 422
    assert unknown.json()["error"]["code"] == "unknown_kind"
    incomplete = central.call("POST", "/v1/outbox", kiosk.token,
                              json=envelope("y", "article_feedback", {"useful": True}, START))
    assert incomplete.status_code == 422
    assert "article_id" in incomplete.json()["error"]["message"]


def test_an_item_without_a_device_token_is_unauthorized(central: Central) -> None:
    put_keys(central)
    assert central.call("POST", "/v1/outbox", json=item()).status_code == 401
    refused = central.call("POST", "/v1/outbox", "not-a-token", json=item())
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "unauthorized"
