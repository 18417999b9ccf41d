"""A kiosk cache with people's data in it, made once per session and copied into each test.

It is seeded from the bundled content the way a kiosk's first start does, then
holds bookings (one of them moved, one cancelled) and agency reports, so every
kind of outbox item is waiting to be sent.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.bootstrap import open_local_cache
from tests.kiosk.store.faults import Ledger, authority, settings

Place = Callable[[Path], Ledger]


@pytest.fixture(scope="session")
def kiosk_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ledger]:
    folder = tmp_path_factory.mktemp("template")
    store = open_local_cache(settings(folder))
    kiosk = authority(store)
    ledger = Ledger()
    for number in range(12):
        ledger.book(kiosk, number)
    moved = next(iter(ledger.bookings.values()))
    later = [s for s in kiosk.slots(moved.service_id, moved.location_id, moved.start.date()) if s.free][-1]
    ledger.bookings[moved.reference] = kiosk.reschedule(moved.reference, moved.name, later.id)
    cancelled = list(ledger.bookings.values())[1]
    kiosk.cancel(cancelled.reference, cancelled.name)
    del ledger.bookings[cancelled.reference]  # cancelled: kept as cancelled, no longer a held seat
    for number in range(4):
        ledger.report(store, number)
    ledger.note_outbox(store)
    store.close()
    assert not (folder / "kiosk.db-wal").exists(), "a closed cache is one file"
    return folder / "kiosk.db", ledger


@pytest.fixture
def place_kiosk(kiosk_template: tuple[Path, Ledger]) -> Place:
    """Copy the template cache into a data folder; return the ledger of what it holds."""
    database, ledger = kiosk_template

    def place(data_dir: Path) -> Ledger:
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, data_dir / "kiosk.db")
        return copy.deepcopy(ledger)

    return place
