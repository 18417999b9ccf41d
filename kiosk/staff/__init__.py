"""Staff mode: signing in, the day's list, check-in, visits, the audit log and the day's summary.

``kiosk.staff.pin`` holds the PIN hashing and the public kiosk's PIN lock that
``from kiosk.staff import ...`` has always given; they are re-exported here.
The rest lives in modules named after what they hold, imported by name:
accounts (who signs in, locks), session (a signed-in member and the desk),
daylist (the day's list, search, counts), checkin, visits (the state machine,
served, no-show, undo), walkin (walk-ins and reprints), audit (the chained
log), summary and labels (the day's counts as CSV or PDF), commands (the CLI),
errors. See docs/architecture.md, "Staff mode".
"""

from kiosk.staff.pin import (
    DEMO_PIN,
    PinLock,
    PinOutcome,
    PinResult,
    hash_pin,
    hash_secret,
    is_pin_hash,
    verify_pin,
    verify_secret,
)

__all__ = ["DEMO_PIN", "PinLock", "PinOutcome", "PinResult", "hash_pin", "hash_secret", "is_pin_hash",
           "verify_pin", "verify_secret"]
