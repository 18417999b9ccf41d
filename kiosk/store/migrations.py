"""Schema migrations, applied in order and recorded in ``schema_migrations``.

Append new migrations; never edit one that has shipped. Each runs in its own
transaction together with the row that records it, so a kill mid-migration
leaves the database at the previous version.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "meta, events and topics",
        (
            """CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            # Things staff should know happened to this kiosk: rebuilt database,
            # refused release, printer trouble. Shown in the staff status screen.
            """CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL
            )""",
            """CREATE TABLE topics (
                id TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                icon TEXT NOT NULL
            )""",
            """CREATE TABLE topic_names (
                topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                language TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (topic_id, language)
            )""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
