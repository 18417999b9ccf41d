"""Booking commit benchmark: ``LocalAuthority.book`` under 8 concurrent writers, beside a bare commit.

Run: ``.venv/bin/python tests/benchmarks/booking_commit.py [--writers 8] [--bookings 150] [--rounds 10] [--dir DIR]``.

The bundled demo catalogue (content/booking) is loaded into a fresh cache in a
temporary folder (``--dir`` chooses where: fsync cost is the disk's), the slots
of a 30-day window are made, and then:

- ``book, 1 writer``: one connection books ``--bookings`` times, one after another;
- ``book, N writers``: N threads, each with its own connection and authority (as
  N screens or processes on one file would be), book ``--bookings`` times each,
  all released together, on random slots of a few busy days so that seats run
  out and refusals (SlotFull, AlreadyBooked) are part of the load.

Latency is the whole ``book()`` call as a screen sees it: checking the details,
waiting for the write lock (``BEGIN IMMEDIATE``), the rule checks, the booking
row, its outbox item and the ``synchronous=FULL`` commit.

The floor, measured in the same run on the same disk: a bare ``BEGIN IMMEDIATE;
INSERT; COMMIT`` of one small row in another WAL database with
``synchronous=FULL``, from 1 and from N writers. The floor and the bookings take
turns in ``--rounds`` short rounds, each round released together, so both meet
the same disk (a shared disk's fsync time drifts). Afterwards capacity is checked:
every slot's seats equal the bookings it holds and never exceed its capacity,
and every booking has its outbox item. Prints a table, writes
benchmark-results/booking_commit.json. Not a test: nothing fails on time.

Reading the tail: a writer that finds the lock taken is put to sleep by SQLite's
busy handler, in steps of 1, 2, 5, 10 ... 100 ms, however soon the lock is free
again. Under N writers the p99 and max of the floor and of the bookings alike
are those sleeps, not work. On a kiosk one writer (the UI's database lane) makes
every booking; N writers is the stress case of several processes on one file.
"""

from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk import outbox  # noqa: E402
from kiosk.booking import BookingError, BookingRequest, LocalAuthority, Slot  # noqa: E402
from kiosk.booking.authoring import read_catalogue  # noqa: E402
from kiosk.booking.catalogue import replace_catalogue  # noqa: E402
from kiosk.paths import BUNDLED_CONTENT_DIR, DataPaths  # noqa: E402
from kiosk.store import Store, open_store  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402

NOW = datetime(2026, 12, 1, 7, 0)  # a Tuesday morning: every demo place has days ahead


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50_ms": round(statistics.median(values), 3),
            "p99_ms": round(percentile(values, 0.99), 3), "max_ms": round(max(values), 3)}


def run_writers(jobs: list[Callable[[int], str]], per_writer: int, first: int = 0) -> dict[str, list[float]]:
    """One thread per job, each calling it with ``first``, ``first + 1`` ... ``per_writer`` times after a
    common start. Returns the latencies (ms) by outcome: what the job returned."""
    count = len(jobs)
    start = threading.Barrier(count)
    latencies: list[list[tuple[str, float]]] = [[] for _ in range(count)]

    def work(n: int) -> None:
        start.wait()
        for i in range(first, first + per_writer):
            began = time.perf_counter()
            outcome = jobs[n](i)
            latencies[n].append((outcome, (time.perf_counter() - began) * 1000))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    by_outcome: dict[str, list[float]] = {}
    for outcome, value in (pair for pairs in latencies for pair in pairs):
        by_outcome.setdefault(outcome, []).append(value)
    return by_outcome


def booking_job(folder: Path, slots: list[Slot], seed: int, stores: list[Store]) -> Callable[[int], str]:
    store = open_store(DataPaths(folder))
    stores.append(store)
    kiosk = LocalAuthority(store, now=lambda: NOW, window_days=30, kiosk_id=f"kbench{seed:02}")
    rng = random.Random(seed)

    def book(i: int) -> str:
        try:
            kiosk.book(BookingRequest(rng.choice(slots).id, f"Person W{seed}N{i}", "+000 90 000 00 00",
                                      f"{rng.randrange(10_000):04}", "ky"))
            return "booked"
        except BookingError as error:
            return type(error).__name__

    return book


def bare_job(path: Path, connections: list[sqlite3.Connection]) -> Callable[[int], str]:
    connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA synchronous=FULL")
    connections.append(connection)

    def insert(i: int) -> str:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t(body) VALUES (?)", [f"row {i}"])
        connection.execute("COMMIT")
        return "committed"

    return insert


def check_capacity(store: Store) -> dict[str, int]:
    over = mismatched = 0
    for booked, capacity, held in store.db.execute(
            "SELECT s.booked, s.capacity, (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id "
            "AND b.status = 'booked') FROM booking_slots s"):
        over += booked > capacity
        mismatched += booked != held
    bookings = store.db.execute("SELECT count(*) FROM bookings").fetchone()[0]
    items = len(outbox.items(store, "booking"))
    full = store.db.execute("SELECT count(*) FROM booking_slots WHERE booked = capacity AND booked > 0").fetchone()[0]
    return {"bookings": bookings, "outbox_items": items, "slots_over_capacity": over,
            "slots_miscounted": mismatched, "slots_full": full}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--bookings", type=int, default=150, help="bookings each writer attempts")
    parser.add_argument("--rounds", type=int, default=10, help="turns the floor and the bookings take")
    parser.add_argument("--dir", type=Path, default=None, help="where the databases go (default: a temp folder)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        store = open_store(DataPaths(folder / "kiosk"))
        replace_catalogue(store, read_catalogue(BUNDLED_CONTENT_DIR / "booking"), source="benchmark")
        setup = LocalAuthority(store, now=lambda: NOW, window_days=30, kiosk_id="kbench")
        every = [slot for location in ("sample-visa-centre", "sample-migration-office")
                 for service in ("visa-submission", "legal-consultation", "language-test-registration")
                 for day in setup.available_days(service, location, NOW.date(), 31) if day.free_slots
                 for slot in setup.slots(service, location, day.day)]
        # The first days, with seats for about 80 % of the attempts: they run out near the
        # end, so refusals (a full slot) are part of the load as on a busy morning.
        attempts, busy, seats = args.writers * args.bookings, [], 0
        for day in sorted({slot.day for slot in every}):
            if seats >= 0.8 * attempts:
                break
            busy += [slot for slot in every if slot.day == day]
            seats = sum(slot.capacity for slot in busy)

        bare_path = folder / "bare.db"
        with sqlite3.connect(bare_path, isolation_level=None) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        connections: list[sqlite3.Connection] = []
        stores: list[Store] = [store]
        results: dict[str, dict[str, float]] = {}
        outcomes: dict[str, dict[str, int]] = {}
        refused: dict[str, dict[str, float]] = {}

        # Warm both paths (imports, page cache, the first WAL frames) before measuring.
        run_writers([bare_job(bare_path, connections)], 20)
        run_writers([booking_job(folder / "kiosk", every, 99, stores)], 20)

        for label, writers in (("1 writer", 1), (f"{args.writers} writers", args.writers)):
            pool = every if writers == 1 else busy
            bare_jobs = [bare_job(bare_path, connections) for _ in range(writers)]
            book_jobs = [booking_job(folder / "kiosk", pool, writers * 100 + n, stores) for n in range(writers)]
            # Floor and bookings take turns in short rounds, so both meet the same disk
            # weather (a shared disk's fsync time drifts over seconds).
            bare: dict[str, list[float]] = {}
            timed: dict[str, list[float]] = {}
            step = max(1, args.bookings // args.rounds)
            for first in range(0, args.bookings, step):
                count = min(step, args.bookings - first)
                for outcome, values in run_writers(bare_jobs, count, first).items():
                    bare.setdefault(outcome, []).extend(values)
                for outcome, values in run_writers(book_jobs, count, first).items():
                    timed.setdefault(outcome, []).extend(values)
            results[f"bare commit, {label}"] = summary(bare["committed"])
            results[f"book, {label}"] = summary(timed["booked"])
            outcomes[f"book, {label}"] = {outcome: len(values) for outcome, values in timed.items()}
            refusals = [value for outcome, values in timed.items() if outcome != "booked" for value in values]
            if refusals:
                refused[f"book refused, {label}"] = summary(refusals)

        capacity = check_capacity(store)
        for connection in connections:
            connection.close()
        for each in stores:
            each.close()

    ratios = {
        f"{quantile}, {label}": round(results[f"book, {label}"][f"{quantile}_ms"]
                                      / max(results[f"bare commit, {label}"][f"{quantile}_ms"], 1e-6), 2)
        for label in ("1 writer", f"{args.writers} writers") for quantile in ("p50", "p99")
    }
    report = {
        "writers": args.writers, "bookings_per_writer": args.bookings, "busy_slots": len(busy), "busy_seats": seats,
        "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "results": results,
        "outcomes": outcomes, "refused": refused, "ratio_to_bare_commit": ratios, "capacity_check": capacity,
        "capacity_held": capacity["slots_over_capacity"] == 0 and capacity["slots_miscounted"] == 0
        and capacity["bookings"] == capacity["outbox_items"],
    }

    header = f"{'':<24}{'n':>6}{'p50':>10}{'p99':>10}{'max':>10}"
    print(header)
    print("-" * len(header))
    for label, row in {**results, **refused}.items():
        print(f"{label:<24}{int(row['n']):>6}{row['p50_ms']:>8.2f}ms{row['p99_ms']:>8.2f}ms{row['max_ms']:>8.2f}ms")
    for label, ratio in ratios.items():
        print(f"book / bare commit {label}: {ratio:.2f}x")
    for label, counted in outcomes.items():
        print(f"{label}: " + ", ".join(f"{name} {n}" for name, n in sorted(counted.items())))
    print(f"capacity: {capacity['bookings']} bookings in {len(busy)} busy slots of {seats} seats and the rest; "
          f"{capacity['slots_full']} slots full, {capacity['slots_over_capacity']} over capacity, "
          f"{capacity['slots_miscounted']} miscounted; {capacity['outbox_items']} outbox items -> "
          f"{'held' if report['capacity_held'] else 'BROKEN'}")
    write_results("booking_commit", report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
