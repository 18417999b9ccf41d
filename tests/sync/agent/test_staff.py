"""The staff round: a real kiosk cache fills with the real centre's staff accounts and day lists.

The centre runs on 127.0.0.1 with its clock pinned (tests/sync/central/central_server.py), moved to
Sunday 2026-12-06 14:00 in Tashkent; the kiosk's "today" is that Sunday, so it holds Sunday's and
Monday's lists. Faults come from tests/sync/faultproxy.py.
"""

from __future__ import annotations

import random
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.paths import DataPaths
from kiosk.staff import audit
from kiosk.staff.accounts import load_accounts
from kiosk.staff.daylist import day_entries
from kiosk.store import Store, open_store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import Enrollment, enroll, load_enrollment
from sync.agent.errors import CentreUnreachable, UnexpectedAnswer
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.agent.staff import StaffRound, fetch_staff
from sync.central.tokens import Role
from tests.sync.agent.conftest import Kiosk as StandInKiosk
from tests.sync.central.central_server import REPOSITORY, enrollment_codes, mark_staff_device
from tests.sync.central.central_server import Kiosk as CentreKiosk
from tests.sync.central.test_allowances import MONDAY_VISA, MONDAY_VISA_LATER, NAME, PHONE, Centre, allowance_centre
from tests.sync.central.test_allowances import booking_body as centre_booking_body
from tests.sync.faultproxy import Fault, FaultProxy, always, first

VISA_CENTRE = "sample-visa-centre"
SUNDAY, MONDAY = date(2026, 12, 6), date(2026, 12, 7)
TIMEOUTS = Timeouts(connect_s=5, read_s=10)


@dataclass
class Staffed:
    """A running centre with an account and two Monday bookings, and an enrolled kiosk's cache."""

    centre: Centre
    store: Store
    data: Path
    enrollment: Enrollment
    session: requests.Session
    booker: CentreKiosk
    staff_id: str

    def fetch(self, url: str | None = None) -> StaffRound:
        enrollment = self.enrollment if url is None else replace(self.enrollment, central_url=url)
        return fetch_staff(self.store, self.session, enrollment, today=SUNDAY, clock=self.centre.central.clock,
                           timeouts=TIMEOUTS)

    def held(self) -> tuple[list[tuple[str, bool, str | None]], list[tuple[str, str, str]]]:
        """``(accounts (id, revoked, pin hash), Monday's list (reference, name, state))`` as the kiosk holds them."""
        accounts = [(a.staff_id, a.revoked, a.pin_hash) for a in load_accounts(self.store.db, include_revoked=True)]
        listed = [(e.reference, e.booking.name, e.state) for e in day_entries(self.store.db, VISA_CENTRE, MONDAY)]
        return accounts, listed

    def book(self, slot_id: str, name: str) -> str:
        body = centre_booking_body(self.booker, slot_id, name=name)
        answer = self.centre.book_live(self.booker, body, uuid.uuid4().hex)
        assert answer.status_code == 201, answer.text
        return str(body["reference"])

    def admin(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        answer = self.centre.central.call(method, path, self.centre.central.owner_token, json=body)
        assert answer.status_code in (200, 201), answer.text
        found: dict[str, Any] = answer.json()
        return found


@pytest.fixture
def staffed(tmp_path: Path, content_tree: Path) -> Iterator[Staffed]:
    """The kiosk marked as a staff device (:func:`unmarked` is the same, not marked)."""
    yield from _staffed(tmp_path, content_tree, staff_device=True)


@pytest.fixture
def unmarked(tmp_path: Path, content_tree: Path) -> Iterator[Staffed]:
    yield from _staffed(tmp_path, content_tree, staff_device=False)


def _staffed(tmp_path: Path, content_tree: Path, *, staff_device: bool) -> Iterator[Staffed]:
    with allowance_centre(tmp_path / "centre", str(tmp_path / "central.db"), content_tree,
                          allowance_days=0) as centre, requests.Session() as session:
        booker = centre.kiosk()
        account = centre.central.call("POST", "/v1/admin/staff", centre.central.owner_token, json={
            "display_name": "Dilnoza R.", "role": "operator", "places": [VISA_CENTRE], "pin": "482916"})
        assert account.status_code == 201, account.text
        data = tmp_path / "kiosk"
        enrollment = enroll(session, centre.central.url, enrollment_codes(centre.central)[0], AgentPaths(data))
        if staff_device:
            mark_staff_device(centre.central, enrollment.kiosk_id)
        store = open_store(DataPaths(data))
        try:
            running = Staffed(centre, store, data, enrollment, session, booker, account.json()["staff_id"])
            running.book(MONDAY_VISA, NAME)
            centre.central.clock.advance(timedelta(days=2))  # Sunday 14:00: Monday is tomorrow
            yield running
        finally:
            store.close()


@pytest.fixture
def content_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", tree)
    return tree


def test_the_accounts_and_the_days_lists_reach_the_kiosks_cache(staffed: Staffed) -> None:
    got = staffed.fetch()
    assert got == StaffRound(offered=True, accounts=1, days=2, purged=0, skipped=())
    accounts, listed = staffed.held()
    assert [(staff_id, revoked) for staff_id, revoked, _ in accounts] == [(staffed.staff_id, False)]
    assert accounts[0][2] is not None and accounts[0][2].startswith("scrypt$")
    (reference, name, state), = listed
    assert (name, state) == (NAME, "booked")
    assert day_entries(staffed.store.db, VISA_CENTRE, SUNDAY) == []  # fetched: nobody booked on Sunday
    row = staffed.store.db.execute("SELECT phone, fetched_at FROM staff_day_bookings WHERE reference = ?",
                                   [reference]).fetchone()
    assert tuple(row) == (PHONE, "2026-12-06T09:00:00Z")

    # The next round takes what changed: a new booking, then a revoked account.
    later = staffed.book(MONDAY_VISA_LATER, "Aziz Karimov")
    assert staffed.fetch().days == 2
    assert [(code, name) for code, name, _ in staffed.held()[1]] == [(reference, NAME), (later, "Aziz Karimov")]
    staffed.admin("POST", f"/v1/admin/staff/{staffed.staff_id}/revoke")
    assert staffed.fetch() == StaffRound(offered=True, accounts=1, days=0)  # no one left to work at a place
    assert staffed.held()[0] == [(staffed.staff_id, True, None)]


def test_the_sync_round_fetches_them_after_the_outbox(staffed: Staffed) -> None:
    settings = AgentSettings(central_url=staffed.centre.central.url, files_url=staffed.centre.central.url,
                             timeouts=TIMEOUTS)
    agent = SyncAgent(staffed.store, staffed.data, staffed.session, settings=settings,
                      clock=staffed.centre.central.clock, rng=random.Random(4), today=lambda: SUNDAY)
    report = agent.sync_once()
    assert report.ok, report.error
    assert (report.staff.offered, report.staff.accounts, report.staff.days) == (True, 1, 2)
    assert [name for _, name, _ in staffed.held()[1]] == [NAME]


def test_a_kiosk_that_is_no_staff_device_stores_no_day_list_and_that_is_no_failure(unmarked: Staffed) -> None:
    assert unmarked.fetch() == StaffRound(offered=True, accounts=1, days=0, purged=0, staff_device=False)
    accounts, listed = unmarked.held()
    assert [staff_id for staff_id, _, _ in accounts] == [unmarked.staff_id]  # staff still sign in on it
    assert listed == []
    assert unmarked.store.db.execute("SELECT count(*) FROM staff_day_bookings").fetchone()[0] == 0

    settings = AgentSettings(central_url=unmarked.centre.central.url, files_url=unmarked.centre.central.url,
                             timeouts=TIMEOUTS)
    agent = SyncAgent(unmarked.store, unmarked.data, unmarked.session, settings=settings,
                      clock=unmarked.centre.central.clock, rng=random.Random(6), today=lambda: SUNDAY)
    report = agent.sync_once()
    assert report.ok and report.error == ""
    assert (report.staff.accounts, report.staff.days, report.staff.staff_device) == (1, 0, False)


def test_a_kiosk_unmarked_forgets_the_lists_it_held_and_marked_again_fetches_them(staffed: Staffed) -> None:
    assert staffed.fetch().days == 2
    assert [name for _, name, _ in staffed.held()[1]] == [NAME]
    with staffed.store.transaction() as db:  # a list staff chose, beyond today's and tomorrow's
        db.execute("INSERT INTO staff_wanted_days (location_id, day) VALUES (?, ?)", [VISA_CENTRE, "2026-12-08"])

    mark_staff_device(staffed.centre.central, staffed.enrollment.kiosk_id, False)
    asked: list[str] = []
    staffed.session.hooks["response"].append(lambda answer, *_, **__: asked.append(answer.request.path_url))
    # Only Monday's list holds anyone (Sunday's and Tuesday's are empty), and it goes.
    assert staffed.fetch() == StaffRound(offered=True, accounts=1, days=0, purged=1, staff_device=False)
    assert [path.split("?")[0] for path in asked] == ["/v1/staff/accounts", "/v1/staff/day"]  # the first refusal
    assert staffed.held()[1] == []
    assert staffed.store.db.execute("SELECT count(*) FROM staff_day_bookings").fetchone()[0] == 0
    assert staffed.fetch() == StaffRound(offered=True, accounts=1, days=0, purged=0, staff_device=False)

    mark_staff_device(staffed.centre.central, staffed.enrollment.kiosk_id)
    assert staffed.fetch() == StaffRound(offered=True, accounts=1, days=3)
    assert [name for _, name, _ in staffed.held()[1]] == [NAME]


def test_a_day_the_centre_will_not_give_is_skipped_and_the_others_still_come(staffed: Staffed) -> None:
    with staffed.store.transaction() as db:
        db.execute("INSERT INTO staff_wanted_days (location_id, day) VALUES (?, ?)", ["nowhere-town", "2026-12-07"])
        db.execute("INSERT INTO staff_wanted_days (location_id, day) VALUES (?, ?)", [VISA_CENTRE, "2026-12-20"])
    got = staffed.fetch()
    assert got.days == 2
    assert got.skipped == ("nowhere-town 2026-12-07: unknown_location", "sample-visa-centre 2026-12-20: "
                                                                         "day_out_of_reach")
    assert [name for _, name, _ in staffed.held()[1]] == [NAME]


def test_a_centre_without_staff_mode_is_no_failure(kiosk: StandInKiosk) -> None:
    """The stand-in centre (tests/sync/agent/standin.py) is an older one: 404 for /v1/staff/..."""
    enrollment = replace(load_enrollment(AgentPaths(kiosk.data)), central_url=kiosk.centre.url)
    got = fetch_staff(kiosk.store, kiosk.session, enrollment, today=SUNDAY, clock=kiosk.clock, timeouts=TIMEOUTS)
    assert got == StaffRound(offered=False)
    report = kiosk.agent().sync_once()
    assert report.staff == StaffRound(offered=False)
    assert "staff" not in report.error
    assert load_accounts(kiosk.store.db) == []


def test_a_network_fault_leaves_what_the_kiosk_holds_as_it_was(staffed: Staffed) -> None:
    staffed.fetch()
    before = staffed.held()
    later = staffed.book(MONDAY_VISA_LATER, "Aziz Karimov")
    staffed.admin("POST", f"/v1/admin/staff/{staffed.staff_id}/pin", {"pin": "5555"})
    port = int(staffed.centre.central.url.rsplit(":", 1)[1])
    staffed.session.headers["Connection"] = "close"  # one connection per request: each meets its own fault

    for fault in (Fault.reset(), Fault.cut(60), Fault.cut(300), Fault.drop_reply()):
        # Cut within the headers, a client may read a headless 200: no JSON, so no answer either.
        with FaultProxy(port, always(fault)) as proxy, pytest.raises((CentreUnreachable, UnexpectedAnswer)):
            staffed.fetch(proxy.url)
        assert staffed.held() == before, fault

    # The accounts arrive whole, then the network breaks during a day list: the accounts are the new ones,
    # and every day list stays as it was (they are kept together, once all have come).
    with FaultProxy(port, first([Fault.none(), Fault.none(), Fault.cut(200)])) as proxy, \
            pytest.raises(CentreUnreachable):
        staffed.fetch(proxy.url)
    accounts, listed = staffed.held()
    assert accounts != before[0] and listed == before[1]

    assert staffed.fetch().days == 2  # the network is back
    assert [code for code, _, _ in staffed.held()[1]][-1] == later


def test_a_devices_own_audit_entries_are_taken_by_the_centre_and_its_list_goes_once_they_are(
        staffed: Staffed) -> None:
    staffed.fetch()
    ((code, _, _),) = staffed.held()[1]
    device = staffed.enrollment.kiosk_id
    with staffed.store.transaction() as db:  # as the staff screens write them (kiosk.staff.audit)
        for action, detail in (("sign_in", {}), ("check_in", {"outcome": "valid"}), ("served", {}),
                               ("undo", {"undoes": 3}), ("sign_out", {})):
            audit.append(db, device=device, at=datetime(2026, 12, 7, 4, 31, tzinfo=UTC), staff_id=staffed.staff_id,
                         role="operator", action=action, reference="" if action.startswith("sign") else code,
                         location_id=VISA_CENTRE, day=MONDAY, detail=detail)
    # The outbox stamps its items with the machine's clock, so they fall due by that clock.
    settings = AgentSettings(central_url=staffed.centre.central.url, timeouts=TIMEOUTS)
    sender = SyncAgent(staffed.store, staffed.data, staffed.session, settings=settings,
                       clock=lambda: datetime.now(UTC), rng=random.Random(5))
    assert sender.send_outbox_once().delivered == 5

    viewer = staffed.centre.central.admin(Role.FLEET_VIEWER)
    chain = staffed.centre.central.call("GET", f"/v1/admin/staff-audit?device={device}", viewer).json()["devices"]
    assert chain == [{"device": device, "entries": 5, "last_seq": 5, "missing": [], "breaks": [], "findings": 0,
                      "intact": True}]
    day = staffed.centre.central.call("GET", f"/v1/admin/staff-day?location={VISA_CENTRE}&day=2026-12-07",
                                      viewer).json()
    (row,) = day["bookings"]
    assert (row["reference"], row["visit"]["state"], row["visit"]["device"], row["audit_entries"]) == (
        code, "checked_in", device, 3)

    # Tuesday: Monday is over and its actions are at the centre, so its list (names, phones) goes.
    staffed.centre.central.clock.advance(timedelta(days=2))
    got = fetch_staff(staffed.store, staffed.session, staffed.enrollment, today=date(2026, 12, 8),
                      clock=staffed.centre.central.clock, timeouts=TIMEOUTS)
    assert got.purged >= 1
    assert staffed.held()[1] == []
