"""A kiosk with staff accounts and a day's list at the bundled sample place, for the staff desk's tests.

The kiosk runs on the UI tests' pinned Monday (2026-12-07 09:15) with a clock the
tests can move (:class:`SteppingClock`). Bookings are made by the public kiosk's
own code on a "public kiosk" of their own, published as the centre's day list,
and their tokens read back from printed receipts with the staff domain's own
helpers (tests/kiosk/staff/fixtures.py). Every name here is fictional.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.booking.local import LocalAuthority
from kiosk.booking.model import Booking
from kiosk.clock import PinnedClock
from kiosk.receipts.keyring import remember_key
from kiosk.staff.accounts import StaffAccount, badge_code, replace_accounts
from kiosk.staff.pin import hash_pin, hash_secret
from tests.kiosk.staff.fixtures import as_listed, book, booking_kiosk_key, publish, scanned_token
from tests.ui.fixtures import DEFAULT_MOMENT, make_settings
from tests.ui.kiosk_driver import KioskDriver

if TYPE_CHECKING:
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.store import Store

DAY = DEFAULT_MOMENT.date()
PLACE = "sample-visa-centre"
SERVICE = "visa-submission"
OTHER_PLACE, OTHER_SERVICE = "sample-migration-office", "legal-consultation"
PIN = "482916"
BADGE_SECRET = "badge-secret-dilnoza"
OPERATOR = StaffAccount("s-dilnoza", "Dilnoza R.", "operator", (PLACE,), hash_pin(PIN),
                        hash_secret(BADGE_SECRET), False)
SUPERVISOR = StaffAccount("s-malika", "Malika S.", "supervisor", (), hash_pin("739164"), None, False)
BADGE = badge_code(OPERATOR.staff_id, BADGE_SECRET)


class SteppingClock(PinnedClock):
    """The pinned clock, which a test can also move forward at once (a session's idle time, an undo window)."""

    def __init__(self, start: datetime = DEFAULT_MOMENT) -> None:
        super().__init__(start)
        self.offset = timedelta()

    def now(self) -> datetime:
        return super().now() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


def on_db(driver: KioskDriver, job: Any) -> Any:
    """``job(store)`` on the kiosk's database lane (the cache is used from that thread only)."""
    store = driver.app.store
    assert store is not None
    return driver.app.runner.call_in_lane("db", lambda: job(store))


def public_kiosk(store: Store) -> LocalAuthority:
    """The public kiosk that sold the bookings (its own id and key), the day before."""
    return LocalAuthority(store, now=lambda: datetime(2026, 12, 6, 12, 0), window_days=30, kiosk_id="kpublic1")


@dataclass
class Day:
    """What the tests booked: by a short name, the booking."""

    bookings: dict[str, Booking]

    def ref(self, key: str) -> str:
        return self.bookings[key].reference


def provision(driver: KioskDriver) -> None:
    """The centre's staff accounts arrive, and the public kiosk's key (it signed the receipts)."""
    def job(store: Store) -> None:
        with store.transaction() as db:
            replace_accounts(db, [OPERATOR, SUPERVISOR], "2026-12-06T18:00:00Z")
        remember_key(store, booking_kiosk_key().public_key, "tests")

    on_db(driver, job)
    driver.app.staff_signin.refresh()
    driver.qtbot.waitUntil(lambda: driver.app.staff_signin.hasAccounts, timeout=5000)


def seed_day(driver: KioskDriver, *, extra: dict[str, tuple[str, str, date, str]] | None = None) -> Day:
    """Bookings at the sample place today (and any ``extra``: key -> (place, service, day, hh:mm)), published
    as the centre's list of each place and day; ``cancelled`` is listed as cancelled."""
    wanted = {
        "aziza": (PLACE, SERVICE, DAY, "11:20"),
        "bakhtiyor": (PLACE, SERVICE, DAY, "11:40"),
        "gulnora": (PLACE, SERVICE, DAY, "12:00"),
        "cancelled": (PLACE, SERVICE, DAY, "12:20"),
        **(extra or {}),
    }
    names = {"aziza": "Aziza Karimova", "bakhtiyor": "Бахтиёр Юсупов", "gulnora": "Gulnora Tosheva",
             "cancelled": "Timur Abdullaev", "tomorrow": "Farrukh Nazarov", "elsewhere": "Зарина Шарипова"}

    def job(store: Store) -> dict[str, Booking]:
        seller = public_kiosk(store)
        made = {key: book(seller, names.get(key, "Nodira Rahimova"), location_id=place, service_id=service, day=day,
                          hhmm=hhmm, phone="+998 90 000 00 0" + str(n), language="ru")
                for n, (key, (place, service, day, hhmm)) in enumerate(wanted.items())}
        lists: dict[tuple[str, date], list[Any]] = {}
        for key, booking in made.items():
            listed = as_listed(booking)
            if key == "cancelled":
                from dataclasses import replace

                listed = replace(listed, status="cancelled")
            lists.setdefault((booking.location_id, booking.start.date()), []).append(listed)
        for (place, day), listed_bookings in lists.items():
            publish(store, listed_bookings, location_id=place, day=day)
        return made

    return Day(on_db(driver, job))


def token(driver: KioskDriver, booking: Booking, folder: Path, key: DeviceKey | None = None) -> str:
    """The booking's receipt printed (as a PDF) and its QR code read back: what a scanner types."""
    return str(on_db(driver, lambda store: scanned_token(store, booking, folder, key or booking_kiosk_key())))


def staff_kiosk(kiosk, tmp_path: Path, *, clock: SteppingClock | None = None, language: str = "en",  # type: ignore[no-untyped-def]
                **environ: str) -> KioskDriver:
    """A kiosk in English with the staff accounts provisioned and the cache open."""
    settings = make_settings(tmp_path, KIOSK_PRINTER_SERVER=environ.pop("KIOSK_PRINTER_SERVER", "127.0.0.1:9"),
                             **environ)
    driver: KioskDriver = kiosk(settings=settings, clock=clock or SteppingClock(), language=language, second_ms=50,
                                size=(1366, 768))
    driver.qtbot.waitUntil(lambda: driver.app.store is not None and driver.app.device_key is not None,
                           timeout=30000)
    provision(driver)
    return driver


def sign_in(driver: KioskDriver, account: StaffAccount = OPERATOR, pin: str = PIN) -> None:
    """Through the staff corner: tap the name, enter the PIN; the desk shows."""
    for _ in range(5):
        driver.tap("staffCorner")
    driver.wait_for_screen("staffSignIn")
    driver.tap(f"signInName_{account.staff_id}")
    driver.wait_for_screen("staffPin")
    driver.enter_pin(pin)
    driver.qtbot.waitUntil(lambda: driver.screen == "staffDesk", timeout=15000)


def row_state(driver: KioskDriver, reference: str) -> str:
    return str(next(row["state"] for row in driver.app.staff_desk.rows.rows() if row["reference"] == reference))
