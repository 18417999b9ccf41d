"""Kiosks booking through the real central service: live, through a lossy link, across kiosks, after kill -9.

Each kiosk here is a real cache with the published release applied by the real
agent, booking through ``RemoteAuthority`` and the HTTP ``SeatCentre``. The
centre runs on the tests' pinned clock (Friday 2026-12-04, 14:00 in Tashkent),
and so do the kiosks, so the slots are the same at any hour.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import requests
import sqlalchemy

from kiosk import outbox
from kiosk.booking.errors import BookingError, NoSeatHere
from kiosk.booking.model import BookingRequest
from kiosk.booking.remote import RemoteAuthority
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import enroll, load_enrollment
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.agent.live import HttpSeatCentre
from tests.sync.central.central_server import Central, enrollment_codes, put_keys, running_central
from tests.sync.central.test_releases import publish
from tests.sync.central_process import REPOSITORY, owner_token, start_central
from tests.sync.faultproxy import Fault, FaultProxy, always, lossy
from tests.sync.fleet_steps import admin_ok, set_up_keys
from tests.sync.fleet_steps import enrollment_codes as codes_from

pytest_plugins = ["tests.sync.postgres_fixtures"]

TASHKENT = ZoneInfo("Asia/Tashkent")
VISA, CENTRE = "visa-submission", "sample-visa-centre"  # 3 seats a slot, weekdays
MONDAY = datetime(2026, 12, 7).date()
SYLLABLES = ("ka", "ri", "mo", "va", "lu", "de", "so", "ta", "ne", "bo", "gu", "zi")


def a_name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(2))


@dataclass
class LiveKiosk:
    data: Path
    store: Store
    agent: SyncAgent
    authority: RemoteAuthority
    session: requests.Session

    def drain(self, rounds: int = 30) -> None:
        """Send the outbox until it is empty. The outbox stamps its items with the machine's clock (not the
        tests' pinned one), so they fall due by that clock."""
        sender = SyncAgent(self.store, self.data, self.session, settings=self.agent.settings,
                           clock=lambda: datetime.now(ZoneInfo("UTC")), rng=random.Random(2))
        for _ in range(rounds):
            sent = sender.send_outbox_once()
            if not sent.stopped_by and outbox.depth(self.store) == 0:
                return
        raise AssertionError(f"the outbox did not drain: {outbox.items(self.store)}")

    def held(self) -> dict[str, str]:
        return {str(reference): str(status) for reference, status in
                self.store.db.execute("SELECT reference, status FROM bookings")}


def live_kiosk(folder: Path, url: str, code: str, clock_utc: object, *, booking_url: str | None = None,
               retry_waits: tuple[float, ...] = (0.0, 0.0)) -> LiveKiosk:
    """Enroll at ``url``, take the release and an allowance, and book through ``booking_url`` (default ``url``)."""
    session = requests.Session()
    session.headers["Connection"] = "close"  # each request meets its own fate in a lossy proxy
    enroll(session, url, code, AgentPaths(folder), now=clock_utc())  # type: ignore[operator]
    store = open_store(DataPaths(folder))
    agent = SyncAgent(store, folder, session, settings=AgentSettings(
        central_url=url, files_url=url, timeouts=Timeouts(connect_s=3, read_s=10), outbox_batch=1000),
        clock=clock_utc, rng=random.Random(1))  # type: ignore[arg-type]
    first = agent.sync_once()
    assert first.ok and first.applied, first.error
    enrollment = load_enrollment(AgentPaths(folder))
    if booking_url is not None:
        enrollment = type(enrollment)(**{**enrollment.__dict__, "central_url": booking_url})

    def local_now() -> datetime:
        return clock_utc().astimezone(TASHKENT).replace(tzinfo=None)  # type: ignore[operator,no-any-return]

    authority = RemoteAuthority(store, now=local_now, window_days=30, kiosk_id=enrollment.kiosk_id,
                                centre=HttpSeatCentre(session, enrollment, timeouts=Timeouts(connect_s=2, read_s=5)),
                                retry_waits=retry_waits, offline_for_s=0.0)
    return LiveKiosk(folder, store, agent, authority, session)


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    database = request.getfixturevalue("fresh_postgres_url") if request.param == "postgresql" else None
    (tmp_path / "centre").mkdir()
    with running_central(tmp_path / "centre", database) as server:
        put_keys(server)
        tree = tmp_path / "content"
        shutil.copytree(REPOSITORY / "content", tree)
        assert publish(server, tree).status_code == 201
        yield server


def centre_bookings(database: str) -> dict[str, tuple[str, str]]:
    engine = sqlalchemy.create_engine(database if "://" in database else f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            return {row.reference: (row.status, row.kiosk_id) for row in connection.execute(
                sqlalchemy.text("SELECT reference, status, kiosk_id FROM bookings"))}
    finally:
        engine.dispose()


def seat_check(central: Central) -> dict[str, list[str]]:
    answer = central.call("GET", "/v1/admin/seat-check", central.owner_token)
    assert answer.status_code == 200, answer.text
    return {key: answer.json()[key] for key in ("overbooked", "invariant_breaches")}


def visa_slots(kiosk: LiveKiosk, days: int) -> list[str]:
    found: list[str] = []
    day = MONDAY
    while len(found) < days * 21:
        found += [slot.id for slot in kiosk.authority.slots(VISA, CENTRE, day)]
        day += timedelta(days=1)
    return found


def test_a_booking_made_at_one_kiosk_is_found_moved_and_cancelled_at_another(
        central: Central, tmp_path: Path) -> None:
    first, second = (live_kiosk(tmp_path / name, central.url, code, central.clock)
                     for name, code in zip(("a", "b"), enrollment_codes(central, 2), strict=True))
    slots = visa_slots(first, 1)

    made = first.authority.book(BookingRequest(slots[0], "Oʻktam Yoʻldoshev", passport_last4="4321"))
    found = second.authority.find(made.reference, "yoldoshev")
    moved = second.authority.reschedule(made.reference, "4321", slots[1])
    cancelled = second.authority.cancel(made.reference, "Yoʻldoshev")

    assert (found.slot_id, moved.slot_id, cancelled.status) == (slots[0], slots[1], "cancelled")
    assert first.authority.find(made.reference, "4321").status == "cancelled"  # the first kiosk follows the centre
    assert centre_bookings(central.database)[made.reference][0] == "cancelled"
    assert seat_check(central) == {"overbooked": [], "invariant_breaches": []}


def test_five_hundred_bookings_through_a_lossy_link_arrive_with_none_lost_and_none_twice(
        central: Central, tmp_path: Path) -> None:
    port = int(central.url.rsplit(":", 1)[1])
    with FaultProxy(port, lossy(seed=5, cut=0.08, drop_reply=0.12, reset=0.05)) as proxy:
        kiosk = live_kiosk(tmp_path / "k", central.url, enrollment_codes(central, 1)[0], central.clock,
                           booking_url=proxy.url, retry_waits=(0.0, 0.0))
        slots = visa_slots(kiosk, 10)
        rng = random.Random(8)
        told_booked: set[str] = set()
        told_not = 0
        for number in range(500):
            try:
                told_booked.add(kiosk.authority.book(BookingRequest(slots[number % len(slots)], a_name(rng))).reference)
            except NoSeatHere:
                told_not += 1  # withdrawn: the centre answered nothing, and no allowance seat was left
            except BookingError:
                told_not += 1
        faults = sum(proxy.stats.faults.values())
    kiosk.drain()

    at_centre = centre_bookings(central.database)
    live = {reference for reference, (status, _) in at_centre.items() if status == "booked"}
    assert faults > 50  # the link really lost answers
    assert told_booked == live  # every booking a person was told of is at the centre; nothing else stands there
    assert len(told_booked) + told_not == 500
    assert {reference for reference, status in kiosk.held().items() if status == "booked"} == told_booked
    assert seat_check(central) == {"overbooked": [], "invariant_breaches": []}


def test_a_kiosk_clock_a_day_wrong_sells_offline_no_more_than_its_allowance(central: Central, tmp_path: Path) -> None:
    wrong = lambda: central.clock() - timedelta(days=1)  # noqa: E731 - a clock is a function
    kiosk = live_kiosk(tmp_path / "k", central.url, enrollment_codes(central, 1)[0], wrong)
    with FaultProxy(int(central.url.rsplit(":", 1)[1]), always(Fault.reset())) as dead:
        enrollment = load_enrollment(AgentPaths(kiosk.data))
        kiosk.authority = RemoteAuthority(
            kiosk.store, now=lambda: wrong().astimezone(TASHKENT).replace(tzinfo=None), window_days=30,
            kiosk_id=enrollment.kiosk_id, retry_waits=(),
            centre=HttpSeatCentre(kiosk.session, type(enrollment)(**{**enrollment.__dict__, "central_url": dead.url})))
        granted = dict(kiosk.store.db.execute("SELECT slot_id, seats FROM booking_allowances"))
        sold = 0
        rng = random.Random(2)
        for slot_id in sorted(granted):
            for _ in range(5):
                try:
                    kiosk.authority.book(BookingRequest(slot_id, a_name(rng)))
                    sold += 1
                except BookingError:
                    pass
    assert granted and sold == sum(granted.values())  # every granted seat, and not one more
    kiosk.drain()
    assert seat_check(central) == {"overbooked": [], "invariant_breaches": []}


def test_kill_9_of_the_centre_mid_request_books_each_told_booking_once(
        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    database = str(request.getfixturevalue("fresh_postgres_url"))
    token = owner_token(database)
    centre = start_central(database, tmp_path / "files", tmp_path / "central.log")
    tree = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", tree)
    set_up_keys(centre.url, token, tmp_path)
    admin_ok(centre.url, token, "publish", str(tree))
    code = codes_from(centre.url, token, 1)[0]
    host, port = "127.0.0.1", int(centre.url.rsplit(":", 1)[1])
    utc = lambda: datetime.now(ZoneInfo("UTC"))  # noqa: E731 - the process's clock is the machine's
    with FaultProxy(port) as proxy:
        kiosk = live_kiosk(tmp_path / "k", proxy.url, code, utc, retry_waits=(0.5, 1.0, 2.0, 3.0))
        day = datetime.now(TASHKENT).date() + timedelta(days=2)
        slots: list[str] = []
        while len(slots) < 20:
            slots += [slot.id for slot in kiosk.authority.slots(VISA, CENTRE, day)]
            day += timedelta(days=1)
        told: set[str] = set()
        stop = threading.Event()
        kills = 0

        def restart() -> None:
            nonlocal centre, kills
            centre.process.send_signal(signal.SIGKILL)
            centre.process.wait()
            kills += 1
            centre = start_central(database, tmp_path / "files", tmp_path / "central.log")
            proxy.upstream = (host, int(centre.url.rsplit(":", 1)[1]))

        def keep_killing() -> None:
            rng = random.Random(4)
            while not stop.wait(rng.uniform(0.3, 1.2)):
                restart()

        killer = threading.Thread(target=keep_killing)
        killer.start()
        rng = random.Random(6)
        try:
            for number in range(40):
                try:
                    told.add(kiosk.authority.book(BookingRequest(slots[number % len(slots)], a_name(rng))).reference)
                except BookingError:
                    pass
        finally:
            stop.set()
            killer.join()
        # A server dies with the thread that started it (start_central), and the killer thread has ended:
        # the last one is started again from this thread, which outlives it.
        restart()
        kiosk.drain()
    try:
        live = {ref for ref, (status, _) in centre_bookings(database).items() if status == "booked"}
        assert kills >= 2, "the centre was never killed mid-run: the test proved nothing"
        assert told and told == live
        answer = centre.call("GET", "/v1/admin/seat-check", token).json()
        assert (answer["overbooked"], answer["invariant_breaches"]) == ([], [])
    finally:
        centre.stop()


def test_kill_9_of_a_kiosk_between_its_commit_and_its_upload_loses_nothing(central: Central, tmp_path: Path) -> None:
    code = enrollment_codes(central, 1)[0]
    kiosk = live_kiosk(tmp_path / "k", central.url, code, central.clock)
    slot = visa_slots(kiosk, 1)[3]
    kiosk.store.close()
    port = int(central.url.rsplit(":", 1)[1])
    with FaultProxy(port, always(Fault.delay(60))) as stalled:  # the live request hangs after the commit
        child = subprocess.Popen([sys.executable, "-c", _BOOK_ONE, str(kiosk.data), stalled.url, slot,
                                  central.clock().isoformat()], cwd=REPOSITORY)
        database = kiosk.data / "kiosk.db"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _committed(database):
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _committed(database), "the booking was never committed"
    # The kiosk starts again: a new store, authority and agent on the same files.
    store = open_store(DataPaths(kiosk.data))
    enrollment = load_enrollment(AgentPaths(kiosk.data))
    RemoteAuthority(store, now=lambda: datetime(2026, 12, 4, 14), window_days=30, kiosk_id=enrollment.kiosk_id,
                    centre=HttpSeatCentre(kiosk.session, enrollment))  # at start it releases the held request
    agent = SyncAgent(store, kiosk.data, kiosk.session, settings=AgentSettings(central_url=central.url,
                                                                             files_url=central.url),
                      clock=lambda: datetime.now(ZoneInfo("UTC")))  # the outbox's own clock (see drain)
    assert agent.send_outbox_once().delivered == 1
    [(reference, status, name)] = store.db.execute("SELECT reference, status, name FROM bookings").fetchall()
    assert (status, name) == ("booked", "")  # confirmed by the centre, and the name dropped
    assert centre_bookings(central.database)[reference] == ("booked", enrollment.kiosk_id)
    assert outbox.depth(store) == 0


def _committed(database: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            return bool(connection.execute("SELECT count(*) FROM bookings").fetchone()[0])
    except sqlite3.Error:
        return False


# The kiosk process: book one seat through URL, which stalls; it is killed while it waits.
_BOOK_ONE = """
import sys
from pathlib import Path
from datetime import datetime
from zoneinfo import ZoneInfo
import requests
from kiosk.booking.model import BookingRequest
from kiosk.booking.remote import RemoteAuthority
from kiosk.paths import DataPaths
from kiosk.store import open_store
from sync.agent.enrollment import load_enrollment
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.agent.live import HttpSeatCentre

data, url, slot, now = Path(sys.argv[1]), sys.argv[2], sys.argv[3], datetime.fromisoformat(sys.argv[4])
enrollment = load_enrollment(AgentPaths(data))
enrollment = type(enrollment)(**{**enrollment.__dict__, "central_url": url})
local = now.astimezone(ZoneInfo("Asia/Tashkent")).replace(tzinfo=None)
authority = RemoteAuthority(open_store(DataPaths(data)), now=lambda: local, window_days=30,
                            kiosk_id=enrollment.kiosk_id, retry_waits=(),
                            centre=HttpSeatCentre(requests.Session(), enrollment, timeouts=Timeouts(3, 120)))
authority.book(BookingRequest(slot, "Oʻktam Yoʻldoshev"))
"""
