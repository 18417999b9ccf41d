"""Who decides whether a seat can be sold: the booking authority the screens talk to.

The booking screens call only :class:`BookingAuthority`, and get one from
:func:`authority_for`:

- :class:`~kiosk.booking.local.LocalAuthority`, the kiosk itself, with capacity
  enforced in its own SQLite file: the bundled demo schedule, and any kiosk not
  enrolled with a central service;
- :class:`~kiosk.booking.remote.RemoteAuthority` for an enrolled kiosk: the
  centre owns the seats (docs/architecture.md, "Bookings: the centre owns the
  seats"). It books live with an idempotency key while the centre answers, and
  while it does not, sells only from the allowance of seats the centre granted
  this kiosk, saying so (``selling_offline``).

The Protocol is shaped for both:

- every answer is a value (``Slot.capacity``/``booked`` are whatever the
  authority can honour: offline, the allowance);
- every refusal is one of the :mod:`kiosk.booking.errors` classes, so a seat
  taken by another kiosk a moment ago is the same :class:`SlotFull` as one taken
  on this screen;
- the booking the authority returns is final: committed (and confirmed by the
  centre, or covered by an allowance seat and queued for it) before it is
  returned, so the receipt can be printed.

Reference data (services, locations, their names and documents) is not the
authority's business: it arrives in releases and is read with
:mod:`kiosk.booking.catalogue`, whichever authority sells the seats.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from kiosk.booking.local import LocalAuthority

if TYPE_CHECKING:
    from kiosk.booking.centre import SeatCentre
    from kiosk.booking.model import Booking, BookingRequest, DayAvailability, LocationChoice, Slot
    from kiosk.config import Config
    from kiosk.store import Store


class BookingAuthority(Protocol):
    """What the booking flow needs. Methods may block (disk, later the network): call them off the GUI thread."""

    window_days: int

    @property
    def selling_offline(self) -> bool:
        """Whether seats shown are only those this kiosk can honour offline: the screens say more may be free."""
        ...

    def locations_for(self, service_id: str) -> list[LocationChoice]:
        """Where ``service_id`` can be booked, with each place's days inside the window (mobile: its visits)."""
        ...

    def available_days(self, service_id: str, location_id: str, start_day: date, days: int) -> list[DayAvailability]:
        """The calendar: one entry per day from ``start_day``."""
        ...

    def slots(self, service_id: str, location_id: str, day: date) -> list[Slot]:
        """The day's bookable times, full ones included."""
        ...

    def slot(self, slot_id: str) -> Slot:
        """One slot as it is now; raises UnknownSlot."""
        ...

    def book(self, request: BookingRequest) -> Booking:
        """Book and commit; raises InvalidDetails, UnknownSlot, OutsideBookingWindow, SlotFull, AlreadyBooked."""
        ...

    def find(self, reference_text: str, name_or_last4: str) -> Booking:
        """Raises InvalidReference (mistyped code) or BookingNotFound."""
        ...

    def cancel(self, reference_text: str, name_or_last4: str) -> Booking:
        """Cancel and commit; raises as find, and AppointmentPassed."""
        ...

    def reschedule(self, reference_text: str, name_or_last4: str, new_slot_id: str) -> Booking:
        """Move to another slot of the same service; raises as find and book, BookingCancelled, AppointmentPassed."""
        ...


def authority_for(store: Store, settings: Config, *, now: Callable[[], datetime], kiosk_id: str,
                  centre: SeatCentre | None = None) -> BookingAuthority:
    """The authority that sells this kiosk's seats, for use on the thread that owns ``store``.

    ``now`` gives the kiosk's local wall-clock time; ``kiosk_id`` is the device key's, and goes on
    every booking so the centre knows where it was made. ``centre``: how to reach the central
    service, for an enrolled kiosk (``sync.agent.live.centre_for``); without one the kiosk is its
    own authority.
    """
    if centre is None:
        return LocalAuthority(store, now=now, window_days=settings.booking_window_days, kiosk_id=kiosk_id)
    from kiosk.booking.remote import RemoteAuthority

    return RemoteAuthority(store, now=now, window_days=settings.booking_window_days, kiosk_id=kiosk_id,
                           centre=centre)


def _local_is_an_authority(authority: LocalAuthority) -> BookingAuthority:
    return authority  # mypy checks here that LocalAuthority (and so RemoteAuthority) keeps to the Protocol


__all__ = ["BookingAuthority", "LocalAuthority", "authority_for"]
