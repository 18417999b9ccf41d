"""The booking domain's nouns: where, what, when, and who booked it.

Times are naive local wall-clock ``datetime``s: an appointment is "09:30 at the
office", in the time zone of the office, which is the kiosk's own (every place
one kiosk books for is in one country, and none of the three observes daylight
saving). Texts a person reads come as ``{language tag: text}`` for all six
languages; :func:`in_language` picks one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from kiosk.text import placeholders

LocationKind = Literal["office", "mobile"]
BookingStatus = Literal["booked", "cancelled"]

FALLBACK_LANGUAGE = "en"


def in_language(texts: Mapping[str, str], language: str) -> str:
    """The text for ``language``, else English, else any: a screen never shows a blank.

    A placeholder in it reads as the operator's, in ``language``: this is where
    every catalogue text on a screen, a receipt or in read-aloud comes from.
    """
    if texts.get(language):
        text = texts[language]
    elif texts.get(FALLBACK_LANGUAGE):
        text = texts[FALLBACK_LANGUAGE]
    else:
        text = next((text for text in texts.values() if text), "")
    return placeholders.fill(text, language)


@dataclass(frozen=True)
class Location:
    """A fixed office, or one stop of a mobile visa office (a town it visits on scheduled days)."""

    id: str
    kind: LocationKind
    names: Mapping[str, str]
    address: Mapping[str, str]
    town: Mapping[str, str]
    fictional: bool

    def name(self, language: str) -> str:
        return in_language(self.names, language)


@dataclass(frozen=True)
class Service:
    """Something a person books: a visa document submission, a consultation, ..."""

    id: str
    names: Mapping[str, str]
    duration_minutes: int
    capacity: int  # people per slot, unless a schedule says otherwise
    documents: Mapping[str, tuple[str, ...]]  # what to bring, the same list in every language
    #: How long before a slot starts it stops being offered: time to get there (an office may be
    #: across town, a mobile office in the next town). 0 for a catalogue that does not say.
    lead_minutes: int = 0

    def name(self, language: str) -> str:
        return in_language(self.names, language)

    def documents_in(self, language: str) -> tuple[str, ...]:
        listed = self.documents.get(language) or self.documents.get(FALLBACK_LANGUAGE) or ()
        return tuple(placeholders.fill(document, language) for document in listed)


@dataclass(frozen=True)
class Slot:
    """One bookable time of one service at one location, with its seats."""

    id: str
    location_id: str
    service_id: str
    start: datetime
    end: datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True)
class BookingRequest:
    """What the booking screens collect; checked by :func:`kiosk.booking.person.checked_details`."""

    slot_id: str
    name: str
    phone: str = ""
    passport_last4: str = ""
    language: str = "en"


@dataclass(frozen=True)
class Booking:
    reference: str  # undashed; show it with kiosk.reference.display
    slot_id: str
    location_id: str
    service_id: str
    start: datetime
    end: datetime
    name: str
    phone: str  # "" when not given
    passport_last4: str  # "" when not given; never more than these four digits
    language: str  # the language the person booked in: their receipt's and any message's
    status: BookingStatus
    created_at: datetime  # kiosk local time
    kiosk_id: str
    #: Once the centre confirmed it, ``name``, ``phone`` and ``passport_last4`` are dropped here
    #: (kiosk.booking.privacy); a reprint's QR token carries this hash of the name instead.
    receipt_name_hash: str = ""


@dataclass(frozen=True)
class DayAvailability:
    """One day of the date step's calendar for one service at one location."""

    day: date
    slots: int  # bookable slots that day: future, inside the booking window, not closed
    free_slots: int  # of those, the ones with a seat left

    @property
    def available(self) -> bool:
        return self.free_slots > 0


@dataclass(frozen=True)
class LocationChoice:
    """A location offering a service, with what the location step shows beside its name."""

    location: Location
    visit_days: tuple[date, ...]  # days inside the booking window it offers the service (mobile: its visits)
    next_free_day: date | None  # the first of those with a seat left; None: fully booked or not scheduled

    @property
    def next_visit(self) -> date | None:
        """For a mobile office, the next day it is in town (booked up or not); None for a fixed office."""
        if self.location.kind != "mobile":
            return None
        return self.visit_days[0] if self.visit_days else None
