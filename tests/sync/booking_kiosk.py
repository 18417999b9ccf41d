"""One kiosk as its own process, booking, cancelling and moving at random against a central service.

    python -m tests.sync.booking_kiosk DATA URL CODE SEED SECONDS START

The chaos tests start three of these (each in its own network namespace when
they can) and cut their links at random. The kiosk books through the real
``RemoteAuthority`` with the HTTP ``SeatCentre`` and syncs with the real agent,
on a pinned clock that starts at ``START`` (UTC) and runs forward, like the
centre's. For ``SECONDS`` it works; then it drains: syncs until its outbox is
empty and every grant is settled, or two minutes pass. Its cache is the record
the test reads afterwards. It prints one line per step for the test's log.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import requests

from kiosk import outbox
from kiosk.booking.errors import BookingError
from kiosk.booking.model import BookingRequest
from kiosk.booking.remote import RemoteAuthority
from kiosk.paths import DataPaths
from kiosk.store import open_store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import enroll, is_enrolled, load_enrollment
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.agent.live import HttpSeatCentre

SERVICE, LOCATION = "visa-submission", "sample-visa-centre"  # 3 seats a slot in the sample catalogue
NAMES = ("Aziz Karimov", "Bekzod Aliyev", "Dilnoza Yusupova", "Farrux Tursunov", "Gulnora Saidova", "Jasur Rahimov",
         "Kamola Ergasheva", "Laylo Nazarova", "Mansur Qodirov", "Nodira Xolmatova")
TIMEOUTS = Timeouts(connect_s=1.5, read_s=3.0)
TASHKENT = ZoneInfo("Asia/Tashkent")


def main(argv: list[str]) -> int:
    data, url, code, seed, seconds, start = Path(argv[0]), argv[1], argv[2], int(argv[3]), float(argv[4]), argv[5]
    origin, began = datetime.fromisoformat(start), time.monotonic()

    def utc_now() -> datetime:
        return origin + timedelta(seconds=time.monotonic() - began)

    def local_now() -> datetime:
        return utc_now().astimezone(TASHKENT).replace(tzinfo=None)

    rng = random.Random(seed)
    store = open_store(DataPaths(data))
    session = requests.Session()
    session.headers["Connection"] = "close"  # a cut link fails the next request, not a pooled socket's
    paths = AgentPaths(data)
    while not is_enrolled(paths):
        try:
            enroll(session, url, code, paths, now=utc_now())
        except Exception as error:  # the link may be down at the very start
            print(f"enroll: {error}", flush=True)
            time.sleep(1)
    enrollment = load_enrollment(paths)
    agent = SyncAgent(store, data, session, settings=AgentSettings(central_url=url, files_url=url, timeouts=TIMEOUTS,
                                                                   outbox_batch=500),
                      clock=utc_now, rng=random.Random(seed))
    while not agent.sync_once().ok and time.monotonic() - began < 30:
        time.sleep(0.5)  # the release must be in before anything can be booked
    authority = RemoteAuthority(store, now=local_now, window_days=14, kiosk_id=enrollment.kiosk_id,
                                centre=HttpSeatCentre(session, enrollment, timeouts=TIMEOUTS),
                                retry_waits=(0.2,), offline_for_s=2.0)
    days = _bookable_days(local_now().date())
    mine: dict[str, str] = {}  # reference -> the name it was booked under
    next_sync = time.monotonic()
    while time.monotonic() - began < seconds:
        day = rng.choice(days)
        slots = [slot.id for slot in authority.slots(SERVICE, LOCATION, day)][:5]  # a handful, shared by all
        roll = rng.random()
        try:
            if roll < 0.6 and slots:
                name = rng.choice(NAMES)
                digits = f"{rng.randrange(10):04d}"
                made = authority.book(BookingRequest(rng.choice(slots), name, passport_last4=digits))
                mine[made.reference] = name
                print(f"booked {made.reference} offline={authority.selling_offline}", flush=True)
            elif roll < 0.8 and mine:
                reference = rng.choice(sorted(mine))
                authority.cancel(reference, mine[reference].split()[1])
                print(f"cancelled {reference}", flush=True)
            elif mine and slots:
                reference = rng.choice(sorted(mine))
                authority.reschedule(reference, mine[reference].split()[1], rng.choice(slots))
                print(f"moved {reference}", flush=True)
        except BookingError as refused:
            print(f"refused {type(refused).__name__}", flush=True)
        if time.monotonic() >= next_sync:
            report = agent.sync_once()
            print(f"sync ok={report.ok} sent={report.outbox.delivered} granted={report.allowance.granted} "
                  f"settled={report.allowance.settled} {report.error}", flush=True)
            next_sync = time.monotonic() + rng.uniform(1.0, 3.0)
        time.sleep(rng.uniform(0.05, 0.3))
    drained_by = time.monotonic() + 120
    while time.monotonic() < drained_by:
        report = agent.sync_once()
        left = outbox.depth(store) + store.db.execute("SELECT count(*) FROM booking_allowances").fetchone()[0]
        print(f"drain ok={report.ok} left={left} {report.error}", flush=True)
        if report.ok and outbox.depth(store) == 0 and outbox.parked_count(store) == 0:
            break
        time.sleep(1)
    store.close()
    return 0


def _bookable_days(today: date) -> list[date]:
    """Two weekdays at least two days ahead: far from any lead time, whatever the hour."""
    days, day = [], today + timedelta(days=2)
    while len(days) < 2:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


__all__ = ["main"]
