"""Two replicas of the central service (two ``kiosk-central serve`` processes) on one PostgreSQL serve one fleet.

Nothing a replica knows lives in the replica: a kiosk enrolls on one and fetches from the other, an
administrator publishes on either, and an outbox item sent to both at the same moment is kept once and
answered the same way by both.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import sqlalchemy

from tests.sync.central.central_server import enroll_request
from tests.sync.central_process import REPOSITORY, CentralProcess, launch_central, owner_token
from tests.sync.fleet_steps import (
    EnrolledKiosk,
    admin_ok,
    enroll,
    enrollment_codes,
    kiosk_admin,
    outbox_item,
    send,
    set_up_keys,
)

pytest_plugins = ["tests.sync.postgres_fixtures"]


@pytest.fixture
def replicas(fresh_postgres_url: str, tmp_path: Path) -> Iterator[tuple[CentralProcess, CentralProcess, str]]:
    """Replicas A and B on one database and one files folder (a shared volume), and an owner token."""
    token = owner_token(fresh_postgres_url)
    files = tmp_path / "files"
    # Started together: both run the migrations at start, and must not trip over each other.
    started = [launch_central(fresh_postgres_url, files, tmp_path / f"{name}.log") for name in ("a", "b")]
    try:
        for replica in started:
            replica.wait_ready()
        yield started[0], started[1], token
    finally:
        for replica in started:
            replica.stop()


def test_a_kiosk_enrolls_on_one_replica_and_is_known_to_the_other(
        replicas: tuple[CentralProcess, CentralProcess, str], tmp_path: Path) -> None:
    a, b, token = replicas
    set_up_keys(a.url, token, tmp_path)
    code = enrollment_codes(a.url, token, 1)[0]
    kiosk = enroll(b.url, code)
    spent = requests.post(f"{a.url}/v1/enroll", json=enroll_request(code), timeout=30)
    assert spent.status_code == 403 and spent.json()["error"]["code"] == "code_refused"
    heartbeat = {"release": None, "clock": "2026-12-04T09:00:00Z", "interval_s": 300}
    assert a.call("POST", "/v1/heartbeat", kiosk.token, json=heartbeat).status_code == 200
    assert kiosk.kiosk_id in admin_ok(b.url, token, "fleet")


def test_what_one_replica_publishes_the_other_serves(
        replicas: tuple[CentralProcess, CentralProcess, str], tmp_path: Path) -> None:
    a, b, token = replicas
    content = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", content)
    set_up_keys(a.url, token, tmp_path)
    kiosk = enroll(a.url, enrollment_codes(a.url, token, 1)[0])
    assert "published release 1" in admin_ok(b.url, token, "publish", str(content))

    from_a = a.call("GET", "/v1/releases/latest", kiosk.token)
    from_b = b.call("GET", "/v1/releases/latest", kiosk.token)
    assert from_a.status_code == from_b.status_code == 200
    assert from_a.headers["ETag"] == from_b.headers["ETag"]
    assert from_a.json() == from_b.json()
    snapshot = from_a.json()["manifest"]["signed"]["datasets"]["content"]["snapshot"]["sha256"]
    assert requests.get(f"{a.url}/files/{snapshot}", timeout=60).content == \
        requests.get(f"{b.url}/files/{snapshot}", timeout=60).content


def test_publishing_on_both_at_once_gives_each_release_its_own_number(
        replicas: tuple[CentralProcess, CentralProcess, str], tmp_path: Path) -> None:
    a, b, token = replicas
    content = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", content)
    set_up_keys(a.url, token, tmp_path)
    barrier = threading.Barrier(4)

    def publish(url: str) -> int:
        barrier.wait()
        return kiosk_admin(url, token, "publish", str(content)).code

    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = list(pool.map(publish, [a.url, b.url, a.url, b.url]))
    assert codes == [0, 0, 0, 0]
    engine = sqlalchemy.create_engine(a.database)
    try:
        with engine.connect() as connection:
            numbers = connection.execute(sqlalchemy.text("SELECT number FROM releases ORDER BY number")).scalars()
            assert list(numbers) == [1, 2, 3, 4]
    finally:
        engine.dispose()
    assert a.server_errors() == [] and b.server_errors() == []


def send_to_both_at_once(a: CentralProcess, b: CentralProcess, kiosk: EnrolledKiosk,
                         items: list[dict[str, object]]) -> list[tuple[requests.Response, requests.Response]]:
    """Each item to A and B at the same moment (a retry that raced the first send through another replica)."""
    def race(item: dict[str, object]) -> tuple[requests.Response, requests.Response]:
        barrier = threading.Barrier(2)

        def to(replica: CentralProcess) -> requests.Response:
            barrier.wait()
            return send(replica.url, kiosk, item)

        with ThreadPoolExecutor(max_workers=2) as pool:
            first, second = pool.map(to, [a, b])
        return first, second

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(race, items))


def test_an_item_sent_to_both_replicas_at_once_is_kept_once_and_answered_alike(
        replicas: tuple[CentralProcess, CentralProcess, str], tmp_path: Path) -> None:
    a, b, token = replicas
    set_up_keys(a.url, token, tmp_path)
    kiosk = enroll(a.url, enrollment_codes(a.url, token, 1)[0])
    items = [outbox_item(f"race-{number}") for number in range(30)]

    for item, (to_a, to_b) in zip(items, send_to_both_at_once(a, b, kiosk, items), strict=True):
        assert sorted([to_a.status_code, to_b.status_code]) == [200, 201], item["id"]
        assert to_a.json() == to_b.json()
        assert to_a.json()["id"] == item["id"] and to_a.json()["status"] == "accepted"

    engine = sqlalchemy.create_engine(a.database)
    try:
        with engine.connect() as connection:
            stored = connection.execute(sqlalchemy.text(
                "SELECT id, count(*) FROM outbox_items GROUP BY id")).all()
    finally:
        engine.dispose()
    assert sorted(row[0] for row in stored) == sorted(str(item["id"]) for item in items)
    assert {row[1] for row in stored} == {1}
    assert a.server_errors() == [] and b.server_errors() == []


def test_two_different_bodies_for_one_id_at_once_one_is_kept_and_the_other_is_a_conflict(
        replicas: tuple[CentralProcess, CentralProcess, str], tmp_path: Path) -> None:
    a, b, token = replicas
    set_up_keys(a.url, token, tmp_path)
    kiosk = enroll(a.url, enrollment_codes(a.url, token, 1)[0])
    barrier = threading.Barrier(2)

    def to(pair: tuple[CentralProcess, bool]) -> requests.Response:
        barrier.wait()
        return send(pair[0].url, kiosk, outbox_item("clash", useful=pair[1]))

    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(to, [(a, True), (b, False)]))
    assert sorted(answer.status_code for answer in answers) == [201, 409]
    conflicts = admin_ok(b.url, token, "conflicts")
    assert "item clash from kiosk" in conflicts
    assert "useful: true, then false" in conflicts or "useful: false, then true" in conflicts
