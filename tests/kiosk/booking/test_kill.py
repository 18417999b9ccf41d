"""``kill -9`` at random moments while a process books, cancels and moves bookings.

After every kill the cache must be whole: every booking has its outbox item,
every cancellation and move its own, the seats counted equal the bookings held,
and no slot holds more than its capacity.
"""

import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from kiosk import outbox
from kiosk.booking.local import META_SLOTS_MADE
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store
from tests.kiosk.booking.fixtures import open_with_catalogue

ROOT = Path(__file__).resolve().parents[3]

BOOKING_FOREVER = """
import random, sys
from datetime import datetime
from pathlib import Path
from kiosk.booking import BookingError, BookingRequest, LocalAuthority
from kiosk.paths import DataPaths
from kiosk.store import open_store

print("started", flush=True)
rng = random.Random(int(sys.argv[2]))
store = open_store(DataPaths(Path(sys.argv[1])))
kiosk = LocalAuthority(store, now=lambda: datetime(2027, 1, 11, 8, 0), window_days=30, kiosk_id="kkill")
held = []
while True:
    service = rng.choice(["consult", "submit"])
    location = "office-a" if service == "submit" or rng.random() < 0.8 else "mobile-b"
    days = [d for d in kiosk.available_days(service, location, datetime(2027, 1, 11).date(), 30) if d.free_slots]
    if not days:
        continue
    slots = [s for s in kiosk.slots(service, location, rng.choice(days).day) if s.free]
    try:
        if held and rng.random() < 0.2:
            reference, name = held.pop(rng.randrange(len(held)))
            kiosk.cancel(reference, name)
        elif held and rng.random() < 0.25 and slots:
            reference, name = rng.choice(held)
            kiosk.reschedule(reference, name, rng.choice(slots).id)
        elif slots:
            name, last4 = f"Person {rng.randrange(10**6)}", f"{rng.randrange(10**4):04}"
            booking = kiosk.book(BookingRequest(rng.choice(slots).id, name, passport_last4=last4))
            held.append((booking.reference, name))
    except BookingError:
        pass
"""


def check_whole(store: Store) -> int:
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for slot, booked, capacity, held in store.db.execute(
            "SELECT s.id, s.booked, s.capacity, (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id "
            "AND b.status = 'booked') FROM booking_slots s"):
        assert booked == held <= capacity, slot
    bookings = {row[0]: (row[1], row[2]) for row in store.db.execute(
        "SELECT reference, slot_id, status FROM bookings")}
    booked_items = [item.body for item in outbox.items(store, "booking")]
    assert sorted(body["reference"] for body in booked_items) == sorted(bookings)
    cancelled = sorted(item.body["reference"] for item in outbox.items(store, "cancellation"))
    assert cancelled == sorted(code for code, (_, status) in bookings.items() if status == "cancelled")
    # Each booking is where its last item (booking, or the latest move) put it.
    where = {body["reference"]: body["slot_id"] for body in booked_items}
    moves: dict[str, list[str]] = defaultdict(list)
    for item in outbox.items(store, "reschedule"):
        moves[item.body["reference"]].append(item.body["slot_id"])
        where[item.body["reference"]] = item.body["slot_id"]
    assert set(moves) <= set(bookings)
    assert {code: slot for code, (slot, _) in bookings.items()} == where
    return len(bookings)


def test_a_kill_at_any_moment_of_booking_loses_nothing_and_oversells_nothing(tmp_path: Path) -> None:
    open_with_catalogue(tmp_path).close()
    rng = random.Random(2027)
    totals = []
    for attempt in range(12):
        if attempt % 3 == 0:  # sometimes make the child remake the slots, so some kills land there
            store = open_store(DataPaths(tmp_path))
            store.set_meta(META_SLOTS_MADE, "")
            store.close()
        child = subprocess.Popen([sys.executable, "-c", BOOKING_FOREVER, str(tmp_path), str(attempt)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "started"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL  # it was still booking: killed, not finished or crashed

        store = open_store(DataPaths(tmp_path))
        totals.append(check_whole(store))
        store.close()
    assert totals[-1] > 0 and totals == sorted(totals)
    store = open_store(DataPaths(tmp_path))
    assert outbox.items(store, "cancellation") and outbox.items(store, "reschedule")  # every path was exercised
    store.close()
