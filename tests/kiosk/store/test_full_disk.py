"""A full disk, for real: a small tmpfs filled to its last page, at start, mid-booking, mid-import, mid-seed.

A full disk is "cannot write now", never "damaged": the cache is served
read-only, nothing is moved to quarantine, every booking and outbox item is
still there once space is freed, and the kiosk says which disk to clear.
"""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.agencies.lookup import lookup
from kiosk.agencies.reports import AgencyReport, submit_report
from kiosk.booking import BookingRequest
from kiosk.bootstrap import open_local_cache
from kiosk.content import search
from kiosk.doctor import Status, check_database
from kiosk.paths import PROJECT_ROOT, DataPaths
from kiosk.store import Store, StoreUnavailable, open_store
from tests.kiosk.store.conftest import Place
from tests.kiosk.store.faults import (
    LOCATION,
    MONDAY,
    NOW,
    SERVICE,
    authority,
    fill,
    first_free_slot,
    resize,
    settings,
    small_tmpfs,
)

KIOSK = Path(sys.executable).with_name("kiosk")
REGISTRY = PROJECT_ROOT / "content" / "agencies" / "registry.csv"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_at_start_serves_the_cache_read_only_and_keeps_everything(tmp_path: Path,
                                                                                place_kiosk: Place) -> None:
    with small_tmpfs(tmp_path / "disk", 16) as disk:
        data = disk / "data"
        ledger = place_kiosk(data)
        before = digest(data / "kiosk.db")
        filler = fill(disk)

        store = open_local_cache(settings(data))
        assert not store.writable and store.unavailable is not None
        assert store.unavailable.reason == "full"
        assert f"the disk holding {data} is full" in str(store.unavailable)
        # What can be read is served: agencies are checked, rights are searched, the times are shown.
        assert lookup(store, "Yexdati")
        assert search.search_articles(store, "pasport", "uz-Latn")
        assert authority(store).slots(SERVICE, LOCATION, MONDAY)
        kiosk = authority(store)
        free = first_free_slot(kiosk)
        with pytest.raises(StoreUnavailable) as refused:
            kiosk.book(BookingRequest(free, "Aziz Karimov"))
        assert refused.value.reason == "full" and "could not save a booking" in str(refused.value)
        with pytest.raises(StoreUnavailable):
            submit_report(store, AgencyReport("Some agency", ("fee_before_job",)))
        store.close()

        result = check_database(settings(data), now=lambda: NOW)
        assert result.status is Status.FAIL and "is full" in result.detail
        assert not (data / "quarantine").exists()
        assert digest(data / "kiosk.db") == before, "the cache was not touched"

        filler.unlink()
        reopened = open_local_cache(settings(data))
        assert reopened.writable
        ledger.assert_kept(reopened)
        ledger.book(authority(reopened), 100)
        ledger.assert_kept(reopened)
        reopened.close()


def test_a_disk_that_fills_while_booking_refuses_the_next_booking_and_keeps_every_confirmed_one(
        tmp_path: Path, place_kiosk: Place) -> None:
    with small_tmpfs(tmp_path / "disk", 16) as disk:
        data = disk / "data"
        ledger = place_kiosk(data)
        store = open_local_cache(settings(data))
        kiosk = authority(store)
        kiosk.slots(SERVICE, LOCATION, MONDAY)  # the slots are stored now
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log must grow for every commit from here
        filler = fill(disk, leave=96 << 10)

        refusals: list[StoreUnavailable] = []
        for number in range(1000, 1400):
            try:
                ledger.book(kiosk, number)
                ledger.note_outbox(store)
            except StoreUnavailable as refused:
                refusals.append(refused)
                if len(refusals) == 3:
                    break
        assert len(refusals) == 3, "the disk never filled"
        assert all(r.reason == "full" for r in refusals)
        assert "could not save a booking: the disk holding" in str(refusals[0])
        confirmed = len(ledger.bookings)
        store.close()

        filler.unlink()
        reopened = open_local_cache(settings(data))
        ledger.assert_kept(reopened)
        held = reopened.db.execute("SELECT count(*) FROM bookings WHERE status = 'booked'").fetchone()[0]
        assert held == confirmed, "a refused booking left nothing behind"
        assert not (data / "quarantine").exists()
        reopened.close()


def test_an_import_on_a_full_disk_changes_nothing_and_says_which_disk(tmp_path: Path,
                                                                      place_kiosk: Place) -> None:
    changed = tmp_path / "changed.csv"
    with REGISTRY.open(encoding="utf-8", newline="") as source, changed.open("w", encoding="utf-8", newline="") as out:
        rows = csv.DictReader(source)
        writer = csv.DictWriter(out, fieldnames=list(rows.fieldnames or ()))
        writer.writeheader()
        writer.writerows({**row, "address": row["address"] + ", 2nd floor"} for row in rows)
    with small_tmpfs(tmp_path / "disk", 16) as disk:
        data = disk / "data"
        ledger = place_kiosk(data)
        store = open_local_cache(settings(data))
        addresses = store.db.execute("SELECT group_concat(address) FROM agencies").fetchone()[0]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        filler = fill(disk, leave=128 << 10)

        result = subprocess.run([str(KIOSK), "agencies", "import", str(changed), "--data-dir", str(data)],
                                capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 1, result
        assert "Traceback" not in result.stderr
        assert f"the disk holding {data} is full" in result.stderr

        filler.unlink()
        reopened = open_local_cache(settings(data))
        assert reopened.db.execute("SELECT group_concat(address) FROM agencies").fetchone()[0] == addresses
        ledger.assert_kept(reopened)
        reopened.close()


def test_a_first_start_on_a_disk_too_small_for_the_bundle_writes_nothing(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", 4) as disk:
        data = disk / "data"
        with pytest.raises(StoreUnavailable) as refused:
            open_local_cache(settings(data))
        assert refused.value.reason == "full"
        assert "could not create the local cache" in str(refused.value) and "MiB needed" in str(refused.value)
        assert sorted(p.name for p in data.iterdir()) == ["logs"]

        resize(disk, 32)
        store = open_local_cache(settings(data))
        assert store.writable and store.get_meta("seeded")
        store.close()


def test_a_disk_that_fills_while_seeding_leaves_no_half_made_cache(tmp_path: Path) -> None:
    def outgrows_its_estimate(store: Store) -> None:
        store.db.table("events").insert_all(
            {"at": "2027-01-11", "kind": "filler", "detail": "x" * 1000} for _ in range(20_000))

    with small_tmpfs(tmp_path / "disk", 8) as disk:
        data = disk / "data"
        with pytest.raises(StoreUnavailable) as refused:
            open_store(DataPaths(data), seed=outgrows_its_estimate)
        assert refused.value.reason == "full"
        assert sorted(p.name for p in data.iterdir()) == ["logs"], "no kiosk.db, no half-made one beside it"

        resize(disk, 64)
        store = open_store(DataPaths(data), seed=outgrows_its_estimate)
        assert store.db.execute("SELECT count(*) FROM events WHERE kind = 'filler'").fetchone()[0] == 20_000
        store.close()
