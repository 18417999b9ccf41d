"""A mobile-office day worked offline on staff devices, and what the centre ends up with.

The centre is the real service in its own process (tests/sync/staff_device.py ``centre``) on 127.0.0.1,
on SQLite and on PostgreSQL, its clock standing at Sunday 2026-12-06 14:00 in Tashkent. A public kiosk
books people for Monday at the visa centre, live. Each staff device is its own process with its own data
directory (``staff_device`` ``device``), a device in Tashkent whose clock each step of the script sets:
it enrolls through a FaultProxy, is marked a staff device, and syncs on Sunday (accounts, Monday's list,
an allowance). Then the proxy resets every connection (the link is down) and the devices work Monday from
a script; then the link comes back and they send what they did.

What the centre should hold is worked out here from the script alone (:class:`Script`, :func:`centre_visits`),
never read back from a device. ``KIOSK_STAFF_DAY_PEOPLE`` (default 12) sets how many people are booked: the
first eight have fixed fates that cover every action; the rest get random ones (seed ``KIOSK_STAFF_DAY_SEED``,
default 7), so a longer day is ``KIOSK_STAFF_DAY_PEOPLE=40`` (the most that leaves device A a seat to sell a
walk-in).
"""

from __future__ import annotations

import json
import os
import random
import select
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy
from sqlalchemy import Engine
from sqlalchemy import select as sql_select

from kiosk.booking.model import Booking, BookingRequest
from kiosk.booking.receipt import receipt_for
from kiosk.booking.remote import RemoteAuthority
from kiosk.paths import DataPaths
from kiosk.receipts.device_key import DeviceKey, load_or_create_device_key
from kiosk.receipts.token import unverified_claims
from kiosk.reference import display
from kiosk.staff.audit import item_id
from kiosk.store import Store, open_store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import enroll, load_enrollment
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.agent.live import HttpSeatCentre
from sync.central.database import make_engine, migrate
from sync.central.tables import allowances, bookings, outbox_items, staff_audit
from sync.central.tokens import Role, create_admin_token
from sync.protocol.outbox import envelope
from tests.kiosk.staff.fixtures import scanned_token
from tests.sync.central.central_server import Central, MovableClock, enrollment_codes, free_port, put_keys
from tests.sync.central.test_releases import publish
from tests.sync.central_process import REPOSITORY, CentralProcess, _die_with_parent, _environment
from tests.sync.faultproxy import Fault, FaultProxy, always
from tests.sync.fleet_steps import kiosk_admin
from tests.sync.staff_device import TASHKENT_TZ

pytest_plugins = ["tests.sync.postgres_fixtures"]

PEOPLE = min(max(8, int(os.environ.get("KIOSK_STAFF_DAY_PEOPLE", "12"))), 40)  # 21 slots, 2 live seats each
SEED = int(os.environ.get("KIOSK_STAFF_DAY_SEED", "7"))

START = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)  # Sunday 14:00 in Tashkent: Monday is tomorrow
TASHKENT = timezone(timedelta(hours=5))
SUNDAY_LOCAL = START.astimezone(TASHKENT).replace(tzinfo=None)
MONDAY = date(2026, 12, 7)
EVENING = "2026-12-07T18:30:00"  # when the link is back and the devices send the day
VISA_CENTRE, VISA = "sample-visa-centre", "visa-submission"  # 3 seats a slot, 21 slots on a Monday
PHONE = "+998 90 123 45 67"
SYLLABLES = ("ka", "ri", "mo", "va", "lu", "de", "so", "ta", "ne", "bo", "gu", "zi")


@dataclass(frozen=True)
class Account:
    staff_id: str
    name: str
    role: str
    pin: str


OPERATOR = Account("s-dilnoza", "Dilnoza R.", "operator", "482916")
SUPERVISOR = Account("s-malika", "Malika S.", "supervisor", "735104")


# --- the day as the script says it went ------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """An audit entry the script makes: what the centre should receive."""

    device: str
    seq: int
    action: str
    reference: str
    staff_id: str
    at: str  # UTC, as the centre writes times


@dataclass
class Script:
    """One device's steps, each with the answer the screen must give, and the entries they make."""

    device: str  # the kiosk id
    name: str  # "A", "B": for messages
    clock: datetime  # local wall-clock time of the next step
    steps: list[dict[str, Any]] = field(default_factory=list)
    expect: list[dict[str, Any]] = field(default_factory=list)
    made: list[list[tuple[str, str]]] = field(default_factory=list)  # per step: (action, reference) entries

    def step(self, after_s: float, do: str, expect: dict[str, Any], entries: list[tuple[str, str]],
             **given: Any) -> None:
        self.clock += timedelta(seconds=after_s)
        self.steps.append({"do": do, "at": self.clock.isoformat(), **given})
        self.expect.append(expect)
        self.made.append(entries)

    # The steps, as staff take them; each says what it should show and what it records.
    def sign_in(self, after_s: float, account: Account, pin: str | None = None) -> None:
        right = pin is None or pin == account.pin
        self.step(after_s, "sign_in", {"outcome": "accepted" if right else "wrong"},
                  [("sign_in", "")] if right else [], staff=account.staff_id, pin=pin or account.pin)

    def check_in(self, after_s: float, reference: str, scan: str, outcome: str = "valid") -> None:
        verified = scan.startswith("KQ1")
        expect: dict[str, Any] = {"outcome": outcome, "reference": reference}
        if outcome == "valid":
            expect["verified"] = verified
        self.step(after_s, "check_in", expect, [("check_in", reference)] if outcome == "valid" else [], scan=scan)

    def act(self, after_s: float, do: str, reference: str, refused: str = "") -> None:
        """served, no_show or undo; ``refused``: the error class the screen must show instead."""
        self.step(after_s, do, {"refused": refused} if refused else {}, [] if refused else [(do, reference)],
                  reference=reference)

    def walk_in(self, after_s: float, slot_id: str, name: str) -> None:
        self.step(after_s, "walk_in", {"slot": slot_id, "offline": True}, [("walk_in", "?"), ("check_in", "?")],
                  slot=slot_id, name=name, phone=PHONE)

    def reprint(self, after_s: float, reference: str) -> None:
        self.step(after_s, "reprint", {"reference": display(reference)}, [("reprint", reference)],
                  reference=reference)

    def sign_out(self, after_s: float) -> None:
        self.step(after_s, "sign_out", {"signed_out": True}, [("sign_out", "")])

    def entries(self, walk_ins: list[str]) -> list[Entry]:
        """Every entry the steps make, numbered as a chain is; ``walk_ins``: the references the device's walk-ins
        got (in order), which only the booking can tell."""
        found: list[Entry] = []
        staff = ""
        waiting = list(walk_ins)
        for step, made in zip(self.steps, self.made, strict=True):
            if step["do"] == "sign_in" and made:
                staff = step["staff"]
            walk_in = waiting.pop(0) if step["do"] == "walk_in" else ""
            at = datetime.fromisoformat(step["at"]).replace(tzinfo=TASHKENT).astimezone(UTC)
            for action, reference in made:
                found.append(Entry(self.device, len(found) + 1, action, walk_in or reference, staff,
                                   at.strftime("%Y-%m-%dT%H:%M:%SZ")))
        return found


def centre_visits(arriving: list[Entry]) -> tuple[dict[str, dict[str, Any] | None], list[tuple[str, dict[str, Any],
                                                                                                   dict[str, Any]]]]:
    """The visits and conflicts the centre should hold once ``arriving`` (in that order) has arrived: the first
    check-in of a booking wins, served and no-show set the state, an undo puts back what its entry changed."""
    held: dict[str, dict[str, Any] | None] = {}
    before: dict[tuple[str, int], dict[str, Any] | None] = {}
    unchanged: set[tuple[str, int]] = set()
    conflicts: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    by_seq = {(entry.device, entry.seq): entry for entry in arriving}
    for entry in arriving:
        key = (entry.device, entry.seq)
        record = {"device": entry.device, "staff_id": entry.staff_id, "at": entry.at,
                  "item_id": item_id(entry.device, entry.seq)}
        mine = {"at": entry.at, "staff_id": entry.staff_id, "device": entry.device, "seq": entry.seq,
                "item_id": record["item_id"]}
        current = held.get(entry.reference)
        if entry.action == "check_in":
            if current is None:
                held[entry.reference], before[key] = {"state": "checked_in", **mine, "checked_in": record}, None
            elif current["checked_in"] is None:
                held[entry.reference], before[key] = {"state": "checked_in", **mine, "checked_in": record}, current
            else:
                unchanged.add(key)
                if current["checked_in"]["device"] != entry.device:
                    conflicts.append((entry.reference, current["checked_in"], record))
        elif entry.action in ("served", "no_show"):
            before[key] = current
            held[entry.reference] = {"state": entry.action, **mine,
                                     "checked_in": None if current is None else current["checked_in"]}
        elif entry.action == "undo":
            undone = by_seq[(entry.device, undoes(arriving, entry))]
            visit = held.get(undone.reference)
            if (entry.device, undone.seq) not in unchanged and visit is not None and \
                    (visit["device"], visit["seq"]) == (entry.device, undone.seq):
                held[undone.reference] = before[(entry.device, undone.seq)]
    return held, conflicts


def undoes(arriving: list[Entry], undo: Entry) -> int:
    """The seq an undo takes back: its device's latest visit action on the booking that no undo took back."""
    taken: set[int] = set()
    for entry in reversed([e for e in arriving if e.device == undo.device and e.seq < undo.seq
                           and e.reference == undo.reference]):
        if entry.action == "undo":
            taken.add(undoes(arriving, entry))
        elif entry.action in ("check_in", "served", "no_show") and entry.seq not in taken:
            return entry.seq
    raise AssertionError(f"the script undoes nothing: {undo}")


# --- the processes --------------------------------------------------------------------------------------------


class DeviceProcess:
    """A staff device in its own process (tests/sync/staff_device.py), spoken to in JSON lines, one command at a
    time (so an answer is never left in the pipe's buffer behind another)."""

    def __init__(self, name: str, data: Path, log: Path) -> None:
        self.name, self.data, self.log = name, data, log
        with log.open("ab") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.staff_device", "device", str(data)], cwd=REPOSITORY,
                env={**_environment(), "TZ": TASHKENT_TZ}, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=stderr, text=True, encoding="utf-8", preexec_fn=_die_with_parent)
        self.kiosk_id = ""

    def send(self, command: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def answer(self, timeout: float = 180) -> Any:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            raise AssertionError(f"device {self.name} did not answer:\n{self.log.read_text()[-4000:]}")
        said = json.loads(line)
        if "crash" in said:
            raise AssertionError(f"device {self.name} failed:\n{said['crash']}")
        return said["answer"]

    def ask(self, command: dict[str, Any]) -> Any:
        self.send(command)
        return self.answer()

    def token(self) -> str:
        return load_enrollment(AgentPaths(self.data)).device_token

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


@dataclass
class PublicKiosk:
    """The kiosk in the hall that sold the bookings: in the test's process, booking live at the centre."""

    data: Path
    store: Store
    key: DeviceKey
    session: requests.Session
    kiosk_id: str
    bookings: list[Booking] = field(default_factory=list)

    def sync_and_book(self, names: list[str]) -> None:
        local = SUNDAY_LOCAL
        agent = SyncAgent(self.store, self.data, self.session, settings=AgentSettings(
            timeouts=Timeouts(connect_s=3, read_s=30)), clock=lambda: START, rng=random.Random(3),
            today=lambda: local.date())
        report = agent.sync_once()
        assert report.ok and report.applied, report.error
        enrollment = load_enrollment(AgentPaths(self.data))
        authority = RemoteAuthority(self.store, now=lambda: local, window_days=30, kiosk_id=enrollment.kiosk_id,
                                    centre=HttpSeatCentre(self.session, enrollment), retry_waits=(0.2,))
        slots = [slot.id for slot in authority.slots(VISA, VISA_CENTRE, MONDAY)]
        assert len(slots) == 21, slots
        for number, name in enumerate(names):
            self.bookings.append(authority.book(BookingRequest(slots[number % len(slots)], name, phone=PHONE,
                                                               language="uz-Latn")))
            assert not authority.selling_offline  # booked live, at the centre

    def token(self, booking: Booking, folder: Path | None = None) -> str:
        """The QR token of the booking's receipt: printed and read back from the page when ``folder`` is
        given (tests/kiosk/staff/fixtures.py), else as the receipt code makes it."""
        if folder is not None:
            folder.mkdir(exist_ok=True)
            return scanned_token(self.store, booking, folder, self.key)
        return receipt_for(self.store, booking, self.key, issued_at=START).token


@dataclass
class Fleet:
    central: Central
    process: CentralProcess
    engine: Engine
    proxy: FaultProxy
    folder: Path
    devices: list[DeviceProcess] = field(default_factory=list)
    public: PublicKiosk | None = None

    # --- talking to the centre as its administrators --------------------------------------------------

    def get(self, path: str, role: Role = Role.FLEET_VIEWER) -> Any:
        answer = self.central.call("GET", path, self.central.admin(role))
        assert answer.status_code == 200, answer.text
        return answer.json()

    def post(self, path: str, body: dict[str, Any] | None = None, status: int = 200) -> Any:
        answer = self.central.call("POST", path, self.central.owner_token, json=body)
        assert answer.status_code == status, answer.text
        return answer.json()

    def staff_day(self) -> dict[str, Any]:
        found: dict[str, Any] = self.get(f"/v1/admin/staff-day?location={VISA_CENTRE}&day={MONDAY.isoformat()}")
        return found

    def audit(self) -> dict[str, dict[str, Any]]:
        return {status["device"]: status for status in self.get("/v1/admin/staff-audit")["devices"]}

    def conflicts(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.get("/v1/admin/staff-conflicts", Role.SCHEDULER)["conflicts"]
        return found

    def findings(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.get("/v1/admin/booking-findings?limit=1000", Role.SCHEDULER)["findings"]
        return found

    def table(self, query: Any) -> list[tuple[Any, ...]]:
        with self.engine.connect() as connection:
            return sorted(tuple(row) for row in connection.execute(query))

    def state(self) -> dict[str, Any]:
        """Everything the day left at the centre, to compare before and after a replay."""
        seat_check = self.get("/v1/admin/seat-check", Role.OWNER)
        return {"day": self.staff_day(), "audit": self.audit(), "conflicts": self.conflicts(),
                "findings": self.findings(), "seat_check": seat_check,
                "bookings": self.table(sql_select(bookings.c.reference, bookings.c.slot_id, bookings.c.status,
                                                  bookings.c.kiosk_id)),
                "entries": self.table(sql_select(staff_audit.c.device, staff_audit.c.seq, staff_audit.c.entry)),
                "items": self.table(sql_select(outbox_items.c.id, outbox_items.c.digest))}

    # --- before the day -----------------------------------------------------------------------------------

    def prepare(self, people: int, staff_devices: int) -> list[DeviceProcess]:
        """Sunday: a public kiosk books ``people`` live for Monday; staff accounts are made; the staff devices
        enroll (through the proxy), are marked staff devices and sync. Returns the devices."""
        codes = enrollment_codes(self.central, 1 + staff_devices)
        session = requests.Session()
        public_data = self.folder / "public"
        enroll(session, self.central.url, codes[0], AgentPaths(public_data), now=START)
        store = open_store(DataPaths(public_data))
        self.public = PublicKiosk(public_data, store, load_or_create_device_key(DataPaths(public_data).device_key),
                                  session, load_enrollment(AgentPaths(public_data)).kiosk_id)
        # Published after the public kiosk enrolled: the release carries its receipt key to every device.
        assert publish(self.central, REPOSITORY / "content").status_code == 201
        rng = random.Random(SEED)
        self.public.sync_and_book([" ".join("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
                                            for _ in range(2)) for _ in range(people)])
        for account in (OPERATOR, SUPERVISOR):
            self.post("/v1/admin/staff", {"staff_id": account.staff_id, "display_name": account.name,
                                          "role": account.role, "places": [VISA_CENTRE], "pin": account.pin},
                      status=201)
        devices = []
        for number in range(staff_devices):
            name = "AB"[number]
            device = DeviceProcess(name, self.folder / f"device-{name}", self.folder / f"device-{name}.log")
            self.devices.append(device)
            devices.append(device)
            device.kiosk_id = device.ask({"do": "enroll", "url": self.proxy.url, "code": codes[1 + number],
                                          "at": SUNDAY_LOCAL.isoformat()})["kiosk_id"]
            marked = self.post(f"/v1/admin/kiosks/{device.kiosk_id}/staff-device", {"staff_device": True})
            assert marked == {"kiosk_id": device.kiosk_id, "staff_device": True}
        for device in devices:  # the evening before: accounts, Monday's list and an allowance
            synced = device.ask({"do": "sync", "at": (SUNDAY_LOCAL + timedelta(minutes=5)).isoformat()})
            assert synced["ok"] and synced["accounts"] == 2 and synced["days"] == 2, synced
        return devices

    def granted(self, kiosk_id: str) -> list[str]:
        """The Monday visa slots ``kiosk_id`` holds an open grant in (what it may sell offline)."""
        return [row[0] for row in self.table(sql_select(allowances.c.slot_id).where(sqlalchemy.and_(
            allowances.c.kiosk_id == kiosk_id, allowances.c.status == "open",
            allowances.c.slot_id.like(f"{VISA_CENTRE}.{VISA}.{MONDAY.isoformat()}T%"))))]

    def link(self, up: bool) -> None:
        """The devices' link to the centre: every connection through the proxy reset, or passed."""
        self.proxy.plan = always(Fault.none() if up else Fault.reset())

    def replay(self, device: DeviceProcess, items: list[dict[str, Any]]) -> list[int]:
        """Send ``items`` again as the device sent them (same ids, bodies and times); the statuses."""
        token = device.token()
        statuses = []
        for item in items:
            sent = envelope(item["id"], item["kind"], item["body"],
                            datetime.fromisoformat(item["created_at"]).astimezone(UTC))
            answer = self.central.call("POST", "/v1/outbox", None, json=sent,
                                       headers={"Authorization": f"Bearer {token}"})
            statuses.append(answer.status_code)
        return statuses


def launch_centre(database: str, folder: Path) -> CentralProcess:
    log = folder / "centre.log"
    for _attempt in range(3):  # another program may take the free port before uvicorn binds it
        port = free_port()
        with log.open("ab") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.staff_device", "centre", database, str(folder / "files"),
                 str(port), START.isoformat()], cwd=REPOSITORY, env=_environment(), stdin=subprocess.DEVNULL,
                stdout=output, stderr=output, start_new_session=True, preexec_fn=_die_with_parent)
        centre = CentralProcess(f"http://127.0.0.1:{port}", database, folder / "files", log, process)
        try:
            centre.wait_ready()
            return centre
        except RuntimeError:
            centre.stop()
            if "address already in use" not in centre.log().lower():
                raise
    raise RuntimeError(f"the centre found no free port:\n{log.read_text()[-3000:]}")


@pytest.fixture(params=["sqlite", "postgresql"])
def fleet(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Fleet]:
    database = (str(request.getfixturevalue("fresh_postgres_url")) if request.param == "postgresql"
                else str(tmp_path / "central.db"))
    engine = make_engine(database)
    migrate(engine)
    owner = create_admin_token(engine, Role.OWNER, "first owner", START)
    process = launch_centre(database, tmp_path)
    central = Central(process.url, database, tmp_path / "files", MovableClock(START), owner)
    made = Fleet(central, process, engine, FaultProxy(int(process.url.rsplit(":", 1)[1])).start(), tmp_path)
    try:
        put_keys(central)
        yield made
        assert process.server_errors() == [], process.log()
    finally:
        for device in made.devices:
            device.stop()
        if made.public is not None:
            made.public.store.close()
        made.proxy.stop()
        process.stop()
        engine.dispose()


def work(fleet: Fleet, scripts: list[Script]) -> list[list[dict[str, Any]]]:
    """Each device works its script (at the same time, each in its process); what each step showed, checked
    against what the script says it must show."""
    devices = {device.kiosk_id: device for device in fleet.devices}
    for script in scripts:
        devices[script.device].send({"do": "work", "location": VISA_CENTRE, "day": MONDAY.isoformat(),
                                     "steps": script.steps})
    shown = [devices[script.device].answer() for script in scripts]
    for script, answers in zip(scripts, shown, strict=True):
        assert len(answers) == len(script.steps)
        for step, expect, answer in zip(script.steps, script.expect, answers, strict=True):
            if "refused" in expect:
                assert answer.get("refused", "") == expect["refused"], (script.name, step, answer)
            else:
                assert "refused" not in answer and {key: answer.get(key) for key in expect} == expect, (
                    script.name, step, answer)
    return shown


def drain(devices: list[DeviceProcess], *, one_after_another: bool = False) -> None:
    """The link is back: each device sends until its outbox is empty, then syncs once. All at the same time,
    or ``one_after_another`` in the order given, so the centre receives the devices' entries in that order."""
    for device in devices:
        device.send({"do": "drain", "at": EVENING})
        if one_after_another:
            drained = device.answer()
            assert (drained["left"], drained["parked"], drained["sync_ok"]) == (0, 0, True), (device.name, drained)
    if not one_after_another:
        for device in devices:
            drained = device.answer()
            assert (drained["left"], drained["parked"], drained["sync_ok"]) == (0, 0, True), (device.name, drained)


def link_is_down(fleet: Fleet, devices: list[DeviceProcess]) -> None:
    """Cut the devices' link, and see that it is cut: a sync round (before any staff action is queued, so no
    item's retry is put off by it) reaches nothing."""
    fleet.link(up=False)
    for device in devices:
        tried = device.ask({"do": "sync", "at": "2026-12-07T08:50:00"})
        assert not tried["ok"] and "unreachable" in tried["error"].lower(), tried


def booking_rows(fleet: Fleet) -> list[dict[str, Any]]:
    """The centre's ``staff-day`` bookings, each with what the script decides about it."""
    keys = ("reference", "slot_id", "status", "kiosk_id", "visit", "audit_entries", "conflicts")
    return [{key: row[key] for key in keys} for row in fleet.staff_day()["bookings"]]


def expected_rows(fleet: Fleet, arriving: list[Entry], walk_ins: dict[str, tuple[str, str]]) -> list[dict[str, Any]]:
    """The same, as the script says they must be, in the centre's order (slot time, then reference).
    ``walk_ins``: reference → (slot, the device that sold it)."""
    assert fleet.public is not None
    visits, conflicts = centre_visits(arriving)
    entries = Counter(entry.reference for entry in arriving if entry.reference)
    clashes = Counter(reference for reference, _, _ in conflicts)
    sold = [(booking.slot_id, booking.reference, fleet.public.kiosk_id) for booking in fleet.public.bookings]
    sold += [(slot, reference, kiosk) for reference, (slot, kiosk) in walk_ins.items()]
    return [{"reference": reference, "slot_id": slot, "status": "booked", "kiosk_id": kiosk,
             "visit": visits.get(reference), "audit_entries": entries[reference], "conflicts": clashes[reference]}
            for slot, reference, kiosk in sorted(sold)]


def intact(device: str, entries: int) -> dict[str, Any]:
    return {"device": device, "entries": entries, "last_seq": entries, "missing": [], "breaks": [], "findings": 0,
            "intact": True}


def steps_of(scripts: list[Script], shown: list[list[dict[str, Any]]], do: str) -> list[dict[str, Any]]:
    return [answer for script, answers in zip(scripts, shown, strict=True)
            for step, answer in zip(script.steps, answers, strict=True) if step["do"] == do]


# --- the tests ------------------------------------------------------------------------------------------------


def test_an_offline_day_reaches_the_centre_exactly_as_it_happened(fleet: Fleet) -> None:
    a, b = fleet.prepare(PEOPLE, staff_devices=2)
    assert fleet.public is not None
    public = fleet.public
    people = [booking.reference for booking in public.bookings]
    receipts = fleet.folder / "receipts"
    token = {booking.reference: public.token(booking) for booking in public.bookings}
    for printed in (0, 4):  # these two are printed, photographed and read back as a scanner would
        token[people[printed]] = public.token(public.bookings[printed], receipts)
    grants = fleet.granted(a.kiosk_id)
    assert grants, "device A was lent no seat to sell offline"
    walk_in_slot = grants[-1]
    link_is_down(fleet, [a, b])

    first, second = Script(a.kiosk_id, "A", datetime(2026, 12, 7, 9, 0)), Script(b.kiosk_id, "B",
                                                                                  datetime(2026, 12, 7, 9, 10))
    first.sign_in(0, OPERATOR, pin="000000")  # a wrong PIN: no session, nothing recorded
    first.sign_in(10, OPERATOR)
    first.check_in(110, people[0], token[people[0]])
    first.check_in(50, people[0], token[people[0]], outcome="already_checked_in")  # scanned twice: nothing
    first.act(540, "served", people[0])
    first.check_in(300, people[1], token[people[1]])
    first.act(540, "served", people[1])
    first.act(60, "undo", people[1])  # inside the window: checked in again
    first.check_in(240, people[2], display(people[2]))  # typed from the paper
    first.act(600, "no_show", people[3])
    first.walk_in(300, walk_in_slot, "Zarina Tosheva")
    first.reprint(300, people[1])
    first.act(10, "undo", people[3], refused="UndoExpired")  # ten minutes on: too late to take back

    second.sign_in(0, SUPERVISOR)
    second.check_in(120, people[4], token[people[4]])
    second.act(540, "served", people[4])
    second.act(300, "no_show", people[5])
    second.check_in(300, people[6], people[6].lower())
    second.act(40, "undo", people[6])  # a supervisor takes a check-in back: booked again
    # people[7] never comes, and nobody marks it.

    rng = random.Random(SEED)  # the rest of the people: fates by chance
    for reference in people[8:]:
        script = rng.choice((first, second))
        fate = rng.choice(("served", "checked_in", "no_show", "untouched", "undone"))
        scan = token[reference] if rng.random() < 0.5 else display(reference)
        if fate in ("served", "checked_in", "undone"):
            script.check_in(rng.uniform(30, 400), reference, scan)
        if fate == "served":
            script.act(rng.uniform(30, 400), "served", reference)
        elif fate == "undone":
            script.act(rng.uniform(1, 100), "undo", reference)
        elif fate == "no_show":
            script.act(rng.uniform(30, 400), "no_show", reference)
    first.sign_out(120)
    second.sign_out(120)

    shown = work(fleet, [first, second])
    (walked_in,) = steps_of([first, second], shown, "walk_in")
    walk_in = walked_in["reference"]
    (reprinted,) = steps_of([first, second], shown, "reprint")
    claims = unverified_claims(reprinted["token"])  # the new receipt is signed by the device that printed it
    assert (claims.reference, claims.kiosk_id) == (people[1], a.kiosk_id)
    entries = {script.device: script.entries([walk_in] if script is first else []) for script in (first, second)}
    queued = {device.kiosk_id: device.ask({"do": "outbox"}) for device in (a, b)}
    for device, items in queued.items():  # every entry is queued, in the device's chain, beside the walk-in
        assert [item["id"] for item in items if item["kind"] == "staff_action"] == [
            item_id(device, entry.seq) for entry in entries[device]]
        assert sorted(item["kind"] for item in items if item["kind"] != "staff_action") == (
            ["booking"] if device == a.kiosk_id else [])

    fleet.link(up=True)
    drain([a, b])

    arriving = entries[a.kiosk_id] + entries[b.kiosk_id]  # no booking is both's: the order does not matter
    assert booking_rows(fleet) == expected_rows(fleet, arriving, {walk_in: (walk_in_slot, a.kiosk_id)})
    assert fleet.staff_day()["unbooked_visits"] == []
    assert fleet.audit() == {device: intact(device, len(made)) for device, made in entries.items()}
    # Every entry arrived, once, exactly as the device holds it, and says what the script did.
    logs = {device.kiosk_id: device.ask({"do": "audit"}) for device in (a, b)}
    at_centre = [(device, seq, json.loads(entry)) for device, seq, entry in fleet.table(
        sql_select(staff_audit.c.device, staff_audit.c.seq, staff_audit.c.entry))]
    assert at_centre == sorted((body["device"], body["seq"], body) for log in logs.values() for body in log)
    assert [(body["device"], body["seq"], body["action"], body["reference"], body["staff_id"], body["at"])
            for _, _, body in at_centre] == sorted(
        (e.device, e.seq, e.action, e.reference, e.staff_id, e.at) for e in arriving)
    received = Counter(row[0] for row in fleet.table(sql_select(outbox_items.c.id).where(
        outbox_items.c.kind == "staff_action")))
    assert received == Counter(item_id(e.device, e.seq) for e in arriving)
    # The walk-in is at the centre once: sold from A's allowance, in the slot the script chose.
    assert fleet.table(sql_select(bookings.c.reference, bookings.c.slot_id, bookings.c.status, bookings.c.kiosk_id,
                                  bookings.c.origin).where(bookings.c.reference == walk_in)) == [
        (walk_in, walk_in_slot, "booked", a.kiosk_id, "allowance")]
    assert len(fleet.table(sql_select(bookings.c.reference))) == PEOPLE + 1
    seat_check = fleet.get("/v1/admin/seat-check", Role.OWNER)
    assert (seat_check["overbooked"], seat_check["invariant_breaches"]) == ([], [])
    assert fleet.conflicts() == [] and fleet.findings() == []

    # Everything sent again, as it was sent: every answer is the first one's, and nothing changes.
    before = fleet.state()
    for staffed in (a, b):
        assert set(fleet.replay(staffed, queued[staffed.kiosk_id])) == {200}
    assert fleet.state() == before


def test_two_devices_checking_in_one_booking_offline_are_a_conflict_a_supervisor_sees(fleet: Fleet) -> None:
    a, b = fleet.prepare(2, staff_devices=2)
    assert fleet.public is not None
    booking = fleet.public.bookings[0]
    code = booking.reference
    link_is_down(fleet, [a, b])
    door, desk = Script(a.kiosk_id, "A", datetime(2026, 12, 7, 9, 0)), Script(b.kiosk_id, "B",
                                                                              datetime(2026, 12, 7, 9, 0))
    door.sign_in(0, OPERATOR)
    door.check_in(600, code, fleet.public.token(booking))  # 09:10 by A's clock
    door.sign_out(60)
    desk.sign_in(0, SUPERVISOR)
    desk.check_in(300, code, display(code))  # 09:05 by B's: earlier, but B's entries arrive second
    desk.sign_out(60)
    work(fleet, [door, desk])  # each device, offline, knows only its own check-in: both are valid there

    fleet.link(up=True)
    drain([a, b], one_after_another=True)  # A's day reaches the centre first

    arriving = door.entries([]) + desk.entries([])
    visits, expected = centre_visits(arriving)
    ((reference, first, second),) = expected
    assert reference == code and first["device"] == a.kiosk_id and second["device"] == b.kiosk_id
    assert booking_rows(fleet) == expected_rows(fleet, arriving, {})
    (conflict,) = fleet.conflicts()
    assert (conflict["reference"], conflict["location_id"], conflict["day"], conflict["first"],
            conflict["second"], conflict["resolved_at"]) == (code, VISA_CENTRE, MONDAY.isoformat(), first, second,
                                                            None)
    assert fleet.audit() == {a.kiosk_id: intact(a.kiosk_id, 3), b.kiosk_id: intact(b.kiosk_id, 3)}

    # The supervisor's view: kiosk-admin lists it with both records, and resolves it with a note.
    scheduler = fleet.central.admin(Role.SCHEDULER, "Malika")
    listed = kiosk_admin(fleet.central.url, scheduler, "staff", "conflicts", "--open")
    assert listed.code == 0, listed.err
    lines = listed.out.splitlines()
    assert lines[0].startswith(f"conflict {conflict['id']}: booking {code} at {VISA_CENTRE} on 2026-12-07, found ")
    assert lines[0].endswith("; open")
    assert lines[1:] == [
        f"  first   device {a.kiosk_id}, staff {OPERATOR.staff_id}, at 2026-12-07T04:10:00Z "
        f"(item {item_id(a.kiosk_id, 2)})  (the visit's)",
        f"  second  device {b.kiosk_id}, staff {SUPERVISOR.staff_id}, at 2026-12-07T04:05:00Z "
        f"(item {item_id(b.kiosk_id, 2)})"]
    note = "both desks saw the person; one visit, served by the door desk"
    resolved = kiosk_admin(fleet.central.url, scheduler, "staff", "resolve", str(conflict["id"]), "--note", note)
    assert resolved.code == 0 and f"conflict {conflict['id']} (booking {code}) resolved" in resolved.out, resolved
    (after,) = fleet.conflicts()
    assert (after["resolved_by"], after["resolution"]) == ("scheduler:Malika", note)
    assert kiosk_admin(fleet.central.url, scheduler, "staff", "conflicts", "--open").out.strip() == (
        "no open check-in conflicts")
    assert booking_rows(fleet) == expected_rows(fleet, arriving, {})  # resolving moves no visit
    kept = visits[code]
    assert kept is not None and kept["device"] == a.kiosk_id


def test_an_audit_row_edited_on_the_device_is_caught_by_the_centre(fleet: Fleet) -> None:
    (a,) = fleet.prepare(2, staff_devices=1)
    assert fleet.public is not None
    came, missed = fleet.public.bookings
    link_is_down(fleet, [a])
    script = Script(a.kiosk_id, "A", datetime(2026, 12, 7, 9, 0))
    script.sign_in(0, OPERATOR)
    script.check_in(120, came.reference, fleet.public.token(came))
    script.act(600, "no_show", missed.reference)
    script.sign_out(60)
    work(fleet, [script])
    assert verify(a) == (0, f"the staff audit log is intact: 4 entries of device {a.kiosk_id}")

    # Someone with the device's file makes the check-in look like the supervisor's. The entry is in the file
    # twice, the log's row and its queued copy: to make the centre believe it, both are changed.
    with sqlite3.connect(DataPaths(a.data).database) as attacker:
        attacker.execute("DROP TRIGGER staff_audit_no_update")
        attacker.execute("UPDATE staff_audit SET staff_id = ? WHERE seq = 2", [SUPERVISOR.staff_id])
        changed = attacker.execute("UPDATE outbox SET body = json_set(body, '$.staff_id', ?) WHERE id = ?",
                                   [SUPERVISOR.staff_id, item_id(a.kiosk_id, 2)])
        assert changed.rowcount == 1
    attacker.close()
    status, said = verify(a)
    assert status == 1
    assert "break: seq 2: edited: its hash does not match its content" in said.splitlines()

    fleet.link(up=True)
    drain([a])
    (finding,) = [found for found in fleet.findings() if found["kind"] == "audit_chain_break"]
    assert finding["kiosk_id"] == a.kiosk_id
    assert finding["detail"] == (f"device {a.kiosk_id}'s staff audit log breaks at seq 2: edited: its hash does "
                                 "not match its content")
    assert fleet.audit()[a.kiosk_id] == {
        "device": a.kiosk_id, "entries": 4, "last_seq": 4, "missing": [], "findings": 1, "intact": False,
        "breaks": ["seq 2: edited: its hash does not match its content"]}


def verify(device: DeviceProcess) -> tuple[int, str]:
    """``kiosk staff-audit verify`` on the device's data directory: its status and what it printed."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("KIOSK_", "XDG_CONFIG"))}  # no configuration but the defaults
    done = subprocess.run([sys.executable, "-m", "kiosk.cli", "staff-audit", "verify", "--data-dir",
                           str(device.data)], cwd=REPOSITORY, capture_output=True, text=True, timeout=120,
                          env={**environment, "HOME": str(device.data.parent)})
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, done.stdout.strip()
