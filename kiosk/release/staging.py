"""Replacing a large group of tables without holding the write lock while it is written.

A whole registry is a million rows with its index: seconds of writing. Written
in the switch transaction, every booking made meanwhile would wait for it. So
the new rows go into *staging* copies of the tables (``next__agencies``, ...),
made from the live tables' own schema, in many short transactions that let
other writers in between; then the switch renames the live tables aside
(``old__...``) and the staging ones into their places, which is a change of
the schema only, and the old ones are dropped afterwards, one short
transaction each.

Readers never see the staging tables: they read the live names, which point at
the old rows until the switch commits and at the new rows after it. A kill at
any moment leaves the live tables whole; staging or old tables it left behind
are dropped by :func:`discard_unfinished`.

Index names must be unique in a schema, and SQLite cannot rename an index, so a
staged table's indexes take the other of two names (``agencies_by_licence`` or
``next__agencies_by_licence``) and keep it once live: a migration that needs
one of these indexes finds its name in ``sqlite_master`` by table.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.store import Store

NEXT = "next__"
OLD = "old__"
ROWS_PER_TRANSACTION = 2_000
MIN_PAUSE_SECONDS = 0.005
# FTS5 merges its segments this many pages at a time, one short transaction each.
MERGE_PAGES = 400
MAX_MERGE_STEPS = 200


def staged_name(table: str) -> str:
    return NEXT + table


def _other_index_name(name: str) -> str:
    return name[len(NEXT):] if name.startswith(NEXT) else NEXT + name


def _rename_tables(sql: str, tables: Sequence[str], prefix: str) -> str:
    """``sql`` with every mention of one of ``tables`` (quoted or not) given ``prefix``."""
    names = "|".join(re.escape(table) for table in sorted(tables, key=len, reverse=True))
    return re.sub(rf'(?<![\w"])"?({names})"?(?![\w"])', lambda m: f'"{prefix}{m.group(1)}"', sql)


def _schema(conn: sqlite3.Connection, tables: Sequence[str]) -> list[tuple[str, str, str]]:
    """``(type, name, sql)`` of the tables, then of their own indexes (not SQLite's automatic ones)."""
    marks = ",".join("?" * len(tables))
    rows = conn.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL "
        "AND type IN ('table', 'index') ORDER BY type = 'index'", list(tables)).fetchall()
    found = {str(name) for kind, name, _ in rows if kind == "table"}
    missing = [table for table in tables if table not in found]
    if missing:
        raise RuntimeError(f"the local cache has no table {missing[0]!r} to stage")
    return [(str(kind), str(name), str(sql)) for kind, name, sql in rows]


def create_staging(store: Store, tables: Sequence[str]) -> None:
    """Make empty staging copies of ``tables`` (dropping any left over), in one transaction."""
    with store.transaction("prepare a release") as db:
        conn = db.conn
        for table in tables:
            conn.execute(f'DROP TABLE IF EXISTS "{NEXT}{table}"')
        for kind, name, sql in _schema(conn, tables):
            staged = _rename_tables(sql, tables, NEXT)
            if kind == "index":
                head = re.match(r'^CREATE\s+(?:UNIQUE\s+)?INDEX\s+"?' + re.escape(name) + r'"?', staged)
                if head is None:
                    raise RuntimeError(f"cannot read the definition of index {name!r}: {sql}")
                staged = head.group(0).replace(name, _other_index_name(name)) + staged[head.end():]
            conn.execute(staged)


def fill(store: Store, table: str, statement: str, rows: Iterable[Sequence[Any]]) -> int:
    """Insert ``rows`` with ``statement`` (written for the live ``table``) into its staging copy, in parts."""
    staged = statement.replace(table, staged_name(table), 1)
    count = 0
    batch: list[Sequence[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= ROWS_PER_TRANSACTION:
            count += _insert(store, staged, batch)
            batch = []
    if batch:
        count += _insert(store, staged, batch)
    return count


def _insert(store: Store, statement: str, batch: list[Sequence[Any]]) -> int:
    began = time.perf_counter()
    with store.transaction("prepare a release") as db:
        db.conn.executemany(statement, batch)
    yield_to_writers(store, time.perf_counter() - began)
    return len(batch)


def yield_to_writers(store: Store, held: float) -> None:
    """Let a booking or report waiting for the write lock have it before the next part is written.

    A waiting writer sleeps in SQLite's busy handler and looks again only now and
    then; a loop that takes the lock back at once would starve it for the whole
    staging. So the WAL is checkpointed here, outside the lock, and then the
    lock is left free for as long as it was just held.
    """
    checkpoint(store)
    time.sleep(max(MIN_PAUSE_SECONDS, held))


def checkpoint(store: Store) -> None:
    """Copy the WAL into the file without blocking anyone (done here, not inside a writer's commit)."""
    store.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


@contextmanager
def checkpoints_apart(store: Store) -> Iterator[None]:
    """While a release is applied, its commits do not checkpoint the WAL themselves (:func:`checkpoint` does).

    An automatic checkpoint runs inside the commit that crosses the WAL's
    threshold: the switch would seem to hold the lock for the copying of every
    page staged before it.
    """
    conn = store.db.conn
    before = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    conn.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {before}").fetchall()


def merge_full_text(store: Store, table: str) -> None:
    """Merge a staged FTS5 table's segments a little at a time, as 'optimize' would at once."""
    name = staged_name(table)
    for _ in range(MAX_MERGE_STEPS):
        began = time.perf_counter()
        with store.transaction("prepare a release") as db:
            before = db.conn.total_changes
            # Negative: segments of different levels are merged too, as 'optimize' does.
            db.conn.execute(f'INSERT INTO "{name}"("{name}", rank) VALUES (\'merge\', ?)', [-MERGE_PAGES])
            done = db.conn.total_changes - before < 2  # nothing left to merge (FTS5 writes no row then)
        yield_to_writers(store, time.perf_counter() - began)
        if done:
            return


def switch_in(conn: sqlite3.Connection, tables: Sequence[str]) -> None:
    """In the caller's (switch) transaction: the live tables move aside and the staged ones take their names."""
    for table in tables:
        conn.execute(f'DROP TABLE IF EXISTS "{OLD}{table}"')
        conn.execute(f'ALTER TABLE "{table}" RENAME TO "{OLD}{table}"')
    for table in tables:
        conn.execute(f'ALTER TABLE "{NEXT}{table}" RENAME TO "{table}"')


def drop_old(store: Store, tables: Sequence[str]) -> None:
    """Drop the tables a switch moved aside, children first, each in its own transaction."""
    for table in reversed(tables):
        began = time.perf_counter()
        with store.transaction("tidy up after a release") as db:
            db.conn.execute(f'DROP TABLE IF EXISTS "{OLD}{table}"')
        yield_to_writers(store, time.perf_counter() - began)


def drop_staging(store: Store, tables: Sequence[str]) -> None:
    for table in reversed(tables):
        with store.transaction("tidy up after a release") as db:
            db.conn.execute(f'DROP TABLE IF EXISTS "{NEXT}{table}"')


def leftovers(conn: sqlite3.Connection) -> list[str]:
    """Staging or old tables a killed or failed release left behind (FTS5's own tables not listed)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND (name LIKE 'next\\_\\_%' ESCAPE '\\' "
        "OR name LIKE 'old\\_\\_%' ESCAPE '\\')").fetchall()
    virtual = {str(name) for name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")}
    return [str(name) for name, _ in rows
            if str(name) in virtual or not any(str(name).startswith(v + "_") for v in virtual)]


def discard_unfinished(store: Store) -> int:
    """Drop what a killed or failed release left behind; return how many tables. Never touches live data."""
    dropped = 0
    for name in leftovers(store.db.conn):
        with store.transaction("tidy up after a release") as db:
            db.conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        dropped += 1
    return dropped


__all__ = [
    "NEXT",
    "OLD",
    "checkpoint",
    "checkpoints_apart",
    "create_staging",
    "discard_unfinished",
    "drop_old",
    "drop_staging",
    "fill",
    "leftovers",
    "merge_full_text",
    "staged_name",
    "switch_in",
    "yield_to_writers",
]
