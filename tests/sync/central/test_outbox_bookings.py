"""Bookings that reach the centre through the outbox: applied exactly once, final, and without the person's details.

Every test runs on SQLite and on a real PostgreSQL (the ``database`` fixture of test_allowances.py),
with the centre's clock pinned at Friday 2026-12-04 14:00 in Tashkent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, Text, select

from kiosk import reference
from sync.central import allowances
from sync.central.tables import booking_people, bookings, metadata
from sync.central.tokens import Role
from tests.sync.central.test_allowances import (
    MONDAY_ORIENTATION,
    MONDAY_VISA,
    MONDAY_VISA_LATER,
    NAME,
    PHONE,
    SATURDAY_TEST,
    Centre,
    allowance_centre,
    booking_body,
    cancel_body,
    grant_in,
    live_request,
    local_now,
    move_body,
)

pytest_plugins = ["tests.sync.postgres_fixtures"]


@pytest.fixture(params=["sqlite", "postgresql"])
def centre(request: pytest.FixtureRequest, tmp_path: Path, content_tree: Path) -> Iterator[Centre]:
    """A centre that grants every slot of four days (one kiosk alone gets two seats of a visa slot)."""
    database = (str(request.getfixturevalue("fresh_postgres_url")) if request.param == "postgresql"
                else str(tmp_path / "central.db"))
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4,
                          allowance_share=1.0) as running:
        yield running


def booking_row(centre: Centre, code: str) -> Any:
    with centre.engine.connect() as connection:
        return connection.execute(select(bookings).where(bookings.c.reference == code)).first()


def find(centre: Centre, code: str, name_or_last4: str) -> Any:
    kiosk = centre.kiosk()
    return centre.central.call("POST", f"/v1/bookings/{code}/find", kiosk.token, json={"name_or_last4": name_or_last4})


def test_a_booking_sold_offline_is_paid_from_its_grant(centre: Centre) -> None:
    kiosk = centre.kiosk()
    grant = grant_in(centre.exchange(kiosk), MONDAY_VISA)
    assert centre.slot(MONDAY_VISA) == (0, 2, 3)
    body = booking_body(kiosk, MONDAY_VISA, last4="1234", grant_id=grant["grant_id"])
    answer = centre.send(kiosk, uuid.uuid4().hex, "booking", body)
    assert answer.status_code == 201 and answer.json()["status"] == "accepted"
    assert centre.slot(MONDAY_VISA) == (1, 1, 3)
    assert centre.grant_row(grant["grant_id"]).used == 1
    row = booking_row(centre, body["reference"])
    assert (row.origin, row.grant_id, row.status, row.kiosk_id) == ("allowance", grant["grant_id"], "booked",
                                                                      kiosk.kiosk_id)
    # The person's hashes are made as a live booking's: they find it by surname or digits at any kiosk.
    assert find(centre, body["reference"], "Yoʻldoshev").status_code == 200
    assert find(centre, body["reference"], "1234").json()["slot_id"] == MONDAY_VISA
    assert centre.findings() == [] and centre.breaches() == []


def test_a_sale_made_in_time_that_arrives_after_its_slot_began_is_no_finding(centre: Centre) -> None:
    kiosk = centre.kiosk()
    grant = grant_in(centre.exchange(kiosk), SATURDAY_TEST)
    body = booking_body(kiosk, SATURDAY_TEST, grant_id=grant["grant_id"])  # sold on Friday, offline
    centre.central.clock.advance(timedelta(days=1))  # Saturday 14:00: the slot has begun, its grant is closed
    assert grant["grant_id"] in allowances.close_begun(centre.engine, centre.central.clock(), local_now(centre))
    assert centre.slot(SATURDAY_TEST) == (0, 0, 2)
    centre.sent(kiosk, uuid.uuid4().hex, "booking", body)  # the kiosk comes back online
    assert centre.slot(SATURDAY_TEST) == (1, 0, 2) and centre.grant_row(grant["grant_id"]).used == 1
    assert centre.findings() == [] and centre.breaches() == []


def test_the_same_item_twice_is_applied_once(centre: Centre) -> None:
    kiosk = centre.kiosk()
    grant = grant_in(centre.exchange(kiosk), MONDAY_VISA)
    body, item_id = booking_body(kiosk, MONDAY_VISA, grant_id=grant["grant_id"]), uuid.uuid4().hex
    first = centre.send(kiosk, item_id, "booking", body)
    again = centre.send(kiosk, item_id, "booking", body)
    assert (first.status_code, again.status_code) == (201, 200) and first.json() == again.json()
    assert centre.slot(MONDAY_VISA) == (1, 1, 3) and centre.grant_row(grant["grant_id"]).used == 1

    other = booking_body(kiosk, MONDAY_VISA_LATER, name="Aziz Karimov")
    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(lambda _: centre.send(kiosk, "twin-item-id", "booking", other), range(10)))
    assert sorted(answer.status_code for answer in answers) == [200] * 9 + [201]
    assert centre.slot(MONDAY_VISA_LATER)[0] == 1
    assert centre.breaches() == []


def test_a_booking_made_live_is_not_booked_again_by_its_item(centre: Centre) -> None:
    kiosk = centre.kiosk()
    grant = grant_in(centre.exchange(kiosk), MONDAY_VISA)
    # The live request reached the centre; its answer did not reach the kiosk, which sold an allowance seat.
    body, key = booking_body(kiosk, MONDAY_VISA, grant_id=grant["grant_id"]), uuid.uuid4().hex
    live = centre.book_live(kiosk, body, key)
    assert live.status_code == 201, live.text
    assert centre.slot(MONDAY_VISA) == (1, 2, 3)
    assert centre.send(kiosk, key, "booking", body).status_code == 201
    assert centre.slot(MONDAY_VISA) == (1, 2, 3)
    assert booking_row(centre, body["reference"]).origin == "live"
    # The grant's seat was never used: settling gives both back.
    assert centre.exchange(kiosk, [(grant["grant_id"], [body["reference"]])], want=False)["settled"] == [
        grant["grant_id"]]
    assert centre.slot(MONDAY_VISA) == (1, 0, 3)

    # The other way round: the item first, then a copy of the live request, which gets the booking's answer.
    later = booking_body(kiosk, MONDAY_VISA_LATER, name="Aziz Karimov")
    key = uuid.uuid4().hex
    assert centre.send(kiosk, key, "booking", later).status_code == 201
    replay = centre.book_live(kiosk, later, key)
    assert replay.status_code == 201 and replay.json()["reference"] == later["reference"]
    assert centre.slot(MONDAY_VISA_LATER)[0] == 1
    assert centre.breaches() == []


def test_a_withdrawn_request_arriving_late_books_nothing(centre: Centre) -> None:
    kiosk = centre.kiosk()
    body, key = booking_body(kiosk, MONDAY_VISA), uuid.uuid4().hex
    assert centre.send(kiosk, uuid.uuid4().hex, "cancellation",
                       cancel_body(kiosk, body["reference"], key=key)).status_code == 201
    late = centre.book_live(kiosk, body, key)
    assert late.status_code == 409 and late.json()["error"]["code"] == "withdrawn"
    assert centre.slot(MONDAY_VISA) == (0, 0, 3) and booking_row(centre, body["reference"]) is None

    # The request did arrive before the kiosk gave up on it: the withdrawal cancels what it made.
    made, key = booking_body(kiosk, MONDAY_VISA_LATER), uuid.uuid4().hex
    assert centre.book_live(kiosk, made, key).status_code == 201
    assert centre.slot(MONDAY_VISA_LATER)[0] == 1
    assert centre.send(kiosk, uuid.uuid4().hex, "cancellation",
                       cancel_body(kiosk, made["reference"], key=key)).status_code == 201
    assert booking_row(centre, made["reference"]).status == "cancelled"
    assert centre.slot(MONDAY_VISA_LATER)[0] == 0
    assert centre.findings() == [] and centre.breaches() == []


def test_a_person_booked_twice_offline_keeps_both_and_staff_are_told(centre: Centre) -> None:
    first, second = centre.kiosk(), centre.kiosk()
    one = booking_body(first, MONDAY_VISA, name="Oʻktam Yoʻldoshev", last4="1111")
    other = booking_body(second, MONDAY_VISA_LATER, name="ЙЎЛДОШЕВ Ўктам")  # the same person, no digits
    centre.sent(first, uuid.uuid4().hex, "booking", one)
    centre.sent(second, uuid.uuid4().hex, "booking", other)
    assert booking_row(centre, one["reference"]).status == booking_row(centre, other["reference"]).status == "booked"
    found = centre.findings()
    assert [(f["kind"], f["reference"], f["other_reference"]) for f in found] == [
        ("duplicate", other["reference"], one["reference"])]
    scheduler = centre.central.admin(Role.SCHEDULER)
    assert centre.central.call("GET", "/v1/admin/booking-findings", centre.central.admin(Role.FLEET_VIEWER)
                               ).status_code == 200
    assert centre.central.call("GET", "/v1/admin/booking-findings",
                               centre.central.admin(Role.CONTENT_EDITOR)).status_code == 403
    assert centre.central.call("GET", "/v1/admin/booking-findings?limit=0", scheduler).status_code == 422
    assert centre.breaches() == []


def test_an_offline_booking_past_capacity_stands_and_is_reported(centre: Centre) -> None:
    kiosk, other = centre.kiosk(), centre.kiosk()
    # Both seats of Saturday's test go to a grant of the first kiosk... (its weight 1/2 gives one seat each,
    # so the other kiosk asks too).
    grant_in(centre.exchange(kiosk), SATURDAY_TEST)
    grant_in(centre.exchange(other), SATURDAY_TEST)
    assert centre.slot(SATURDAY_TEST) == (0, 2, 2)
    # ... and a kiosk without a grant of it sells one anyway (an old kiosk, or a written-off grant).
    body = booking_body(kiosk, SATURDAY_TEST, grant_id="not-a-grant")
    assert centre.send(kiosk, uuid.uuid4().hex, "booking", body).status_code == 201
    assert centre.slot(SATURDAY_TEST) == (1, 2, 2)
    assert booking_row(centre, body["reference"]).status == "booked"
    kinds = sorted(finding["kind"] for finding in centre.findings())
    assert kinds == ["oversold", "unknown_grant"]
    checked = centre.central.call("GET", "/v1/admin/seat-check", centre.central.admin(Role.FLEET_VIEWER)).json()
    assert checked["overbooked"] == [SATURDAY_TEST]
    assert checked["invariant_breaches"] == [f"{SATURDAY_TEST}: booked 1 + held 2 > capacity 2"]


def test_an_offline_cancellation_and_move_reach_the_centres_booking(centre: Centre) -> None:
    kiosk = centre.kiosk()
    granted = centre.exchange(kiosk)
    first, later = grant_in(granted, MONDAY_VISA), grant_in(granted, MONDAY_VISA_LATER)
    body = booking_body(kiosk, MONDAY_VISA, grant_id=first["grant_id"])
    centre.sent(kiosk, uuid.uuid4().hex, "booking", body)
    centre.sent(kiosk, uuid.uuid4().hex, "reschedule",
                move_body(kiosk, body["reference"], MONDAY_VISA, MONDAY_VISA_LATER, later["grant_id"]))
    assert centre.slot(MONDAY_VISA) == (0, 1, 3)  # the seat went to the pool, not back to the grant
    assert centre.slot(MONDAY_VISA_LATER) == (1, 1, 3)
    assert booking_row(centre, body["reference"]).slot_id == MONDAY_VISA_LATER
    # Both grants sold this booking: each settles.
    settled = centre.exchange(kiosk, [(first["grant_id"], [body["reference"]]),
                                      (later["grant_id"], [body["reference"]])], want=False)
    assert sorted(settled["settled"]) == sorted([first["grant_id"], later["grant_id"]])
    assert centre.slot(MONDAY_VISA) == (0, 0, 3) and centre.slot(MONDAY_VISA_LATER) == (1, 0, 3)

    centre.sent(kiosk, uuid.uuid4().hex, "cancellation", cancel_body(kiosk, body["reference"]))
    assert booking_row(centre, body["reference"]).status == "cancelled"
    assert centre.slot(MONDAY_VISA_LATER) == (0, 0, 3)
    centre.sent(kiosk, uuid.uuid4().hex, "cancellation", cancel_body(kiosk, body["reference"]))  # again: no change
    assert centre.slot(MONDAY_VISA_LATER) == (0, 0, 3)
    assert centre.findings() == [] and centre.breaches() == []


def test_what_the_centre_cannot_apply_is_kept_for_staff_and_not_sent_again(centre: Centre) -> None:
    kiosk = centre.kiosk()
    unknown = reference.new_reference()
    answers = [
        centre.send(kiosk, uuid.uuid4().hex, "booking",
                    booking_body(kiosk, "sample-visa-centre.visa-submission.2030-01-01T09:00")),
        centre.send(kiosk, uuid.uuid4().hex, "cancellation", cancel_body(kiosk, unknown)),
        centre.send(kiosk, uuid.uuid4().hex, "reschedule", move_body(kiosk, unknown, MONDAY_VISA, MONDAY_VISA_LATER)),
        centre.send(kiosk, uuid.uuid4().hex, "cancellation", cancel_body(kiosk, "K7-ABC")),  # not even a code
    ]
    assert [answer.status_code for answer in answers] == [201] * 4
    assert [finding["kind"] for finding in centre.findings()] == ["unknown_booking"] * 4
    assert [finding["reference"] for finding in centre.findings()][1:3] == [unknown, unknown]
    limited = centre.central.call("GET", "/v1/admin/booking-findings?limit=1", centre.central.admin(Role.SCHEDULER))
    assert [finding["reference"] for finding in limited.json()["findings"]] == ["K7-ABC"]  # newest first

    taken = booking_body(kiosk, MONDAY_VISA)
    assert centre.book_live(kiosk, taken, uuid.uuid4().hex).status_code == 201
    clash = booking_body(kiosk, MONDAY_ORIENTATION, code=taken["reference"])  # another booking's reference
    assert centre.send(kiosk, uuid.uuid4().hex, "booking", clash).status_code == 201
    assert centre.findings()[0]["kind"] == "reference_clash"
    assert centre.slot(MONDAY_ORIENTATION)[0] == 0
    assert centre.breaches() == []


def test_a_body_the_centre_cannot_read_is_refused_and_not_stored(centre: Centre) -> None:
    kiosk = centre.kiosk()

    def refused(item_id: str, kind: str, body: dict[str, Any]) -> str:
        answer = centre.send(kiosk, item_id, kind, body)
        assert answer.status_code == 422, answer.text
        return str(answer.json()["error"]["code"])

    good = booking_body(kiosk, MONDAY_VISA)
    assert refused(uuid.uuid4().hex, "booking", {**good, "name": ["Aziz"]}) == "invalid_item"
    assert refused(uuid.uuid4().hex, "booking", {**good, "grant_id": 7}) == "invalid_item"
    assert refused("short", "booking", good) == "invalid_item"  # an item id is the booking's Idempotency-Key
    assert refused(uuid.uuid4().hex, "booking", {**good, "name": "1234"}) == "invalid_details"
    assert refused(uuid.uuid4().hex, "booking", {**good, "reference": "K7-ABC"}) == "invalid_reference"
    assert refused(uuid.uuid4().hex, "cancellation", {**cancel_body(kiosk, good["reference"]), "withdrawn": "yes"}
                   ) == "invalid_item"
    assert refused(uuid.uuid4().hex, "cancellation", cancel_body(kiosk, good["reference"], key="k")) == "invalid_item"
    assert refused(uuid.uuid4().hex, "reschedule", {**move_body(kiosk, good["reference"], MONDAY_VISA, MONDAY_VISA),
                                                    "slot_id": None}) == "invalid_item"
    stored = centre.central.call("GET", "/v1/admin/outbox", centre.central.owner_token).json()["items"]
    assert stored == [] and centre.slot(MONDAY_VISA) == (0, 0, 3)


def test_passport_digits_are_kept_nowhere_and_names_and_phones_only_beside_their_booking(centre: Centre) -> None:
    kiosk = centre.kiosk()
    grant = grant_in(centre.exchange(kiosk), MONDAY_VISA)
    body = booking_body(kiosk, MONDAY_VISA, name="Zarina Qodirova", last4="5678", grant_id=grant["grant_id"])
    item_id = uuid.uuid4().hex
    centre.sent(kiosk, item_id, "booking", body)
    twin = booking_body(kiosk, MONDAY_VISA_LATER, name="Zarina Qodirova", last4="5678")
    centre.sent(kiosk, uuid.uuid4().hex, "booking", twin)  # a duplicate: a finding
    assert centre.send(kiosk, item_id, "booking", {**body, "phone": "+998 91 111 11 11"}).status_code == 409
    refused = centre.book_live(kiosk, booking_body(kiosk, "sample-visa-centre.visa-submission.2026-12-07T09:40",
                                                   name="Zarina Qodirova", last4="5678"), uuid.uuid4().hex)
    assert refused.json()["error"]["code"] == "already_booked"
    # The retry is compared with what was really sent, although the centre kept none of it.
    assert centre.send(kiosk, item_id, "booking", body).status_code == 200

    stored: dict[str, list[str]] = {}
    with centre.engine.connect() as connection:
        for table in metadata.sorted_tables:
            columns = [column for column in table.columns if isinstance(column.type, String | Text)]
            for row in connection.execute(select(*columns)) if columns else []:
                stored.setdefault(table.name, []).extend(str(value) for value in row if value is not None)
        people = {tuple(row) for row in connection.execute(select(booking_people.c.reference, booking_people.c.name,
                                                                  booking_people.c.phone))}
    assert sum(map(len, stored.values())) > 100
    everywhere = "\n".join(value for values in stored.values() for value in values)
    assert "5678" not in everywhere
    # The name and phone only in booking_people (sync.central.people: until a few days after the day).
    text = "\n".join(value for name, values in stored.items() if name != "booking_people" for value in values)
    for personal in ("Zarina", "Qodirova", "ZARINA", "zarina", "998 90", "998 91", "+998", NAME):
        assert personal not in text, personal
    assert people == {(body["reference"], "Zarina Qodirova", PHONE), (twin["reference"], "Zarina Qodirova", PHONE)}
    listed = centre.central.call("GET", "/v1/admin/outbox?kind=booking", centre.central.owner_token).json()["items"]
    assert {(item["body"]["name"], item["body"]["phone"], item["body"]["passport_last4"]) for item in listed} == {
        ("", "", "")}
    assert live_request(listed[0]["body"])["reference"] in (body["reference"], twin["reference"])
