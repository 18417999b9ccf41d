"""Bookings outlive what a release deletes; a cache that cannot be written keeps its release."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.booking.local import booking_by_reference
from kiosk.booking.model import BookingRequest
from kiosk.content.search import search_articles
from kiosk.paths import DataPaths
from kiosk.release import DatasetDelta, DatasetSnapshot, Release, apply_release, installed_release
from kiosk.release.records import booking_records
from kiosk.store import StoreUnavailable, open_store
from tests.kiosk.booking.fixtures import MONDAY, authority, make_catalogue
from tests.kiosk.release.builders import content_records, when
from tests.kiosk.store.faults import read_only_view


def test_a_booking_outlives_the_location_and_service_a_release_deletes(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path / "data"))
    apply_release(store, Release(1, when(1), {"booking": DatasetSnapshot(booking_records(make_catalogue()))}))
    kiosk = authority(store)
    slot = next(s for s in kiosk.slots("consult", "office-a", MONDAY) if s.free)
    booked = kiosk.book(BookingRequest(slot.id, "Aziza Karimova"))

    apply_release(store, Release(2, when(2), {"booking": DatasetDelta(1, delete=[
        "location:office-a", "service:consult", "schedule:0", "schedule:1", "schedule:2"])}))

    assert [loc.id for loc in kiosk.locations_for("submit")] == []
    assert store.db.execute("SELECT count(*) FROM booking_services WHERE id = 'consult'").fetchone()[0] == 0
    kept = booking_by_reference(store, booked.reference)
    assert kept is not None and kept.status == "booked" and kept.slot_id == slot.id
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    cancelled = kiosk.cancel(booked.reference, "Aziza Karimova")
    assert cancelled.status == "cancelled"
    store.close()


def test_a_cache_that_cannot_be_written_keeps_serving_its_release(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = open_store(DataPaths(data))
    apply_release(store, Release(1, when(1), {"content": DatasetSnapshot(content_records())}))
    store.close()
    with read_only_view(data, tmp_path / "read-only") as view:
        store = open_store(DataPaths(view))
        try:
            assert not store.writable
            with pytest.raises(StoreUnavailable):
                apply_release(store, Release(2, when(2), {"content": DatasetSnapshot(content_records("payslip"))}))
            assert installed_release(store) == 1
            assert [hit.article_id for hit in search_articles(store, "contract wages", "en")][:1] == ["wages"]
        finally:
            store.close()
