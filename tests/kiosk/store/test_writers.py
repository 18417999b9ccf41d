"""Writers wait their turn: every write transaction takes the write lock first, so the busy timeout works.

Separate processes import the registry and book at the same time, the way a
kiosk's screen and an administrator's ``kiosk agencies import`` do; none of
them may fail with "database is locked".
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.bootstrap import open_local_cache
from kiosk.paths import PROJECT_ROOT
from kiosk.store import Store, StoreBusy
from tests.kiosk.store.conftest import Place
from tests.kiosk.store.faults import ROOT, settings

KIOSK = Path(sys.executable).with_name("kiosk")
REGISTRY = PROJECT_ROOT / "content" / "agencies" / "registry.csv"
# Rounds of import + booking + import; KIOSK_FAULT_ROUNDS raises it for a longer run.
ROUNDS = int(os.environ.get("KIOSK_FAULT_ROUNDS", "3"))

BOOK_MANY = """
import sys
from datetime import date, datetime
from pathlib import Path
from kiosk import config
from kiosk.booking import BookingRequest, LocalAuthority
from kiosk.bootstrap import open_local_cache

store = open_local_cache(config.load(data_dir=Path(sys.argv[1]), environ={}))
kiosk = LocalAuthority(store, now=lambda: datetime(2027, 1, 11, 8, 0), window_days=30, kiosk_id="kwriter1")
made = 0
for day in range(11, 30):
    for slot in kiosk.slots("visa-submission", "sample-visa-centre", date(2027, 1, day)):
        if made == 60:
            break
        if slot.free:
            booking = kiosk.book(BookingRequest(slot.id, "Writer Person", passport_last4=f"{sys.argv[2]}{made:03}"))
            print(booking.reference, flush=True)
            made += 1
store.close()
"""


def addresses_changed(tmp_path: Path, suffix: str) -> Path:
    changed = tmp_path / f"registry-{suffix}.csv"
    with REGISTRY.open(encoding="utf-8", newline="") as source, changed.open("w", encoding="utf-8", newline="") as out:
        rows = csv.DictReader(source)
        writer = csv.DictWriter(out, fieldnames=list(rows.fieldnames or ()))
        writer.writeheader()
        writer.writerows({**row, "address": f"{row['address']}, {suffix}"} for row in rows)
    return changed


def test_concurrent_import_booking_and_import_all_succeed(tmp_path: Path, place_kiosk: Place) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    files = [addresses_changed(tmp_path, "first"), addresses_changed(tmp_path, "second")]
    booked: list[str] = []
    for round_number in range(ROUNDS):
        first, second = files if round_number % 2 == 0 else files[::-1]
        processes = [
            subprocess.Popen([str(KIOSK), "agencies", "import", str(first), "--data-dir", str(data)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
            subprocess.Popen([sys.executable, "-c", BOOK_MANY, str(data), str(round_number)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
            subprocess.Popen([str(KIOSK), "agencies", "import", str(second), "--data-dir", str(data)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        ]
        outputs = [process.communicate(timeout=600) for process in processes]
        for process, (out, err) in zip(processes, outputs, strict=True):
            assert process.returncode == 0, f"{process.args}: {out}{err}"
            assert "locked" not in out + err
        booked += outputs[1][0].split()
        assert len(outputs[1][0].split()) == 60

    store = open_local_cache(settings(data))
    ledger.assert_kept(store)
    stored = {row[0] for row in store.db.execute("SELECT reference FROM bookings WHERE status = 'booked'")}
    assert set(booked) <= stored, "every booking a writer was given is on disk"
    suffixes = {row[0].rsplit(", ", 1)[-1] for row in store.db.execute("SELECT address FROM agencies")}
    assert len(suffixes) == 1, "the registry is one import's, whole"
    store.close()


def hold_the_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta(key, value) VALUES ('held', 'yes') ON CONFLICT(key) DO NOTHING")
    return other


def test_a_writer_that_reads_first_still_waits_for_the_lock(tmp_path: Path, place_kiosk: Place) -> None:
    data = tmp_path / "data"
    place_kiosk(data)
    store = open_local_cache(settings(data))
    other = hold_the_write_lock(data / "kiosk.db")
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    with store.transaction() as db:  # reads, then writes: the pattern that used to fail at once
        count = db.execute("SELECT count(*) FROM events").fetchone()[0]
        db.execute("INSERT INTO events(at, kind, detail) VALUES ('2027-01-11', 'test', ?)", [str(count)])
    release.join()
    assert store.get_meta("held") == "yes", "it waited for the other writer's commit, then wrote"
    other.close()
    store.close()


def test_a_lock_held_past_the_busy_timeout_is_store_busy(tmp_path: Path, place_kiosk: Place,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.store.database.BUSY_TIMEOUT_SECONDS", 0.2)
    data = tmp_path / "data"
    place_kiosk(data)
    store: Store = open_local_cache(settings(data))
    other = hold_the_write_lock(data / "kiosk.db")
    with pytest.raises(StoreBusy) as busy:
        store.record_event("test", "never")  # an event is a note: it is logged, not raised
        store.set_meta("wanted", "yes")
    assert busy.value.reason == "busy" and "another program kept" in str(busy.value)
    other.execute("ROLLBACK")
    other.close()
    store.set_meta("wanted", "yes")
    store.close()
