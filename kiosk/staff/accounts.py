"""Staff accounts: who may sign in on a staff device, and the per-account lock on wrong tries.

The centre provisions the accounts (``GET /v1/staff/accounts``) and the kiosk
replaces its ``staff_accounts`` table with each list it fetches: hashes only,
never a PIN or a badge code. The device's own PIN (``staff.pin_hash``) stays as
the fallback account ``"device"``, so a device with no accounts still works.

A badge code, as a scanner types it, is ``STAFF1.<staff_id>.<secret>``: the id
picks the one hash to check, so a scan costs one scrypt, not one per account.

Wrong tries are counted per account in ``staff_lockouts``, on the injected clock,
so restarting a staff laptop does not reset a lock (unlike the public kiosk's
in-memory :class:`kiosk.staff.pin.PinLock`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from kiosk.staff.errors import StaffDocumentInvalid
from kiosk.staff.pin import DEMO_PIN, hash_pin, is_pin_hash, verify_secret

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.clock import Clock
    from kiosk.config import Config
    from kiosk.store import Store

Role = Literal["operator", "supervisor"]
ROLES: tuple[Role, ...] = ("operator", "supervisor")

DEVICE_ACCOUNT_ID = "device"
DEVICE_ACCOUNT_NAME = "This device's PIN"
BADGE_PREFIX = "STAFF1."
_STAFF_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


@dataclass(frozen=True)
class StaffAccount:
    staff_id: str
    display_name: str
    role: str  # "operator" | "supervisor"
    places: tuple[str, ...]  # location ids; empty: every place
    pin_hash: str | None
    badge_hash: str | None
    revoked: bool

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"

    def works_at(self, location_id: str) -> bool:
        return not self.places or location_id in self.places


def device_account(pin_hash: str) -> StaffAccount:
    """The built-in account the device's own PIN signs in (``""``: the demo PIN, as on the public kiosk)."""
    return StaffAccount(DEVICE_ACCOUNT_ID, DEVICE_ACCOUNT_NAME, "supervisor", (), pin_hash or None, None, False)


# --- the centre's document -------------------------------------------------------------------------


def parse_accounts(document: Mapping[str, Any]) -> tuple[list[StaffAccount], str]:
    """The accounts and ``as_of`` of a ``GET /v1/staff/accounts`` body; :class:`StaffDocumentInvalid` if malformed."""
    if not isinstance(document, Mapping):
        raise StaffDocumentInvalid("the accounts document is not a JSON object")
    as_of = document.get("as_of")
    if not isinstance(as_of, str) or not as_of:
        raise StaffDocumentInvalid("as_of is missing or not text")
    entries = document.get("accounts")
    if not isinstance(entries, list):
        raise StaffDocumentInvalid("accounts is missing or not a list")
    accounts: list[StaffAccount] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        account = _parse_account(index, entry)
        if account.staff_id in seen:
            raise StaffDocumentInvalid(f"accounts[{index}].staff_id {account.staff_id!r} is listed twice")
        seen.add(account.staff_id)
        accounts.append(account)
    return accounts, as_of


def _parse_account(index: int, entry: object) -> StaffAccount:
    where = f"accounts[{index}]"
    if not isinstance(entry, Mapping):
        raise StaffDocumentInvalid(f"{where} is not an object")
    staff_id = entry.get("staff_id")
    if not isinstance(staff_id, str) or not _STAFF_ID.fullmatch(staff_id) or staff_id == DEVICE_ACCOUNT_ID:
        raise StaffDocumentInvalid(f"{where}.staff_id is not a staff id (lower-case slug, not 'device'): "
                                   f"{staff_id!r}")
    where = f"{where} ({staff_id})"
    name = entry.get("display_name")
    if not isinstance(name, str) or not name.strip():
        raise StaffDocumentInvalid(f"{where}.display_name is missing or empty")
    role = entry.get("role")
    if role not in ROLES:
        raise StaffDocumentInvalid(f"{where}.role is {role!r}, not one of {', '.join(ROLES)}")
    places = entry.get("places")
    if not isinstance(places, list) or not all(isinstance(p, str) and p for p in places):
        raise StaffDocumentInvalid(f"{where}.places is not a list of location ids")
    hashes: dict[str, str | None] = {}
    for field in ("pin_hash", "badge_hash"):
        value = entry.get(field)
        if value is not None and (not isinstance(value, str) or not is_pin_hash(value)):
            raise StaffDocumentInvalid(f"{where}.{field} is not a scrypt hash")
        hashes[field] = value
    revoked = entry.get("revoked")
    if not isinstance(revoked, bool):
        raise StaffDocumentInvalid(f"{where}.revoked is not true or false")
    return StaffAccount(staff_id, name.strip(), str(role), tuple(places), hashes["pin_hash"],
                        hashes["badge_hash"], revoked)


# --- the cache --------------------------------------------------------------------------------------


def replace_accounts(db: sqlite_utils.Database, accounts: Sequence[StaffAccount], as_of: str) -> None:
    """Make ``accounts`` the device's accounts, in the caller's transaction.

    Locks of accounts that are gone are dropped with them; the others' locks stay.
    """
    db.execute("DELETE FROM staff_accounts")
    for account in accounts:
        db.execute(
            "INSERT INTO staff_accounts (staff_id, display_name, role, places_json, pin_hash, badge_hash, revoked,"
            " as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [account.staff_id, account.display_name, account.role, json.dumps(list(account.places)),
             account.pin_hash, account.badge_hash, int(account.revoked), as_of],
        )
    db.execute("DELETE FROM staff_lockouts WHERE staff_id <> ? AND staff_id NOT IN "
               "(SELECT staff_id FROM staff_accounts)", [DEVICE_ACCOUNT_ID])


def load_accounts(db: sqlite_utils.Database, *, include_revoked: bool = False) -> list[StaffAccount]:
    """The provisioned accounts by display name (what the "tap your name" list shows)."""
    where = "" if include_revoked else " WHERE revoked = 0"
    rows = db.execute("SELECT staff_id, display_name, role, places_json, pin_hash, badge_hash, revoked "
                      f"FROM staff_accounts{where} ORDER BY display_name COLLATE NOCASE, staff_id").fetchall()
    return [_row_account(row) for row in rows]


def find_account(db: sqlite_utils.Database, staff_id: str) -> StaffAccount | None:
    row = db.execute("SELECT staff_id, display_name, role, places_json, pin_hash, badge_hash, revoked "
                     "FROM staff_accounts WHERE staff_id = ?", [staff_id]).fetchone()
    return None if row is None else _row_account(row)


def accounts_as_of(db: sqlite_utils.Database) -> str | None:
    """When the centre made the list the device holds; None before the first fetch."""
    row = db.execute("SELECT max(as_of) FROM staff_accounts").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _row_account(row: Sequence[Any]) -> StaffAccount:
    return StaffAccount(str(row[0]), str(row[1]), str(row[2]), tuple(json.loads(row[3])), row[4], row[5],
                        bool(row[6]))


# --- signing in -------------------------------------------------------------------------------------


class SignInOutcome(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"  # wrong PIN or badge secret; attempts_left says how many tries remain
    LOCKED = "locked"  # too many wrong tries: locked_for_seconds
    UNKNOWN = "unknown"  # no such account, a revoked one, or one without a PIN / badge: one message for all
    NOT_A_BADGE = "not_a_badge"  # the scanned text is not a STAFF1 code (another QR code, a receipt)


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    account: StaffAccount | None = None  # set when accepted
    attempts_left: int = 0
    locked_for_seconds: int = 0


@dataclass(frozen=True)
class LockPolicy:
    max_attempts: int  # config staff.max_attempts
    lockout_seconds: int  # config staff.lockout_seconds

    @classmethod
    def of(cls, settings: Config) -> LockPolicy:
        return cls(settings.staff_max_attempts, settings.staff_lockout_seconds)


def parse_badge(code: str) -> tuple[str, str] | None:
    """``(staff_id, secret)`` of a scanned ``STAFF1.<staff_id>.<secret>``, None if it is not one."""
    code = code.strip()
    if not code.startswith(BADGE_PREFIX):
        return None
    staff_id, dot, secret = code[len(BADGE_PREFIX):].partition(".")
    if not dot or not _STAFF_ID.fullmatch(staff_id) or not secret:
        return None
    return staff_id, secret


def badge_code(staff_id: str, secret: str) -> str:
    """What a badge's barcode holds (the administrator prints it once; the centre keeps only the hash)."""
    return f"{BADGE_PREFIX}{staff_id}.{secret}"


def sign_in_with_pin(store: Store, staff_id: str, pin: str, *, device_pin_hash: str, policy: LockPolicy,
                     clock: Clock) -> SignInResult:
    """Check ``pin`` for account ``staff_id`` (``"device"``: the device's own PIN), counting wrong tries."""
    if staff_id == DEVICE_ACCOUNT_ID:
        return _attempt(store, device_account(device_pin_hash), pin, device_pin_hash, policy, clock)
    account = find_account(store.db, staff_id)
    if account is None or account.revoked or not account.pin_hash:
        return SignInResult(SignInOutcome.UNKNOWN)
    return _attempt(store, account, pin, account.pin_hash, policy, clock)


def sign_in_with_badge(store: Store, code: str, *, policy: LockPolicy, clock: Clock) -> SignInResult:
    """Check a scanned badge code; wrong secrets count against the badge's account as wrong PINs do."""
    parsed = parse_badge(code)
    if parsed is None:
        return SignInResult(SignInOutcome.NOT_A_BADGE)
    staff_id, secret = parsed
    account = find_account(store.db, staff_id)
    if account is None or account.revoked or not account.badge_hash:
        return SignInResult(SignInOutcome.UNKNOWN)
    return _attempt(store, account, secret, account.badge_hash, policy, clock)


def locked_for(store: Store, staff_id: str, clock: Clock) -> int:
    """Whole seconds left on ``staff_id``'s lock, 0 when open."""
    row = store.db.execute("SELECT locked_until FROM staff_lockouts WHERE staff_id = ?", [staff_id]).fetchone()
    if row is None or not row[0]:
        return 0
    remaining = (datetime.fromisoformat(str(row[0])) - _utc(clock)).total_seconds()
    return max(0, int(remaining + 0.999))


def _attempt(store: Store, account: StaffAccount, secret: str, secret_hash: str, policy: LockPolicy,
             clock: Clock) -> SignInResult:
    left = locked_for(store, account.staff_id, clock)
    if left:
        return SignInResult(SignInOutcome.LOCKED, locked_for_seconds=left)
    if not secret_hash:  # the device account with no PIN configured: the demo PIN, as PinLock does
        secret_hash = hash_pin(DEMO_PIN)
    if verify_secret(secret, secret_hash):
        with store.transaction("clear a staff lock") as db:
            db.execute("DELETE FROM staff_lockouts WHERE staff_id = ?", [account.staff_id])
        return SignInResult(SignInOutcome.ACCEPTED, account, policy.max_attempts)
    with store.transaction("count a wrong staff PIN") as db:
        row = db.execute("SELECT wrong FROM staff_lockouts WHERE staff_id = ?", [account.staff_id]).fetchone()
        wrong = (0 if row is None else int(row[0])) + 1
        locked_until: str | None = None
        if wrong >= policy.max_attempts:
            wrong = 0
            locked_until = (_utc(clock) + timedelta(seconds=policy.lockout_seconds)).isoformat()
        db.execute("INSERT INTO staff_lockouts (staff_id, wrong, locked_until) VALUES (?, ?, ?) "
                   "ON CONFLICT(staff_id) DO UPDATE SET wrong = excluded.wrong, locked_until = excluded.locked_until",
                   [account.staff_id, wrong, locked_until])
    if locked_until is not None:
        return SignInResult(SignInOutcome.LOCKED, locked_for_seconds=locked_for(store, account.staff_id, clock))
    return SignInResult(SignInOutcome.WRONG, attempts_left=policy.max_attempts - wrong)


def _utc(clock: Clock) -> datetime:
    """The clock's local wall-clock "now" as an aware UTC moment (the kiosk's zone is the machine's)."""
    return clock.now().astimezone(UTC)
