"""Live booking at the centre: 50 concurrent clients into a handful of shared slots, SQLite and PostgreSQL.

Run: ``.venv/bin/python tests/benchmarks/booking_central.py [--clients 50] [--seats 400] [--backend both]``.

For each database, a real ``kiosk-central serve`` process (its own interpreter, so
the clients below do not share its interpreter lock) publishes the bundled
catalogue with the pre-departure orientation's capacity raised to ``--seats``, so
its next five sessions are five shared slots. ``--clients`` threads, each with its
own HTTP connection and kiosk token, book people into random slots of the five
until every seat is gone. Reported: bookings per second, p50/p99 latency of the
201s (and of the refusals once slots fill), and afterwards the overbooking check
(seats taken against live bookings, per slot): it must find none.

The floor, in the same run, on the same database: a bare transaction that takes
one seat of a five-row table with the same conditional UPDATE, from the same
number of threads (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: ``SELECT ... FOR
UPDATE`` then ``UPDATE``), and the ratio of the two throughputs.

Prints figures and writes benchmark-results/booking_central.json. Not a test.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
import sqlalchemy  # noqa: E402

from kiosk import reference  # noqa: E402
from sync.central.database import make_engine  # noqa: E402
from sync.central.seats import overbooked  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402
from tests.sync.central_process import owner_token, start_central  # noqa: E402
from tests.sync.fleet_steps import admin_ok, enroll, enrollment_codes, set_up_keys  # noqa: E402
from tests.sync.postgres import running_postgres  # noqa: E402

SERVICE = "pre-departure-orientation"
LOCATION = "sample-migration-office"
SLOTS = 5
SYLLABLES = ("ba", "ko", "ri", "sa", "mu", "de", "lo", "na", "ti", "zu", "fe", "go", "hu", "ja", "pe", "vo")


def person(number: int) -> str:
    """A made-up two-word name, different in sound for every number (so the same-person rule stays out)."""
    digits = []
    while True:
        number, rest = divmod(number, len(SYLLABLES))
        digits.append(SYLLABLES[rest])
        if number == 0:
            break
    return f"{''.join(digits).capitalize()}xan Fictional"


def catalogue_tree(scratch: Path, seats: int) -> Path:
    tree = scratch / "content"
    shutil.copytree(ROOT / "content", tree)
    services = tree / "booking" / "services.toml"
    text = services.read_text(encoding="utf-8")
    text = re.sub(r'(id = "pre-departure-orientation"\n(?:.*\n)*?capacity = )\d+', rf"\g<1>{seats}", text, count=1)
    services.write_text(text, encoding="utf-8")
    return tree


def timed_threads(count: int, work: Callable[[int], list[tuple[float, int]]]) -> tuple[float, list[tuple[float, int]]]:
    results: list[tuple[float, int]] = []
    lock = threading.Lock()

    def run(number: int) -> None:
        mine = work(number)
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, results


def bookings_run(url: str, tokens: list[str], slot_ids: list[str], clients: int) -> dict[str, Any]:
    counter = iter(range(10**9))
    counter_lock = threading.Lock()

    def client(number: int) -> list[tuple[float, int]]:
        session = requests.Session()
        token = tokens[number % len(tokens)]
        open_slots = list(slot_ids)
        mine: list[tuple[float, int]] = []
        rng = random.Random(number)
        while open_slots:
            slot_id = rng.choice(open_slots)
            with counter_lock:
                who = next(counter)
            body = {"reference": reference.new_reference(), "slot_id": slot_id, "name": person(who),
                    "language": "en"}
            started = time.perf_counter()
            answer = session.post(f"{url}/v1/bookings", json=body, timeout=120,
                                  headers={"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex})
            mine.append(((time.perf_counter() - started) * 1000, answer.status_code))
            if answer.status_code == 409 and answer.json()["error"]["code"] == "slot_full":
                open_slots.remove(slot_id)
            elif answer.status_code not in (201, 409):
                raise RuntimeError(f"{answer.status_code}: {answer.text}")
        return mine

    elapsed, results = timed_threads(clients, client)
    made = [ms for ms, status in results if status == 201]
    refused = [ms for ms, status in results if status != 201]
    return {"bookings": len(made), "refusals": len(refused), "seconds": elapsed,
            "bookings_per_s": len(made) / elapsed, "p50_ms": percentile(made, 0.5), "p99_ms": percentile(made, 0.99),
            "refusal_p50_ms": percentile(refused, 0.5) if refused else None}


def floor_run(database: str, clients: int, seats: int) -> dict[str, Any]:
    """A bare transaction taking one seat of a five-row table, from ``clients`` threads, until all are taken."""
    engine = make_engine(database)
    postgres = engine.dialect.name == "postgresql"
    table = sqlalchemy.table("bench_seats", sqlalchemy.column("id"), sqlalchemy.column("capacity"),
                             sqlalchemy.column("booked"))
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("DROP TABLE IF EXISTS bench_seats"))
        connection.execute(sqlalchemy.text(
            "CREATE TABLE bench_seats (id INTEGER PRIMARY KEY, capacity INTEGER NOT NULL, booked INTEGER NOT NULL)"))
        connection.execute(sqlalchemy.insert(table), [{"id": n, "capacity": seats, "booked": 0} for n in range(SLOTS)])

    def take(connection: sqlalchemy.Connection, seat: int) -> bool:
        if postgres:
            row = connection.execute(sqlalchemy.text(
                "SELECT booked, capacity FROM bench_seats WHERE id = :id FOR UPDATE"), {"id": seat}).one()
            if row.booked >= row.capacity:
                return False
            connection.execute(sqlalchemy.text("UPDATE bench_seats SET booked = booked + 1 WHERE id = :id"),
                               {"id": seat})
            return True
        taken = connection.execute(sqlalchemy.text(
            "UPDATE bench_seats SET booked = booked + 1 WHERE id = :id AND booked < capacity"), {"id": seat})
        return taken.rowcount == 1

    def client(number: int) -> list[tuple[float, int]]:
        rng = random.Random(number)
        open_seats = list(range(SLOTS))
        mine: list[tuple[float, int]] = []
        while open_seats:
            seat = rng.choice(open_seats)
            started = time.perf_counter()
            with engine.begin() as connection:  # make_engine's SQLite connections begin IMMEDIATE
                ok = take(connection, seat)
            mine.append(((time.perf_counter() - started) * 1000, 201 if ok else 409))
            if not ok:
                open_seats.remove(seat)
        return mine

    elapsed, results = timed_threads(clients, client)
    made = [ms for ms, status in results if status == 201]
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("DROP TABLE bench_seats"))
    engine.dispose()
    return {"seats_taken": len(made), "seconds": elapsed, "per_s": len(made) / elapsed,
            "p50_ms": percentile(made, 0.5), "p99_ms": percentile(made, 0.99)}


@contextmanager
def databases(backend: str, scratch: Path) -> Iterator[list[tuple[str, str]]]:
    found = []
    if backend in ("sqlite", "both"):
        found.append(("sqlite", str(scratch / "central.db")))
    if backend in ("postgresql", "both"):
        with running_postgres() as server:
            found.append(("postgresql", server.create_database("bench_booking")))
            yield found
            return
    yield found


def measure(name: str, database: str, scratch: Path, clients: int, seats: int) -> dict[str, Any]:
    folder = scratch / name
    folder.mkdir()
    token = owner_token(database)
    central = start_central(database, folder / "files", folder / "central.log")
    try:
        set_up_keys(central.url, token, folder)
        admin_ok(central.url, token, "publish", str(catalogue_tree(folder, seats)))
        tokens = [enroll(central.url, code).token for code in enrollment_codes(central.url, token, 5)]
        query: dict[str, str] = {"service_id": SERVICE, "location_id": LOCATION,
                                 "first": time.strftime("%Y-%m-%d"), "days": "30"}
        days = requests.get(f"{central.url}/v1/slots", timeout=60, params=query,
                            headers={"Authorization": f"Bearer {tokens[0]}"}).json()["slots"]
        slot_ids = [slot["slot_id"] for slot in days if slot["free"] == slot["capacity"]][1:SLOTS + 1]
        assert len(slot_ids) == SLOTS, days
        result = bookings_run(central.url, tokens, slot_ids, clients)
        with make_engine(database).connect() as connection:
            result["overbooked_slots"] = len(overbooked(connection))
        assert result["bookings"] == SLOTS * seats, result
        result["server_errors"] = len(central.server_errors())
    finally:
        central.stop()
    result["floor"] = floor_run(database, clients, seats)
    result["ratio_to_floor"] = result["floor"]["per_s"] / result["bookings_per_s"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seats", type=int, default=400, help="seats in each of the five slots")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    report: dict[str, Any] = {"clients": args.clients, "slots": SLOTS, "seats_per_slot": args.seats}
    with tempfile.TemporaryDirectory() as scratch_name, databases(args.backend, Path(scratch_name)) as found:
        for name, database in found:
            report[name] = measure(name, database, Path(scratch_name), args.clients, args.seats)
    for name in ("sqlite", "postgresql"):
        if name in report:
            r, f = report[name], report[name]["floor"]
            print(f"{name}: {r['bookings']} bookings by {args.clients} clients into {SLOTS} slots: "
                  f"{r['bookings_per_s']:.0f}/s, p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms; "
                  f"{r['refusals']} refusals (slot full), p50 {r['refusal_p50_ms']:.1f} ms; "
                  f"overbooked slots: {r['overbooked_slots']}; server errors: {r['server_errors']}")
            print(f"  floor (bare seat-taking transaction, {args.clients} threads): {f['per_s']:.0f}/s, "
                  f"p50 {f['p50_ms']:.1f} ms, p99 {f['p99_ms']:.1f} ms; the service is "
                  f"{r['ratio_to_floor']:.1f}x slower")
    print(f"wrote {write_results('booking_central', report)}")


if __name__ == "__main__":
    main()
