"""Console sessions: a random secret in a cookie, its SHA-256 in the database, and a CSRF token.

A session is made only by signing in, and signing in always makes a new one (any
cookie the browser brought is ignored and its session ended): a session id planted
before sign-in is worth nothing afterwards (session fixation). A session ends after
an idle hour or twelve hours in all, at sign-out, and when its account is disabled.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, update

from sync.central.console.accounts import Account, by_id
from sync.central.tables import console_sessions
from sync.central.tokens import secret_hash

IDLE = timedelta(hours=1)
LONGEST = timedelta(hours=12)
# Writing last_seen_at on every page view would make each view a write; once a minute is enough.
_TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Session:
    account: Account
    csrf: str
    secret: str

    def csrf_matches(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.csrf.encode())


def start(engine: Engine, account: Account, now: datetime, replacing: str | None = None) -> Session:
    """A fresh session for ``account``; the one ``replacing`` names (the cookie brought in) ends."""
    secret = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    with engine.begin() as connection:
        if replacing:
            connection.execute(delete(console_sessions).where(console_sessions.c.secret_hash == secret_hash(replacing)))
        connection.execute(insert(console_sessions).values(secret_hash=secret_hash(secret), account_id=account.id,
                                                           csrf=csrf, created_at=now, last_seen_at=now))
    return Session(account, csrf, secret)


def find(engine: Engine, secret: str, now: datetime) -> Session | None:
    """The live session behind a cookie's ``secret``, or None (unknown, expired, or its account disabled)."""
    key = secret_hash(secret)
    with engine.connect() as connection:
        row = connection.execute(select(console_sessions).where(console_sessions.c.secret_hash == key)).first()
    if row is None:
        return None
    account = by_id(engine, row.account_id)
    if account is None or account.disabled or now - row.last_seen_at > IDLE or now - row.created_at > LONGEST:
        end(engine, secret)
        return None
    if now - row.last_seen_at > _TOUCH_EVERY:
        with engine.begin() as connection:
            connection.execute(update(console_sessions).where(console_sessions.c.secret_hash == key)
                               .values(last_seen_at=now))
    return Session(account, row.csrf, secret)


def end(engine: Engine, secret: str) -> None:
    with engine.begin() as connection:
        connection.execute(delete(console_sessions).where(console_sessions.c.secret_hash == secret_hash(secret)))


def end_all(engine: Engine, account_id: int) -> None:
    """Sign an account out everywhere (its password changed, or it was disabled)."""
    with engine.begin() as connection:
        connection.execute(delete(console_sessions).where(console_sessions.c.account_id == account_id))
