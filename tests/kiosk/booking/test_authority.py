"""authority_for: the one place that chooses who sells this kiosk's seats, from its settings."""

from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk import config
from kiosk.booking import BookingRequest, UnknownSlot, authority_for
from kiosk.store import Store
from tests.kiosk.booking.fixtures import MONDAY, Clock, open_with_catalogue, slot_id


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_with_catalogue(tmp_path / "data")


def settings(tmp_path: Path, **environ: str) -> config.Config:
    return config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path), **environ})


def test_the_authority_books_on_the_kiosks_clock_for_the_kiosk_that_made_it(tmp_path: Path, store: Store) -> None:
    clock = Clock(datetime(2027, 1, 11, 9, 10))
    authority = authority_for(store, settings(tmp_path), now=clock, kiosk_id="kfactory")

    booking = authority.book(BookingRequest(slot_id("office-a", "consult", MONDAY, "09:30"), "Bobur Aliyev"))

    assert booking.kiosk_id == "kfactory"
    assert booking.created_at == clock.now
    first_open = next(iter(authority.slots("consult", "office-a", MONDAY)))
    assert first_open.start == datetime(2027, 1, 11, 9, 30)  # 09:00 has started by the kiosk's clock


def test_the_authority_sells_only_within_the_configured_booking_window(tmp_path: Path, store: Store) -> None:
    authority = authority_for(store, settings(tmp_path, KIOSK_BOOKING_WINDOW_DAYS="7"), now=Clock(),
                              kiosk_id="kfactory")

    assert authority.window_days == 7
    last = authority.book(BookingRequest(slot_id("office-a", "consult", date(2027, 1, 18), "10:30"), "Bobur"))
    assert last.start == datetime(2027, 1, 18, 10, 30)
    with pytest.raises(UnknownSlot):  # beyond the window nothing is offered
        authority.book(BookingRequest(slot_id("office-a", "consult", date(2027, 1, 19), "09:00"), "Dilnoza"))
