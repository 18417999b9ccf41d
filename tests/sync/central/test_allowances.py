"""Offline allowances at the centre: seats lent to kiosks, held until accounted for, never past capacity.

Every test runs on SQLite and on a real PostgreSQL, with the centre's clock pinned at Friday
2026-12-04 14:00 in Tashkent (moved only by the test). The helpers here are shared with
test_outbox_bookings.py.
"""

from __future__ import annotations

import itertools
import random
import threading
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
from sqlalchemy import Engine, select

from kiosk import reference
from sync.central import allowances
from sync.central.allowances import allowance_seats
from sync.central.database import make_engine
from sync.central.seats import invariant_breaches, overbooked
from sync.central.tables import allowances as allowances_table
from sync.central.tables import slots
from sync.central.tokens import Role
from sync.protocol.outbox import envelope
from tests.sync.central.central_server import START, Central, Kiosk, enroll_kiosk, put_keys, running_central
from tests.sync.central.test_releases import publish

pytest_plugins = ["tests.sync.postgres_fixtures"]

TASHKENT = ZoneInfo("Asia/Tashkent")
# The clock stands at Friday 14:00 in Tashkent. Capacities: visa 3, language test 2, orientation 25.
SATURDAY_TEST = "sample-migration-office.language-test-registration.2026-12-05T10:00"
MONDAY_VISA = "sample-visa-centre.visa-submission.2026-12-07T09:00"
MONDAY_VISA_LATER = "sample-visa-centre.visa-submission.2026-12-07T09:20"
MONDAY_ORIENTATION = "sample-migration-office.pre-departure-orientation.2026-12-07T10:00"
NAME = "Oʻktam Yoʻldoshev"
NAMES = ("Aziz", "Bekzod", "Dilnoza", "Farrux", "Gulnora", "Jasur", "Kamola", "Laylo", "Mansur", "Nodira", "Otabek",
         "Rustam")
PHONE = "+998 90 000 00 00"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Every test here runs on SQLite and on a real PostgreSQL."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("fresh_postgres_url"))
    return str(tmp_path / "central.db")


@dataclass
class Centre:
    """A running centre with keys and the repository's booking catalogue published, seen over HTTP and directly."""

    central: Central
    engine: Engine

    def kiosk(self) -> Kiosk:
        return enroll_kiosk(self.central)

    def exchange(self, kiosk: Kiosk, settle: Sequence[tuple[str, Sequence[str]]] = (), want: bool = True
                 ) -> dict[str, Any]:
        answer = self.central.call("POST", "/v1/allowances", kiosk.token, json={
            "settle": [{"grant_id": grant_id, "sold": list(sold)} for grant_id, sold in settle], "want": want})
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def slot(self, slot_id: str) -> tuple[int, int, int]:
        """``(booked, held, capacity)``."""
        with self.engine.connect() as connection:
            row = connection.execute(select(slots.c.booked, slots.c.held, slots.c.capacity)
                                     .where(slots.c.slot_id == slot_id)).one()
        return int(row.booked), int(row.held), int(row.capacity)

    def grant_row(self, grant_id: str) -> Any:
        with self.engine.connect() as connection:
            return connection.execute(select(allowances_table).where(allowances_table.c.grant_id == grant_id)).one()

    def breaches(self) -> list[str]:
        with self.engine.connect() as connection:
            return invariant_breaches(connection) + [f"overbooked {slot}" for slot in overbooked(connection)]

    def book_live(self, kiosk: Kiosk, body: dict[str, Any], key: str) -> requests.Response:
        return self.central.call("POST", "/v1/bookings", kiosk.token, json=live_request(body),
                                 headers={"Idempotency-Key": key})

    def send(self, kiosk: Kiosk, item_id: str, kind: str, body: dict[str, Any]) -> requests.Response:
        return self.central.call("POST", "/v1/outbox", kiosk.token, json=envelope(item_id, kind, body, START))

    def sent(self, kiosk: Kiosk, item_id: str, kind: str, body: dict[str, Any]) -> None:
        answer = self.send(kiosk, item_id, kind, body)
        assert answer.status_code in (200, 201), answer.text

    def findings(self) -> list[dict[str, Any]]:
        answer = self.central.call("GET", "/v1/admin/booking-findings", self.central.admin(Role.SCHEDULER))
        assert answer.status_code == 200, answer.text
        found: list[dict[str, Any]] = answer.json()["findings"]
        return found


@contextmanager
def allowance_centre(folder: Path, database: str, content_tree: Path, **settings: Any) -> Iterator[Centre]:
    folder.mkdir()
    with running_central(folder, database, **settings) as central:
        put_keys(central)
        assert publish(central, content_tree).status_code == 201
        engine = make_engine(central.database)
        try:
            yield Centre(central, engine)
        finally:
            engine.dispose()


def grant_in(answer: dict[str, Any], slot_id: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [grant for grant in answer["grants"] if grant["slot_id"] == slot_id]
    assert len(found) == 1, (slot_id, answer["grants"])
    return found[0]


def booking_body(kiosk: Kiosk, slot_id: str, *, name: str = NAME, last4: str = "", grant_id: str | None = None,
                 code: str | None = None) -> dict[str, Any]:
    """A booking outbox item's body, as the kiosk writes it (``grant_id`` when sold from an allowance)."""
    location_id, service_id, start = slot_id.split(".")
    body: dict[str, Any] = {
        "reference": code or reference.new_reference(), "slot_id": slot_id, "location_id": location_id,
        "service_id": service_id, "start": start, "end": start, "name": name, "phone": PHONE,
        "passport_last4": last4, "language": "uz-Latn", "created_at": "2026-12-04T14:00:00",
        "kiosk_id": kiosk.kiosk_id}
    if grant_id is not None:
        body["grant_id"] = grant_id
    return body


def live_request(body: dict[str, Any]) -> dict[str, Any]:
    """The live POST the kiosk makes (or would make) for the same booking: the same details."""
    return {name: body[name] for name in ("reference", "slot_id", "name", "phone", "passport_last4", "language")}


def move_body(kiosk: Kiosk, code: str, old_slot: str, new_slot: str, grant_id: str | None = None) -> dict[str, Any]:
    location_id, _service_id, start = new_slot.split(".")
    body: dict[str, Any] = {"reference": code, "slot_id": new_slot, "location_id": location_id, "start": start,
                            "end": start, "previous_slot_id": old_slot, "rescheduled_at": "2026-12-04T14:05:00",
                            "kiosk_id": kiosk.kiosk_id}
    if grant_id is not None:
        body["grant_id"] = grant_id
    return body


def cancel_body(kiosk: Kiosk, code: str, *, key: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"reference": code, "cancelled_at": "2026-12-04T14:10:00", "kiosk_id": kiosk.kiosk_id}
    if key is not None:
        body |= {"withdrawn": True, "key": key}
    return body


def local_now(centre: Centre) -> Any:
    return centre.central.clock().astimezone(TASHKENT).replace(tzinfo=None)


# --- the policy ------------------------------------------------------------------------------------------


def test_the_policy_in_numbers() -> None:
    half = Fraction(1, 2)
    assert allowance_seats(25, 0, 0, Fraction(1, 2), half, 2) == 2  # the per-slot cap
    assert allowance_seats(25, 0, 11, Fraction(1, 2), half, 2) == 1  # the share: 12 of 25, 11 held already
    assert allowance_seats(25, 24, 0, Fraction(1, 2), half, 2) == 1  # the seats still free
    assert allowance_seats(3, 0, 0, Fraction(1, 100), half, 2) == 1  # a small weight still gets one
    assert allowance_seats(1, 0, 0, Fraction(1), half, 2) == 0  # half of one seat is none
    assert allowance_seats(25, 0, 0, Fraction(1, 5), Fraction(1), 10) == 5  # the weight
    assert allowance_seats(25, 0, 0, Fraction(4, 5), Fraction(1), 10) == 10


def test_grants_respect_the_share_the_per_slot_cap_and_capacity(database: str, tmp_path: Path,
                                                                content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4) as centre:
        first, second = centre.kiosk(), centre.kiosk()
        granted = centre.exchange(first)
        assert granted["settled"] == granted["waiting"] == granted["unknown"] == []
        assert granted["server_time"] == "2026-12-04T09:00:00Z"
        assert grant_in(granted, MONDAY_ORIENTATION)["seats"] == 2  # 25 seats: the per-slot cap
        assert grant_in(granted, MONDAY_VISA)["seats"] == 1  # half of 3 seats
        assert grant_in(granted, SATURDAY_TEST)["seats"] == 1  # half of 2
        assert grant_in(granted, MONDAY_VISA)["lease_s"] == 4 * 3600
        # A lease ends when its slot can no longer be booked, whatever the kiosk's clock says: 14:20 here.
        assert grant_in(granted, "sample-visa-centre.visa-submission.2026-12-04T16:20")["lease_s"] == 20 * 60
        slot_ids = {grant["slot_id"] for grant in granted["grants"]}
        assert not any(slot_id.startswith("sample-migration-office.legal-consultation.")  # half of 1 seat is none
                       for slot_id in slot_ids)
        assert "sample-visa-centre.visa-submission.2026-12-04T16:00" not in slot_ids  # too soon to get there
        assert max(slot_ids) < "sample-z" and all(slot_id[-16:] < "2026-12-08T14:00" for slot_id in slot_ids)

        other = centre.exchange(second)
        assert grant_in(other, MONDAY_ORIENTATION)["seats"] == 2
        assert MONDAY_VISA not in {grant["slot_id"] for grant in other["grants"]}  # its share is held
        assert centre.slot(MONDAY_VISA) == (0, 1, 3)
        assert centre.slot(MONDAY_ORIENTATION) == (0, 4, 25)

        # Asking again grants nothing new, and answers with the grants the kiosk has.
        again = centre.exchange(first)
        assert sorted(grant["grant_id"] for grant in again["grants"]) == sorted(
            grant["grant_id"] for grant in granted["grants"])
        assert centre.exchange(first, want=False)["grants"] == []
        assert centre.slot(MONDAY_ORIENTATION) == (0, 4, 25)

        monday = centre.central.call("GET", "/v1/slots", first.token, params={
            "service_id": "visa-submission", "first": "2026-12-07"}).json()["slots"]  # every location
        assert monday[0]["slot_id"] == MONDAY_VISA and (monday[0]["free"], monday[0]["held"]) == (2, 1)
        assert centre.breaches() == []


def test_a_busy_kiosk_is_granted_more_than_a_quiet_one(database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4, allowance_share=1.0,
                          allowance_per_slot=10) as centre:
        quiet, busy = centre.kiosk(), centre.kiosk()
        for number in range(3):
            body = booking_body(busy, MONDAY_VISA_LATER if number else MONDAY_VISA, name=f"Person{'abc'[number]} X")
            assert centre.book_live(busy, body, uuid.uuid4().hex).status_code == 201
        # Weights: quiet (0 + 1) / 5, busy (3 + 1) / 5, of the orientation's 25 seats.
        assert grant_in(centre.exchange(quiet), MONDAY_ORIENTATION)["seats"] == 5
        assert grant_in(centre.exchange(busy), MONDAY_ORIENTATION)["seats"] == 10
        assert centre.breaches() == []


def test_allowances_can_be_turned_off(database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=0) as centre:
        assert centre.exchange(centre.kiosk())["grants"] == []


def test_a_new_catalogue_never_takes_held_seats(database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4) as centre:
        kiosk = centre.kiosk()
        assert grant_in(centre.exchange(kiosk), MONDAY_ORIENTATION)["seats"] == 2
        services = content_tree / "booking" / "services.toml"
        services.write_text(services.read_text(encoding="utf-8").replace("capacity = 25", "capacity = 1"),
                            encoding="utf-8")
        assert publish(centre.central, content_tree).status_code == 201
        assert centre.slot(MONDAY_ORIENTATION) == (0, 2, 2)  # lowered as far as the seats held
        assert centre.slot(MONDAY_ORIENTATION.replace("07T10", "09T10")) == (0, 0, 1)  # Wednesday's: nothing held
        assert centre.breaches() == []


def test_a_live_booking_cannot_take_held_seats(database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_share=1.0) as centre:
        kiosk = centre.kiosk()
        assert grant_in(centre.exchange(kiosk), SATURDAY_TEST)["seats"] == 2  # the only kiosk: all of it
        assert centre.slot(SATURDAY_TEST) == (0, 2, 2)
        refused = centre.book_live(kiosk, booking_body(kiosk, SATURDAY_TEST), uuid.uuid4().hex)
        assert refused.status_code == 409 and refused.json()["error"]["code"] == "slot_full"
        assert centre.slot(SATURDAY_TEST) == (0, 2, 2)


def test_settling_returns_the_unsold_seats_once_every_sold_booking_has_arrived(
        database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4,
                          allowance_share=1.0) as centre:
        kiosk = centre.kiosk()
        grant = grant_in(centre.exchange(kiosk), MONDAY_VISA)  # the only kiosk yet: the per-slot cap
        assert grant["seats"] == 2 and centre.slot(MONDAY_VISA) == (0, 2, 3)
        stranger = centre.kiosk()
        sold = booking_body(kiosk, MONDAY_VISA, grant_id=grant["grant_id"])

        # The lease is long past (the kiosk counts it; the centre never takes seats back on time alone) ...
        centre.central.clock.advance(timedelta(hours=30))
        closed = allowances.close_begun(centre.engine, centre.central.clock(), local_now(centre))
        assert closed and grant["grant_id"] not in closed  # Saturday's slots have begun, Monday's not
        # ... and the kiosk settles, but the booking it sold is still in its outbox: the seats stay held.
        waiting = centre.exchange(kiosk, [(grant["grant_id"], [sold["reference"]])], want=False)
        assert (waiting["waiting"], waiting["settled"]) == ([grant["grant_id"]], [])
        assert centre.slot(MONDAY_VISA) == (0, 2, 3)
        assert centre.exchange(stranger, [(grant["grant_id"], [])], want=False)["unknown"] == [grant["grant_id"]]
        assert centre.exchange(kiosk, [("no-such-grant", [])], want=False)["unknown"] == ["no-such-grant"]

        centre.sent(kiosk, uuid.uuid4().hex, "booking", sold)
        assert centre.slot(MONDAY_VISA) == (1, 1, 3)
        settled = centre.exchange(kiosk, [(grant["grant_id"], [reference.display(sold["reference"])])], want=False)
        assert settled["settled"] == [grant["grant_id"]]
        assert centre.slot(MONDAY_VISA) == (1, 0, 3)  # the unsold seat is free again
        row = centre.grant_row(grant["grant_id"])
        assert (row.status, row.closed_why, row.used) == ("closed", "settled", 1)
        # The answer was lost; the kiosk settles again: nothing changes twice.
        assert centre.exchange(kiosk, [(grant["grant_id"], [sold["reference"]])], want=False)["settled"] == [
            grant["grant_id"]]
        assert centre.slot(MONDAY_VISA) == (1, 0, 3)
        assert centre.breaches() == []


def test_a_booking_made_live_then_moved_offline_keeps_the_grant_until_the_move_arrives(
        database: str, tmp_path: Path, content_tree: Path) -> None:
    # Found by the three-kiosk chaos test on PostgreSQL: the centre took "a live booking of this
    # kiosk has that reference" as the move's report, closed the grant, and the move then overfilled.
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4,
                          allowance_share=1.0) as centre:
        kiosk = centre.kiosk()
        live = booking_body(kiosk, MONDAY_VISA_LATER)
        assert centre.book_live(kiosk, live, uuid.uuid4().hex).status_code == 201
        grant = grant_in(centre.exchange(kiosk), MONDAY_VISA)
        assert centre.slot(MONDAY_VISA) == (0, 2, 3)
        # Offline, the kiosk moves the live booking into the grant's slot; its lease ends and it settles
        # while the move is still in its outbox.
        waiting = centre.exchange(kiosk, [(grant["grant_id"], [live["reference"]])], want=False)
        assert (waiting["waiting"], waiting["settled"]) == ([grant["grant_id"]], [])
        assert centre.slot(MONDAY_VISA) == (0, 2, 3)
        centre.sent(kiosk, uuid.uuid4().hex, "reschedule",
                    move_body(kiosk, live["reference"], MONDAY_VISA_LATER, MONDAY_VISA, grant["grant_id"]))
        assert centre.slot(MONDAY_VISA) == (1, 1, 3)
        assert centre.exchange(kiosk, [(grant["grant_id"], [live["reference"]])], want=False)["settled"] == [
            grant["grant_id"]]
        assert centre.slot(MONDAY_VISA) == (1, 0, 3)
        assert centre.findings() == []
        assert centre.breaches() == []


def test_a_kiosk_may_end_a_lease_early_by_settling(database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4) as centre:
        kiosk = centre.kiosk()
        grant = grant_in(centre.exchange(kiosk), MONDAY_ORIENTATION)
        assert centre.exchange(kiosk, [(grant["grant_id"], [])], want=False)["settled"] == [grant["grant_id"]]
        assert centre.slot(MONDAY_ORIENTATION) == (0, 0, 25)
        # The next call grants the slot afresh: a new grant, a new lease.
        again = grant_in(centre.exchange(kiosk), MONDAY_ORIENTATION)
        assert again["grant_id"] != grant["grant_id"]


def test_a_kiosk_that_sold_more_than_its_grant_is_reported(database: str, tmp_path: Path,
                                                           content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4) as centre:
        kiosk = centre.kiosk()
        grant = grant_in(centre.exchange(kiosk), MONDAY_VISA)  # one seat
        sold = [booking_body(kiosk, MONDAY_VISA, name=name, grant_id=grant["grant_id"])
                for name in ("Ali A", "Vali B")]
        for body in sold:
            centre.sent(kiosk, uuid.uuid4().hex, "booking", body)
        settled = centre.exchange(kiosk, [(grant["grant_id"], [body["reference"] for body in sold])], want=False)
        assert settled["settled"] == [grant["grant_id"]]
        kinds = [(finding["kind"], finding["grant_id"]) for finding in centre.findings()]
        assert kinds[0] == ("oversold", grant["grant_id"]) and ("unknown_grant", grant["grant_id"]) in kinds
        assert centre.slot(MONDAY_VISA) == (2, 0, 3)
        assert centre.breaches() == []


def test_upkeep_closes_the_grants_of_slots_that_have_begun(database: str, tmp_path: Path,
                                                           content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree) as centre:
        kiosk = centre.kiosk()
        granted = centre.exchange(kiosk)
        grant = grant_in(granted, SATURDAY_TEST)
        centre.central.clock.advance(timedelta(hours=19, minutes=59))  # Saturday 09:59 in Tashkent
        assert grant["grant_id"] not in allowances.close_begun(centre.engine, centre.central.clock(),
                                                               local_now(centre))
        centre.central.clock.advance(timedelta(minutes=1))
        closed = allowances.close_begun(centre.engine, centre.central.clock(), local_now(centre))
        assert grant["grant_id"] in closed
        row = centre.grant_row(grant["grant_id"])
        assert (row.status, row.closed_why) == ("closed", "slot_begun")
        assert centre.slot(SATURDAY_TEST) == (0, 0, 2)
        assert centre.breaches() == []


def test_the_upkeep_loop_closes_them_by_itself(database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, upkeep_interval_s=0.05) as centre:
        kiosk = centre.kiosk()
        grant = grant_in(centre.exchange(kiosk), SATURDAY_TEST)
        centre.central.clock.advance(timedelta(hours=20))
        for _ in range(400):
            if centre.grant_row(grant["grant_id"]).status == "closed":
                break
            threading.Event().wait(0.05)
        assert centre.grant_row(grant["grant_id"]).closed_why == "slot_begun"


def test_an_administrator_writes_off_a_lost_kiosks_grants(database: str, tmp_path: Path,
                                                          content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4) as centre:
        lost, other = centre.kiosk(), centre.kiosk()
        mine = centre.exchange(lost)["grants"]
        theirs = centre.exchange(other)["grants"]
        scheduler, viewer = centre.central.admin(Role.SCHEDULER), centre.central.admin(Role.FLEET_VIEWER)

        listed = centre.central.call("GET", "/v1/admin/allowances", viewer, params={"kiosk_id": lost.kiosk_id})
        assert listed.status_code == 200
        assert sorted(grant["grant_id"] for grant in listed.json()["grants"]) == sorted(g["grant_id"] for g in mine)
        assert not any(grant["overdue"] for grant in listed.json()["grants"])
        centre.central.clock.advance(timedelta(hours=5, seconds=1))  # the lease and the margin have passed
        overdue = centre.central.call("GET", "/v1/admin/allowances", scheduler).json()["grants"]
        assert len(overdue) == len(mine) + len(theirs) and all(grant["overdue"] for grant in overdue)

        path = f"/v1/admin/kiosks/{lost.kiosk_id}/write-off-allowances"
        assert centre.central.call("POST", path, viewer).status_code == 403
        unknown = centre.central.call("POST", "/v1/admin/kiosks/nobody/write-off-allowances", scheduler)
        assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown_kiosk"
        written = centre.central.call("POST", path, scheduler)
        assert written.status_code == 200, written.text
        assert sorted(written.json()["written_off"]) == sorted(grant["grant_id"] for grant in mine)
        assert written.json()["seats_returned"] == sum(grant["seats"] for grant in mine)
        assert centre.grant_row(mine[0]["grant_id"]).closed_why == "written_off"
        assert centre.central.call("POST", path, centre.central.owner_token).json()["written_off"] == []
        assert centre.central.call("GET", "/v1/admin/allowances", viewer,
                                   params={"kiosk_id": lost.kiosk_id}).json()["grants"] == []
        checked = centre.central.call("GET", "/v1/admin/seat-check", viewer)
        assert checked.status_code == 200 and checked.json() == {"overbooked": [], "invariant_breaches": []}


def test_the_allowance_call_is_bounded(database: str, tmp_path: Path, content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=0) as centre:
        kiosk = centre.kiosk()

        def status(body: dict[str, Any]) -> int:
            return centre.central.call("POST", "/v1/allowances", kiosk.token, json=body).status_code

        assert status({"settle": [{"grant_id": "x" * 41, "sold": []}]}) == 422
        assert status({"settle": [{"grant_id": "g", "sold": ["R" * 21]}]}) == 422
        assert status({"settle": [{"grant_id": "g", "sold": []}] * 5001}) == 422
        assert status({"settle": [{"grant_id": "g", "sold": []}] * 5000}) == 200
        assert status({"want": "perhaps"}) == 422
        assert status({"surprise": 1}) == 422
        assert centre.central.call("POST", "/v1/allowances", json={}).status_code == 401


# --- races and long runs -----------------------------------------------------------------------------------


def test_racing_grants_and_live_bookings_never_pass_a_slots_capacity(database: str, tmp_path: Path,
                                                                     content_tree: Path) -> None:
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=1,
                          allowance_share=1.0) as centre:
        kiosks = [centre.kiosk() for _ in range(10)]
        booked: list[int] = []
        failed: list[str] = []

        def one(number: int) -> None:
            kiosk = kiosks[number % len(kiosks)]
            try:
                if number % 2:
                    centre.exchange(kiosk)
                else:
                    answer = centre.book_live(kiosk, booking_body(kiosk, SATURDAY_TEST, name=f"Person {number:02d}"),
                                              uuid.uuid4().hex)
                    assert answer.status_code in (201, 409), answer.text
                    booked.append(answer.status_code)
            except Exception as error:  # a thread's failure is the test's
                failed.append(repr(error))

        threads = [threading.Thread(target=one, args=(number,)) for number in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failed == []
        live, held, capacity = centre.slot(SATURDAY_TEST)
        assert live == booked.count(201) and live + held <= capacity == 2
        assert centre.breaches() == []


@dataclass
class KioskModel:
    """What one kiosk knows while it sells offline: the test plays a well-behaved kiosk."""

    kiosk: Kiosk
    grants: dict[str, dict[str, Any]] = field(default_factory=dict)  # selling: grant id -> grant + "sold"
    ended: dict[str, list[str]] = field(default_factory=dict)  # stopped selling, not settled yet
    seen: set[str] = field(default_factory=set)
    outbox: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    bookings: dict[str, dict[str, Any]] = field(default_factory=dict)  # booked here: code -> booking body
    late: list[tuple[dict[str, Any], str, str]] = field(default_factory=list)  # withdrawn requests still on the way


def test_the_seat_counts_hold_after_every_step_of_a_random_day(database: str, tmp_path: Path,
                                                               content_tree: Path) -> None:
    rng = random.Random(20261204)
    visa = [f"sample-visa-centre.visa-submission.2026-12-07T{time}" for time in ("09:00", "09:20", "09:40", "10:00",
                                                                                  "10:20", "10:40")]
    focus = [*visa, SATURDAY_TEST]
    with allowance_centre(tmp_path / "centre", database, content_tree, allowance_days=4, allowance_share=0.7,
                          allowance_per_slot=2) as centre:  # of 3 seats, 2 for allowances and 1 for live booking
        models = [KioskModel(centre.kiosk()) for _ in range(3)]
        names = iter(f"{first} {second}ov {third}ovich"  # never the same person twice
                     for first, second, third in itertools.product(NAMES, NAMES, NAMES))
        happened: Counter[str] = Counter()

        def ask(model: KioskModel) -> None:
            answer = centre.exchange(model.kiosk, list(model.ended.items()))
            happened["settled"] += len(answer["settled"])
            for grant_id in answer["settled"] + answer["unknown"]:
                model.ended.pop(grant_id, None)
            for grant in answer["grants"]:
                if grant["grant_id"] not in model.seen:
                    model.seen.add(grant["grant_id"])
                    model.grants[grant["grant_id"]] = {**grant, "sold": []}

        def selling(model: KioskModel, slot_ids: Sequence[str]) -> list[dict[str, Any]]:
            return [grant for grant in model.grants.values()
                    if grant["slot_id"] in slot_ids and len(grant["sold"]) < grant["seats"]]

        def sell(model: KioskModel, slot_ids: Sequence[str], body: dict[str, Any] | None = None,
                 key: str | None = None) -> None:
            grants = selling(model, slot_ids)
            if not grants:
                return
            grant = rng.choice(grants)
            body = {**(body or booking_body(model.kiosk, grant["slot_id"], name=next(names))),
                    "grant_id": grant["grant_id"]}
            grant["sold"].append(body["reference"])
            model.bookings[body["reference"]] = body
            model.outbox.append((key or uuid.uuid4().hex, "booking", body))
            happened["sold offline"] += 1

        def step(model: KioskModel) -> str:
            action = rng.choice(["ask", "ask", "end", "deliver", "deliver", "sell", "sell", "live", "cancel",
                                 "move", "move", "lost_answer", "withdraw"])
            if action == "ask":
                ask(model)
            elif action == "end" and model.grants:
                grant_id = rng.choice(sorted(model.grants))
                model.ended[grant_id] = model.grants.pop(grant_id)["sold"]
            elif action == "deliver":
                for _ in range(min(len(model.outbox), rng.randint(1, 4))):
                    item_id, kind, body = model.outbox.pop(0)
                    centre.sent(model.kiosk, item_id, kind, body)
                    if rng.random() < 0.2:  # the answer was lost: the agent sends it again
                        centre.sent(model.kiosk, item_id, kind, body)
                waiting = {item_id for item_id, _kind, _body in model.outbox}
                for body, key, withdrawal in [late for late in model.late if late[2] not in waiting]:
                    refused = centre.book_live(model.kiosk, body, key)  # the withdrawn request, late
                    assert refused.status_code == 409 and refused.json()["error"]["code"] == "withdrawn"
                    model.late.remove((body, key, withdrawal))
                    happened["late request refused"] += 1
            elif action == "sell":
                sell(model, focus)
            elif action == "live":
                body = booking_body(model.kiosk, rng.choice(focus), name=next(names))
                if centre.book_live(model.kiosk, body, uuid.uuid4().hex).status_code == 201:
                    model.bookings[body["reference"]] = body
                    happened["booked live"] += 1
            elif action == "cancel" and model.bookings:
                code = rng.choice(sorted(model.bookings))
                body = model.bookings.pop(code)
                online = rng.random() < 0.5 and centre.central.call(  # refused while the booking is on its way
                    "POST", f"/v1/bookings/{code}/cancel", model.kiosk.token,
                    json={"name_or_last4": body["name"]}).status_code == 200
                if not online:
                    model.outbox.append((uuid.uuid4().hex, "cancellation", cancel_body(model.kiosk, code)))
                happened["cancelled online" if online else "cancelled offline"] += 1
            elif action == "move" and model.bookings:
                code = rng.choice(sorted(model.bookings))
                body = model.bookings[code]
                others = [slot_id for slot_id in visa if slot_id != body["slot_id"]]
                grants = selling(model, others) if body["slot_id"] in visa else []
                if grants:
                    grant = rng.choice(grants)
                    grant["sold"].append(code)
                    model.outbox.append((uuid.uuid4().hex, "reschedule",
                                         move_body(model.kiosk, code, body["slot_id"], grant["slot_id"],
                                                   grant["grant_id"])))
                    model.bookings[code] = {**body, "slot_id": grant["slot_id"]}
                    happened["moved offline"] += 1
            elif action == "lost_answer":
                # The live request reached the centre but its answer did not reach the kiosk, which sells the
                # same booking from its allowance under the same key.
                grants = selling(model, focus)
                slot_id = rng.choice(grants)["slot_id"] if grants else focus[0]
                body = booking_body(model.kiosk, slot_id, name=next(names))
                key = uuid.uuid4().hex
                if grants and centre.book_live(model.kiosk, body, key).status_code == 201:
                    sell(model, [body["slot_id"]], body, key)
                    happened["answer lost, sold offline"] += 1
            elif action == "withdraw":
                # No answer; the kiosk gives up and tells the person. The request may arrive before or after.
                body = booking_body(model.kiosk, rng.choice(focus), name=next(names))
                key, withdrawal = uuid.uuid4().hex, uuid.uuid4().hex
                if rng.random() < 0.5:
                    centre.book_live(model.kiosk, body, key)  # it made the booking: the withdrawal cancels it
                else:
                    model.late.append((body, key, withdrawal))
                model.outbox.append((withdrawal, "cancellation", cancel_body(model.kiosk, body["reference"], key=key)))
            return action

        for number in range(200):
            action = step(models[number % len(models)] if rng.random() < 0.5 else rng.choice(models))
            assert centre.breaches() == [], (number, action)

        # The end of the day: every outbox drains, every kiosk stops selling and settles.
        for model in models:
            while model.outbox:
                item_id, kind, body = model.outbox.pop(0)
                centre.sent(model.kiosk, item_id, kind, body)
            model.ended |= {grant_id: grant["sold"] for grant_id, grant in model.grants.items()}
            model.grants.clear()
            answer = centre.exchange(model.kiosk, list(model.ended.items()), want=False)
            assert answer["waiting"] == [], answer
            happened["settled"] += len(answer["settled"])
            assert centre.breaches() == []
        with centre.engine.connect() as connection:
            assert connection.execute(select(slots.c.slot_id).where(slots.c.held != 0)).all() == []
        print(sorted(happened.items()))
        assert min(happened.values()) >= 2 and len(happened) == 8, happened
