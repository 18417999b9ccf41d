"""Releases made in code: a registry that changes from release to release, content, keys, and checks.

``registry_at(base, n)`` is what release ``n`` holds: every seventh agency
(shifting with ``n``) left out, and a fifth of them with a phone number naming
``n``. Odd releases after the first come as the delta from the one before, so a
kiosk that applies 1, 2, 3, ... meets snapshots and deltas in turn.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.agencies import lookup
from kiosk.agencies.importer import read_registry
from kiosk.agencies.sample import generate, write_csv
from kiosk.release import DatasetDelta, DatasetSnapshot, Record, Release
from kiosk.release.records import agency_record

CREATED = datetime(2027, 1, 1, tzinfo=UTC)
LANGUAGES = ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en")


def when(number: int) -> datetime:
    return CREATED + timedelta(hours=number)


def sample_agencies(count: int, seed: int, folder: Path) -> list[Record]:
    """``count`` fictional agencies as registry records (through the real CSV reader)."""
    path = folder / f"registry-{count}-{seed}.csv"
    write_csv(generate(count, seed), path)
    return [agency_record(agency) for agency in read_registry(path)]


def registry_at(base: list[Record], number: int) -> list[Record]:
    records = []
    for index, record in enumerate(base):
        if (index + number) % 7 == 0:
            continue
        if index % 5 == number % 5:
            record = {**record, "phone": f"+000 {number:04d} {index:05d}"}
        records.append(record)
    records.append({"key": "registry:about", "as_of": "2027-01-01", "source": f"release {number}"})
    return records


def delta(old: list[Record], new: list[Record], from_release: int) -> DatasetDelta:
    before = {record["key"]: record for record in old}
    after = {record["key"]: record for record in new}
    return DatasetDelta(from_release, upsert=[r for key, r in after.items() if before.get(key) != r],
                        delete=[key for key in before if key not in after])


def registry_release(base: list[Record], number: int) -> Release:
    if number == 1 or number % 2 == 0:
        change: DatasetSnapshot | DatasetDelta = DatasetSnapshot(registry_at(base, number))
    else:
        change = delta(registry_at(base, number - 1), registry_at(base, number), number - 1)
    return Release(number, when(number), {"registry": change})


def fingerprint(rows: list[tuple[Any, ...]]) -> str:
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()[:16]


def expected_registry(base: list[Record], number: int) -> dict[str, Any]:
    """What the tables hold once release ``number`` is applied: agencies, and the lookup index's rows."""
    records = [r for r in registry_at(base, number) if r["key"] != "registry:about"]
    names = [(r["id"], name) for r in records for name in dict.fromkeys(n["name"] for n in r["names"])]
    entries = lookup.name_entries(names)
    _, _, grams = lookup.lookup_rows(entries)
    return {
        "agencies": fingerprint([(r["id"], r["phone"]) for r in records]),
        "lookup_names": fingerprint([(e.agency_id, e.name, e.keys, e.name_key) for e in entries]),
        "grams": fingerprint(grams),
        "licences": fingerprint(lookup.licence_rows((r["id"], r["licence_number"]) for r in records)),
    }


def stored_registry(conn: Any) -> dict[str, Any]:
    """The same figures, read from a cache (inside the caller's read transaction, for one snapshot of it)."""
    names = conn.execute("SELECT id, agency_id, name, keys, name_key FROM agency_lookup_names").fetchall()
    search = {int(row[0]) for row in conn.execute("SELECT rowid FROM agency_lookup_search")}
    return {
        "agencies": fingerprint(conn.execute("SELECT id, phone FROM agencies").fetchall()),
        "lookup_names": fingerprint([tuple(row[1:]) for row in names]),
        "grams": fingerprint(conn.execute("SELECT gram, length, term FROM agency_lookup_grams").fetchall()),
        "licences": fingerprint(conn.execute("SELECT licence_key, agency_id FROM agency_lookup_licences").fetchall()),
        "search_rows_match_names": search == {int(row[0]) for row in names},
    }


def content_records(body_word: str = "contract") -> list[Record]:
    """Two topics, three articles in English and Russian."""
    records: list[Record] = [
        {"key": f"topic:{topic}", "id": topic, "position": position, "icon": "topic",
         "names": {tag: f"{topic} [{tag}]" for tag in LANGUAGES}}
        for position, topic in enumerate(("rights-at-work", "money"))
    ]
    for order, (article_id, topic) in enumerate((("work-contract", "rights-at-work"), ("wages", "rights-at-work"),
                                                 ("sending-money", "money")), 1):
        for language in ("en", "ru"):
            records.append({
                "key": f"article:{article_id}:{language}", "id": article_id, "topic": topic, "language": language,
                "order": order, "updated": "2026-12-01", "sources": ["Labour Code"], "url": "",
                "title": f"{article_id} {language}", "body": f"About the {body_word} of {article_id}.",
                "source": f"articles/{topic}/{article_id}.{language}.md", "generated": False,
            })
    return records
