"""The booking screens while the centre does not answer: they say so, and say why a booking was refused.

The controller is given a stand-in authority (``BookingController.stage_authority``):
one place, one day, two times, and the refusals an offline ``RemoteAuthority``
gives (kiosk/booking/remote.py). ``selling_offline`` is what it says it is.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kiosk.booking.errors import NoSeatHere, NotHeldHere
from kiosk.booking.model import Booking, BookingRequest, DayAvailability, Location, LocationChoice, Slot
from tests.ui.fixtures import pinned_moment
from tests.ui.kiosk_driver import KioskDriver

CALENDAR_LINE = "Offline: you see only the places this kiosk can book by itself. More may be free at the office."
MANAGE_LINE = "Offline: only bookings made at this kiosk can be found here."
FULL_OFFLINE = "This kiosk cannot book this time while offline. Choose another time, or book at the office."
NOT_FOUND_OFFLINE = "Offline, this kiosk can find only bookings made here. Try again later or ask at the office."

PLACE = Location("standin-office", "office", {"en": "Stand-in office"}, {"en": "1 Sample Street"},
                 {"en": "Sample Town"}, fictional=True)


class StandInAuthority:
    """What the booking screens ask, answered from one place and one day; booking and finding refused."""

    window_days = 30

    def __init__(self, *, offline: bool, goes_offline_on_booking: bool = False) -> None:
        self.selling_offline = offline
        self._goes_offline = goes_offline_on_booking
        self.day = pinned_moment().date() + timedelta(days=1)

    def _slots(self, service_id: str) -> list[Slot]:
        start = datetime.combine(self.day, datetime.min.time()).replace(hour=10)
        return [Slot(f"standin-{n}", PLACE.id, service_id, start + timedelta(minutes=30 * n),
                     start + timedelta(minutes=30 * (n + 1)), 2, 2 * n) for n in range(2)]

    def locations_for(self, service_id: str) -> list[LocationChoice]:
        return [LocationChoice(PLACE, (self.day,), self.day)]

    def available_days(self, service_id: str, location_id: str, start_day: date, days: int) -> list[DayAvailability]:
        return [DayAvailability(start_day + timedelta(days=n), 2, 1) if start_day + timedelta(days=n) == self.day
                else DayAvailability(start_day + timedelta(days=n), 0, 0) for n in range(days)]

    def slots(self, service_id: str, location_id: str, day: date) -> list[Slot]:
        return self._slots(service_id) if day == self.day else []

    def slot(self, slot_id: str) -> Slot:
        raise NotImplementedError

    def book(self, request: BookingRequest) -> Booking:
        if self._goes_offline:  # as RemoteAuthority does when the centre stops answering halfway
            self.selling_offline = True
        raise NoSeatHere("offline, and this kiosk holds no seat of the slot")

    def find(self, reference_text: str, name_or_last4: str) -> Booking:
        raise NotHeldHere("offline, only this kiosk's bookings can be found here")

    def cancel(self, reference_text: str, name_or_last4: str) -> Booking:
        raise NotHeldHere("offline, only this kiosk's bookings can be found here")

    def reschedule(self, reference_text: str, name_or_last4: str, new_slot_id: str) -> Booking:
        raise NotHeldHere("offline, only this kiosk's bookings can be found here")


def start(kiosk, qtbot, authority: StandInAuthority) -> KioskDriver:  # type: ignore[no-untyped-def]
    driver: KioskDriver = kiosk(language="en")
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)
    driver.app.booking.stage_authority(lambda own: authority)
    driver.tap("start_en")
    driver.wait_for_screen("home")
    driver.tap("tile_booking")
    driver.wait_for_screen("booking")
    qtbot.waitUntil(lambda: driver.app.booking.services.rowCount() > 0, timeout=10000)
    return driver


def to_calendar(driver: KioskDriver, qtbot) -> None:  # type: ignore[no-untyped-def]
    booking = driver.app.booking
    driver.tap(f"service_{booking.services.rows()[0]['serviceId']}")
    driver.wait_for_screen("booking_locations")
    qtbot.waitUntil(lambda: booking.locations.rowCount() > 0, timeout=10000)
    driver.tap(f"location_{PLACE.id}")
    driver.wait_for_screen("booking_calendar")
    qtbot.waitUntil(lambda: len(booking.freeDays) > 0, timeout=10000)


def spoken(driver: KioskDriver) -> str:
    return str(driver.window.property("currentScreen").property("readAloudText"))


def test_offline_the_calendar_and_times_say_only_this_kiosks_places_are_shown(kiosk, qtbot) -> None:
    authority = StandInAuthority(offline=True)
    driver = start(kiosk, qtbot, authority)
    booking = driver.app.booking
    assert booking.sellingOffline
    to_calendar(driver, qtbot)
    qtbot.waitUntil(lambda: driver.visible("calendarOffline"), timeout=5000)
    assert CALENDAR_LINE in driver.texts()
    assert CALENDAR_LINE in spoken(driver)
    # Plain words at body size, not small print.
    (text,) = [item for item in driver.all_items(driver.find("calendarOffline"))
               if item.objectName() == "bookingOfflineText"]
    assert text.property("font").pixelSize() >= 30
    driver.tap(f"day_{authority.day.isoformat()}")
    driver.wait_for_screen("booking_times")
    qtbot.waitUntil(lambda: booking.times.rowCount() > 0, timeout=10000)
    assert driver.visible("timesOffline")
    assert CALENDAR_LINE in spoken(driver)
    # A time with none of this kiosk's places may have places at the office: never "full" offline.
    assert driver.find("time_1030").property("detail") == "ask at the office"
    assert not driver.find("time_1030").property("enabled")


def test_a_seat_this_kiosk_cannot_sell_offline_reads_full_offline(kiosk, qtbot) -> None:
    authority = StandInAuthority(offline=False, goes_offline_on_booking=True)
    driver = start(kiosk, qtbot, authority)
    booking = driver.app.booking
    to_calendar(driver, qtbot)
    assert not booking.sellingOffline
    assert not driver.visible("calendarOffline")
    assert CALENDAR_LINE not in spoken(driver)
    driver.tap(f"day_{authority.day.isoformat()}")
    driver.wait_for_screen("booking_times")
    qtbot.waitUntil(lambda: booking.times.rowCount() > 0, timeout=10000)
    assert not driver.visible("timesOffline")
    assert driver.find("time_1030").property("detail") == "full"
    driver.tap("time_1000")
    driver.wait_for_screen("booking_details")
    driver.find("bookingNameField").setProperty("text", "Aziza Karimova")
    driver.tap("bookingDetailsNext")
    driver.wait_for_screen("booking_review")
    driver.tap("bookingConfirm")
    qtbot.waitUntil(lambda: booking.error == "full_offline", timeout=10000)
    # The refusal brought the authority's new state with it: the screens now say it is offline.
    assert booking.sellingOffline
    assert booking.state == ""
    assert driver.find("bookingProblem").property("text") == FULL_OFFLINE
    assert FULL_OFFLINE in spoken(driver)
    assert driver.visible("bookingAnotherTime")


def test_offline_manage_says_only_bookings_made_here_and_reads_not_found_offline(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot, StandInAuthority(offline=True))
    booking = driver.app.booking
    driver.tap("bookingManageButton")
    driver.wait_for_screen("booking_manage")
    assert driver.visible("manageOffline")
    assert MANAGE_LINE in driver.texts()
    assert MANAGE_LINE in spoken(driver)
    driver.find("manageReferenceField").setProperty("text", "ABCD-EFGH")
    driver.find("manageWhoField").setProperty("text", "2468")
    driver.tap("manageFind")
    qtbot.waitUntil(lambda: booking.error == "not_found_offline", timeout=10000)
    assert driver.find("manageProblem").property("text") == NOT_FOUND_OFFLINE
    assert NOT_FOUND_OFFLINE in spoken(driver)


def test_online_manage_shows_no_offline_line(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot, StandInAuthority(offline=False))
    driver.tap("bookingManageButton")
    driver.wait_for_screen("booking_manage")
    assert not driver.app.booking.sellingOffline
    assert not driver.visible("manageOffline")
    assert MANAGE_LINE not in spoken(driver)


def test_the_offline_words_are_translated(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot, StandInAuthority(offline=True))
    to_calendar(driver, qtbot)
    driver.app.session.setLanguage("ru")
    qtbot.waitUntil(lambda: "Нет связи" in spoken(driver), timeout=5000)
    assert CALENDAR_LINE not in driver.texts()


# -- which authority: the centre, for an enrolled kiosk ----------------------------------------------------


@pytest.fixture
def made_with(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What ``kiosk.booking.authority.authority_for`` was called with (it makes a stand-in)."""
    import kiosk.booking.authority as authority_module

    calls: dict[str, Any] = {}

    def authority_for(store: object, settings: object, **options: Any) -> StandInAuthority:
        calls.update(options)
        return StandInAuthority(offline=False)

    monkeypatch.setattr(authority_module, "authority_for", authority_for)
    return calls


def test_an_enrolled_kiosk_books_through_its_centre(kiosk, qtbot, made_with: dict[str, Any],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sync.agent.live as live

    centre = object()
    asked: list[Path] = []
    monkeypatch.setattr(live, "centre_for", lambda data_dir: asked.append(data_dir) or centre)
    driver: KioskDriver = kiosk(language="en")
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)
    store = driver.app.store
    driver.app.runner.call_in_lane("db", lambda: driver.app.booking._authority_for(store))
    assert made_with["centre"] is centre
    assert asked == [driver.app.settings.data_dir]


def test_a_kiosk_not_enrolled_is_its_own_authority(kiosk, qtbot, made_with: dict[str, Any]) -> None:
    driver: KioskDriver = kiosk(language="en")
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)
    store = driver.app.store
    driver.app.runner.call_in_lane("db", lambda: driver.app.booking._authority_for(store))
    assert made_with["centre"] is None  # sync.agent.live.centre_for: no enrollment in this data directory


def test_settings_without_a_data_directory_mean_no_centre(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    booking = driver.app.booking
    booking._settings = SimpleNamespace(booking_window_days=30)
    assert booking._centre() is None
