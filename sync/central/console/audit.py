"""The console's audit log: every change made through the console, with who and when.

An entry is written in the same transaction as the change where the change is a
single write; where a change is a publish (files, then a release row), it is written
right after, naming the release the change made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from sync.central.console.accounts import Account
from sync.central.tables import console_audit


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    username: str
    role: str
    action: str
    target: str
    detail: dict[str, Any]


def record(connection: Connection, who: Account, action: str, target: str, now: datetime,
           **detail: Any) -> None:
    connection.execute(insert(console_audit).values(at=now, username=who.username, role=who.role.value,
                                                    action=action, target=target, detail=json.dumps(detail)))


def write(engine: Engine, who: Account, action: str, target: str, now: datetime, **detail: Any) -> None:
    with engine.begin() as connection:
        record(connection, who, action, target, now, **detail)


def recent(engine: Engine, limit: int = 200, username: str | None = None, action: str | None = None) -> list[Entry]:
    query = select(console_audit).order_by(console_audit.c.id.desc()).limit(limit)
    if username:
        query = query.where(console_audit.c.username == username)
    if action:
        query = query.where(console_audit.c.action == action)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [Entry(row.id, row.at, row.username, row.role, row.action, row.target, json.loads(row.detail))
            for row in rows]
