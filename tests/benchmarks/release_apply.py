"""Release apply benchmark: a 100,000-agency registry as a snapshot, a one-agency delta, and writers meanwhile.

Run: ``.venv/bin/python tests/benchmarks/release_apply.py [--agencies 100000] [--dir DIR]``.

Into a fresh cache in a temporary folder (``--dir`` chooses where: fsync cost is
the disk's), fictional agencies (kiosk.agencies.sample, read through the real
CSV reader) are applied as releases:

- ``snapshot onto empty``: release 1, the whole registry;
- ``snapshot replacing``: release 2, the whole registry again with a fifth of the
  phone numbers changed, while another connection (its own store on the same
  file, as the touch screen's would be) commits an agency report every 20 ms:
  its commit latency (from the call to the commit, lock wait included) is what a
  person saving a report would wait;
- ``delta 1 of N``: release 3, one agency renamed (target: 0.5 s).

For each apply: the time to parse and build the index rows (no lock held), to
stage the rows (many short transactions), the switch (one transaction: the
write lock held by the switch itself), the tidying after, and the longest any
one of its transactions held the write lock. The floor: a bare ``executemany``
of the same rows into the same empty tables in one transaction, on the same disk.
Prints a table, writes benchmark-results/release_apply.json. Not a test: nothing
fails on time.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk.agencies.reports import AgencyReport, submit_report  # noqa: E402
from kiosk.paths import DataPaths  # noqa: E402
from kiosk.release import DatasetDelta, DatasetSnapshot, Release, apply_release  # noqa: E402
from kiosk.release import registry as registry_dataset  # noqa: E402
from kiosk.store import Store, open_store  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402
from tests.kiosk.release.builders import registry_at, sample_agencies, when  # noqa: E402

DELTA_TARGET_S = 0.5
COMMIT_TARGET_MS = 250.0
REPORT_EVERY_S = 0.02


class LockClock:
    """Times every outermost transaction of one store: how long each held the write lock."""

    def __init__(self, store: Store) -> None:
        self.holds: list[float] = []
        original = store.transaction

        @contextmanager
        def timed(doing: str = "save to the local cache") -> Iterator[Any]:
            outermost = not store.db.conn.in_transaction
            with original(doing) as db:
                began = time.perf_counter()  # BEGIN IMMEDIATE has returned: the lock is held
                yield db
            if outermost:
                self.holds.append(time.perf_counter() - began)

        store.transaction = timed  # type: ignore[method-assign]


def phases(store: Store, apply: Callable[[], Any]) -> dict[str, float]:
    """Run ``apply`` with its parts timed: preparing, staging, the switch, tidying, and the longest lock hold."""
    marks: dict[str, float] = {}
    prepared_cls = [registry_dataset.RegistrySnapshot, registry_dataset.RegistryDelta]
    wrapped = []
    for cls in prepared_cls:
        for name in ("stage", "finish"):
            original = getattr(cls, name)

            def timed(self: Any, s: Store, original: Any = original, name: str = name) -> None:
                began = time.perf_counter()
                original(self, s)
                marks[name] = marks.get(name, 0.0) + time.perf_counter() - began

            setattr(cls, name, timed)
            wrapped.append((cls, name, original))
    clock = LockClock(store)
    began = time.perf_counter()
    try:
        summary = apply()
    finally:
        for cls, name, original in wrapped:
            setattr(cls, name, original)
        del store.transaction  # the instance's timer goes; the class's method is back
    total = time.perf_counter() - began
    switch = float(summary.switch_seconds)
    stage, finish = marks.get("stage", 0.0), marks.get("finish", 0.0)
    return {"total_s": total, "prepare_s": total - stage - switch - finish, "stage_s": stage, "switch_s": switch,
            "tidy_s": finish, "longest_lock_hold_s": max(clock.holds, default=0.0), "transactions": len(clock.holds)}


def floor(records: list[dict[str, Any]], folder: Path) -> float:
    """A bare executemany of the same rows into the same empty tables, in one transaction."""
    store = open_store(DataPaths(folder))
    prepared = registry_dataset.RegistrySnapshot(records, when(0).isoformat(), staged=False)
    conn = store.db.conn
    began = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for _, statement, rows in prepared._plan():
        conn.executemany(statement, rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - began
    store.close()
    return seconds


def report_while(path: DataPaths, stop: threading.Event, latencies: list[float]) -> None:
    store = open_store(path)
    try:
        while not stop.is_set():
            began = time.perf_counter()
            submit_report(store, AgencyReport("Benchmark Agency LLC", ("fees",), "a report during a release"))
            latencies.append(time.perf_counter() - began)
            time.sleep(REPORT_EVERY_S)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        began = time.perf_counter()
        base = sample_agencies(args.agencies, 42, root)
        print(f"made {len(base)} agencies in {time.perf_counter() - began:.1f} s")
        paths = DataPaths(root / "data")
        store = open_store(paths)
        results: dict[str, Any] = {"agencies": len(base), "targets": {"delta_s": DELTA_TARGET_S,
                                                                       "commit_ms": COMMIT_TARGET_MS}}

        first = registry_at(base, 1)
        results["snapshot onto empty"] = phases(store, lambda: apply_release(
            store, Release(1, when(1), {"registry": DatasetSnapshot(first)})))

        latencies: list[float] = []
        stop = threading.Event()
        writer = threading.Thread(target=report_while, args=(paths, stop, latencies))
        writer.start()
        try:
            results["snapshot replacing"] = phases(store, lambda: apply_release(
                store, Release(2, when(2), {"registry": DatasetSnapshot(registry_at(base, 2))})))
        finally:
            stop.set()
            writer.join()
        results["report commits during the snapshot"] = {
            "count": len(latencies), "p50_ms": percentile(latencies, 0.5) * 1000,
            "p99_ms": percentile(latencies, 0.99) * 1000, "max_ms": max(latencies) * 1000}

        target = next(r for r in registry_at(base, 2) if r["key"] != "registry:about")
        renamed = {**target, "names": [{"name": "Zafarobod Qurilish Xizmat", "kind": "official"}]}
        results["delta 1 of N"] = phases(store, lambda: apply_release(
            store, Release(3, when(3), {"registry": DatasetDelta(2, upsert=[renamed])})))
        store.close()
        results["floor: bare executemany of the snapshot rows"] = {"total_s": floor(first, root / "floor")}

    print(f"{'':48} {'total':>8} {'prepare':>8} {'stage':>8} {'switch':>8} {'tidy':>8} {'max lock':>9}")
    for name in ("snapshot onto empty", "snapshot replacing", "delta 1 of N"):
        r = results[name]
        print(f"{name:48} {r['total_s']:8.2f} {r['prepare_s']:8.2f} {r['stage_s']:8.2f} {r['switch_s']:8.3f} "
              f"{r['tidy_s']:8.2f} {r['longest_lock_hold_s']:9.3f}")
    print(f"{'floor: bare executemany of the snapshot rows':48} "
          f"{results['floor: bare executemany of the snapshot rows']['total_s']:8.2f}")
    commits = results["report commits during the snapshot"]
    print(f"report commits during the replacing snapshot: {commits['count']}, p50 {commits['p50_ms']:.0f} ms, "
          f"p99 {commits['p99_ms']:.0f} ms, max {commits['max_ms']:.0f} ms (target {COMMIT_TARGET_MS:.0f} ms)")
    print(f"delta 1 of {len(base)}: {results['delta 1 of N']['total_s']:.3f} s (target {DELTA_TARGET_S} s)")
    write_results("release_apply", json.loads(json.dumps(results)))


if __name__ == "__main__":
    main()
