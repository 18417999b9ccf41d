"""Agency import benchmark: 100,000 generated (fictional) rows into a fresh store.

Run: ``.venv/bin/python tests/benchmarks/agency_import.py [--rows N]``.

Measured in one run: the import (read_registry + replace_registry) for wall time,
then again into another fresh store under tracemalloc for the Python peak; a
re-import of the same file (nothing changes); a re-import of a file in which
every agency changed (a new phone number); and the floor: a plain ``csv.reader``
pass over the file, and a bare ``executemany`` of the same rows into the same
tables. Memory: the peak RSS of a child process that does nothing but the import
into a fresh store, beside the floor of a child that only imports the same
modules; and, as before, the max RSS (getrusage) of this whole process. Prints a
table, writes benchmark-results/agency_import.json. Not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk.agencies.importer import read_registry  # noqa: E402
from kiosk.agencies.registry import normalise_licence, replace_registry  # noqa: E402
from kiosk.agencies.sample import generate, write_csv  # noqa: E402
from kiosk.paths import DataPaths  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from kiosk.store.database import utc_now  # noqa: E402
from tests.benchmarks.results import write_results  # noqa: E402

AS_OF = date(2026, 11, 20)


# Run in a child process: its peak RSS is the import's alone. The floor child stops after the imports.
# VmHWM, not getrusage: a child started by vfork + exec inherits its parent's ru_maxrss.
CHILD = """
import json, sys
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from kiosk.agencies.importer import read_registry
from kiosk.agencies.registry import replace_registry
from kiosk.paths import DataPaths
from kiosk.store import open_store
if sys.argv[2] == "import":
    store = open_store(DataPaths(Path(sys.argv[4])))
    replace_registry(store, read_registry(Path(sys.argv[3])), as_of=date(2026, 11, 20))
    store.close()
with open("/proc/self/status", encoding="ascii") as status:
    peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps(peak_kib / 1024))
"""


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_peak_rss_mb(*args: str) -> float:
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), *args], check=True, capture_output=True, text=True)
    return float(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    results: dict[str, object] = {"rows": args.rows}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / "registry.csv"
        started = time.perf_counter()
        write_csv(generate(args.rows, 2026), path)
        results["generate_s"] = time.perf_counter() - started
        results["file_mb"] = path.stat().st_size / 1e6
        rss_before = max_rss_mb()

        started = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as handle:
            csv_rows = sum(1 for _ in csv.reader(handle))
        results["floor_csv_reader_s"] = time.perf_counter() - started
        results["csv_rows"] = csv_rows

        store = open_store(DataPaths(root / "a"))
        started = time.perf_counter()
        agencies = read_registry(path)
        results["read_s"] = time.perf_counter() - started
        started = time.perf_counter()
        summary = replace_registry(store, agencies, as_of=AS_OF, source=str(path))
        results["store_s"] = time.perf_counter() - started
        results["import_s"] = results["read_s"] + results["store_s"]  # type: ignore[operator]
        results["summary"] = str(summary)
        started = time.perf_counter()
        again = replace_registry(store, read_registry(path), as_of=AS_OF)
        results["reimport_unchanged_s"] = time.perf_counter() - started
        results["reimport_summary"] = str(again)
        changed_path = root / "registry-changed.csv"
        write_csv([{**row, "phone": row["phone"] + "0"} for row in generate(args.rows, 2026)], changed_path)
        started = time.perf_counter()
        changed = replace_registry(store, read_registry(changed_path), as_of=AS_OF)
        results["reimport_all_changed_s"] = time.perf_counter() - started
        results["reimport_all_changed_summary"] = str(changed)
        store.close()
        results["max_rss_mb_after_import"] = max_rss_mb()
        results["max_rss_mb_before_import"] = rss_before

        # Floor for the store: the same rows, prepared beforehand, one executemany per table.
        floor = open_store(DataPaths(root / "b"))
        now = utc_now()
        agency_rows = [(a.id, a.licence_number, normalise_licence(a.licence_number), a.authority, a.status,
                        a.status_since.isoformat(), a.issued and a.issued.isoformat(),
                        a.expires and a.expires.isoformat(), a.address, a.phone, a.website, 1, now)
                       for a in agencies]
        name_rows = [(a.id, n.name, n.kind) for a in agencies for n in a.names]
        destination_rows = [(a.id, d.country, d.valid_until and d.valid_until.isoformat())
                            for a in agencies for d in a.destinations]
        started = time.perf_counter()
        with floor.transaction() as db:
            db.conn.executemany("INSERT INTO agencies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", agency_rows)
            db.conn.executemany("INSERT INTO agency_names VALUES (?, ?, ?)", name_rows)
            db.conn.executemany("INSERT INTO agency_destinations VALUES (?, ?, ?)", destination_rows)
        results["floor_executemany_s"] = time.perf_counter() - started
        floor.close()
        del agencies, agency_rows, name_rows, destination_rows

        results["child_import_peak_rss_mb"] = child_peak_rss_mb("import", str(path), str(root / "d"))
        results["child_floor_rss_mb"] = child_peak_rss_mb("floor")

        store = open_store(DataPaths(root / "c"))
        tracemalloc.start()
        replace_registry(store, read_registry(path), as_of=AS_OF)
        results["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        store.close()

    print(f"agency import, {args.rows:,} rows ({results['file_mb']:.1f} MB CSV)")
    for key, label in (("floor_csv_reader_s", "floor: csv.reader pass"), ("read_s", "read_registry (parse+check)"),
                       ("floor_executemany_s", "floor: bare executemany"), ("store_s", "replace_registry (store)"),
                       ("import_s", "import total"), ("reimport_unchanged_s", "re-import, nothing changed"),
                       ("reimport_all_changed_s", "re-import, every agency changed")):
        print(f"  {label:<32} {results[key]:8.2f} s")  # type: ignore[str-format]
    print(f"  {'tracemalloc peak':<32} {results['tracemalloc_peak_mb']:8.1f} MB")
    print(f"  {'max RSS (before / after import)':<32} {rss_before:8.1f} / {results['max_rss_mb_after_import']:.1f} MB")
    print(f"  {'child: import peak RSS / floor':<32} {results['child_import_peak_rss_mb']:8.1f} / "
          f"{results['child_floor_rss_mb']:.1f} MB")
    print(f"  summary: {results['summary']}; re-import: {results['reimport_summary']}; "
          f"every agency changed: {results['reimport_all_changed_summary']}")
    write_results("agency_import", results)


if __name__ == "__main__":
    main()
