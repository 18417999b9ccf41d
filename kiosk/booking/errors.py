"""What can go wrong with a booking, one class per thing the person (or the screen) does differently.

The tree is drawn in :mod:`kiosk.booking`. Every message is plain English for logs
and staff; the screens choose their own words in the person's language from the
class (and :attr:`InvalidDetails.field`), never from the message.
"""

from __future__ import annotations

from datetime import datetime


class BookingError(Exception):
    """Base class: the booking, cancellation or change was refused and nothing was written."""


class SlotFull(BookingError):
    """Every seat of the slot is taken (perhaps a moment ago, by another kiosk or screen): choose another time."""


class NoSeatHere(SlotFull):
    """Offline, this kiosk holds no seat of the slot it may sell on its own; more may be free at the office.

    Also what a live booking ends in when the centre stopped answering halfway and
    no allowance seat could cover it: the request was withdrawn, nothing is booked.
    """


class AlreadyBooked(BookingError):
    """This person already holds a booking for this service on this day: keep it, or change that one.

    ``start`` is when the existing appointment is. Its reference is deliberately not
    carried: the person holding it has it on their receipt, and someone who merely
    shares the name must not learn it.
    """

    def __init__(self, message: str, start: datetime) -> None:
        super().__init__(message)
        self.start = start


class OutsideBookingWindow(BookingError):
    """The slot has started or is in the past, or lies beyond the booking window: choose another day."""


class UnknownSlot(BookingError):
    """No such slot (a stale screen after a schedule update), or it is for another service: choose again."""


class BookingNotFound(BookingError):
    """No booking has this reference together with this name or passport digits.

    Deliberately one answer for both "no such code" and "the name does not match",
    so a code read over someone's shoulder does not confirm a booking exists.
    """


class NotHeldHere(BookingNotFound):
    """Offline, only bookings made at this kiosk can be found, cancelled or changed here: try when online."""


class BookingCancelled(BookingError):
    """The booking was cancelled earlier, so it cannot be changed: book again."""


class AppointmentPassed(BookingError):
    """The appointment's time has come or gone, so it can no longer be cancelled or moved."""


class InvalidDetails(BookingError):
    """Something the person typed is not acceptable; ``field`` says which box to send them back to.

    ``field`` is one of ``"name"``, ``"phone"``, ``"passport_last4"``, ``"language"``.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
