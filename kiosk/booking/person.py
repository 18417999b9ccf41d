"""Who is booking: the details a person types, checked, and what "the same person" means.

**The same person.** The kiosk sees no identity document, only what is typed, so
"the same person" is defined on that:

- two names are *the same name* when their words have the same Latin sound keys,
  in any order (:func:`kiosk.text.names.name_key`): ``Oʻktam Yoʻldoshev``, ``ЙЎЛДОШЕВ Ўктам`` and
  ``yo'ldoshev oktam`` are one name; so are Latin and Cyrillic spellings of the
  Russian, Kyrgyz and Tajik names that the sound key unifies;
- two bookings are *the same person's* when the names are the same and the
  passport digits do not contradict each other: both equal, or at least one
  booking has none. Two namesakes who both give their last 4 digits are two
  people; someone cannot dodge the rule by leaving the digits out.

**Identifying a booking for cancel or change**: the reference code plus either
the four passport digits given at booking, or the name (all the words typed must
be words of the booked name, so the surname alone is enough).

Only the last 4 passport digits are ever taken, and only when exactly 4 digits
are typed: a full passport number is refused, never cut down and stored.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk import languages
from kiosk.booking.errors import InvalidDetails
from kiosk.text.names import name_key

if TYPE_CHECKING:
    from kiosk.booking.model import BookingRequest

MAX_NAME = 100
MAX_PHONE = 24
MIN_PHONE_DIGITS = 5
MAX_PHONE_DIGITS = 15  # E.164


@dataclass(frozen=True)
class Details:
    """A request's personal details, cleaned and checked."""

    name: str
    phone: str
    passport_last4: str
    language: str
    person_key: str


def checked_details(request: BookingRequest) -> Details:
    """The request's details cleaned up, or :class:`InvalidDetails` naming the first bad field."""
    name = clean_name(request.name)
    phone = clean_phone(request.phone)
    last4 = clean_last4(request.passport_last4)
    if request.language not in languages.TAGS:
        raise InvalidDetails("language", f"{request.language!r} is not one of {', '.join(languages.TAGS)}")
    return Details(name, phone, last4, request.language, name_key(name))


def clean_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise InvalidDetails("name", "a name is required")
    if len(name) > MAX_NAME:
        raise InvalidDetails("name", f"at most {MAX_NAME} characters")
    if any(unicodedata.category(char).startswith("C") for char in name):
        raise InvalidDetails("name", "contains control characters")
    if not any(char.isalpha() for char in name) or not name_key(name):
        raise InvalidDetails("name", "a name needs letters")
    return unicodedata.normalize("NFC", name)


def clean_phone(text: str) -> str:
    """Optional; digits and spaces with at most one leading +. Spaces are kept as typed, runs collapsed."""
    phone = " ".join(text.split())
    if not phone:
        return ""
    body = phone[1:] if phone.startswith("+") else phone
    if not all(char in "0123456789 " for char in body):
        raise InvalidDetails("phone", "only digits, spaces and a leading + are allowed")
    digits = sum(char.isdigit() for char in body)
    if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS or len(phone) > MAX_PHONE:
        raise InvalidDetails("phone", f"a phone number has {MIN_PHONE_DIGITS} to {MAX_PHONE_DIGITS} digits")
    return phone


def clean_last4(text: str) -> str:
    """Optional; exactly four digits 0-9 when given (spaces ignored)."""
    digits = "".join(text.split())
    if not digits:
        return ""
    if len(digits) != 4 or not all(char in "0123456789" for char in digits):
        raise InvalidDetails("passport_last4", "exactly the last 4 digits of the passport, or nothing")
    return digits


def same_person(key: str, last4: str, other_key: str, other_last4: str) -> bool:
    """The rule in the module docstring: same name, and passport digits that do not contradict."""
    return key == other_key and (not last4 or not other_last4 or last4 == other_last4)


def identifies(typed: str, name: str, passport_last4: str) -> bool:
    """Whether ``typed`` (a name, or four digits) identifies the holder of a booking under ``name``."""
    digits = "".join(typed.split())
    if len(digits) == 4 and digits.isascii() and digits.isdigit():
        return bool(passport_last4) and digits == passport_last4
    typed_words = name_key(typed).split()
    booked_words = name_key(name).split()
    if not typed_words:
        return False
    for word in typed_words:
        if word not in booked_words:
            return False
        booked_words.remove(word)  # "Ali Ali" needs two Alis
    return True
