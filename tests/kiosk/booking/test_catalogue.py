"""The catalogue in the local cache: replaced whole, read back as authored, seeded on first start."""

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk import bootstrap, config
from kiosk.booking import catalogue as stored
from kiosk.booking.authoring import read_catalogue
from kiosk.booking.catalogue import Catalogue, has_catalogue, replace_catalogue, stored_catalogue
from kiosk.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.store import open_store
from tests.kiosk.booking.fixtures import CONSULT, OFFICE, make_catalogue, open_with_catalogue


def test_the_stored_catalogue_reads_back_exactly_as_it_was_given(tmp_path: Path) -> None:
    catalogue = read_catalogue(BUNDLED_CONTENT_DIR / "booking")
    store = open_store(DataPaths(tmp_path))
    replace_catalogue(store, catalogue)
    assert stored_catalogue(store.db) == catalogue


def test_services_and_locations_come_in_the_authored_order(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    assert [service.id for service in stored.services(store)] == ["consult", "submit"]
    assert [location.id for location in stored.locations(store)] == ["office-a", "mobile-b"]
    assert stored.service(store, "consult") == CONSULT
    assert stored.location(store, "office-a") == OFFICE
    assert stored.service(store, "consult").documents_in("ky") == ("Passport [ky]", "Receipt [ky]")
    with pytest.raises(KeyError):
        stored.service(store, "haircut")
    with pytest.raises(KeyError):
        stored.location(store, "moon-base")


def test_replacing_the_catalogue_is_all_or_nothing(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    before = stored_catalogue(store.db)
    broken = Catalogue(locations=(OFFICE, OFFICE), services=(), schedules=(), closures=())
    with pytest.raises(sqlite3.IntegrityError):
        replace_catalogue(store, broken)
    assert stored_catalogue(store.db) == before


def test_each_replacement_gets_a_new_stamp_so_slots_are_made_again(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    first = stored.catalogue_stamp(store.db)
    replace_catalogue(store, replace(make_catalogue(), closures=()))
    assert stored.catalogue_stamp(store.db) not in ("", first)


def settings(tmp_path: Path) -> config.Config:
    return config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path / "config")}, data_dir=tmp_path / "data")


def test_first_start_seeds_the_bundled_catalogue(tmp_path: Path) -> None:
    store = bootstrap.open_local_cache(settings(tmp_path))
    assert stored_catalogue(store.db) == read_catalogue(BUNDLED_CONTENT_DIR / "booking")
    assert store.get_meta(stored.META_SOURCE) == f"bundled:{BUNDLED_CONTENT_DIR / 'booking'}"
    store.close()


def test_a_cache_seeded_before_booking_existed_gets_the_catalogue_on_the_next_start(tmp_path: Path) -> None:
    store = bootstrap.open_local_cache(settings(tmp_path))
    with store.transaction() as db:  # as a kiosk from before this version left it
        for table in ("booking_schedules", "booking_closures", "booking_locations", "booking_services"):
            db.execute(f"DELETE FROM {table}")
    assert not has_catalogue(store)
    store.close()
    store = bootstrap.open_local_cache(settings(tmp_path))
    assert has_catalogue(store)
    assert len(stored.services(store)) == 4
    store.close()
