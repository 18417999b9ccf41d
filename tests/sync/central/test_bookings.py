"""The centre as the booking authority: live bookings, exactly once, never more than a slot's seats."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from kiosk import reference
from sync.central.database import make_engine
from sync.central.seats import overbooked
from sync.central.tables import bookings, slots
from sync.central.tokens import Role
from tests.sync.central.central_server import Central, Kiosk, enroll_kiosk, put_keys, running_central
from tests.sync.central.test_releases import publish

pytest_plugins = ["tests.sync.postgres_fixtures"]

MONDAY = "2026-12-07"  # the clock stands at Friday 2026-12-04 14:00 in Tashkent
VISA = {"service_id": "visa-submission", "location_id": "sample-visa-centre"}  # 3 seats a slot
NAMES = ("Aziz", "Bekzod", "Dilnoza", "Farrux", "Gulnora", "Jasur", "Kamola", "Laylo", "Mansur", "Nodira",
         "Otabek", "Rustam")
CONSULTATION = {"service_id": "legal-consultation", "location_id": "sample-migration-office"}  # 1 seat


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    """Every test here runs on SQLite and on a real PostgreSQL."""
    database = request.getfixturevalue("fresh_postgres_url") if request.param == "postgresql" else None
    (tmp_path / "centre").mkdir()
    with running_central(tmp_path / "centre", database) as server:
        yield server


@pytest.fixture
def kiosks(central: Central, content_tree: Path) -> list[Kiosk]:
    put_keys(central)
    assert publish(central, content_tree).status_code == 201
    return [enroll_kiosk(central), enroll_kiosk(central)]


def day_slots(central: Central, kiosk: Kiosk, place: dict[str, str], day: str = MONDAY) -> list[dict[str, Any]]:
    answer = central.call("GET", "/v1/slots", kiosk.token, params={**place, "first": day, "days": 1})
    assert answer.status_code == 200, answer.text
    return list(answer.json()["slots"])


def booking(slot_id: str, name: str = "Oʻktam Yoʻldoshev", last4: str = "", **more: str) -> dict[str, str]:
    return {"reference": reference.new_reference(), "slot_id": slot_id, "name": name, "passport_last4": last4,
            "phone": "+998 90 000 00 00", "language": "uz-Latn", **more}


def book(central: Central, kiosk: Kiosk, body: dict[str, str], key: str | None = None) -> requests.Response:
    return central.call("POST", "/v1/bookings", kiosk.token, json=body,
                        headers={"Idempotency-Key": key or uuid.uuid4().hex})


def seats_taken(central: Central, slot_id: str) -> int:
    with make_engine(central.database).connect() as connection:
        return int(connection.execute(select(slots.c.booked).where(slots.c.slot_id == slot_id)).scalar_one())


def test_a_published_catalogue_becomes_the_centres_slots(central: Central, kiosks: list[Kiosk]) -> None:
    monday = day_slots(central, kiosks[0], VISA)
    assert monday[0] == {"slot_id": "sample-visa-centre.visa-submission.2026-12-07T09:00",
                         "location_id": "sample-visa-centre", "service_id": "visa-submission",
                         "start": "2026-12-07T09:00", "end": "2026-12-07T09:20",
                         "bookable_until": "2026-12-07T07:00", "capacity": 3, "free": 3,
                         "held": 0}  # a 2-hour lead time
    assert len(monday) == (4 * 60 + 3 * 60) // 20
    assert day_slots(central, kiosks[0], VISA, "2026-12-05") == []  # a Saturday


def test_a_booking_is_made_once_however_often_it_is_sent(central: Central, kiosks: list[Kiosk]) -> None:
    slot_id = day_slots(central, kiosks[0], VISA)[0]["slot_id"]
    body, key = booking(slot_id), uuid.uuid4().hex
    first = book(central, kiosks[0], body, key)
    assert first.status_code == 201, first.text
    assert first.json()["reference"] == body["reference"] and first.json()["status"] == "booked"
    again = book(central, kiosks[0], body, key)  # the answer was lost; the kiosk sends it again
    assert (again.status_code, again.json()) == (201, first.json())
    assert seats_taken(central, slot_id) == 1

    other = book(central, kiosks[0], {**body, "name": "Someone Else"}, key)
    assert other.status_code == 409 and other.json()["error"]["code"] == "idempotency_conflict"
    assert seats_taken(central, slot_id) == 1


def test_the_last_seat_goes_to_exactly_one_of_many_kiosks_at_once(central: Central, kiosks: list[Kiosk]) -> None:
    slot_id = day_slots(central, kiosks[0], VISA)[1]["slot_id"]
    statuses: list[tuple[int, str]] = []

    def one(number: int) -> None:
        answer = book(central, kiosks[number % 2], booking(slot_id, name=f"{NAMES[number]} Sample"))
        statuses.append((answer.status_code, answer.json().get("error", {}).get("code", "")))

    threads = [threading.Thread(target=one, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [(201, "")] * 3 + [(409, "slot_full")] * 9
    with make_engine(central.database).connect() as connection:
        assert overbooked(connection) == []
    assert day_slots(central, kiosks[0], VISA)[1]["free"] == 0


def test_one_booking_per_person_service_and_day_across_the_fleet(central: Central, kiosks: list[Kiosk]) -> None:
    first, second = (slot["slot_id"] for slot in day_slots(central, kiosks[0], VISA)[:2])
    assert book(central, kiosks[0], booking(first, last4="1234")).status_code == 201
    same = book(central, kiosks[1], booking(second, name="ЙЎЛДОШЕВ Ўктам"))  # the other script, no digits
    assert same.status_code == 409 and same.json()["error"]["code"] == "already_booked"
    namesake = book(central, kiosks[1], booking(second, name="Yo'ldoshev O'ktam", last4="9876"))
    assert namesake.status_code == 201, namesake.text  # other passport digits: another person


def test_one_person_booked_at_many_kiosks_at_once_gets_one_booking(central: Central, kiosks: list[Kiosk]) -> None:
    slot_ids = [slot["slot_id"] for slot in day_slots(central, kiosks[0], VISA)[:8]]
    statuses: list[tuple[int, str]] = []

    def one(number: int) -> None:
        answer = book(central, kiosks[number % 2], booking(slot_ids[number], last4="2468"))
        statuses.append((answer.status_code, answer.json().get("error", {}).get("code", "")))

    threads = [threading.Thread(target=one, args=(n,)) for n in range(len(slot_ids))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [(201, "")] + [(409, "already_booked")] * (len(slot_ids) - 1)
    assert sum(seats_taken(central, slot_id) for slot_id in slot_ids) == 1


def test_a_booking_is_cancelled_at_another_kiosk_by_surname_and_its_seat_comes_back(
        central: Central, kiosks: list[Kiosk]) -> None:
    slot_id = day_slots(central, kiosks[0], CONSULTATION)[0]["slot_id"]
    body = booking(slot_id, last4="4321")
    assert book(central, kiosks[0], body).status_code == 201
    shown = reference.display(body["reference"])
    wrong = central.call("POST", f"/v1/bookings/{shown}/cancel", kiosks[1].token, json={"name_or_last4": "Karimov"})
    assert wrong.status_code == 404 and wrong.json()["error"]["code"] == "booking_not_found"
    digits = central.call("POST", f"/v1/bookings/{shown}/find", kiosks[1].token, json={"name_or_last4": "4321"})
    assert digits.status_code == 200 and digits.json()["slot_id"] == slot_id

    cancelled = central.call("POST", f"/v1/bookings/{shown}/cancel", kiosks[1].token,
                             json={"name_or_last4": "yoldoshev"})
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    assert seats_taken(central, slot_id) == 0
    assert book(central, kiosks[1], booking(slot_id, name="Another Person")).status_code == 201


def test_a_booking_moves_to_another_slot_and_keeps_its_reference(central: Central, kiosks: list[Kiosk]) -> None:
    first, later = (slot["slot_id"] for slot in day_slots(central, kiosks[0], VISA)[:2])
    body = booking(first)
    assert book(central, kiosks[0], body).status_code == 201
    moved = central.call("POST", f"/v1/bookings/{body['reference']}/reschedule", kiosks[1].token,
                         json={"name_or_last4": "Oʻktam", "slot_id": later})
    assert moved.status_code == 200, moved.text
    assert moved.json()["reference"] == body["reference"] and moved.json()["slot_id"] == later
    assert (seats_taken(central, first), seats_taken(central, later)) == (0, 1)
    elsewhere = day_slots(central, kiosks[0], CONSULTATION)[0]["slot_id"]
    refused = central.call("POST", f"/v1/bookings/{body['reference']}/reschedule", kiosks[1].token,
                           json={"name_or_last4": "Oʻktam", "slot_id": elsewhere})
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "other_service"


def test_the_centre_keeps_no_name_phone_or_passport_digits(central: Central, kiosks: list[Kiosk]) -> None:
    slot_id = day_slots(central, kiosks[0], VISA)[0]["slot_id"]
    assert book(central, kiosks[0], booking(slot_id, name="Zarina Qodirova", last4="5678")).status_code == 201
    with make_engine(central.database).connect() as connection:
        stored = " ".join(str(value) for row in connection.execute(select(bookings)) for value in row)
    for personal in ("Zarina", "Qodirova", "ZARINA", "5678", "998 90", "+998"):
        assert personal not in stored


def test_a_closure_published_after_bookings_lists_the_people_to_tell(
        central: Central, kiosks: list[Kiosk], content_tree: Path) -> None:
    slot_id = day_slots(central, kiosks[0], VISA)[0]["slot_id"]
    body = booking(slot_id)
    assert book(central, kiosks[0], body).status_code == 201
    closures = content_tree / "booking" / "closures.toml"
    closures.write_text(closures.read_text(encoding="utf-8") + '\n[[closure]]\nlocations = ["sample-visa-centre"]\n'
                        'dates = [2026-12-07]\n[closure.reason]\nen = "Water leak (fictional)"\n', encoding="utf-8")
    assert publish(central, content_tree).status_code == 201

    assert day_slots(central, kiosks[0], VISA) == []
    listed = central.call("GET", "/v1/admin/affected-bookings", central.admin(Role.SCHEDULER))
    assert listed.status_code == 200
    assert [(b["reference"], b["kiosk_id"], b["start"]) for b in listed.json()["bookings"]] == [
        (body["reference"], kiosks[0].kiosk_id, "2026-12-07T09:00")]
    late = book(central, kiosks[1], booking(slot_id, name="Someone Late"))
    assert late.status_code == 404 and late.json()["error"]["code"] == "unknown_slot"

    told = central.call("POST", f"/v1/bookings/{body['reference']}/cancel", kiosks[1].token,
                        json={"name_or_last4": "Yoʻldoshev"})  # the person, told, cancels at another kiosk
    assert told.status_code == 200 and told.json()["status"] == "cancelled"
    listed = central.call("GET", "/v1/admin/affected-bookings", central.admin(Role.FLEET_VIEWER))
    assert listed.json()["bookings"] == []


def test_a_slot_too_soon_to_get_to_cannot_be_booked(central: Central, kiosks: list[Kiosk]) -> None:
    today = {slot["start"][11:]: slot["slot_id"] for slot in day_slots(central, kiosks[0], VISA, "2026-12-04")}
    # Friday, 14:00 in Tashkent; a visa submission needs two hours' notice.
    for started_or_too_soon in ("09:00", "15:00", "16:00"):
        answer = book(central, kiosks[0], booking(today[started_or_too_soon]))
        assert answer.status_code == 409 and answer.json()["error"]["code"] == "slot_passed"
    assert book(central, kiosks[0], booking(today["16:20"])).status_code == 201
