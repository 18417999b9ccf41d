"""The staff PIN and badge codes: stored only as salted scrypt hashes; the device PIN's lock.

:class:`PinLock` guards the device's own PIN on a public kiosk and lives in
memory: restarting the kiosk to reset it needs the power switch, which on a
public kiosk is itself behind a locked panel. Staff accounts' locks are kept in
the cache instead (kiosk.staff.accounts), since a staff laptop can be restarted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

# Used only while kiosk.demo is true and no pin_hash is configured; the staff menu
# says so on screen, and `kiosk doctor` flags it.
DEMO_PIN = "1234"

_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~16 MiB, tens of milliseconds: fine for a PIN pad


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """Return ``scrypt$N$r$p$salt$digest`` for a PIN of 4 to 12 digits."""
    if not is_valid_pin(pin):
        raise ValueError("a staff PIN is 4 to 12 digits")
    return _scrypt_hash(pin, salt)


def is_valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12


def is_valid_badge_secret(secret: str) -> bool:
    """6 to 64 printable ASCII characters, no space: what a badge scanner types reliably."""
    return 6 <= len(secret) <= 64 and all("!" <= ch <= "~" for ch in secret)


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """A badge code's secret hashed as a PIN is (same scrypt, same stored form)."""
    if not is_valid_badge_secret(secret):
        raise ValueError("a badge secret is 6 to 64 printable ASCII characters without spaces")
    return _scrypt_hash(secret, salt)


def verify_secret(secret: str, secret_hash: str) -> bool:
    """Whether ``secret`` (a PIN or a badge secret) matches ``secret_hash``."""
    return verify_pin(secret, secret_hash)


def _scrypt_hash(secret: str, salt: bytes | None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def is_pin_hash(text: str) -> bool:
    parts = text.split("$")
    if len(parts) != 6 or parts[0] != "scrypt" or not all(p.isdigit() for p in parts[1:4]):
        return False
    try:
        return len(_unb64(parts[4])) >= 8 and len(_unb64(parts[5])) == 32
    except ValueError:
        return False


def verify_pin(pin: str, pin_hash: str) -> bool:
    if not is_pin_hash(pin_hash):
        return False
    _, n, r, p, salt, digest = pin_hash.split("$")
    candidate = hashlib.scrypt(
        pin.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, _unb64(digest))


class PinOutcome(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class PinResult:
    outcome: PinOutcome
    attempts_left: int
    locked_for_seconds: int


class PinLock:
    """Checks PINs and locks after ``max_attempts`` wrong ones in a row."""

    def __init__(
        self,
        pin_hash: str,
        max_attempts: int,
        lockout_seconds: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # The demo PIN is hashed at the first attempt, not here: scrypt is slow on
        # purpose, and the kiosk makes its lock while it starts up.
        self._pin_hash = pin_hash
        self.uses_demo_pin = not pin_hash
        self._max_attempts = max_attempts
        self._lockout_seconds = lockout_seconds
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    def locked_for(self) -> int:
        """Whole seconds left on the lock, 0 when open."""
        remaining = self._locked_until - self._clock()
        return max(0, int(remaining + 0.999))

    def attempt(self, pin: str) -> PinResult:
        if self.locked_for():
            return PinResult(PinOutcome.LOCKED, 0, self.locked_for())
        if not self._pin_hash:
            self._pin_hash = hash_pin(DEMO_PIN)
        if verify_pin(pin, self._pin_hash):
            self._wrong = 0
            return PinResult(PinOutcome.ACCEPTED, self._max_attempts, 0)
        self._wrong += 1
        if self._wrong >= self._max_attempts:
            self._wrong = 0
            self._locked_until = self._clock() + self._lockout_seconds
            return PinResult(PinOutcome.LOCKED, 0, self.locked_for())
        return PinResult(PinOutcome.WRONG, self._max_attempts - self._wrong, 0)
