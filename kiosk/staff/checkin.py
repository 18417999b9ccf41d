"""Checking a person in: by the receipt's QR token, or by the reference typed from it.

A scanned token is verified offline with the fleet keys this device knows
(:func:`kiosk.receipts.keyring.known_keys`), then judged against the desk's
place, day and list. :func:`check_in` returns one :class:`CheckInOutcome`; only
``valid`` records a check-in (an audit entry and the visit, in one transaction).

- A genuine token whose booking is not on the list (booked offline at another
  kiosk, not yet at the centre) is still valid, with ``not_on_list=True``; it is
  added to the list so the day's counts include the person.
- A typed reference is looked up on the list: there is no signature to check,
  and the result says so (``verified=False``).
- A second check-in is ``already_checked_in``, with when, by whom and on which
  device, from this device's visits or the centre's list. It records nothing: a
  conflict between two devices that were both offline is the centre's to find.

Outcomes beyond the receipt's seven: ``marked_no_show`` (the person was marked
a no-show: undo that first) and ``not_found`` (a typed reference that is no
reference, or that no held list has).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

from kiosk.receipts.token import (
    ForgedToken,
    MalformedToken,
    ReceiptClaims,
    TokenError,
    UnknownKiosk,
    unverified_claims,
    verify,
)
from kiosk.reference import InvalidReference, parse_reference
from kiosk.staff import visits
from kiosk.staff.daylist import LOCAL_FETCH, DayBooking, Visit, find_booking, put_booking
from kiosk.staff.errors import UnknownBooking

if TYPE_CHECKING:
    from collections.abc import Mapping

    import sqlite_utils
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from kiosk.staff.audit import AuditEntry
    from kiosk.staff.session import Desk, StaffSession


_LONGEST_TYPED = 12  # a reference is 8 characters; a few more are a typo, not a scan


class CheckInOutcome(Enum):
    VALID = "valid"
    ALREADY_CHECKED_IN = "already_checked_in"
    CANCELLED = "cancelled"
    WRONG_DAY = "wrong_day"
    WRONG_PLACE = "wrong_place"
    UNKNOWN_KIOSK = "unknown_kiosk"
    FORGED = "forged"  # forged, altered, damaged or not a receipt token at all
    MARKED_NO_SHOW = "marked_no_show"
    NOT_FOUND = "not_found"  # typed references only


@dataclass(frozen=True)
class CheckInResult:
    outcome: CheckInOutcome
    reference: str = ""  # undashed; "" when nothing readable was given
    verified: bool = False  # a signature was checked (never for a typed reference)
    claims: ReceiptClaims | None = None  # what a genuine token says (unverified claims for unknown_kiosk)
    booking: DayBooking | None = None  # the list's entry, when there is one
    not_on_list: bool = False  # valid, but the centre's list did not have it
    visit: Visit | None = None  # already_checked_in / marked_no_show: when, by whom, on which device
    entry: AuditEntry | None = None  # valid: the check-in recorded
    detail: str = ""  # English, for logs and staff: why

    @property
    def admitted(self) -> bool:
        return self.outcome is CheckInOutcome.VALID


def check_in(desk: Desk, session: StaffSession, scanned_or_typed: str,
             known_keys: Mapping[str, Ed25519PublicKey]) -> CheckInResult:
    """Check in whoever ``scanned_or_typed`` names: a ``KQ1.`` token or a reference."""
    session.require_at(desk.location_id)
    text = scanned_or_typed.strip()
    compact = "".join(text.split()).replace("-", "")
    # Anything longer than a reference was scanned, not typed: a token, a damaged one, or another QR code.
    if text.upper().startswith("KQ1") or len(compact) > _LONGEST_TYPED:
        return check_in_token(desk, session, text, known_keys)
    return check_in_reference(desk, session, text)


def check_in_token(desk: Desk, session: StaffSession, token: str,
                   known_keys: Mapping[str, Ed25519PublicKey]) -> CheckInResult:
    """Verify ``token`` offline and check its booking in if it is for this place and day."""
    session.require_at(desk.location_id)
    try:
        claims = verify(token, known_keys)
    except UnknownKiosk as error:
        claimed = unverified_claims(token)
        listed = find_booking(desk.store.db, claimed.reference, desk.location_id, desk.day)
        return CheckInResult(CheckInOutcome.UNKNOWN_KIOSK, claimed.reference, False, claimed,
                             None if listed is None else listed[2], detail=str(error))
    except (ForgedToken, MalformedToken) as error:
        return CheckInResult(CheckInOutcome.FORGED, detail=str(error))
    except TokenError as error:  # a kind of failure added later: never admit on it
        return CheckInResult(CheckInOutcome.FORGED, detail=str(error))
    if claims.location_id != desk.location_id:
        return CheckInResult(CheckInOutcome.WRONG_PLACE, claims.reference, True, claims,
                             detail=f"the receipt is for {claims.location_id}, this desk is {desk.location_id}")
    if claims.start.date() != desk.day:
        return CheckInResult(CheckInOutcome.WRONG_DAY, claims.reference, True, claims,
                             detail=f"the receipt is for {claims.start:%Y-%m-%d %H:%M}, this desk's day is "
                                    f"{desk.day.isoformat()}")
    detail = {"outcome": "valid", "method": "token", "token_kiosk": claims.kiosk_id,
              "token_issued": int(claims.issued_at.timestamp())}
    with desk.store.transaction("record a check-in") as db:
        listed = find_booking(db, claims.reference, desk.location_id, desk.day)
        not_on_list = listed is None
        if listed is None:
            put_booking(db, desk.location_id, desk.day, _from_claims(claims), LOCAL_FETCH)
        return _admit(db, desk, session, claims.reference, detail, verified=True, claims=claims,
                      not_on_list=not_on_list)


def check_in_reference(desk: Desk, session: StaffSession, typed: str) -> CheckInResult:
    """Check in the booking with a typed reference (dash or not, any case) on the desk's list: nothing signed."""
    session.require_at(desk.location_id)
    try:
        reference = parse_reference(typed)
    except InvalidReference as error:
        return CheckInResult(CheckInOutcome.NOT_FOUND, detail=f"not a reference: {error}")
    with desk.store.transaction("record a check-in") as db:
        if find_booking(db, reference, desk.location_id, desk.day) is None:
            elsewhere = find_booking(db, reference)
            if elsewhere is None:
                return CheckInResult(CheckInOutcome.NOT_FOUND, reference,
                                     detail=f"{reference} is on no day list this device holds")
            location_id, day, booking = elsewhere
            outcome = CheckInOutcome.WRONG_PLACE if location_id != desk.location_id else CheckInOutcome.WRONG_DAY
            return CheckInResult(outcome, reference, booking=booking,
                                 detail=f"{reference} is booked at {location_id} on {day.isoformat()}")
        return _admit(db, desk, session, reference, {"outcome": "valid", "method": "typed"}, verified=False)


def _admit(db: sqlite_utils.Database, desk: Desk, session: StaffSession, reference: str,
           detail: dict[str, object], *, verified: bool, claims: ReceiptClaims | None = None,
           not_on_list: bool = False) -> CheckInResult:
    try:
        current = visits.visit_state(db, desk.location_id, desk.day, reference)
    except UnknownBooking:  # cannot happen: the caller found or added it in this transaction
        return CheckInResult(CheckInOutcome.NOT_FOUND, reference, verified, claims)
    base = CheckInResult(CheckInOutcome.VALID, reference, verified, claims, current.booking, not_on_list)
    if current.state == "cancelled":
        return replace(base, outcome=CheckInOutcome.CANCELLED, detail=f"{reference} was cancelled")
    if current.state in ("checked_in", "served"):
        by = current.visit
        said = f" ({by.at:%H:%M:%S} UTC, {by.staff_id} on {by.device})" if by else ""
        return replace(base, outcome=CheckInOutcome.ALREADY_CHECKED_IN, visit=by,
                       detail=f"{reference} is already {current.state}{said}")
    if current.state == "no_show":
        return replace(base, outcome=CheckInOutcome.MARKED_NO_SHOW, visit=current.visit,
                       detail=f"{reference} was marked a no-show: undo that first")
    entry = visits.move(db, desk, session, reference, "check_in", dict(detail))
    return replace(base, entry=entry, visit=visits.visit_state(db, desk.location_id, desk.day, reference).visit,
                   detail="checked in" + ("" if verified else " by typed reference: no signature was checked"))


def _from_claims(claims: ReceiptClaims) -> DayBooking:
    """What the list can know of a booking from its token alone: no name, no phone, no end time."""
    return DayBooking(claims.reference, "", claims.service_id, claims.start, claims.start, "", "", "",
                      claims.kiosk_id, "booked", None)
