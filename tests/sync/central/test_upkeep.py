"""The centre keeps the latest release current by itself: before it expires, and when a kiosk enrolls."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from kiosk.release.records import fleet_key_key
from sync.central.database import make_engine
from sync.central.filestore import FileStore
from sync.central.publishing import Publisher
from sync.central.settings import Settings
from sync.central.upkeep import REFRESH_BEFORE, refresh, why_refresh
from sync.protocol.times import parse_time
from tests.sync.central.central_server import Central, enroll_kiosk, put_keys, running_central
from tests.sync.central.test_releases import publish


def publisher_of(central: Central) -> Publisher:
    settings = Settings(database=central.database, files_dir=central.files_dir, clock=central.clock)
    return Publisher(make_engine(central.database), FileStore(central.files_dir), settings)


def test_nothing_is_published_before_the_first_release(central: Central) -> None:
    put_keys(central)
    enroll_kiosk(central)
    assert why_refresh(publisher_of(central), central.clock()) is None
    assert refresh(publisher_of(central), central.clock()) is None


def test_a_newly_enrolled_kiosks_key_goes_out_in_a_release_of_its_own(central: Central, content_tree: Path) -> None:
    put_keys(central)
    assert publish(central, content_tree).status_code == 201
    assert why_refresh(publisher_of(central), central.clock()) is None

    kiosk = enroll_kiosk(central)
    assert why_refresh(publisher_of(central), central.clock()) == "the fleet's receipt keys changed"
    published = refresh(publisher_of(central), central.clock())
    assert published is not None and published.release == 2
    changes = published.changes
    assert changes["fleet_keys"].added == [fleet_key_key(kiosk.kiosk_id)]
    assert all(changes[name].empty for name in ("content", "registry", "booking"))
    assert refresh(publisher_of(central), central.clock()) is None


def test_a_release_near_its_expiry_is_signed_again_with_a_new_one(central: Central, content_tree: Path) -> None:
    put_keys(central)
    assert publish(central, content_tree).status_code == 201
    lifetime = Settings(database="", files_dir=Path()).manifest_lifetime
    central.clock.advance(lifetime - REFRESH_BEFORE - timedelta(minutes=1))
    assert why_refresh(publisher_of(central), central.clock()) is None

    central.clock.advance(timedelta(minutes=2))
    assert (why_refresh(publisher_of(central), central.clock()) or "").startswith("release 1 expires at ")
    published = refresh(publisher_of(central), central.clock())
    assert published is not None and published.release == 2
    assert parse_time(published.manifest["signed"]["expires"]) == central.clock() + lifetime
    assert all(change.empty for change in published.changes.values())


def test_the_running_service_does_it_on_its_own_timer(tmp_path: Path, content_tree: Path) -> None:
    (tmp_path / "centre").mkdir()
    with running_central(tmp_path / "centre", upkeep_interval_s=0.1) as central:
        put_keys(central)
        assert publish(central, content_tree).status_code == 201
        enroll_kiosk(central)
        deadline = time.monotonic() + 60  # a wait for the event, not a limit on how fast it comes
        while publisher_of(central).latest_number() == 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert publisher_of(central).latest_number() == 2
