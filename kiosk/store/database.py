"""The open cache: one connection, write transactions that wait their turn, migrations.

One process owns the file and one connection writes to it (sqlite-utils'
``Database`` around a plain ``sqlite3`` connection). Every write is made with
``synchronous=FULL``: on a kiosk writes are rare (a booking, a report, a
release) and each one is something a person was told is saved.

Every transaction that may write starts with ``BEGIN IMMEDIATE``, sqlite-utils'
own included (:class:`~kiosk.store.immediate.ImmediateDatabase`). A transaction
that begins by reading takes the write lock only at its first write, and if
another connection committed in between, SQLite cannot let it wait: it fails at
once with "database is locked", whatever the busy timeout. Taking the lock first
makes a second writer wait.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.store.errors import BUSY_TIMEOUT_SECONDS, StoreError, StoreUnavailable, translated, unavailable
from kiosk.store.migrations import LATEST_VERSION, MIGRATIONS, Migration

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# Written by every open and by `kiosk doctor`: a commit made the way a booking's is,
# so a file that only looks writable is found out before a person is told "saved".
META_WRITE_CHECKED = "write_checked_at"


@dataclass(frozen=True)
class Event:
    at: str
    kind: str
    detail: str


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The open local cache. Use from one thread at a time (the UI's database lane).

    A store opened on a file that cannot be written (disk full, read-only mount)
    still reads: ``unavailable`` then says why, and every write raises
    :class:`StoreUnavailable` before touching the file.
    """

    def __init__(self, db: sqlite_utils.Database, path: Path, unavailable: StoreUnavailable | None = None) -> None:
        self.db = db
        self.path = path
        self.unavailable = unavailable

    @property
    def writable(self) -> bool:
        return self.unavailable is None

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def record_event(self, kind: str, detail: str) -> None:
        """Note something staff should know. A note that cannot be written is logged instead.

        Events are notes about the kiosk, not a person's data; a kiosk that cannot
        write has ``unavailable`` to show, which says more.
        """
        try:
            with self.transaction() as db:
                db.execute("INSERT INTO events(at, kind, detail) VALUES (?, ?, ?)", [utc_now(), kind, detail])
        except StoreUnavailable as error:
            log.error("local cache: event %r not recorded (%s): %s", kind, error, detail)

    def events(self, limit: int = 50) -> list[Event]:
        rows = self.db.execute(
            "SELECT at, kind, detail FROM events ORDER BY id DESC LIMIT ?", [limit]
        ).fetchall()
        return [Event(*row) for row in rows]

    @contextmanager
    def transaction(self, doing: str = "save to the local cache") -> Iterator[sqlite_utils.Database]:
        """All-or-nothing, holding the write lock from the start: readers see everything before or after.

        Nested calls are savepoints. A failure of the machine (disk full, read-only,
        I/O, a lock held past the busy timeout) raises :class:`StoreUnavailable`
        (``doing`` completes its sentence), damage found on the way raises
        :class:`~kiosk.store.errors.StoreDamaged`; either way nothing was written.
        """
        if self.unavailable is not None:
            raise unavailable(self.unavailable.reason, self.path, doing)
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as error:
            if self.db.conn.in_transaction:
                raise  # an inner savepoint: the outermost transaction tells it once
            failure = translated(error, self.path, doing)
            if failure is None:
                raise
            raise failure from error

    def check_writable(self) -> None:
        """Commit a small write with ``synchronous=FULL``, as a booking would; :class:`StoreUnavailable` if not."""
        with self.transaction("write to the local cache") as db:
            db.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [META_WRITE_CHECKED, utc_now()])

    def close(self) -> None:
        self.db.close()


def connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite_utils.Database:
    """A connection to ``path``: read-write (the file is created if missing), read-only, or immutable.

    Immutable is for a file nothing can be written next to, not even SQLite's
    shared-memory index (a full disk, a read-only mount): it skips locking and
    the write-ahead log, so it shows the file as of its last checkpoint.
    """
    if read_only or immutable:
        uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False,
                                     isolation_level=None)
    else:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False,
                                     isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=FULL")
    # Imported on the first connection, not with this module (see kiosk.store.immediate).
    from kiosk.store.immediate import ImmediateDatabase

    return ImmediateDatabase(connection)


def use_wal(db: sqlite_utils.Database, path: Path) -> None:
    """Switch to write-ahead logging: readers never wait for the writer, nor it for them."""
    mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise unavailable("read-only", path, "switch the local cache to WAL mode", detail=f"got {mode}")


def migrate(db: sqlite_utils.Database) -> None:
    """Apply the migrations this file lacks, each in its own transaction with the row that records it."""
    pending = pending_migrations(db)
    if not pending:
        return
    with db.atomic():
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    for migration in pending:
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


def pending_migrations(db: sqlite_utils.Database) -> list[Migration]:
    """The migrations not yet recorded in ``db``, in order (reading only)."""
    has_table = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").fetchone()
    applied = {row[0] for row in db.execute("SELECT version FROM schema_migrations")} if has_table else set()
    return [migration for migration in MIGRATIONS if migration.version not in applied]


__all__ = [
    "LATEST_VERSION",
    "META_WRITE_CHECKED",
    "MIGRATIONS",
    "Event",
    "Store",
    "StoreError",
    "connect",
    "migrate",
    "pending_migrations",
    "use_wal",
    "utc_now",
]
