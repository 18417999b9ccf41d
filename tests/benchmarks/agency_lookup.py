"""Agency lookup benchmark: ``lookup`` beside the raw indexed query it makes, in the same run.

Run: ``.venv/bin/python tests/benchmarks/agency_lookup.py [--agencies N] [--queries Q]``.

The registry is ``kiosk.agencies.sample.generate(N, seed)`` (100,000 fictional
agencies, names "Latin | Cyrillic"), inserted with SQL, then indexed with
``rebuild_lookup_index``. Query kinds, Q of each, drawn from the registry:

- ``prefix``: the first word of a Latin name cut to 3 letters, and "first word + 2 letters of the second";
- ``typo``: a Latin name with one letter of its longest word changed;
- ``other script``: a Latin name written in Uzbek Cyrillic (``latin_to_cyrillic``);
- ``licence``: the licence number in lower case with spaces for dashes.

The floor for each is the raw statement lookup runs, with its query already built:
the FTS5 ``MATCH`` (for typos, the first one with similar keys: the words the
index does not know widened), or for licences the indexed ``SELECT`` on
``agency_lookup_licences``. Target: p99 <= 15 ms. Quality beside speed: the
share of queries that find anything, and that find the agency the query was
made from first, and at all.
Prints a table, writes benchmark-results/agency_lookup.json. Not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk.agencies import lookup as lookup_module  # noqa: E402
from kiosk.agencies.lookup import CANDIDATES, licence_key, lookup, rebuild_lookup_index  # noqa: E402
from kiosk.agencies.sample import generate  # noqa: E402
from kiosk.paths import DataPaths  # noqa: E402
from kiosk.store import Store, open_store  # noqa: E402
from kiosk.text.normalise import words  # noqa: E402
from kiosk.text.uzbek import latin_to_cyrillic  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402

TARGET_P99_MS = 15.0
MATCH_SQL = "SELECT rowid FROM agency_lookup_search WHERE agency_lookup_search MATCH ? ORDER BY rowid LIMIT ?"
LICENCE_SQL = "SELECT agency_id FROM agency_lookup_licences WHERE licence_key >= ? AND licence_key < ? LIMIT 20"


def load(store: Store, count: int, seed: int) -> tuple[list[tuple[str, str, list[str]]], float]:
    rows = generate(count, seed)
    agencies = [(row["id"], row["licence_number"], [name.strip() for name in row["name"].split("|") if name.strip()])
                for row in rows]
    started = time.perf_counter()
    with store.transaction() as db:
        db.conn.executemany(
            "INSERT INTO agencies(id, licence_number, licence_key, authority, status, status_since, changed_at) "
            "VALUES (?, ?, ?, 'bench', 'active', '2025-01-01', '2025-01-01')",
            [(agency_id, number, licence_key(number)) for agency_id, number, _ in agencies],
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO agency_names(agency_id, name, kind) VALUES (?, ?, 'official')",
            [(agency_id, name) for agency_id, _, names in agencies for name in names],
        )
    return agencies, time.perf_counter() - started


def latin_name(names: list[str]) -> str | None:
    for name in names:
        if name.isascii() or not any("\u0400" <= char <= "\u04ff" for char in name):
            return name
    return None


def make_queries(agencies: list[tuple[str, str, list[str]]], per_kind: int,
                 seed: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Queries of each kind, and for each the id of the agency it was made from."""
    rng = random.Random(seed)
    queries: dict[str, list[str]] = {"prefix": [], "typo": [], "other script": [], "licence": []}
    sources: dict[str, list[str]] = {kind: [] for kind in queries}
    while min(len(q) for q in queries.values()) < per_kind:
        agency_id, number, names = rng.choice(agencies)
        lengths = {kind: len(values) for kind, values in queries.items()}
        name = latin_name(names)
        if name is None:
            continue
        name_words = [word for word in words(name) if len(word) >= 3]
        if len(queries["prefix"]) < per_kind and name_words:
            queries["prefix"].append(name_words[0][:3] if rng.random() < 0.5 or len(name_words) < 2
                                     else f"{name_words[0]} {name_words[1][:2]}")
        longest = max(name_words, key=len, default="")
        if len(queries["typo"]) < per_kind and len(longest) >= 5:
            at = rng.randrange(1, len(longest) - 1)
            wrong = rng.choice([c for c in "abdeiklmnorstuz" if c != longest[at].lower()])
            queries["typo"].append(name.replace(longest, longest[:at] + wrong + longest[at + 1:], 1))
        if len(queries["other script"]) < per_kind:
            queries["other script"].append(latin_to_cyrillic(name))
        if len(queries["licence"]) < per_kind:
            queries["licence"].append(number.lower().replace("-", " "))
        for kind, values in queries.items():
            sources[kind] += [agency_id] * (len(values) - lengths[kind])
    return ({kind: values[:per_kind] for kind, values in queries.items()},
            {kind: values[:per_kind] for kind, values in sources.items()})


def raw_statement(store: Store, kind: str, query: str) -> Callable[[], object]:
    """The indexed statement lookup runs for ``query``, built beforehand, as a no-argument call."""
    db = store.db.conn
    if kind == "licence":
        key = licence_key(query)
        return lambda: db.execute(LICENCE_SQL, [key, key + "\U0010ffff"]).fetchall()
    parsed = lookup_module._parse(query)
    if kind == "typo":
        widen = lookup_module._widening(lookup_module._known_words(db, parsed))[0]
        expression = lookup_module._similar_expression(db, parsed, widen)
    else:
        expression = lookup_module._exact_expression(parsed)
    if expression is None:
        return lambda: None
    return lambda: db.execute(MATCH_SQL, [expression, CANDIDATES]).fetchall()


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(DataPaths(Path(folder)))
        agencies, insert_seconds = load(store, args.agencies, args.seed)
        started = time.perf_counter()
        names = rebuild_lookup_index(store)
        index_seconds = time.perf_counter() - started
        queries, sources = make_queries(agencies, args.queries, args.seed)

        report: dict[str, object] = {
            "agencies": len(agencies), "names_indexed": names, "insert_s": round(insert_seconds, 2),
            "rebuild_index_s": round(index_seconds, 2), "target_p99_ms": TARGET_P99_MS, "kinds": {},
        }
        kinds: dict[str, dict[str, float]] = {}
        for kind, kind_queries in queries.items():
            for query in kind_queries[:20]:  # warm the page cache and the key caches alike for both
                lookup(store, query)
                raw_statement(store, kind, query)()
            ours, floor, found, first, anywhere = [], [], 0, 0, 0
            for query, source in zip(kind_queries, sources[kind], strict=True):
                raw = raw_statement(store, kind, query)
                floor.append(timed(raw))
                started = time.perf_counter()
                result = lookup(store, query)
                ours.append((time.perf_counter() - started) * 1000)
                found += bool(result)
                first += bool(result) and result[0].agency_id == source
                anywhere += any(match.agency_id == source for match in result)
            kinds[kind] = {
                "queries": len(kind_queries), "found_share": round(found / len(kind_queries), 3),
                "source_first_share": round(first / len(kind_queries), 3),
                "source_found_share": round(anywhere / len(kind_queries), 3),
                "lookup_p50_ms": round(statistics.median(ours), 3), "lookup_p99_ms": round(percentile(ours, 0.99), 3),
                "raw_p50_ms": round(statistics.median(floor), 3), "raw_p99_ms": round(percentile(floor, 0.99), 3),
            }
            kinds[kind]["ratio_p50"] = round(kinds[kind]["lookup_p50_ms"] / max(kinds[kind]["raw_p50_ms"], 1e-6), 1)
        report["kinds"] = kinds
        store.close()

    print(f"{len(agencies):,} agencies, {names:,} names; insert {insert_seconds:.1f} s, "
          f"rebuild_lookup_index {index_seconds:.1f} s")
    header = (f"{'kind':<14}{'found':>7}{'source 1st':>11}{'lookup p50':>12}{'p99':>9}{'raw p50':>10}{'p99':>9}"
              f"{'p50 ratio':>11}  target")
    print(header)
    print("-" * len(header))
    for kind, row in kinds.items():
        verdict = "ok" if row["lookup_p99_ms"] <= TARGET_P99_MS else "OVER"
        print(f"{kind:<14}{row['found_share']:>7.0%}{row['source_first_share']:>11.0%}"
              f"{row['lookup_p50_ms']:>10.2f}ms{row['lookup_p99_ms']:>7.2f}ms"
              f"{row['raw_p50_ms']:>8.2f}ms{row['raw_p99_ms']:>7.2f}ms{row['ratio_p50']:>10.1f}x  {verdict}")
    write_results("agency_lookup", report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
