"""Applying releases: snapshots, deltas, refusals, and what they leave in the cache."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from kiosk.agencies.lookup import lookup
from kiosk.agencies.registry import get_agency, registry_as_of
from kiosk.content.articles import get_article
from kiosk.content.search import search_articles
from kiosk.paths import DataPaths
from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.keyring import known_keys, remember_key
from kiosk.release import (
    DatasetDelta,
    DatasetSnapshot,
    DeltaDoesNotApply,
    Release,
    ReleaseInvalid,
    ReleaseRollback,
    apply_release,
    dataset_release,
    installed_release,
    trusted_time,
)
from kiosk.release.records import fleet_key_record
from kiosk.store import Store, open_store
from tests.kiosk.release.builders import (
    content_records,
    expected_registry,
    registry_at,
    registry_release,
    sample_agencies,
    stored_registry,
    when,
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(DataPaths(tmp_path / "data"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def agencies(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    return sample_agencies(300, 11, tmp_path_factory.mktemp("registry"))


def test_a_snapshot_fills_every_dataset_and_records_the_release(store: Store, agencies: list) -> None:
    key = DeviceKey.generate()
    public = base64.b64encode(key.public_key.public_bytes_raw()).decode()
    release = Release(1, when(1), {
        "content": DatasetSnapshot(content_records()),
        "registry": DatasetSnapshot(registry_at(agencies, 1)),
        "fleet_keys": DatasetSnapshot([fleet_key_record(key.kiosk_id, public)]),
    })
    summary = apply_release(store, release)

    assert summary.previous is None and summary.number == 1
    assert installed_release(store) == 1
    assert dataset_release(store, "content") == dataset_release(store, "registry") == 1
    assert dataset_release(store, "booking") is None
    assert trusted_time(store) == when(1)
    article = get_article(store, "wages", "ru")
    assert article is not None and article.body == "About the contract of wages."
    assert [hit.article_id for hit in search_articles(store, "contract wages", "en")][:1] == ["wages"]  # both words
    assert stored_registry(store.db.conn) == {**expected_registry(agencies, 1), "search_rows_match_names": True}
    first = agencies[1]
    assert lookup(store, first["names"][0]["name"])[0].agency_id == first["id"]
    assert str(registry_as_of(store)) == "2027-01-01"
    assert key.kiosk_id in known_keys(store)


def test_a_second_snapshot_replaces_the_dataset_whole(store: Store, agencies: list) -> None:
    apply_release(store, Release(1, when(1), {"content": DatasetSnapshot(content_records()),
                                              "registry": DatasetSnapshot(registry_at(agencies, 1))}))
    fewer = [r for r in content_records("payslip") if not str(r["key"]).startswith("article:sending-money")]
    apply_release(store, Release(2, when(2), {"content": DatasetSnapshot(fewer),
                                              "registry": DatasetSnapshot(registry_at(agencies, 2))}))

    assert get_article(store, "sending-money", "en") is None
    assert search_articles(store, "sending", "en") == []
    assert {hit.article_id for hit in search_articles(store, "payslip", "en")} == {"wages", "work-contract"}
    assert stored_registry(store.db.conn)["agencies"] == expected_registry(agencies, 2)["agencies"]


def test_a_delta_upserts_and_deletes_records_and_keeps_the_indexes_exact(store: Store, agencies: list) -> None:
    apply_release(store, registry_release(agencies, 1))
    apply_release(store, registry_release(agencies, 2))
    third = registry_release(agencies, 3)
    change = third.datasets["registry"]
    assert isinstance(change, DatasetDelta) and change.upsert and change.delete

    summary = apply_release(store, third)

    assert summary.changes[0].kind == "delta"
    assert stored_registry(store.db.conn) == {**expected_registry(agencies, 3), "search_rows_match_names": True}
    deleted = change.delete[0].partition(":")[2]
    assert get_agency(store, deleted) is None
    assert all(match.agency_id != deleted for match in lookup(store, _name_of(agencies, deleted)))


def _name_of(agencies: list, agency_id: str) -> str:
    return next(r["names"][0]["name"] for r in agencies if r["id"] == agency_id)


def test_a_content_delta_changes_one_article_and_removes_another(store: Store) -> None:
    apply_release(store, Release(1, when(1), {"content": DatasetSnapshot(content_records())}))
    changed = next(r for r in content_records() if r["key"] == "article:wages:en")
    changed = {**changed, "body": "Overtime is paid double."}
    apply_release(store, Release(2, when(2), {"content": DatasetDelta(1, upsert=[changed],
                                                                      delete=["article:sending-money:ru"])}))

    assert [hit.article_id for hit in search_articles(store, "overtime", "en")] == ["wages"]
    assert "wages" not in [hit.article_id for hit in search_articles(store, "contract", "en")]  # old body gone
    assert get_article(store, "sending-money", "ru") is None
    assert get_article(store, "sending-money", "en") is not None


def test_a_release_not_above_the_installed_one_is_refused(store: Store, agencies: list) -> None:
    apply_release(store, Release(0, when(0), {"content": DatasetSnapshot(content_records())}))
    with pytest.raises(ReleaseRollback):
        apply_release(store, Release(0, when(0), {"content": DatasetSnapshot(content_records("payslip"))}))
    apply_release(store, Release(5, when(5), {"content": DatasetSnapshot(content_records())}))
    for number in (5, 4):
        with pytest.raises(ReleaseRollback):
            apply_release(store, Release(number, when(9), {"content": DatasetSnapshot(content_records("payslip"))}))
    assert installed_release(store) == 5
    assert search_articles(store, "payslip", "en") == []


def test_a_delta_from_another_release_is_refused_and_changes_nothing(store: Store, agencies: list) -> None:
    apply_release(store, registry_release(agencies, 1))
    apply_release(store, registry_release(agencies, 2))
    before = stored_registry(store.db.conn)
    from_one = Release(3, when(3), {"registry": DatasetDelta(1, upsert=registry_at(agencies, 3))})
    with pytest.raises(DeltaDoesNotApply) as refused:
        apply_release(store, from_one)
    assert refused.value.installed == 2
    with pytest.raises(DeltaDoesNotApply):  # a dataset this kiosk has never had
        apply_release(store, Release(3, when(3), {"content": DatasetDelta(2, upsert=content_records())}))
    assert stored_registry(store.db.conn) == before
    assert installed_release(store) == 2


def test_the_last_trusted_time_only_moves_forward(store: Store) -> None:
    apply_release(store, Release(1, when(10), {"content": DatasetSnapshot(content_records())}))
    apply_release(store, Release(2, when(3), {"content": DatasetSnapshot(content_records())}))
    assert trusted_time(store) == when(10)
    apply_release(store, Release(3, when(12), {"content": DatasetSnapshot(content_records())}))
    assert trusted_time(store) == when(12)


def test_a_malformed_record_is_refused_before_anything_changes(store: Store) -> None:
    apply_release(store, Release(1, when(1), {"content": DatasetSnapshot(content_records())}))
    broken = [*content_records("payslip"), {"key": "article:x:en", "id": "x", "language": "en"}]
    with pytest.raises(ReleaseInvalid, match="article:x:en"):
        apply_release(store, Release(2, when(2), {"content": DatasetSnapshot(broken)}))
    orphan = {**content_records()[2], "key": "article:lost:en", "id": "lost", "topic": "visas"}
    with pytest.raises(ReleaseInvalid, match="visas"):
        apply_release(store, Release(2, when(2), {"content": DatasetDelta(1, upsert=[orphan])}))
    with pytest.raises(ReleaseInvalid, match="articles remain"):
        apply_release(store, Release(2, when(2), {"content": DatasetDelta(1, delete=["topic:money"])}))
    assert installed_release(store) == 1
    assert search_articles(store, "payslip", "en") == []


def test_fleet_keys_reach_the_keyring_and_hand_added_keys_stay(store: Store) -> None:
    fleet = [DeviceKey.generate() for _ in range(3)]
    by_hand = DeviceKey.generate()
    remember_key(store, by_hand.public_key, "staff")

    def record(key: DeviceKey) -> dict[str, object]:
        return fleet_key_record(key.kiosk_id, base64.b64encode(key.public_key.public_bytes_raw()).decode())

    apply_release(store, Release(1, when(1), {"fleet_keys": DatasetSnapshot([record(k) for k in fleet])}))
    assert set(known_keys(store)) == {k.kiosk_id for k in [*fleet, by_hand]}
    apply_release(store, Release(2, when(2), {"fleet_keys": DatasetSnapshot([record(fleet[0])])}))
    assert set(known_keys(store)) == {fleet[0].kiosk_id, by_hand.kiosk_id}
    apply_release(store, Release(3, when(3), {"fleet_keys": DatasetDelta(
        2, upsert=[record(fleet[2])], delete=[f"receipt-key:{fleet[0].kiosk_id}"])}))
    assert set(known_keys(store)) == {fleet[2].kiosk_id, by_hand.kiosk_id}

    impostor = {**record(fleet[1]), "key": f"receipt-key:{fleet[2].kiosk_id}", "kiosk_id": fleet[2].kiosk_id}
    with pytest.raises(ReleaseInvalid, match="not"):
        apply_release(store, Release(4, when(4), {"fleet_keys": DatasetSnapshot([impostor])}))
