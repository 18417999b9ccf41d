"""Console accounts: who may sign in, with which role, and the lockout after wrong passwords.

Passwords are kept only as argon2id hashes (memory-hard: a stolen database is slow to
guess through). Five wrong passwords in a row lock an account for fifteen minutes; the
owner can lift a lock at once. A wrong username costs as much time as a wrong password
and gets the same words, so the sign-in page does not tell which usernames exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.central.tables import console_accounts
from sync.central.tokens import Role

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 12
MAX_PASSWORD = 200
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")

_hasher = PasswordHasher()  # argon2id, 64 MiB, 3 passes: the library's RFC 9106 "low memory" profile


@cache
def _dummy_hash() -> str:
    """Verified against when the username is unknown, so that both answers take as long. Made on first use,
    not at import: a restarted service must answer kiosks at once."""
    return _hasher.hash("not a password anybody has")


class AccountError(Exception):
    """A console account cannot be made, found or changed as asked; ``str()`` says why, for the page."""


class BadSignIn(AccountError):
    """The username or password is wrong (which one is not said)."""


class LockedOut(AccountError):
    """Too many wrong passwords: the account is locked until ``until``."""

    def __init__(self, until: datetime) -> None:
        super().__init__("this account is locked after too many wrong passwords")
        self.until = until


class AccountExists(AccountError):
    """The username is taken."""


class UnknownAccount(AccountError):
    """No account has this id or username."""


class LastOwner(AccountError):
    """The change would leave the console with no owner who can sign in."""


class BadName(AccountError):
    """The display name is empty or longer than 100 characters."""


class WeakPassword(AccountError):
    """The password is too short or too long."""


class BadUsername(AccountError):
    """The username is not 2 to 64 lower-case letters, digits, dots, dashes or underscores."""


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: Role
    disabled: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None
    created_by: str

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def _account(row: object) -> Account:
    return Account(id=row.id, username=row.username, display_name=row.display_name,  # type: ignore[attr-defined]
                   role=Role(row.role), disabled=row.disabled_at is not None,  # type: ignore[attr-defined]
                   locked_until=row.locked_until, last_sign_in_at=row.last_sign_in_at,  # type: ignore[attr-defined]
                   created_by=row.created_by)  # type: ignore[attr-defined]


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise WeakPassword(f"a password has at most {MAX_PASSWORD} characters")


def create_account(engine: Engine, username: str, display_name: str, role: Role, password: str,
                   created_by: str, now: datetime) -> Account:
    if not USERNAME.fullmatch(username):
        raise BadUsername("a username is 2 to 64 lower-case letters, digits, dots, dashes or underscores")
    if not display_name.strip() or len(display_name) > 100:
        raise BadName("a display name of 1 to 100 characters is needed")
    check_password(password)
    try:
        with engine.begin() as connection:
            connection.execute(insert(console_accounts).values(
                username=username, display_name=display_name.strip(), role=role.value,
                password_hash=_hasher.hash(password), failures=0, created_by=created_by, created_at=now))
    except IntegrityError as error:
        raise AccountExists(f"the username {username!r} is taken") from error
    return find(engine, username)


def find(engine: Engine, username: str) -> Account:
    with engine.connect() as connection:
        row = connection.execute(select(console_accounts).where(console_accounts.c.username == username)).first()
    if row is None:
        raise UnknownAccount(f"no account {username!r}")
    return _account(row)


def by_id(engine: Engine, account_id: int) -> Account | None:
    with engine.connect() as connection:
        row = connection.execute(select(console_accounts).where(console_accounts.c.id == account_id)).first()
    return None if row is None else _account(row)


def list_accounts(engine: Engine) -> list[Account]:
    with engine.connect() as connection:
        rows = connection.execute(select(console_accounts).order_by(console_accounts.c.username)).all()
    return [_account(row) for row in rows]


def count_owners(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(console_accounts).where(
            console_accounts.c.role == Role.OWNER.value, console_accounts.c.disabled_at.is_(None))).scalar() or 0)


def authenticate(engine: Engine, username: str, password: str, now: datetime) -> Account:
    """The account, when ``password`` is its password and it may sign in; counts a failure otherwise."""
    with engine.connect() as connection:
        row = connection.execute(select(console_accounts).where(console_accounts.c.username == username)).first()
    if row is None or len(password) > MAX_PASSWORD:
        _verify(_dummy_hash(), password[:MAX_PASSWORD])
        raise BadSignIn("the username or password is wrong")
    if row.locked_until is not None and row.locked_until > now:
        raise LockedOut(row.locked_until)
    if not _verify(row.password_hash, password) or row.disabled_at is not None:
        _count_failure(engine, row.id, now)
        raise BadSignIn("the username or password is wrong")
    with engine.begin() as connection:
        connection.execute(update(console_accounts).where(console_accounts.c.id == row.id).values(
            failures=0, locked_until=None, last_sign_in_at=now))
        if _hasher.check_needs_rehash(row.password_hash):
            connection.execute(update(console_accounts).where(console_accounts.c.id == row.id).values(
                password_hash=_hasher.hash(password)))
    found = by_id(engine, row.id)
    assert found is not None
    return found


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _count_failure(engine: Engine, account_id: int, now: datetime) -> None:
    # One UPDATE, so two wrong passwords at once both count.
    with engine.begin() as connection:
        connection.execute(update(console_accounts).where(console_accounts.c.id == account_id)
                           .values(failures=console_accounts.c.failures + 1))
        failures = connection.execute(select(console_accounts.c.failures)
                                      .where(console_accounts.c.id == account_id)).scalar() or 0
        if failures >= MAX_FAILURES:
            connection.execute(update(console_accounts).where(console_accounts.c.id == account_id)
                               .values(failures=0, locked_until=now + LOCKOUT))


def _change(engine: Engine, username: str, **values: object) -> Account:
    with engine.begin() as connection:
        done = connection.execute(update(console_accounts).where(console_accounts.c.username == username)
                                  .values(**values))
    if done.rowcount == 0:
        raise UnknownAccount(f"no account {username!r}")
    return find(engine, username)


def set_password(engine: Engine, username: str, password: str) -> Account:
    check_password(password)
    return _change(engine, username, password_hash=_hasher.hash(password), failures=0, locked_until=None)


def unlock(engine: Engine, username: str) -> Account:
    return _change(engine, username, failures=0, locked_until=None)


def set_disabled(engine: Engine, username: str, disabled: bool, now: datetime) -> Account:
    account = find(engine, username)
    if disabled and account.role is Role.OWNER and not account.disabled and count_owners(engine) <= 1:
        raise LastOwner("the last owner cannot be disabled: make another owner first")
    return _change(engine, username, disabled_at=now if disabled else None)


def set_role(engine: Engine, username: str, role: Role) -> Account:
    account = find(engine, username)
    if account.role is Role.OWNER and role is not Role.OWNER and not account.disabled and count_owners(engine) <= 1:
        raise LastOwner("the last owner cannot stop being one: make another owner first")
    return _change(engine, username, role=role.value)
