"""Opening the local cache: health check, quarantine, migrations, pragmas.

One process owns the file and one connection writes to it (sqlite-utils'
``Database`` around a plain ``sqlite3`` connection). Every write is made with
``synchronous=FULL``: on a kiosk writes are rare (a booking, a report, a
release) and each one is something a person was told is saved.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from kiosk.paths import DataPaths
from kiosk.store.migrations import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)


class StoreError(Exception):
    """Base class for local-cache failures."""


class SchemaTooNew(StoreError):
    """The database was written by a newer kiosk version. It is left untouched."""

    def __init__(self, path: Path, found: int) -> None:
        self.path, self.found = path, found
        super().__init__(
            f"{path} has schema version {found}, but this kiosk understands up to {LATEST_VERSION}. "
            "It was written by a newer kiosk version; install that version, or move the file away "
            "to start fresh. The file has not been changed."
        )


class StoreUnavailable(StoreError):
    """The database file cannot be opened or written: disk full, permissions, missing folder."""


class _Corrupt(Exception):
    pass


@dataclass(frozen=True)
class Event:
    at: str
    kind: str
    detail: str


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The open local cache. Use from one thread at a time (the UI's database lane)."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def record_event(self, kind: str, detail: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO events(at, kind, detail) VALUES (?, ?, ?)", [utc_now(), kind, detail]
            )

    def events(self, limit: int = 50) -> list[Event]:
        rows = self.db.execute(
            "SELECT at, kind, detail FROM events ORDER BY id DESC LIMIT ?", [limit]
        ).fetchall()
        return [Event(*row) for row in rows]

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All-or-nothing: readers see everything before or everything after."""
        with self.db.atomic():
            yield self.db

    def close(self) -> None:
        self.db.close()


Seed = Callable[[Store], None]


def open_store(data_paths: DataPaths, seed: Seed | None = None) -> Store:
    """Open (creating or repairing) the cache in ``data_paths`` and bring its schema up to date.

    ``seed`` fills a new or rebuilt database with the bundled data; it runs when
    the ``seeded`` meta key is missing, inside one transaction.
    """
    try:
        data_paths.ensure()
    except OSError as error:
        raise StoreUnavailable(f"cannot create the data directory {data_paths.root}: {error}") from error

    path = data_paths.database
    rebuilt_because = ""
    if path.exists():
        try:
            found = _inspect(path)
        except _Corrupt as corrupt:
            rebuilt_because = _quarantine(data_paths, str(corrupt))
        else:
            if found > LATEST_VERSION:
                raise SchemaTooNew(path, found)

    store = _connect(path)
    try:
        _migrate(store)
    except sqlite3.DatabaseError as error:
        store.close()  # release the file before moving it, or before giving up
        if not _looks_corrupt(error):
            if _is_environmental(error):
                raise StoreUnavailable(f"cannot write {path}: {error}") from error
            raise  # a bug in a migration, not a problem with this machine
        # Damage quick_check missed surfaced while migrating: quarantine once and retry.
        rebuilt_because = _quarantine(data_paths, str(error))
        store = _connect(path)
        _migrate(store)

    if rebuilt_because:
        store.record_event("database_rebuilt", rebuilt_because)
    if seed is not None and store.get_meta("seeded") is None:
        with store.transaction():
            seed(store)
            store.set_meta("seeded", utc_now())
    return store


def _is_environmental(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return any(word in text for word in ("disk", "full", "readonly", "unable to open", "locked"))


def _looks_corrupt(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _inspect(path: Path) -> int:
    """Read the schema version and run a quick integrity check, without writing."""
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST_VERSION:
                return version  # a newer kiosk's file: not ours to judge
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _Corrupt(f"cannot be read: {error}") from error
    if problems != ["ok"]:
        raise _Corrupt("integrity check failed: " + "; ".join(problems))
    return version


def _quarantine(data_paths: DataPaths, reason: str) -> str:
    """Move the damaged file (and its WAL) aside for staff; never delete a person's data."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    data_paths.quarantine.mkdir(parents=True, exist_ok=True, mode=0o700)
    destination = data_paths.quarantine / f"kiosk-{stamp}.db"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(data_paths.database) + suffix)
        if source.exists():
            os.replace(source, Path(str(destination) + suffix))
    message = f"database {reason}; moved to {destination} and rebuilt from bundled data"
    log.error("local cache: %s", message)
    return message


def _connect(path: Path) -> Store:
    try:
        connection = sqlite3.connect(path, timeout=10, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreUnavailable(f"cannot open {path}: {error}") from error
    db = sqlite_utils.Database(connection)
    with db.ensure_autocommit_on():
        mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreUnavailable(f"{path}: could not switch to WAL mode (got {mode})")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA synchronous=FULL")
    return Store(db, path)


def _migrate(store: Store) -> None:
    db = store.db
    with db.atomic():
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    applied = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
    for migration in MIGRATIONS:
        if migration.version in applied:
            continue
        with db.atomic():
            for statement in migration.statements:
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name, utc_now()],
            )
            # user_version mirrors the table so a newer file is spotted without a query plan.
            db.execute(f"PRAGMA user_version = {int(migration.version)}")
        log.info("local cache: applied migration %d (%s)", migration.version, migration.name)
