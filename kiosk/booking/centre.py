"""What the remote booking authority needs from the central service, without knowing how it is reached.

:class:`~kiosk.booking.remote.RemoteAuthority` talks to a :class:`SeatCentre`.
The one the kiosk uses speaks HTTP and lives with the sync agent
(``sync.agent.live``), because ``kiosk/`` never does network I/O; tests may pass
any object with these methods.

Two failures matter, and they mean different things:

- :class:`CentreUnreachable`: no answer (no network, a timeout, a cut connection,
  a server error). Nothing is known about whether the request took effect, so a
  booking request is sent again *with the same key*, or covered from the
  allowance, or withdrawn; never reported as "not booked" while it may exist.
- :class:`CentreRefused`: the centre answered no, with a code
  (``slot_full``, ``already_booked``, ...). Nothing was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


class CentreUnreachable(Exception):
    """The centre gave no usable answer: whether the request took effect is unknown."""


class CentreRefused(Exception):
    """The centre answered with a refusal; ``code`` says which (the protocol's error code)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class CentreSlot:
    slot_id: str
    location_id: str
    service_id: str
    start: datetime  # naive local wall-clock time, as everywhere in kiosk.booking
    end: datetime
    capacity: int
    free: int


@dataclass(frozen=True)
class CentreBooking:
    """A booking as the centre holds it: no name, phone or passport digits (the centre keeps none)."""

    reference: str
    status: str  # "booked" or "cancelled"
    slot_id: str
    service_id: str
    location_id: str
    start: datetime
    end: datetime
    language: str
    kiosk_id: str


@dataclass(frozen=True)
class LiveRequest:
    """What a live booking sends: the kiosk's own reference, and the person's details."""

    reference: str
    slot_id: str
    name: str
    phone: str
    passport_last4: str
    language: str


class SeatCentre(Protocol):
    def open_slots(self, service_id: str, location_id: str | None, first: date, days: int) -> list[CentreSlot]:
        """The service's slots from ``first`` for ``days`` days, at one location or all of them."""
        ...

    def book(self, key: str, request: LiveRequest) -> CentreBooking:
        """Book live; the same ``key`` and request always get the same answer."""
        ...

    def find(self, reference: str, name_or_last4: str) -> CentreBooking: ...

    def cancel(self, reference: str, name_or_last4: str) -> CentreBooking: ...

    def reschedule(self, reference: str, name_or_last4: str, slot_id: str) -> CentreBooking: ...


__all__ = ["CentreBooking", "CentreRefused", "CentreSlot", "CentreUnreachable", "LiveRequest", "SeatCentre"]
