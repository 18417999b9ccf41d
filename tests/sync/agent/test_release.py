"""A kiosk takes a new release only when every check passes; anything refused leaves the last good one serving."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.paths import DataPaths
from kiosk.receipts.keyring import known_keys
from kiosk.release import dataset_release, installed_release
from kiosk.store import open_store
from sync.agent.enrollment import enroll
from sync.agent.files import AgentPaths
from sync.agent.state import load_state
from tests.kiosk.store.faults import fill, small_tmpfs
from tests.sync.agent.conftest import Kiosk, MovableClock
from tests.sync.agent.releases import Publisher, fleet_keys
from tests.sync.agent.standin import StandInCentre
from tests.sync.faultproxy import Fault, FaultProxy, first


def publish(kiosk: Kiosk, number: int, records: list[dict[str, object]], **options: object) -> None:
    manifest = kiosk.publisher.release(number, {"fleet_keys": records}, **options)  # type: ignore[arg-type]
    kiosk.centre.publish(kiosk.publisher.keys_document(), manifest, kiosk.publisher.files)


def test_a_signed_release_is_applied_and_the_next_check_costs_a_304(kiosk: Kiosk) -> None:
    records = fleet_keys(20)
    publish(kiosk, 1, records)
    report = kiosk.agent().sync_once()
    assert report.ok, report.error
    assert (report.release_before, report.release_after, report.applied) == (None, 1, True)
    assert set(known_keys(kiosk.store)) >= {record["kiosk_id"] for record in records}
    assert list((kiosk.data / "sync" / "downloads").iterdir()) == []  # applied: the downloads are gone

    again = kiosk.agent().sync_once()
    assert again.ok and not again.applied
    assert kiosk.centre.received.release_requests[-1]["If-None-Match"] == kiosk.centre.etag
    assert len(kiosk.centre.received.file_answers) == 1  # nothing fetched the second time


def test_the_next_release_comes_as_a_delta_from_the_one_held(kiosk: Kiosk) -> None:
    records = fleet_keys(30)
    publish(kiosk, 1, records)
    assert kiosk.agent().sync_once().ok
    publish(kiosk, 2, [*records[1:], *fleet_keys(1)])
    report = kiosk.agent().sync_once()
    assert report.ok and report.release_after == 2
    delta = kiosk.publisher.files[kiosk.centre.received.file_answers[-1][0]]
    assert len(delta) < len(kiosk.publisher.files[kiosk.centre.received.file_answers[0][0]]) / 5
    assert dataset_release(kiosk.store, "fleet_keys") == 2
    assert records[0]["kiosk_id"] not in known_keys(kiosk.store)


def test_a_heartbeat_follows_each_round_with_the_kiosks_facts_and_the_clock_skew(kiosk: Kiosk) -> None:
    publish(kiosk, 1, fleet_keys(3))
    kiosk.centre.server_time = kiosk.clock() - timedelta(seconds=90)  # the kiosk runs 90 s fast
    report = kiosk.agent().sync_once()
    assert report.heartbeat_sent and report.clock_skew_s == 90
    (beat,) = kiosk.centre.received.heartbeats
    assert beat["release"] == 1 and beat["outbox_depth"] == 0 and beat["last_error"] is None
    assert set(beat) == {"release", "outbox_depth", "outbox_parked", "outbox_oldest_age_s", "last_sync_at",
                         "last_error", "printer", "free_disk_bytes", "clock", "interval_s", "app_version"}
    assert kiosk.agent().status().clock_skew_s == 90


def tamper_release_number(kiosk: Kiosk) -> None:
    assert kiosk.centre.latest is not None
    kiosk.centre.latest["manifest"]["signed"]["release"] = 3  # after signing
    kiosk.centre.etag = '"release-3-keys-1"'


def signed_by_a_stranger(kiosk: Kiosk) -> None:
    publish(kiosk, 2, fleet_keys(2), signer=Ed25519PrivateKey.generate())


def keys_not_from_root(kiosk: Kiosk) -> None:
    publish(kiosk, 2, fleet_keys(2))
    assert kiosk.centre.latest is not None
    kiosk.centre.latest["keys"] = kiosk.publisher.keys_document(signer=Ed25519PrivateKey.generate())
    kiosk.centre.etag = '"release-2-keys-forged"'


def expired(kiosk: Kiosk) -> None:
    publish(kiosk, 2, fleet_keys(2), created=kiosk.clock() - timedelta(days=40), expires_in=timedelta(days=30))


def older(kiosk: Kiosk) -> None:
    publish(kiosk, 2, fleet_keys(2))
    assert kiosk.agent().sync_once().release_after == 2
    kiosk.centre.publish(kiosk.publisher.keys_document(), kiosk.publisher.release(1, {"fleet_keys": fleet_keys(2)}),
                         kiosk.publisher.files)


def other_bytes(kiosk: Kiosk) -> None:
    publish(kiosk, 2, fleet_keys(2))
    kiosk.centre.file_mode = "other_bytes"


def captive_portal(kiosk: Kiosk) -> None:
    publish(kiosk, 2, fleet_keys(2))
    kiosk.centre.file_mode = "captive"


def endless(kiosk: Kiosk) -> None:
    publish(kiosk, 2, fleet_keys(2))
    kiosk.centre.file_mode = "endless"


@pytest.mark.parametrize(("spoil", "reason"), [
    (tamper_release_number, "bad_signature"),
    (signed_by_a_stranger, "unknown_key"),
    (keys_not_from_root, "not_signed_by_root"),
    (expired, "manifest_expired"),
    (older, "rollback"),
    (other_bytes, "file_mismatch"),
    (captive_portal, "unexpected_response"),
    (endless, "too_large"),
], ids=lambda value: getattr(value, "__name__", value))
def test_a_release_that_fails_a_check_is_refused_recorded_and_the_last_good_one_serves(
        kiosk: Kiosk, spoil: object, reason: str) -> None:
    publish(kiosk, 1, fleet_keys(5))
    assert kiosk.agent().sync_once().ok
    spoil(kiosk)  # type: ignore[operator]
    serving = installed_release(kiosk.store)
    keys_before = known_keys(kiosk.store)

    report = kiosk.agent().sync_once()
    assert report.error.startswith(f"{reason}: "), report.error
    assert installed_release(kiosk.store) == serving and known_keys(kiosk.store) == keys_before
    assert kiosk.agent().status().last_error == report.error
    assert [event.split(":")[0] for event in kiosk.events()] == [reason]

    kiosk.agent().sync_once()  # the same refusal again: still one event, not one per round
    assert len(kiosk.events()) == 1


def test_a_clock_set_back_cannot_make_an_expired_release_current(kiosk: Kiosk) -> None:
    publish(kiosk, 1, fleet_keys(3))  # created an hour ago: the last trusted time
    assert kiosk.agent().sync_once().ok
    kiosk.clock.advance(-timedelta(days=60))  # someone sets the kiosk's clock back two months
    publish(kiosk, 2, fleet_keys(3), created=kiosk.clock() - timedelta(days=5), expires_in=timedelta(days=30))
    report = kiosk.agent().sync_once()
    assert report.error.startswith("manifest_expired: ") and installed_release(kiosk.store) == 1


def test_a_keys_document_older_than_the_one_held_is_refused(kiosk: Kiosk) -> None:
    kiosk.publisher.keys_version = 2
    publish(kiosk, 1, fleet_keys(3))
    assert kiosk.agent().sync_once().ok
    assert load_state(AgentPaths(kiosk.data)).keys_document["signed"]["version"] == 2
    kiosk.publisher.keys_version = 1
    publish(kiosk, 2, fleet_keys(3))
    assert kiosk.agent().sync_once().error.startswith("keys_rollback: ")


def test_the_installed_release_offered_again_is_not_a_refusal(kiosk: Kiosk) -> None:
    publish(kiosk, 1, fleet_keys(3))
    assert kiosk.agent().sync_once().ok
    (kiosk.data / "sync" / "state.json").unlink()  # the ETag is forgotten: the centre sends release 1 again
    report = kiosk.agent().sync_once()
    assert report.ok and not report.applied and kiosk.events() == []


def test_a_download_cut_midway_resumes_on_the_next_round_from_where_it_stopped(kiosk: Kiosk) -> None:
    records = fleet_keys(3000)
    publish(kiosk, 1, records)
    size = len(next(iter(kiosk.publisher.files.values())))
    # One kept-alive connection asks for the release, then fetches the file, and is cut halfway through it.
    with FaultProxy(kiosk.centre.port, first([Fault.cut(size // 2)])) as proxy:
        agent = kiosk.agent(proxy.url)
        cut = agent.sync_once()
        assert cut.error.startswith("unreachable: ") and installed_release(kiosk.store) is None
        assert kiosk.events() == []  # a cut is the network, not a refusal
        assert agent.fetcher is not None
        before_cut = agent.fetcher.counter.bytes_read
        resumed = agent.sync_once()
    assert resumed.ok and resumed.release_after == 1
    (_, _, _), (_, status, second_sent) = kiosk.centre.received.file_answers
    assert status == 206 and second_sent == size - before_cut < size
    assert agent.fetcher.counter.bytes_read == size
    print(f"\nfile of {size} bytes: {before_cut} kept from before the cut, {second_sent} fetched after it")


def test_a_full_disk_while_applying_fails_cleanly_and_the_last_good_release_serves(tmp_path: Path) -> None:
    clock = MovableClock()
    publisher = Publisher(now=clock() - timedelta(hours=1))
    with small_tmpfs(tmp_path / "small", 8) as disk, StandInCentre() as centre, requests.Session() as session:
        store = open_store(DataPaths(disk / "data"))
        centre.root_public_key = publisher.root_public_text
        enroll(session, centre.url, "ENROLL-ME", AgentPaths(disk / "data"), now=clock())
        kiosk = Kiosk(disk / "data", store, centre, publisher, clock, session)
        publish(kiosk, 1, fleet_keys(5))
        assert kiosk.agent().sync_once().ok
        publish(kiosk, 2, fleet_keys(4000))
        assert centre.latest is not None
        size = len(publisher.files[centre.latest["manifest"]["signed"]["datasets"]["fleet_keys"]["snapshot"]["sha256"]])
        filler = fill(disk, leave=size + 64 * 1024)  # room for the download, not for the records
        report = kiosk.agent().sync_once()
        assert report.error.startswith("no_room: "), report.error
        assert installed_release(store) == 1 and len(known_keys(store)) >= 5
        filler.unlink()
        assert kiosk.agent().sync_once().release_after == 2
        store.close()
