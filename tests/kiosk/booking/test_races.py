"""Racing writers: capacity and the one-booking-per-day rule hold across connections and processes.

Each writer has its own SQLite connection (threads) or its own process, as two
screens or two kiosk processes on one file would; all of them are released at
the same moment to book the same seats.
"""

import json
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from kiosk import outbox
from kiosk.booking import BookingError, BookingRequest
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store
from tests.kiosk.booking.fixtures import MONDAY, authority, open_with_catalogue, slot_id

ROOT = Path(__file__).resolve().parents[3]
WRITERS = 8
NINE = slot_id("office-a", "consult", MONDAY, "09:00")  # 2 seats


def race(folder: Path, requests: list[BookingRequest]) -> Counter[str]:
    """Book each request from its own thread and connection, all released together; count the outcomes."""
    stores = [open_store(DataPaths(folder)) for _ in requests]
    kiosks = [authority(store) for store in stores]
    for kiosk in kiosks:
        kiosk.slot(NINE)  # make the slots before the race, so the race is only about seats
    start = threading.Barrier(len(requests))
    outcomes: list[str] = []
    lock = threading.Lock()

    def book(n: int) -> None:
        start.wait()
        try:
            kiosks[n].book(requests[n])
            outcome = "booked"
        except BookingError as error:
            outcome = type(error).__name__
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=book, args=(n,)) for n in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for store in stores:
        store.close()
    return Counter(outcomes)


def assert_consistent(store: Store) -> None:
    """Seats counted equal bookings held, within capacity, and every booking has its outbox item."""
    rows = store.db.execute(
        "SELECT s.id, s.booked, s.capacity, (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id "
        "AND b.status = 'booked') FROM booking_slots s").fetchall()
    for slot, booked, capacity, held in rows:
        assert booked == held <= capacity, slot
    references = {row[0] for row in store.db.execute("SELECT reference FROM bookings")}
    items = [item.body["reference"] for item in outbox.items(store, "booking")]
    assert sorted(items) == sorted(references)


def test_eight_writers_racing_for_two_seats_sell_exactly_two(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    contested = [slot_id("office-a", "consult", MONDAY.replace(day=day), hhmm)
                 for day, hhmm in ((11, "09:00"), (11, "09:30"), (12, "09:00"), (14, "10:30"), (15, "10:30"))]
    for round_number, slot in enumerate(contested):
        requests = [BookingRequest(slot, f"Person {round_number}{chr(65 + n)}") for n in range(WRITERS)]
        outcomes = race(tmp_path, requests)
        assert outcomes == Counter({"booked": 2, "SlotFull": WRITERS - 2}), (round_number, outcomes)
    assert_consistent(store)
    assert store.db.execute("SELECT count(*) FROM bookings").fetchone()[0] == 10


def test_eight_writers_racing_as_one_person_get_one_booking(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    slots = [slot_id("office-a", "consult", MONDAY, hhmm) for hhmm in ("09:00", "09:30", "10:00", "10:30")]
    requests = [BookingRequest(slots[n % 4], "Bobur Aliyev" if n % 2 else "Бобур Алиев") for n in range(WRITERS)]
    outcomes = race(tmp_path, requests)
    assert outcomes["booked"] == 1
    assert outcomes["AlreadyBooked"] + outcomes["SlotFull"] == WRITERS - 1
    assert outcomes["AlreadyBooked"] >= 1
    assert_consistent(store)


RACING_PROCESS = """
import json, sys, time
from datetime import datetime
from pathlib import Path
from kiosk.booking import BookingError, BookingRequest, LocalAuthority
from kiosk.paths import DataPaths
from kiosk.store import open_store

folder, number, go, slots = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4:]
kiosk = LocalAuthority(open_store(DataPaths(folder)), now=lambda: datetime(2027, 1, 11, 8, 0), window_days=30,
                       kiosk_id="kproc" + number)
kiosk.slot(slots[0])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
outcomes = []
for n, slot in enumerate(slots):
    try:
        kiosk.book(BookingRequest(slot, f"Person P{number}N{n}"))  # one word: "1 0" and "0 1" are one name
        outcomes.append("booked")
    except BookingError as error:
        outcomes.append(type(error).__name__)
print(json.dumps(outcomes), flush=True)
"""


def test_eight_processes_racing_for_the_same_seats_never_oversell(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    slots = [slot_id("office-a", "consult", MONDAY, hhmm) for hhmm in ("09:00", "09:30", "10:00", "10:30")]
    slots += [slot_id("office-a", "submit", MONDAY, hhmm) for hhmm in ("09:00", "09:20", "09:40")]
    go = tmp_path / "go"
    children = [subprocess.Popen([sys.executable, "-c", RACING_PROCESS, str(tmp_path), str(n), str(go), *slots],
                                 cwd=ROOT, stdout=subprocess.PIPE, text=True) for n in range(WRITERS)]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    go.touch()
    outcomes: Counter[str] = Counter()
    for child in children:
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0
        outcomes.update(json.loads(out))
    # 4 consultation slots of 2 seats and 3 submission slots of 1: 11 seats for 56 attempts.
    assert outcomes == Counter({"booked": 11, "SlotFull": WRITERS * len(slots) - 11})
    assert_consistent(store)
    kiosks = {row[0] for row in store.db.execute("SELECT DISTINCT kiosk_id FROM bookings")}
    assert len(kiosks) > 1  # the seats really went to several processes
