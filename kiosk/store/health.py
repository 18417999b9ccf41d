"""Judging a cache file before it is opened for writing: healthy, damaged, or out of reach.

"Damaged" is said only of a file SQLite has read: its header or pages are
malformed, ``quick_check`` finds faults, or the schema the file claims is not
there. A 0-byte file is damaged too: a kiosk never leaves one (a new cache is
built beside the live name and moved into place whole), so one where the cache
was means the filesystem lost it. Anything that stops the file being read at
all (permissions, a full disk that leaves no room for SQLite's shared-memory
index, I/O errors) is "unreadable", which never leads to quarantine.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from kiosk.store import database
from kiosk.store.errors import StoreUnavailable, from_os_error, is_damage, translated, unavailable

State = Literal["healthy", "damaged", "unreadable"]

_CREATE_TABLE = re.compile(r"\s*CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(\w+)", re.IGNORECASE)
_RENAMED = re.compile(r"\s*ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\s", re.IGNORECASE)


@dataclass(frozen=True)
class Inspection:
    state: State
    version: int = 0
    damage: str = ""  # what is wrong, when damaged
    unavailable: StoreUnavailable | None = None  # why it cannot be read, when unreadable


@cache
def expected_tables(version: int) -> frozenset[str]:
    """The tables a file at schema ``version`` has, from the migrations that made them."""
    names = {"schema_migrations"}
    for migration in database.MIGRATIONS:
        if migration.version <= version:
            names.update(match.group(1) for statement in migration.statements
                         if (match := _CREATE_TABLE.match(statement)))
            # A table made again (SQLite cannot drop a CHECK) is built as <name>_new and renamed.
            names.difference_update(match.group(1) for statement in migration.statements
                                    if (match := _RENAMED.match(statement)))
    return frozenset(names)


def inspect(path: Path) -> Inspection:
    """Read ``path`` without writing to it, and say which of the three it is."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return Inspection("unreadable", unavailable=from_os_error(error, path, "read the local cache"))
    if size == 0:
        return Inspection("damaged", damage="is empty (0 bytes)")
    try:
        db = database.connect(path, read_only=True)
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > database.LATEST_VERSION:
                return Inspection("healthy", version)  # a newer kiosk's file: not ours to judge
            tables = {str(row[0]) for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            problems = [str(row[0]) for row in db.execute("PRAGMA quick_check(5)")]
        finally:
            db.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return Inspection("damaged", damage=f"cannot be read: {error}")
        failure = translated(error, path, "read the local cache")
        if not isinstance(failure, StoreUnavailable):
            # Not damage SQLite recognises and not the machine: never grounds for quarantine.
            failure = unavailable("io", path, "read the local cache", detail=str(error))
        return Inspection("unreadable", unavailable=failure)
    if problems != ["ok"]:
        return Inspection("damaged", version, damage="failed its integrity check: " + "; ".join(problems))
    if version == 0:
        return Inspection("damaged", version, damage="has no kiosk schema in it")
    missing = sorted(expected_tables(version) - tables)
    if missing:
        return Inspection("damaged", version,
                          damage=f"has lost tables its schema version {version} has: {', '.join(missing)}")
    return Inspection("healthy", version)
