"""A staff desk on the booking tests' catalogue: Monday 11 January 2027 at office-a, a clock the tests move.

Bookings are made by the public kiosk's own code (LocalAuthority), their receipts
rendered by the receipt code, and their QR codes read back from the printed
page with poppler and zbar, so check-in is tested on real tokens.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

from kiosk.booking.local import LocalAuthority
from kiosk.booking.model import Booking, BookingRequest
from kiosk.booking.receipt import receipt_for
from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.render import render_receipt
from kiosk.staff.accounts import SignInOutcome, SignInResult, StaffAccount
from kiosk.staff.daylist import DayBooking, Visit, store_day_list
from kiosk.staff.session import Desk, StaffSession
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY, NOW, slot_id
from tests.kiosk.booking.fixtures import Clock as BookingClock
from tests.kiosk.receipts.pdf_tools import page_image, scan_qr

OFFICE = "office-a"
FETCHED = "2027-01-11T04:00:00Z"
OPERATOR = StaffAccount("s-dilnoza", "Dilnoza R.", "operator", (OFFICE,), None, None, False)
OTHER_OPERATOR = StaffAccount("s-rustam", "Rustam K.", "operator", (), None, None, False)
SUPERVISOR = StaffAccount("s-malika", "Malika S.", "supervisor", (), None, None, False)


class StaffClock:
    """The kiosk's local wall-clock (kiosk.clock.Clock), standing still until a test moves it."""

    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@cache
def booking_kiosk_key() -> DeviceKey:
    """The public kiosk that sold the bookings (its key is one of the fleet's)."""
    return DeviceKey.generate()


@cache
def staff_device_key() -> DeviceKey:
    return DeviceKey.generate()


def make_desk(store: Store, clock: StaffClock, location_id: str = OFFICE, day: date = MONDAY) -> Desk:
    return Desk(store, staff_device_key().kiosk_id, location_id, day, clock)


def signed_in(account: StaffAccount, clock: StaffClock, idle_seconds: int = 300) -> StaffSession:
    return StaffSession(account, idle_seconds=idle_seconds, clock=clock)


def accepted(account: StaffAccount) -> SignInResult:
    return SignInResult(SignInOutcome.ACCEPTED, account, 5)


def book(kiosk: LocalAuthority, name: str, *, location_id: str = OFFICE, service_id: str = "consult",
         day: date = MONDAY, hhmm: str = "09:30", phone: str = "", language: str = "ru") -> Booking:
    return kiosk.book(BookingRequest(slot_id(location_id, service_id, day, hhmm), name, phone=phone,
                                     language=language))


def booking_kiosk(store: Store) -> LocalAuthority:
    return LocalAuthority(store, now=BookingClock(), window_days=30, kiosk_id="kpublic1")


def as_listed(booking: Booking, visit: Visit | None = None) -> DayBooking:
    """The booking as the centre's day list carries it."""
    return DayBooking(booking.reference, booking.slot_id, booking.service_id, booking.start, booking.end,
                      booking.name, booking.phone, booking.language, booking.kiosk_id, booking.status, visit)


def publish(store: Store, bookings: list[DayBooking], location_id: str = OFFICE, day: date = MONDAY) -> None:
    """The centre's list of the day arrives."""
    with store.transaction() as db:
        store_day_list(db, location_id, day, bookings, FETCHED)


def scanned_token(store: Store, booking: Booking, folder: Path, key: DeviceKey | None = None) -> str:
    """Print the booking's receipt (roll PDF), photograph it (PNG) and read its QR code back."""
    pdf = folder / f"receipt-{booking.reference}.pdf"
    pdf.write_bytes(render_receipt(receipt_for(store, booking, key or booking_kiosk_key()), "roll"))
    found = scan_qr(page_image(pdf, folder / f"receipt-{booking.reference}", 200))
    assert len(found) == 1, found
    return found[0]
