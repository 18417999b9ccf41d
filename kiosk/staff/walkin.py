"""Walk-ins and reprints: the two staff actions that end in a printed receipt.

A walk-in is booked through the kiosk's own :class:`~kiosk.booking.authority.BookingAuthority`,
so the same capacity and person rules hold as at the public screen (a full slot
is :class:`~kiosk.booking.errors.SlotFull`, whoever asks). The person is at the
desk, so the walk-in is also checked in: two audit entries, ``walk_in`` then
``check_in``. The caller prints the returned booking's receipt with the receipt
code it already has (:func:`kiosk.booking.receipt.receipt_for`).

A reprint makes the receipt again as the staff menu's reprint does (the booking
as this kiosk holds it, else the day list's entry), signed by this device.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.booking.local import booking_by_reference
from kiosk.booking.model import Booking, BookingRequest, BookingStatus
from kiosk.booking.receipt import receipt_for
from kiosk.reference import parse_reference
from kiosk.staff import audit, visits
from kiosk.staff.daylist import LOCAL_FETCH, DayBooking, find_booking, put_booking
from kiosk.staff.errors import CannotReprint, NotThisDesk

if TYPE_CHECKING:
    from kiosk.booking.authority import BookingAuthority
    from kiosk.receipts.content import ReceiptContent
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.staff.session import Desk, StaffSession


def walk_in(desk: Desk, session: StaffSession, authority: BookingAuthority, request: BookingRequest) -> Booking:
    """Book ``request`` for someone at the desk, add them to the day list checked in, and audit it.

    Raises :class:`NotThisDesk` for a slot at another place or day, and whatever
    ``authority.book`` raises (SlotFull, AlreadyBooked, InvalidDetails, ...) with
    nothing recorded.
    """
    session.require_at(desk.location_id)
    slot = authority.slot(request.slot_id)
    if slot.location_id != desk.location_id or slot.day != desk.day:
        raise NotThisDesk(f"slot {slot.id} is at {slot.location_id} on {slot.day.isoformat()}, not at this desk "
                          f"({desk.location_id}, {desk.day.isoformat()})")
    booking = authority.book(request)
    # The booking is committed by the authority; the list and the audit follow in their own transaction.
    with desk.store.transaction("record a walk-in") as db:
        put_booking(db, desk.location_id, desk.day, _day_booking(booking), LOCAL_FETCH)
        audit.append(db, device=desk.device, at=desk.utc_now(), staff_id=session.staff_id, role=session.role,
                     action="walk_in", reference=booking.reference, location_id=desk.location_id, day=desk.day,
                     detail={"service_id": booking.service_id, "slot_id": booking.slot_id})
        visits.move(db, desk, session, booking.reference, "check_in",
                    {"outcome": "valid", "method": "walk_in", "token_kiosk": booking.kiosk_id,
                     "token_issued": int(desk.utc_now().timestamp())})
    return booking


def reprint(desk: Desk, session: StaffSession, reference_text: str, key: DeviceKey) -> ReceiptContent:
    """The receipt of a booking on the desk's list (or made on this kiosk), signed by ``key``; audited.

    Raises :class:`CannotReprint` when neither this kiosk nor the list has what the
    receipt needs, and InvalidReference for a mistyped reference.
    """
    session.require_at(desk.location_id)
    reference = parse_reference(reference_text)
    booking = booking_by_reference(desk.store, reference)
    source = "kiosk"
    if booking is None:
        listed = find_booking(desk.store.db, reference, desk.location_id, desk.day)
        if listed is None or not listed[2].name.strip():
            raise CannotReprint(f"{reference} is not on this desk's list with a name to print a receipt for")
        booking, source = _booking(desk.location_id, listed[2], desk.utc_now()), "day_list"
    if booking.status == "cancelled":
        raise CannotReprint(f"{reference} was cancelled")
    content = receipt_for(desk.store, booking, key, issued_at=desk.utc_now())
    with desk.store.transaction("record a reprint") as db:
        audit.append(db, device=desk.device, at=desk.utc_now(), staff_id=session.staff_id, role=session.role,
                     action="reprint", reference=reference, location_id=desk.location_id, day=desk.day,
                     detail={"source": source})
    return content


def _day_booking(booking: Booking) -> DayBooking:
    return DayBooking(booking.reference, booking.slot_id, booking.service_id, booking.start, booking.end, booking.name,
                      booking.phone, booking.language, booking.kiosk_id, booking.status, None)


def _booking(location_id: str, listed: DayBooking, now: datetime) -> Booking:
    """A day-list entry as the Booking the receipt code takes (never stored as one)."""
    status: BookingStatus = "cancelled" if listed.status == "cancelled" else "booked"
    return Booking(listed.reference, listed.slot_id, location_id, listed.service_id, listed.start, listed.end,
                   listed.name, listed.phone, "", listed.language or "en", status, now.replace(tzinfo=None),
                   listed.kiosk_id)
