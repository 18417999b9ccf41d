"""A fictional day at the staff desk, for the tour (``kiosk screenshot``, the layout audit).

EVERY PERSON AND STAFF MEMBER HERE IS FICTIONAL SAMPLE DATA: invented names and
phone numbers (the numbers' subscriber parts are zeros), at the bundled fictional
place "Sample Visa Centre (fictional)". The tour seeds them into the data
directory it runs in, as the booking-done stop books there: give it a throwaway one.

Called on the database lane.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from kiosk.booking.model import Booking
from kiosk.reference import ALPHABET, check_character
from kiosk.staff.accounts import StaffAccount, load_accounts, replace_accounts
from kiosk.staff.daylist import DayBooking, Visit, find_booking, format_utc, put_booking, store_day_list
from kiosk.staff.pin import hash_pin

if TYPE_CHECKING:
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.store import Store

PLACE = "sample-visa-centre"
SERVICE = "visa-submission"
SLOT_MINUTES = 20
PIN = "2468"
OPERATOR_ID = "s-sample-dilnoza"
SUPERVISOR_ID = "s-sample-malika"
#: (staff id, name, role): fictional.
STAFF = ((OPERATOR_ID, "Dilnoza R.", "operator"), (SUPERVISOR_ID, "Malika S.", "supervisor"))
#: (time, name, phone, state of the visit): fictional people.
PEOPLE = (
    ("09:00", "Aziza Karimova", "+998 90 000 00 01", "served"),
    ("09:00", "Бахтиёр Юсупов", "", "served"),
    ("09:00", "Gulnora Tosheva", "+998 90 000 00 03", "checked_in"),
    ("09:00", "Айбек Осмонов", "+996 555 000 004", "no_show"),
    ("09:20", "Farrukh Nazarov", "", "booked"),
    ("09:40", "Зарина Шарипова", "+992 90 000 0006", "booked"),
    ("09:40", "Timur Abdullaev", "", "cancelled"),
    ("10:00", "Нодира Раҳимова", "", "booked"),
)
#: The fictional person whose receipt the check-in stops scan (one more of them at each run).
ARRIVING = "Dilfuza Ergasheva"
KIOSK = "ksample1"  # the fictional public kiosk that sold the bookings


def reference(prefix: str, number: int) -> str:
    """A valid reference, the same at every run: ``prefix`` (letters of the code's alphabet) and ``number``."""
    tail = "".join(ALPHABET[(number // len(ALPHABET) ** i) % len(ALPHABET)] for i in range(7 - len(prefix)))
    body = prefix + tail
    return body + check_character(body)


def _start(day: date, hhmm: str) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute)


def _listed(code: str, day: date, hhmm: str, name: str, phone: str, visit: Visit | None,
            status: str = "booked") -> DayBooking:
    start = _start(day, hhmm)
    return DayBooking(code, f"{PLACE}.{SERVICE}.{day.isoformat()}T{hhmm}", SERVICE, start,
                      start + timedelta(minutes=SLOT_MINUTES), name, phone, "ru", KIOSK, status, visit)


def _fetched(day: date) -> str:
    """When the centre's list was fetched: the evening before."""
    return format_utc(datetime.combine(day - timedelta(days=1), datetime.min.time()).replace(hour=18, tzinfo=UTC))


def seed(store: Store, device: str, day: date) -> None:
    """The fictional staff accounts (PIN :data:`PIN`) and the day's list of :data:`PLACE` on ``day``."""
    fetched = _fetched(day)
    staff = [StaffAccount(staff_id, name, role, (PLACE,), hash_pin(PIN), None, False) for staff_id, name, role in STAFF]
    with store.transaction("seed the sample staff day") as db:
        kept = [account for account in load_accounts(db, include_revoked=True)
                if account.staff_id not in {s.staff_id for s in staff}]
        replace_accounts(db, [*kept, *staff], fetched)
        bookings = []
        for number, (hhmm, name, phone, state) in enumerate(PEOPLE):
            at = _start(day, hhmm).astimezone(UTC) + timedelta(minutes=2 + 3 * number)
            visit = None if state in ("booked", "cancelled") else Visit(state, at, OPERATOR_ID, device)
            bookings.append(_listed(reference("SMP", number), day, hhmm, name, phone, visit,
                                    "cancelled" if state == "cancelled" else "booked"))
        store_day_list(db, PLACE, day, bookings, fetched)


def arriving_token(store: Store, key: DeviceKey, day: date) -> str:
    """The receipt token of a new fictional person on the list (a fresh reference at each run, so a
    second run of the stop checks someone in again rather than find them checked in)."""
    with store.transaction("seed a sample arrival") as db:
        number = 0
        while find_booking(db, reference("SMPV", number), PLACE, day) is not None:
            number += 1
        listed = _listed(reference("SMPV", number), day, "10:40", ARRIVING, "", None)
        put_booking(db, PLACE, day, listed, _fetched(day))
    return token_for(store, listed, key)


def token_for(store: Store, listed: DayBooking, key: DeviceKey) -> str:
    """The QR token of a listed booking's receipt, as its kiosk would have printed it."""
    from kiosk.booking.receipt import receipt_for

    booking = Booking(listed.reference, listed.slot_id, PLACE, listed.service_id, listed.start, listed.end,
                      listed.name, listed.phone, "", listed.language, "booked", listed.start, listed.kiosk_id)
    return receipt_for(store, booking, key).token


def forged_token(store: Store, key: DeviceKey, day: date) -> str:
    """A waiting person's token with its signature altered: what a forged or damaged receipt scans as."""
    found = find_booking(store.db, reference("SMP", 4), PLACE, day)
    assert found is not None, "seed the sample day first"
    token = token_for(store, found[2], key)
    head, _, signature = token.rpartition(".")
    return f"{head}.{('A' if signature[0] != 'A' else 'B')}{signature[1:]}"


def served_token(store: Store, key: DeviceKey, day: date) -> str:
    """The token of someone already served today: what a second scan of one receipt shows."""
    found = find_booking(store.db, reference("SMP", 0), PLACE, day)
    assert found is not None, "seed the sample day first"
    return token_for(store, found[2], key)
