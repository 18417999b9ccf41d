"""Migration 12 brings staff mode's tables to a cache that already holds bookings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.booking.model import BookingRequest
from kiosk.paths import DataPaths
from kiosk.store import migrations, open_store
from kiosk.store.health import expected_tables, inspect
from tests.kiosk.booking.fixtures import MONDAY, authority, open_with_catalogue, slot_id

STAFF_TABLES = {"staff_accounts", "staff_lockouts", "staff_day_bookings", "staff_wanted_days", "staff_visits",
                "staff_audit"}


def test_a_version_11_cache_with_bookings_gains_the_staff_tables(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr("kiosk.store.database.MIGRATIONS", migrations.MIGRATIONS[:11])
        patch.setattr("kiosk.store.database.LATEST_VERSION", 11)
        store = open_with_catalogue(tmp_path)
        booking = authority(store).book(BookingRequest(slot_id("office-a", "consult", MONDAY, "09:30"), "Aziza"))
        assert store.schema_version == 11
        store.close()

    store = open_store(DataPaths(tmp_path))
    assert store.schema_version == migrations.LATEST_VERSION >= 12
    tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert STAFF_TABLES <= tables
    assert store.db.execute("SELECT reference FROM bookings").fetchall() == [(booking.reference,)]
    triggers = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"staff_audit_no_update", "staff_audit_no_delete"} <= triggers
    store.close()
    assert inspect(DataPaths(tmp_path).database).state == "healthy"


def test_the_health_check_expects_the_staff_tables(tmp_path: Path) -> None:
    assert STAFF_TABLES <= expected_tables(12)
    assert not STAFF_TABLES & expected_tables(11)
    open_store(DataPaths(tmp_path)).close()
    connection = sqlite3.connect(DataPaths(tmp_path).database)
    connection.execute("DROP TABLE staff_visits")
    connection.commit()
    connection.close()
    found = inspect(DataPaths(tmp_path).database)
    assert found.state == "damaged" and "staff_visits" in found.damage
