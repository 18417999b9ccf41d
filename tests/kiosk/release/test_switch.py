"""The switch: one-record deltas touch one record's index rows; readers see all-old or all-new."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from kiosk.agencies.lookup import lookup
from kiosk.paths import DataPaths
from kiosk.release import DatasetDelta, DatasetSnapshot, Release, apply_release, registry
from kiosk.release.staging import leftovers
from kiosk.store import Store, open_store
from tests.kiosk.release.builders import (
    content_records,
    expected_registry,
    registry_at,
    registry_release,
    sample_agencies,
    stored_registry,
    when,
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(DataPaths(tmp_path / "data"))
    yield opened
    opened.close()


def rows(conn: sqlite3.Connection, sql: str) -> dict[int, tuple[Any, ...]]:
    return {int(row[0]): tuple(row[1:]) for row in conn.execute(sql)}


def test_a_one_record_delta_touches_that_records_index_rows_only(store: Store, tmp_path: Path) -> None:
    agencies = sample_agencies(400, 5, tmp_path)
    apply_release(store, Release(1, when(1), {"registry": DatasetSnapshot(registry_at(agencies, 1)),
                                              "content": DatasetSnapshot(content_records())}))
    conn = store.db.conn
    names_sql = "SELECT id, agency_id, name, keys FROM agency_lookup_names"
    search_sql = "SELECT rowid, article_id, language, title, body FROM article_search"
    names_before, search_before = rows(conn, names_sql), rows(conn, search_sql)
    target = registry_at(agencies, 1)[10]
    renamed = {**target, "names": [{"name": "Zafarobod Qurilish Xizmat", "kind": "official"}]}
    article = next(r for r in content_records() if r["key"] == "article:wages:en")
    rewritten = {**article, "body": "Overtime is paid double."}
    changes_before = conn.total_changes

    apply_release(store, Release(2, when(2), {"registry": DatasetDelta(1, upsert=[renamed]),
                                              "content": DatasetDelta(1, upsert=[rewritten])}))

    changed = conn.total_changes - changes_before
    names_after, search_after = rows(conn, names_sql), rows(conn, search_sql)
    others = {rowid: row for rowid, row in names_before.items() if row[0] != target["id"]}
    assert {rowid: names_after[rowid] for rowid in others} == others, "another agency's index row changed"
    assert [row[1] for row in names_after.values() if row[0] == target["id"]] == ["Zafarobod Qurilish Xizmat"]
    wages = next(rowid for rowid, row in search_before.items() if row[:2] == ("wages", "en"))
    assert {k: v for k, v in search_after.items() if k != wages} == {
        k: v for k, v in search_before.items() if k != wages}
    assert search_after[wages] != search_before[wages], "the article kept its rowid with its new text"
    # Rows written: the agency and its children, its index rows and trigrams, the article and its
    # index row, the release's meta. A rebuild would write thousands.
    assert changed < 120, f"{changed} rows written for a one-record delta"
    assert len(names_before) > 500
    assert lookup(store, "Zafarobod Qurilish")[0].agency_id == target["id"]
    assert all(m.agency_id != target["id"] for m in lookup(store, target["names"][0]["name"])
               if m.matched != "similar name")


def test_readers_see_all_old_or_all_new(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "STAGE_FROM", 100)  # whole registries staged and swapped in, as big ones are
    agencies = sample_agencies(700, 3, tmp_path)
    numbers = range(1, 7)
    expected = {n: expected_registry(agencies, n) for n in numbers}
    seen: list[tuple[int | None, dict[str, Any]]] = []
    done = threading.Event()
    failures: list[BaseException] = []

    def read() -> None:
        reader = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
        try:
            while not done.is_set():
                reader.execute("BEGIN")  # one snapshot of the file for everything below
                row = reader.execute("SELECT value FROM meta WHERE key = 'release_installed'").fetchone()
                seen.append((None if row is None else int(row[0]), stored_registry(reader)))
                reader.execute("COMMIT")
        except BaseException as error:
            failures.append(error)
        finally:
            reader.close()

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for number in numbers:
            apply_release(store, registry_release(agencies, number))
    finally:
        done.set()
        thread.join()

    assert not failures
    assert not leftovers(store.db.conn)
    releases = {number for number, _ in seen}
    assert len(releases - {None}) >= 2, f"the reader saw too little to judge: {releases}"
    for number, figures in seen:
        if number is not None:
            assert figures == {**expected[number], "search_rows_match_names": True}, f"mixed state at {number}"
