"""Fixtures for staff mode: a store with the booking tests' catalogue, a desk, a clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.staff.session import Desk
from kiosk.store import Store
from tests.kiosk.booking.fixtures import open_with_catalogue
from tests.kiosk.staff.fixtures import StaffClock, make_desk


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_with_catalogue(tmp_path / "cache")
    yield opened
    opened.close()


@pytest.fixture
def clock() -> StaffClock:
    return StaffClock()


@pytest.fixture
def desk(store: Store, clock: StaffClock) -> Desk:
    return make_desk(store, clock)
