"""Staff mode at the centre: accounts (hashes only), the day's list, and staff devices' audit logs applied once.

Every test runs on SQLite and on a real PostgreSQL, with the centre's clock pinned at Friday 2026-12-04
14:00 in Tashkent (moved only by the test). A "device" here is an enrolled kiosk writing its audit chain
with the kiosk's own ``kiosk.staff.audit.entry_hash``, as a staff laptop does.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import String, Text, select

from kiosk import reference
from kiosk.staff import verify_pin, verify_secret
from kiosk.staff.accounts import parse_accounts, parse_badge
from kiosk.staff.audit import GENESIS, entry_hash, item_id
from kiosk.staff.daylist import parse_day_list
from sync.central import people
from sync.central.tables import booking_people, metadata
from sync.central.tokens import Role
from tests.sync.central.central_server import Kiosk, mark_staff_device
from tests.sync.central.test_allowances import (
    MONDAY_ORIENTATION,
    MONDAY_VISA,
    MONDAY_VISA_LATER,
    NAME,
    PHONE,
    Centre,
    allowance_centre,
    booking_body,
)

pytest_plugins = ["tests.sync.postgres_fixtures"]

VISA_CENTRE = "sample-visa-centre"
MIGRATION_OFFICE = "sample-migration-office"
MONDAY = "2026-12-07"
PIN = "482916"


@pytest.fixture(params=["sqlite", "postgresql"])
def centre(request: pytest.FixtureRequest, tmp_path: Path, content_tree: Path) -> Iterator[Centre]:
    database = (str(request.getfixturevalue("fresh_postgres_url")) if request.param == "postgresql"
                else str(tmp_path / "central.db"))
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=0) as running:
        yield running


@dataclass
class Device:
    """A staff device's audit chain, written as the kiosk writes it (kiosk.staff.audit)."""

    centre: Centre
    kiosk: Kiosk
    entries: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.kiosk.kiosk_id

    def entry(self, action: str, code: str = "", *, staff_id: str = "s-test", location_id: str = VISA_CENTRE,
              day: str = MONDAY, detail: dict[str, Any] | None = None, at: str = "2026-12-07T04:31:02Z"
              ) -> tuple[str, dict[str, Any]]:
        """The next entry of the chain (kept, not sent)."""
        seq = len(self.entries) + 1
        prev = self.entries[-1][1]["hash"] if self.entries else GENESIS
        body: dict[str, Any] = {"device": self.id, "seq": seq, "prev": prev, "at": at, "staff_id": staff_id,
                                "role": "operator", "action": action, "reference": code, "location_id": location_id,
                                "day": day, "detail": detail or {}}
        body["hash"] = entry_hash(prev, body)
        self.entries.append((item_id(self.id, seq), body))
        return self.entries[-1]

    def send(self, made: tuple[str, dict[str, Any]]) -> requests.Response:
        return self.centre.send(self.kiosk, made[0], "staff_action", made[1])

    def act(self, action: str, code: str = "", **given: Any) -> dict[str, Any]:
        """Make the next entry and send it; the centre must take it."""
        made = self.entry(action, code, **given)
        answer = self.send(made)
        assert answer.status_code == 201, answer.text
        return made[1]


def device(centre: Centre) -> Device:
    return Device(centre, centre.kiosk())


def get(centre: Centre, path: str, token: str, status: int = 200) -> dict[str, Any]:
    answer = centre.central.call("GET", path, token)
    assert answer.status_code == status, answer.text
    body: dict[str, Any] = answer.json()
    return body


def post(centre: Centre, path: str, token: str, json: dict[str, Any] | None = None,
         status: int = 200) -> dict[str, Any]:
    answer = centre.central.call("POST", path, token, json=json)
    assert answer.status_code == status, answer.text
    body: dict[str, Any] = answer.json()
    return body


def add_staff(centre: Centre, status: int = 201, **given: Any) -> dict[str, Any]:
    body = {"display_name": "Dilnoza R.", "role": "operator", "places": [VISA_CENTRE], "pin": PIN, **given}
    return post(centre, "/v1/admin/staff", centre.central.owner_token, body, status)


def staff_day(centre: Centre, location_id: str = VISA_CENTRE, day: str = MONDAY) -> dict[str, Any]:
    return get(centre, f"/v1/admin/staff-day?location={location_id}&day={day}",
               centre.central.admin(Role.FLEET_VIEWER))


def day_list(centre: Centre, kiosk: Kiosk, location_id: str = VISA_CENTRE, day: str = MONDAY,
             status: int = 200) -> dict[str, Any]:
    return get(centre, f"/v1/staff/day?location={location_id}&day={day}", kiosk.token, status)


def visit_of(centre: Centre, code: str, location_id: str = VISA_CENTRE) -> dict[str, Any] | None:
    found = staff_day(centre, location_id)
    for row in found["bookings"] + found["unbooked_visits"]:
        if row["reference"] == code:
            visit: dict[str, Any] | None = row["visit"]
            return visit
    return None


def conflicts(centre: Centre) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = get(centre, "/v1/admin/staff-conflicts", centre.central.admin(Role.SCHEDULER))[
        "conflicts"]
    return found


def chain_findings(centre: Centre) -> list[dict[str, Any]]:
    return [found for found in centre.findings() if found["kind"] == "audit_chain_break"]


def audit(centre: Centre, device_id: str) -> dict[str, Any]:
    found = get(centre, f"/v1/admin/staff-audit?device={device_id}", centre.central.admin(Role.FLEET_VIEWER))
    (status,) = found["devices"]
    return dict(status)


def stored_text(centre: Centre, leave_out: tuple[str, ...] = ()) -> str:
    """Every text value in every table of the centre, joined (tables named in ``leave_out`` not read)."""
    stored: list[str] = []
    with centre.engine.connect() as connection:
        for table in metadata.sorted_tables:
            columns = [column for column in table.columns if isinstance(column.type, String | Text)]
            if table.name in leave_out or not columns:
                continue
            for row in connection.execute(select(*columns)):
                stored += [str(value) for value in row if value is not None]
    return "\n".join(stored)


def book(centre: Centre, kiosk: Kiosk, slot_id: str, name: str = NAME, last4: str = "") -> str:
    body = booking_body(kiosk, slot_id, name=name, last4=last4)
    answer = centre.book_live(kiosk, body, uuid.uuid4().hex)
    assert answer.status_code == 201, answer.text
    return str(body["reference"])


# --- accounts ------------------------------------------------------------------------------------------


def test_an_account_is_provisioned_and_devices_get_only_its_hashes(centre: Centre) -> None:
    made = add_staff(centre, badge=True)
    assert made["staff_id"].startswith("s-") and len(made["staff_id"]) == 6
    assert (made["display_name"], made["role"], made["places"], made["pin"], made["badge"]) == (
        "Dilnoza R.", "operator", [VISA_CENTRE], True, True)
    badge = parse_badge(made["badge_code"])
    assert badge is not None and badge[0] == made["staff_id"]
    secret = badge[1]

    listed = get(centre, "/v1/admin/staff", centre.central.admin(Role.FLEET_VIEWER))["accounts"]
    assert [account["staff_id"] for account in listed] == [made["staff_id"]]
    assert "hash" not in str(listed) and secret not in str(listed)

    kiosk = centre.kiosk()
    document = get(centre, "/v1/staff/accounts", kiosk.token)
    assert document["as_of"] == "2026-12-04T09:00:00Z"
    accounts, as_of = parse_accounts(document)  # the kiosk's own reader takes it
    (account,) = accounts
    assert (account.staff_id, account.places, account.revoked, as_of) == (made["staff_id"], (VISA_CENTRE,), False,
                                                                         "2026-12-04T09:00:00Z")
    assert account.pin_hash is not None and verify_pin(PIN, account.pin_hash)
    assert account.badge_hash is not None and verify_secret(secret, account.badge_hash)
    assert not verify_pin("000000", account.pin_hash)
    # Neither the PIN nor the badge's secret is anywhere at the centre.
    text = stored_text(centre)
    assert secret not in text and PIN not in text

    named = add_staff(centre, staff_id="s-anvar", display_name="Anvar T.", role="supervisor", places=[], pin=None,
                      badge=True)
    assert named["staff_id"] == "s-anvar" and named["pin"] is False and named["places"] == []
    assert add_staff(centre, 409, staff_id="s-anvar")["error"]["code"] == "staff_exists"
    assert add_staff(centre, 422, staff_id="device")["error"]["code"] == "invalid_staff_id"
    assert add_staff(centre, 422, staff_id="Not A Slug")["error"]["code"] == "invalid_staff_id"
    assert add_staff(centre, 422, pin="12a4")["error"]["code"] == "invalid_pin"
    assert add_staff(centre, 422, pin=None)["error"]["code"] == "no_credential"
    assert add_staff(centre, 422, role="boss")["error"]["code"] == "invalid_role"
    refused = add_staff(centre, 422, places=["sample-visa-centre", "nowhere-town"])
    assert refused["error"]["code"] == "unknown_location" and refused["error"]["locations"] == ["nowhere-town"]
    assert len(get(centre, "/v1/admin/staff", centre.central.owner_token)["accounts"]) == 2


def test_a_revoked_account_reaches_devices_without_hashes_and_a_new_pin_replaces_the_old(centre: Centre) -> None:
    kiosk = centre.kiosk()
    one, two = add_staff(centre)["staff_id"], add_staff(centre, display_name="Bekzod")["staff_id"]
    owner = centre.central.owner_token

    reset = post(centre, f"/v1/admin/staff/{two}/pin", owner, {"pin": "7777"})
    assert reset["pin"] is True
    (account,) = [a for a in parse_accounts(get(centre, "/v1/staff/accounts", kiosk.token))[0] if a.staff_id == two]
    assert account.pin_hash is not None and verify_pin("7777", account.pin_hash)
    assert not verify_pin(PIN, account.pin_hash)
    assert post(centre, f"/v1/admin/staff/{two}/pin", owner, {"pin": "77"}, 422)["error"]["code"] == "invalid_pin"

    centre.central.clock.advance(timedelta(minutes=5))
    revoked = post(centre, f"/v1/admin/staff/{one}/revoke", owner)
    assert revoked["revoked"] is True and revoked["revoked_at"] == "2026-12-04T09:05:00Z"
    assert revoked["revoked_by"] == "owner:first owner"
    centre.central.clock.advance(timedelta(minutes=5))
    assert post(centre, f"/v1/admin/staff/{one}/revoke", owner)["revoked_at"] == "2026-12-04T09:05:00Z"  # once
    accounts = {a.staff_id: a for a in parse_accounts(get(centre, "/v1/staff/accounts", kiosk.token))[0]}
    assert accounts[one].revoked and accounts[one].pin_hash is None and accounts[one].badge_hash is None
    assert not accounts[two].revoked
    assert post(centre, f"/v1/admin/staff/{one}/pin", owner, {"pin": "1234"}, 409)["error"]["code"] == "staff_revoked"
    assert post(centre, "/v1/admin/staff/s-nobody/revoke", owner, status=404)["error"]["code"] == "unknown_staff"


# --- the day's list ----------------------------------------------------------------------------------------


def test_the_day_list_holds_names_phones_and_visits_and_never_passport_digits(centre: Centre) -> None:
    kiosk, other = centre.kiosk(), centre.kiosk()
    first = book(centre, kiosk, MONDAY_VISA, last4="4321")
    offline = booking_body(other, MONDAY_VISA_LATER, name="Aziz Karimov")
    centre.sent(other, uuid.uuid4().hex, "booking", offline)
    elsewhere = book(centre, kiosk, MONDAY_ORIENTATION, name="Kamola Ismoilova")
    staffed = device(centre)
    staffed.act("check_in", first, detail={"outcome": "valid"})
    for marked in (kiosk, staffed.kiosk):
        mark_staff_device(centre.central, marked.kiosk_id)

    centre.central.clock.advance(timedelta(days=1))  # Saturday: Monday is the day after tomorrow
    document = day_list(centre, staffed.kiosk)
    assert (document["location_id"], document["day"], document["as_of"]) == (VISA_CENTRE, MONDAY,
                                                                              "2026-12-05T09:00:00Z")
    rows = {row["reference"]: row for row in document["bookings"]}
    assert list(rows) == [first, offline["reference"]]  # by slot time; the orientation is another place's
    assert (rows[first]["name"], rows[first]["phone"], rows[first]["start"], rows[first]["status"]) == (
        NAME, PHONE, "2026-12-07T09:00", "booked")
    assert rows[first]["visit"] == {"state": "checked_in", "at": "2026-12-07T04:31:02Z", "staff_id": "s-test",
                                    "device": staffed.id}
    assert rows[offline["reference"]]["name"] == "Aziz Karimov" and rows[offline["reference"]]["visit"] is None
    assert rows[offline["reference"]]["kiosk_id"] == other.kiosk_id
    location, day, parsed = parse_day_list(document)  # the kiosk's own reader takes it
    assert (location, day, [booking.reference for booking in parsed]) == (VISA_CENTRE, date(2026, 12, 7),
                                                                          [first, offline["reference"]])
    assert [row["name"] for row in day_list(centre, kiosk, MIGRATION_OFFICE)["bookings"]] == ["Kamola Ismoilova"]
    assert elsewhere not in rows

    # The passport digits are nowhere near the booking (four digits may turn up by chance in the hex of a
    # release, so the tables a booking writes are the ones read); the name only beside it, for the day list.
    assert "4321" not in stored_text(centre, leave_out=("releases", "keys_documents", "release_keys", "trust",
                                                         "kiosks", "admin_tokens", "secrets", "enrollment_codes"))
    outside = stored_text(centre, leave_out=("booking_people",))
    assert NAME not in outside and "Aziz Karimov" not in outside and PHONE not in outside

    assert day_list(centre, kiosk, "nowhere-town", status=404)["error"]["code"] == "unknown_location"
    assert day_list(centre, kiosk, day="2026-12-08", status=422)["error"]["code"] == "day_out_of_reach"
    assert day_list(centre, kiosk, day="2026-12-03", status=422)["error"]["code"] == "day_out_of_reach"
    assert centre.central.call("GET", f"/v1/staff/day?location={VISA_CENTRE}&day={MONDAY}",
                               centre.central.owner_token).status_code == 401  # an admin token is no device's


def test_only_a_kiosk_marked_as_a_staff_device_is_given_day_lists(centre: Centre) -> None:
    public, laptop = centre.kiosk(), centre.kiosk()
    book(centre, public, MONDAY_VISA)
    centre.central.clock.advance(timedelta(days=1))  # Saturday: Monday is in reach

    # A public kiosk (every kiosk, until marked) is refused, whatever it asks: no names, and not even
    # whether the place or the day would be given.
    for location_id, day in ((VISA_CENTRE, MONDAY), ("nowhere-town", MONDAY), (VISA_CENTRE, "2027-06-01")):
        answer = centre.central.call("GET", f"/v1/staff/day?location={location_id}&day={day}", public.token)
        assert answer.status_code == 403, answer.text
        error = answer.json()["error"]
        assert error["code"] == "not_a_staff_device" and public.kiosk_id in error["message"]
        assert NAME not in answer.text and PHONE not in answer.text
    assert get(centre, "/v1/staff/accounts", public.token)["accounts"] == []  # the accounts stay open to it

    mark_staff_device(centre.central, laptop.kiosk_id)
    assert [row["name"] for row in day_list(centre, laptop)["bookings"]] == [NAME]
    assert day_list(centre, public, status=403)["error"]["code"] == "not_a_staff_device"
    fleet = {kiosk["kiosk_id"]: kiosk["staff_device"]
             for kiosk in get(centre, "/v1/admin/fleet", centre.central.admin(Role.FLEET_VIEWER))["kiosks"]}
    assert fleet == {public.kiosk_id: False, laptop.kiosk_id: True}

    mark_staff_device(centre.central, laptop.kiosk_id)  # marking again changes nothing
    mark_staff_device(centre.central, laptop.kiosk_id, False)
    assert day_list(centre, laptop, status=403)["error"]["code"] == "not_a_staff_device"
    mark_staff_device(centre.central, laptop.kiosk_id, False)

    owner = centre.central.owner_token
    unknown = post(centre, "/v1/admin/kiosks/k-nobody/staff-device", owner, {"staff_device": True}, 404)
    assert unknown["error"]["code"] == "unknown_kiosk"
    path = f"/v1/admin/kiosks/{laptop.kiosk_id}/staff-device"
    for body in ({"staff_device": "yes"}, {"staff_device": 1}, {}, {"staff_device": True, "also": 1}):
        assert post(centre, path, owner, body, 422)["error"]["code"] == "invalid_request", body
    assert day_list(centre, laptop, status=403)["error"]["code"] == "not_a_staff_device"


def test_names_and_phones_are_deleted_people_days_after_the_day(centre: Centre) -> None:
    kiosk = centre.kiosk()
    code = book(centre, kiosk, MONDAY_VISA)
    saturday = book(centre, kiosk, "sample-migration-office.language-test-registration.2026-12-05T10:00",
                    name="Laylo Rahimova")

    def kept() -> set[str]:
        with centre.engine.connect() as connection:
            return set(connection.execute(select(booking_people.c.reference)).scalars())

    assert kept() == {code, saturday}
    assert people.purge(centre.engine, date(2026, 12, 7), 2) == 0  # Monday: Saturday + 2 is today
    assert people.purge(centre.engine, date(2026, 12, 8), 2) == 1  # Tuesday: Saturday + 2 is over
    assert kept() == {code}
    assert people.purge(centre.engine, date(2026, 12, 9), 2) == 0  # Wednesday: Monday + 2 is today
    assert people.purge(centre.engine, date(2026, 12, 10), 2) == 1
    assert kept() == set()


def test_the_upkeep_loop_deletes_them_on_the_centres_clock(database_param: str, tmp_path: Path,
                                                           content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database_param, content_tree, allowance_days=0, people_days=1,
                          upkeep_interval_s=0.05) as centre:
        kiosk = centre.kiosk()
        mark_staff_device(centre.central, kiosk.kiosk_id)
        code = book(centre, kiosk, MONDAY_VISA)
        centre.central.clock.advance(timedelta(days=4))  # Tuesday 14:00: Monday + 1 is not over yet
        threading.Event().wait(0.5)
        with centre.engine.connect() as connection:
            assert connection.execute(select(booking_people.c.name)).scalars().all() == [NAME]
        centre.central.clock.advance(timedelta(days=1))  # Wednesday
        for _ in range(200):
            with centre.engine.connect() as connection:
                if connection.execute(select(booking_people.c.name)).first() is None:
                    break
            threading.Event().wait(0.05)
        with centre.engine.connect() as connection:
            assert connection.execute(select(booking_people.c.name)).first() is None
        # The booking itself stands; its list line has no name any more.
        centre.central.clock.advance(timedelta(days=-3))  # back where Monday is in reach, to look
        row = day_list(centre, kiosk)["bookings"][0]
        assert (row["reference"], row["name"], row["phone"], row["status"]) == (code, "", "", "booked")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_param(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("fresh_postgres_url"))
    return str(tmp_path / "upkeep.db")


# --- the audit chain ---------------------------------------------------------------------------------------


def test_an_intact_chain_is_accepted_in_any_order(centre: Centre) -> None:
    staffed = device(centre)
    code = reference.new_reference()
    made = [staffed.entry("sign_in", location_id=VISA_CENTRE), staffed.entry("check_in", code),
            staffed.entry("served", code), staffed.entry("sign_out")]
    for entry in (made[0], made[2], made[1], made[3]):  # 3 before 2: checked when its neighbour comes
        assert staffed.send(entry).status_code == 201
    assert chain_findings(centre) == []
    status = audit(centre, staffed.id)
    assert status == {"device": staffed.id, "entries": 4, "last_seq": 4, "missing": [], "breaks": [], "findings": 0,
                      "intact": True}
    # Served (seq 3) stands although the check-in (seq 2) arrived after it.
    visit = visit_of(centre, code)
    assert visit is not None and (visit["state"], visit["seq"]) == ("served", 3)
    assert visit["checked_in"]["item_id"] == item_id(staffed.id, 2)


def test_a_broken_chain_is_a_finding_for_staff(centre: Centre) -> None:
    staffed = device(centre)
    staffed.act("sign_in")
    tampered = staffed.entry("check_in", reference.new_reference())
    tampered[1]["staff_id"] = "s-someone-else"  # edited after it was hashed
    assert staffed.send(tampered).status_code == 201  # kept: it is what the device sent
    found = chain_findings(centre)
    assert len(found) == 1 and found[0]["kiosk_id"] == staffed.id and "seq 2: edited" in found[0]["detail"]

    # A gap that fills wrongly: 4 arrives and waits; then a 3 that is not the one 4 was chained to.
    three = staffed.entry("sign_out")
    four = staffed.entry("sign_in")
    assert staffed.send(four).status_code == 201
    assert audit(centre, staffed.id)["missing"] == [3]
    forged = dict(three[1], at="2026-12-07T05:00:00Z")
    forged["hash"] = entry_hash(forged["prev"], forged)
    assert staffed.send((three[0], forged)).status_code == 201
    newest = chain_findings(centre)[0]  # told when 3 came: 4 is not chained to it
    assert newest["detail"].split(" breaks at ")[1].startswith("seq 4: prev_mismatch")
    status = audit(centre, staffed.id)
    assert status["intact"] is False and status["missing"] == [] and status["findings"] == 2
    assert any("seq 2: edited" in line for line in status["breaks"])
    assert any("seq 4: prev_mismatch" in line for line in status["breaks"])

    # The first entry of a chain must start from the genesis hash.
    other = device(centre)
    first = other.entry("sign_in")
    wrong = dict(first[1], prev="1" * 64)
    wrong["hash"] = entry_hash(wrong["prev"], wrong)
    assert other.send((first[0], wrong)).status_code == 201
    assert "seq 1: prev_mismatch" in chain_findings(centre)[0]["detail"]


def test_an_item_the_centre_cannot_read_is_refused_and_nothing_kept(centre: Centre) -> None:
    staffed, stranger = device(centre), device(centre)

    def refused(made: tuple[str, dict[str, Any]], by: Device | None = None) -> str:
        answer = (by or staffed).send(made)
        assert answer.status_code == 422, answer.text
        return str(answer.json()["error"]["code"])

    good = staffed.entry("check_in", reference.new_reference())
    assert refused((good[0], {**good[1], "seq": "1"})) == "invalid_item"
    assert refused((good[0], {**good[1], "action": "dance"})) == "invalid_item"
    assert refused((good[0], {**good[1], "hash": "XYZ"})) == "invalid_item"
    assert refused((good[0], {**good[1], "at": "yesterday"})) == "invalid_item"
    assert refused(("staff-other-1", good[1])) == "invalid_item"  # the id is the entry's
    assert refused(good, by=stranger) == "invalid_item"  # a device sends only its own chain
    undo = staffed.entry("undo", good[1]["reference"], detail={"undoes": 5})
    assert refused(undo) == "invalid_item"
    assert get(centre, "/v1/admin/outbox?kind=staff_action", centre.central.owner_token)["items"] == []
    assert centre.central.call("GET", "/v1/admin/staff-audit", centre.central.owner_token).json()["devices"] == []


# --- visits ------------------------------------------------------------------------------------------------


def test_the_first_check_in_wins_and_a_second_device_is_a_conflict_with_both_records(centre: Centre) -> None:
    kiosk = centre.kiosk()
    code = book(centre, kiosk, MONDAY_VISA)
    desk, door = device(centre), device(centre)
    desk.act("check_in", code, staff_id="s-desk", at="2026-12-07T04:30:00Z")
    desk.act("check_in", code, staff_id="s-desk", at="2026-12-07T04:30:30Z")  # its own "already checked in"
    assert conflicts(centre) == []
    door.act("check_in", code, staff_id="s-door", at="2026-12-07T04:29:00Z")  # earlier on its clock, later here

    visit = visit_of(centre, code)
    assert visit is not None
    assert (visit["state"], visit["device"], visit["staff_id"], visit["at"]) == (
        "checked_in", desk.id, "s-desk", "2026-12-07T04:30:00Z")
    (conflict,) = conflicts(centre)
    assert (conflict["reference"], conflict["location_id"], conflict["day"]) == (code, VISA_CENTRE, MONDAY)
    assert conflict["first"] == {"device": desk.id, "staff_id": "s-desk", "at": "2026-12-07T04:30:00Z",
                                 "item_id": item_id(desk.id, 1)}
    assert conflict["second"] == {"device": door.id, "staff_id": "s-door", "at": "2026-12-07T04:29:00Z",
                                  "item_id": item_id(door.id, 1)}
    assert conflict["resolved_at"] is None
    row = staff_day(centre)["bookings"][0]
    assert (row["reference"], row["audit_entries"], row["conflicts"]) == (code, 3, 1)

    # An administrator resolves it, once.
    scheduler = centre.central.admin(Role.SCHEDULER, "Malika")
    resolved = post(centre, f"/v1/admin/staff-conflicts/{conflict['id']}/resolve", scheduler,
                    {"note": "the door desk scanned the receipt again; one visit"})
    assert (resolved["resolved_by"], resolved["resolution"]) == (
        "scheduler:Malika", "the door desk scanned the receipt again; one visit")
    again = post(centre, f"/v1/admin/staff-conflicts/{conflict['id']}/resolve", scheduler, {"note": "x"}, 409)
    assert again["error"]["code"] == "already_resolved"
    assert post(centre, "/v1/admin/staff-conflicts/999/resolve", scheduler, {"note": "x"}, 404)["error"][
        "code"] == "unknown_conflict"
    assert get(centre, "/v1/admin/staff-conflicts?open=true", scheduler)["conflicts"] == []
    assert visit_of(centre, code) == visit  # resolving changes no visit


def test_served_no_show_and_undo(centre: Centre) -> None:
    desk = device(centre)
    seen, missed = reference.new_reference(), reference.new_reference()
    desk.act("check_in", seen)
    served = desk.act("served", seen)
    assert (visit_of(centre, seen) or {})["state"] == "served"
    desk.act("undo", seen, detail={"undoes": served["seq"]})
    visit = visit_of(centre, seen)
    assert visit is not None and (visit["state"], visit["seq"]) == ("checked_in", 1)
    desk.act("undo", seen, detail={"undoes": 1})  # the check-in itself
    assert visit_of(centre, seen) is None

    no_show = desk.act("no_show", missed)
    assert (visit_of(centre, missed) or {})["state"] == "no_show"
    # Another device's undo of that number is about its own chain, not this one's.
    other = device(centre)
    other.act("sign_in")
    other.act("undo", missed, detail={"undoes": 1})
    assert (visit_of(centre, missed) or {})["state"] == "no_show"
    # The person came after all: checked in late, which may follow a no-show.
    desk.act("undo", missed, detail={"undoes": no_show["seq"]})
    desk.act("check_in", missed)
    assert (visit_of(centre, missed) or {})["state"] == "checked_in"

    # An undo that arrives before what it undoes: that entry is then not applied when it comes.
    late = reference.new_reference()
    check_in = desk.entry("check_in", late)
    undo = desk.entry("undo", late, detail={"undoes": check_in[1]["seq"]})
    assert desk.send(undo).status_code == 201
    assert desk.send(check_in).status_code == 201
    assert visit_of(centre, late) is None
    assert chain_findings(centre) == [] and audit(centre, desk.id)["intact"]


def test_the_same_item_again_changes_nothing(centre: Centre) -> None:
    desk, door = device(centre), device(centre)
    code = reference.new_reference()
    first = desk.entry("check_in", code)
    answers = [desk.send(first) for _ in range(3)]
    assert [answer.status_code for answer in answers] == [201, 200, 200]
    assert answers[0].json() == answers[1].json()
    second = door.entry("check_in", code)
    assert [door.send(second).status_code for _ in range(3)] == [201, 200, 200]
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert set(pool.map(lambda _: door.send(second).status_code, range(6))) == {200}
    assert len(conflicts(centre)) == 1
    assert audit(centre, desk.id)["entries"] == audit(centre, door.id)["entries"] == 1
    # The same id with another body is the outbox's 409, kept for staff; the visit does not move.
    forged = dict(second[1], staff_id="s-forger")
    forged["hash"] = entry_hash(forged["prev"], forged)
    assert door.send((second[0], forged)).status_code == 409
    assert (visit_of(centre, code) or {})["device"] == desk.id


def test_two_devices_checking_one_person_in_at_once_make_one_visit_and_one_conflict(centre: Centre) -> None:
    desk, door = device(centre), device(centre)
    codes = [reference.new_reference() for _ in range(12)]
    for code in codes:
        made = [desk.entry("check_in", code), door.entry("check_in", code)]
        start = threading.Barrier(2)

        def send(pair: tuple[Device, tuple[str, dict[str, Any]]], start: threading.Barrier = start) -> int:
            start.wait()
            return pair[0].send(pair[1]).status_code

        with ThreadPoolExecutor(max_workers=2) as pool:
            assert list(pool.map(send, [(desk, made[0]), (door, made[1])])) == [201, 201]
    found = conflicts(centre)
    assert sorted(conflict["reference"] for conflict in found) == sorted(codes)
    day = staff_day(centre)
    visits = {row["reference"]: row["visit"] for row in day["unbooked_visits"]}
    assert sorted(visits) == sorted(codes)
    for conflict in found:
        visit = visits[conflict["reference"]]
        # The winner is whichever came first, and the conflict's first record is that same check-in.
        assert visit["device"] == conflict["first"]["device"] != conflict["second"]["device"]
        assert visit["checked_in"] == conflict["first"]
    assert chain_findings(centre) == []


# --- roles -------------------------------------------------------------------------------------------------

ROLES = (Role.OWNER, Role.CONTENT_EDITOR, Role.REGISTRY_MANAGER, Role.SCHEDULER, Role.FLEET_VIEWER)
READERS = {Role.OWNER, Role.SCHEDULER, Role.FLEET_VIEWER}


def test_each_staff_route_lets_in_only_its_roles(centre: Centre) -> None:
    made = add_staff(centre)["staff_id"]
    code = reference.new_reference()
    device(centre).act("check_in", code)
    device(centre).act("check_in", code)
    (conflict,) = conflicts(centre)
    routes: list[tuple[str, str, dict[str, Any] | None, set[Role]]] = [
        ("POST", "/v1/admin/staff", {"display_name": "X", "role": "operator", "pin": "1234"}, {Role.OWNER}),
        ("GET", "/v1/admin/staff", None, READERS),
        ("POST", f"/v1/admin/staff/{made}/pin", {"pin": "4321"}, {Role.OWNER}),
        ("GET", "/v1/admin/staff-conflicts", None, READERS),
        ("GET", f"/v1/admin/staff-day?location={VISA_CENTRE}&day={MONDAY}", None, READERS),
        ("GET", "/v1/admin/staff-audit", None, READERS),
        ("POST", f"/v1/admin/staff-conflicts/{conflict['id']}/resolve", {"note": "seen"}, {Role.OWNER, Role.SCHEDULER}),
        ("POST", f"/v1/admin/staff/{made}/revoke", None, {Role.OWNER}),
    ]
    kiosk = centre.kiosk()
    routes.append(("POST", f"/v1/admin/kiosks/{kiosk.kiosk_id}/staff-device", {"staff_device": True}, {Role.OWNER}))
    for method, path, body, allowed in routes:
        for role in ROLES:
            if role in allowed and path.endswith("/resolve") and role is Role.SCHEDULER:
                continue  # resolving twice is a 409: the scheduler's turn is below
            answer = centre.central.call(method, path, centre.central.admin(role), json=body)
            expected = {201, 200} if role in allowed else {403}
            assert answer.status_code in expected, (method, path, role, answer.text)
        for token in (None, kiosk.token, "nonsense"):
            assert centre.central.call(method, path, token, json=body).status_code == 401, (method, path, token)
    fresh = device(centre)
    fresh.act("check_in", code)
    (newest, _) = conflicts(centre)
    assert centre.central.call("POST", f"/v1/admin/staff-conflicts/{newest['id']}/resolve",
                               centre.central.admin(Role.SCHEDULER), json={"note": "ok"}).status_code == 200
    for path in ("/v1/staff/accounts", f"/v1/staff/day?location={VISA_CENTRE}&day=2026-12-05"):
        assert centre.central.call("GET", path, kiosk.token).status_code == 200  # the owner marked it, above
        assert centre.central.call("GET", path, centre.central.owner_token).status_code == 401
        assert centre.central.call("GET", path).status_code == 401


def test_the_outbox_lists_staff_actions_whole(centre: Centre) -> None:
    staffed = device(centre)
    sent = staffed.act("check_in", reference.new_reference(), detail={"outcome": "valid", "token_kiosk": "k1",
                                                                      "token_issued": 1767225600})
    (item,) = get(centre, "/v1/admin/outbox?kind=staff_action", centre.central.owner_token)["items"]
    assert item["id"] == item_id(staffed.id, 1) and item["body"] == sent
    assert item["created_at"] == "2026-12-04T09:00:00Z"
