"""A damaged cache gives up what it still holds before it is rebuilt, and says what it saved.

Each test damages a real cache file (pages overwritten, the file cut short or
emptied, tables gone from its schema) the way storage does, then starts the
kiosk on it as a first start would. Bookings whose rows were on a damaged page
come back from their outbox items.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk import outbox
from kiosk.booking.recovery import EVENT_RESTORED
from kiosk.bootstrap import open_local_cache
from kiosk.store import Store, StoreUnavailable
from kiosk.store.migrations import LATEST_VERSION
from kiosk.store.opening import EVENT_REBUILT
from tests.kiosk.store.conftest import Place
from tests.kiosk.store.faults import ROOT, fill, settings, small_tmpfs

PAGE = 4096
# kill -9 rounds around a salvage; KIOSK_FAULT_ROUNDS raises it for a longer run.
KILL_ROUNDS = int(os.environ.get("KIOSK_FAULT_ROUNDS", "6"))


def pages_of(path: Path, table: str) -> list[int]:
    """The leaf pages holding ``table``'s rows, in key order (dbstat's path walks the b-tree in order).

    Page numbers follow key order only while the file has no free pages to reuse,
    which depends on everything else the seed wrote.
    """
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path",
                                  [table]).fetchall()
    connection.close()
    return [int(row[0]) for row in rows]


def scribble(path: Path, *pages: int, seed: int = 7) -> None:
    """Overwrite whole pages with noise, as a failing disk returns them."""
    noise = random.Random(seed)
    with open(path, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * PAGE)
            handle.write(noise.randbytes(PAGE))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rebuilt_events(store: Store) -> list[str]:
    return [event.detail for event in store.events(limit=500) if event.kind == EVENT_REBUILT]


def says_damaged(event: str) -> bool:
    """SQLite finds damage while opening the file, or its integrity check does."""
    return event.startswith(("database cannot be read: database disk image is malformed",
                             "database failed its integrity check"))


def quarantined(data: Path) -> list[Path]:
    return sorted((data / "quarantine").glob("kiosk-*.db"))


def test_damage_to_reference_pages_keeps_every_booking_report_and_outbox_item(tmp_path: Path,
                                                                              place_kiosk: Place) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    scribble(data / "kiosk.db", *pages_of(data / "kiosk.db", "articles")[:3])
    damaged = digest(data / "kiosk.db")

    store = open_local_cache(settings(data))
    ledger.assert_kept(store)
    [event] = rebuilt_events(store)
    assert says_damaged(event)
    assert "bookings 12 of 12" in event and "outbox 18 of 18" in event and "everything was saved" in event
    [copy] = quarantined(data)
    assert digest(copy) == damaged, "the damaged file is kept as it was, for staff"
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0, "content comes from the bundle"
    assert store.writable
    store.close()


def test_bookings_on_a_damaged_page_are_made_again_from_their_outbox_items(tmp_path: Path,
                                                                           place_kiosk: Place) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    scribble(data / "kiosk.db", *pages_of(data / "kiosk.db", "bookings"))

    store = open_local_cache(settings(data))
    ledger.assert_kept(store)
    [event] = rebuilt_events(store)
    assert "anything not saved is only in the quarantined copy" in event
    restored = [e.detail for e in store.events() if e.kind == EVENT_RESTORED]
    assert restored and "restored 12 bookings" in restored[0]
    cancelled = store.db.execute("SELECT count(*) FROM bookings WHERE status = 'cancelled'").fetchone()[0]
    assert cancelled == 1, "the cancellation item says what became of the booking"
    store.close()


def test_outbox_rows_on_a_damaged_page_are_the_only_ones_lost_and_the_event_counts_them(
        tmp_path: Path, place_kiosk: Place) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    store = open_local_cache(settings(data))
    for number in range(4, 120):  # enough reports for the outbox to span many pages
        ledger.report(store, number)
    ledger.note_outbox(store)
    order = [item.id for item in outbox.items(store)]
    store.close()
    leaves = pages_of(data / "kiosk.db", "outbox")
    assert len(leaves) >= 5
    scribble(data / "kiosk.db", leaves[len(leaves) // 2])

    reopened = open_local_cache(settings(data))
    kept = {item.id for item in outbox.items(reopened)}
    lost = set(order) - kept
    assert 0 < len(lost) < len(order) // 4, "only the rows of one page are lost"
    assert order[0] in kept and order[-1] in kept, "rows before and after the damaged page are read"
    [event] = rebuilt_events(reopened)
    assert f"outbox {len(order) - len(lost)} of {len(order)} ({len(lost)} on unreadable pages)" in event
    held = reopened.db.execute("SELECT count(*) FROM bookings WHERE status = 'booked'").fetchone()[0]
    assert held == len(ledger.bookings)
    reopened.close()


def test_a_cache_emptied_to_0_bytes_is_rebuilt_with_an_event_never_silently(tmp_path: Path,
                                                                             place_kiosk: Place) -> None:
    data = tmp_path / "data"
    place_kiosk(data)
    os.truncate(data / "kiosk.db", 0)

    store = open_local_cache(settings(data))
    [event] = rebuilt_events(store)
    assert event.startswith("database is empty (0 bytes); moved to")
    assert "anything not saved is only in the quarantined copy" in event
    [copy] = quarantined(data)
    assert copy.stat().st_size == 0
    assert store.writable and store.get_meta("seeded")
    store.close()


def test_a_cache_cut_short_keeps_what_lies_before_the_cut_and_says_the_rest_is_missing(
        tmp_path: Path, place_kiosk: Place) -> None:
    data = tmp_path / "data"
    place_kiosk(data)
    size = (data / "kiosk.db").stat().st_size
    os.truncate(data / "kiosk.db", size // 2 // PAGE * PAGE)

    store = open_local_cache(settings(data))
    [event] = rebuilt_events(store)
    assert says_damaged(event)
    assert "anything not saved is only in the quarantined copy" in event
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.writable
    store.close()


def forget_in_schema(path: Path, where: str) -> None:
    """Lose entries of the schema, as a damaged first page does."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(f"DELETE FROM sqlite_master WHERE {where}")
    connection.commit()
    connection.close()


def test_a_cache_whose_schema_lost_a_table_is_damaged_not_new(tmp_path: Path, place_kiosk: Place) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    connection = sqlite3.connect(data / "kiosk.db")
    connection.execute("DROP TABLE kiosk_keys")  # cleanly: the file passes its integrity check
    connection.close()

    store = open_local_cache(settings(data))
    [event] = rebuilt_events(store)
    assert event.startswith(f"database has lost tables its schema version {LATEST_VERSION} has: kiosk_keys")
    ledger.assert_kept(store)
    store.close()


def test_a_schema_entry_left_without_its_table_does_not_hide_the_rest(tmp_path: Path, place_kiosk: Place) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    forget_in_schema(data / "kiosk.db", "name = 'kiosk_keys'")  # its index stays, pointing at nothing

    store = open_local_cache(settings(data))
    [event] = rebuilt_events(store)
    assert event.startswith("database cannot be read: malformed database schema")
    assert "bookings 12" in event and "outbox 18" in event
    ledger.assert_kept(store)
    store.close()


def test_a_database_with_no_kiosk_schema_in_it_is_damaged_not_new(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    sqlite3.connect(data / "kiosk.db").execute("CREATE TABLE stranger (x)").connection.close()

    store = open_local_cache(settings(data))
    [event] = rebuilt_events(store)
    assert event.startswith("database has no kiosk schema in it")
    store.close()


def test_with_no_room_to_salvage_nothing_is_moved_until_there_is(tmp_path: Path, place_kiosk: Place) -> None:
    with small_tmpfs(tmp_path / "disk", 32) as disk:
        data = disk / "data"
        ledger = place_kiosk(data)
        scribble(data / "kiosk.db", *pages_of(data / "kiosk.db", "articles")[:3])
        damaged = digest(data / "kiosk.db")
        filler = fill(disk, leave=1 << 20)

        try:
            open_local_cache(settings(data))
        except StoreUnavailable as refused:
            assert refused.reason == "full"
            assert "could not salvage the damaged local cache" in str(refused)
        else:
            raise AssertionError("salvage went ahead on a disk without room for it")
        assert digest(data / "kiosk.db") == damaged
        assert not (data / "quarantine").exists()
        assert not list(data.glob("kiosk.db.new*")), "nothing was started that could not be finished"

        filler.unlink()
        store = open_local_cache(settings(data))
        ledger.assert_kept(store)
        assert len(rebuilt_events(store)) == 1
        store.close()


SALVAGE = """
import sys
from pathlib import Path
from kiosk import config
from kiosk.bootstrap import open_local_cache
print("started", flush=True)
open_local_cache(config.load(data_dir=Path(sys.argv[1]), environ={})).close()
"""


def test_a_kill_at_any_moment_of_a_salvage_loses_nothing(tmp_path: Path, place_kiosk: Place) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    scribble(data / "kiosk.db", *pages_of(data / "kiosk.db", "articles")[:3])
    scribble(data / "kiosk.db", *pages_of(data / "kiosk.db", "bookings"), seed=8)
    damaged = digest(data / "kiosk.db")
    rng = random.Random(2027)
    for _ in range(KILL_ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", SALVAGE, str(data)], cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        assert child.stdout is not None and child.stdout.readline() == "started\n"
        time.sleep(rng.uniform(0.0, 2.5))
        child.send_signal(signal.SIGKILL)
        child.wait()

    store = open_local_cache(settings(data))
    ledger.assert_kept(store)
    [copy] = quarantined(data)
    assert digest(copy) == damaged
    assert len(rebuilt_events(store)) == 1
    assert not list(data.glob("kiosk.db.new*"))
    store.close()


def test_a_salvage_stopped_after_it_finished_is_completed_by_the_next_start(
        tmp_path: Path, place_kiosk: Place, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    ledger = place_kiosk(data)
    scribble(data / "kiosk.db", *pages_of(data / "kiosk.db", "articles")[:3])
    damaged = digest(data / "kiosk.db")

    def killed(*_: object) -> None:
        raise SystemExit("killed between building the new cache and moving the damaged one")

    monkeypatch.setattr("kiosk.store.opening._quarantine", killed)
    with pytest.raises(SystemExit):
        open_local_cache(settings(data))
    assert digest(data / "kiosk.db") == damaged and (data / "kiosk.db.new").exists()
    monkeypatch.undo()

    store = open_local_cache(settings(data))
    ledger.assert_kept(store)
    [copy] = quarantined(data)
    assert digest(copy) == damaged
    assert len(rebuilt_events(store)) == 1, "the salvage was finished, not done twice"
    store.close()


def test_a_log_left_where_no_cache_is_never_replays_into_a_new_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.db-wal").write_bytes(b"a log from some other database")
    store = open_local_cache(settings(data))
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [p.name.split("-orphan")[1] for p in (data / "quarantine").iterdir()] == ["-wal"]
    store.close()
