"""What can go wrong while a kiosk syncs, one class per thing a caller (or staff) can act on.

::

    SyncError                  base class; ``str()`` is one sentence for staff
    ├── NotEnrolled            no enrollment on this kiosk: run `kiosk enroll URL CODE`
    ├── EnrollmentRefused      the centre refused the code (used, unknown or expired)
    ├── TokenRejected          the centre no longer accepts this kiosk's token: enroll again
    ├── CentreUnreachable      no answer, a cut, or a server error: tried again on the next round
    ├── UnexpectedAnswer       an answer that is not what was asked (a captive portal's page)
    ├── ReleaseRefused         a release (or one of its files) failed a check; the last good one serves
    └── NoRoom                 the disk is full or cannot be written; the last good release serves
"""

from __future__ import annotations


class SyncError(Exception):
    """Base class for sync failures. ``reason`` is a short code for logs, events and the fleet view."""

    reason = "sync_failed"


class NotEnrolled(SyncError):
    """The kiosk has no enrollment: it works offline on what it has."""

    reason = "not_enrolled"


class EnrollmentRefused(SyncError):
    """The centre said no to the enrollment code."""

    reason = "enrollment_refused"


class TokenRejected(SyncError):
    """The centre answered 401/403 to this kiosk's token."""

    reason = "token_rejected"


class CentreUnreachable(SyncError):
    """The network or the centre failed; nothing was changed, and the next round tries again."""

    reason = "unreachable"


class UnexpectedAnswer(SyncError):
    """The answer was not what was asked for: wrong status, wrong type, not the JSON the protocol says."""

    reason = "unexpected_response"


class ReleaseRefused(SyncError):
    """A release failed a check (signature, rollback, expiry, a file's hash or size). ``reason`` says which."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # the protocol's refusal code: bad_signature, rollback, file_mismatch, ...


class NoRoom(SyncError):
    """The disk is full (or cannot be written), so a release could not be downloaded or applied."""

    reason = "no_room"
