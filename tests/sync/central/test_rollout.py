"""Canary releases: the canary group is offered a release first, the rest of the fleet once it is promoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.release.model import CONTENT
from sync.central import rollout
from sync.central.database import make_engine
from sync.central.errors import ApiError
from sync.central.filestore import FileStore
from sync.central.publishing import Publisher
from sync.central.settings import Settings
from tests.sync.central.central_server import Central, Kiosk, enroll_kiosk, put_keys, tree_archive

GZIP = {"Content-Type": "application/gzip"}


def offered(central: Central, kiosk: Kiosk) -> int:
    answer = central.call("GET", "/v1/releases/latest", kiosk.token)
    assert answer.status_code == 200, answer.text
    number: int = answer.json()["manifest"]["signed"]["release"]
    return number


def publisher(central: Central) -> Publisher:
    return Publisher(make_engine(central.database), FileStore(central.files_dir),
                     Settings(database=central.database, files_dir=central.files_dir, clock=central.clock))


def publish_to(central: Central, audience: str | None, title: str) -> int:
    """Publish the latest content again with one article's title changed, to ``audience``."""
    work = publisher(central)
    records = [dict(record) for record in work.latest_records(CONTENT) or []]
    article = next(record for record in records if record["key"].startswith("article:"))
    article["title"] = title
    return work.publish({CONTENT: records}, "test", audience).release


@pytest.fixture
def fleet(central: Central, content_tree: Path) -> tuple[Kiosk, Kiosk]:
    put_keys(central)
    first = central.call("POST", "/v1/admin/releases", central.owner_token, data=tree_archive(content_tree),
                         headers=GZIP)
    assert first.status_code == 201 and first.json()["release"] == 1
    canary, other = enroll_kiosk(central), enroll_kiosk(central)
    rollout.set_group(make_engine(central.database), canary.kiosk_id, True, "Tashkent airport (fictional)")
    return canary, other


def test_a_canary_release_is_offered_to_the_canary_group_only_until_promoted(
        central: Central, fleet: tuple[Kiosk, Kiosk]) -> None:
    canary, other = fleet
    number = publish_to(central, rollout.CANARY, "A corrected title")
    assert (offered(central, canary), offered(central, other)) == (number, 1)
    rollout.promote(make_engine(central.database), number)
    assert (offered(central, canary), offered(central, other)) == (number, number)


def test_the_rest_of_the_fleet_gets_a_new_etag_only_when_promoted(central: Central, fleet: tuple[Kiosk, Kiosk]) -> None:
    _canary, other = fleet
    before = central.call("GET", "/v1/releases/latest", other.token).headers["ETag"]
    number = publish_to(central, rollout.CANARY, "A corrected title")
    same = central.call("GET", "/v1/releases/latest", other.token, headers={"If-None-Match": before})
    assert same.status_code == 304
    rollout.promote(make_engine(central.database), number)
    assert central.call("GET", "/v1/releases/latest", other.token, headers={"If-None-Match": before}).status_code == 200


def test_publishing_again_keeps_the_audience_of_the_latest_release(central: Central,
                                                                   fleet: tuple[Kiosk, Kiosk]) -> None:
    canary, other = fleet
    publish_to(central, rollout.CANARY, "First try")
    again = publisher(central).publish({}, "centre:upkeep")  # what the upkeep loop does near expiry
    assert (offered(central, canary), offered(central, other)) == (again.release, 1)


def test_a_release_to_all_carries_a_pending_canary_and_ends_it(central: Central, fleet: tuple[Kiosk, Kiosk]) -> None:
    canary, other = fleet
    publish_to(central, rollout.CANARY, "Canary title")
    number = publish_to(central, rollout.ALL, "Everyone's title")
    assert offered(central, canary) == offered(central, other) == number
    with make_engine(central.database).connect() as connection:
        assert rollout.pending_canary(connection) is None


def test_promoting_twice_or_an_unknown_release_is_refused(central: Central, fleet: tuple[Kiosk, Kiosk]) -> None:
    number = publish_to(central, rollout.CANARY, "A corrected title")
    engine = make_engine(central.database)
    rollout.promote(engine, number)
    with pytest.raises(ApiError) as twice:
        rollout.promote(engine, number)
    assert twice.value.status == 409
    with pytest.raises(ApiError) as unknown:
        rollout.promote(engine, 99)
    assert unknown.value.status == 404


def test_keys_are_not_rotated_while_a_canary_is_pending(central: Central, fleet: tuple[Kiosk, Kiosk]) -> None:
    publish_to(central, rollout.CANARY, "A corrected title")
    with pytest.raises(AssertionError, match="canary_pending"):
        put_keys(central, version=2)


def test_takes_say_which_kiosk_runs_what_it_is_offered(central: Central, fleet: tuple[Kiosk, Kiosk]) -> None:
    canary, other = fleet
    number = publish_to(central, rollout.CANARY, "A corrected title")
    heartbeat = {"release": number, "clock": "2026-12-04T09:00:00Z", "interval_s": 300}
    assert central.call("POST", "/v1/heartbeat", canary.token, json=heartbeat).status_code == 200
    takes = {take.kiosk_id: take for take in rollout.takes(make_engine(central.database), central.clock())}
    assert takes[canary.kiosk_id].taken and takes[canary.kiosk_id].place == "Tashkent airport (fictional)"
    assert takes[other.kiosk_id].offered == 1 and not takes[other.kiosk_id].taken
    assert takes[other.kiosk_id].state == "never_seen"
    assert [take.kiosk_id for take in takes.values() if take.canary] == [canary.kiosk_id]
