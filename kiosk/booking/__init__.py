"""Book an appointment: the catalogue, slots, the rules, and the authority that sells seats.

- :mod:`kiosk.booking.model`: :class:`Location`, :class:`Service`, :class:`Slot`,
  :class:`Booking`, :class:`BookingRequest`, and what the steps show
  (:class:`DayAvailability`, :class:`LocationChoice`).
- :mod:`kiosk.booking.authority`: :class:`BookingAuthority`, the one interface the
  booking screens use, :func:`authority_for`, which chooses the one to use, and
  :class:`LocalAuthority`, the kiosk as its own authority.
- :mod:`kiosk.booking.catalogue`: the stored catalogue (:func:`services`,
  :func:`service`, :func:`locations`, :func:`location`, :func:`replace_catalogue`).
- :mod:`kiosk.booking.authoring`: ``content/booking/*.toml``
  (:func:`read_catalogue`, :func:`check_catalogue`; ``python -m kiosk.booking DIR``
  prints the check as ``file:line: severity: message``).
- :mod:`kiosk.booking.schedule` and :mod:`kiosk.booking.slots`: opening hours,
  visits and closures, and the slots made from them.
- :mod:`kiosk.booking.person`: checking what a person types, and what "the same
  person" means for the one-booking-per-day rule.
- :mod:`kiosk.booking.recovery`: bookings a damaged page took, made again from
  their outbox items (:func:`~kiosk.booking.recovery.restore_from_outbox`).

The rules: a slot never has more bookings than seats, however writers race; a
person holds at most one booking per service per day; only slots that have not
started and fall within ``booking.window_days`` can be booked; a name is
required, with letters the name key reads (a name that keys to nothing could
never be found or cancelled by it), a phone (digits, spaces, leading +) and the
last 4 passport digits are optional. A booking, cancellation or change is committed (``synchronous=FULL``)
together with its outbox item before it is returned.

Errors a caller can act on::

    BookingError               base class: refused, nothing written
    ├── InvalidDetails         a typed detail is unacceptable; .field names it
    ├── UnknownSlot            the slot is not offered (stale screen) or is for another service
    ├── OutsideBookingWindow   the slot has started, or is beyond the booking window
    ├── SlotFull               no seat left in the slot
    ├── AlreadyBooked          this person holds a booking for the service that day; .start says when
    ├── BookingNotFound        no booking with this code and this name or passport digits
    ├── BookingCancelled       the booking was cancelled, so it cannot be changed
    └── AppointmentPassed      too late to cancel or change: the appointment has started

    kiosk.reference.InvalidReference   the code typed is not a reference (a typo): check it
    kiosk.store.StoreUnavailable       the cache cannot be written now (disk full, read-only):
                                       nothing was booked; the screen sends the person to staff
    kiosk.booking.authoring.CatalogueError   content/booking has errors (for administrators)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.booking.authoring import CatalogueError, check_catalogue, read_catalogue
    from kiosk.booking.authority import BookingAuthority, authority_for
    from kiosk.booking.catalogue import Catalogue, location, locations, replace_catalogue, service, services
    from kiosk.booking.errors import (
        AlreadyBooked,
        AppointmentPassed,
        BookingCancelled,
        BookingError,
        BookingNotFound,
        InvalidDetails,
        OutsideBookingWindow,
        SlotFull,
        UnknownSlot,
    )
    from kiosk.booking.local import LocalAuthority, booking_by_reference, recent_bookings
    from kiosk.booking.model import (
        Booking,
        BookingRequest,
        DayAvailability,
        Location,
        LocationChoice,
        Service,
        Slot,
        in_language,
    )
    from kiosk.reference import InvalidReference

# Each name loads its own module on first use, not all of them with the package:
# the touch screen's start needs none of the catalogue's authoring, the rules or the database code.
_HOME = {name: module for module, names in {
    "kiosk.booking.authoring": ("CatalogueError", "check_catalogue", "read_catalogue"),
    "kiosk.booking.authority": ("BookingAuthority", "authority_for"),
    "kiosk.booking.catalogue": ("Catalogue", "location", "locations", "replace_catalogue", "service", "services"),
    "kiosk.booking.errors": ("AlreadyBooked", "AppointmentPassed", "BookingCancelled", "BookingError",
                             "BookingNotFound", "InvalidDetails", "OutsideBookingWindow", "SlotFull", "UnknownSlot"),
    "kiosk.booking.local": ("LocalAuthority", "booking_by_reference", "recent_bookings"),
    "kiosk.booking.model": ("Booking", "BookingRequest", "DayAvailability", "Location", "LocationChoice", "Service",
                            "Slot", "in_language"),
    "kiosk.reference": ("InvalidReference",),
}.items() for name in names}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "AlreadyBooked",
    "AppointmentPassed",
    "Booking",
    "BookingAuthority",
    "BookingCancelled",
    "BookingError",
    "BookingNotFound",
    "BookingRequest",
    "Catalogue",
    "CatalogueError",
    "DayAvailability",
    "InvalidDetails",
    "InvalidReference",
    "LocalAuthority",
    "Location",
    "LocationChoice",
    "OutsideBookingWindow",
    "Service",
    "Slot",
    "SlotFull",
    "UnknownSlot",
    "authority_for",
    "booking_by_reference",
    "check_catalogue",
    "in_language",
    "location",
    "locations",
    "read_catalogue",
    "recent_bookings",
    "replace_catalogue",
    "service",
    "services",
]
