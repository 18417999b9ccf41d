"""The agent against the real central service (uvicorn on 127.0.0.1), through a lossy network."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from kiosk import outbox
from kiosk.paths import DataPaths
from kiosk.release import installed_release
from kiosk.store import Store, open_store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import enroll
from sync.agent.errors import EnrollmentRefused
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.central.tokens import Role
from tests.sync.agent.conftest import MovableClock
from tests.sync.agent.test_sending import feedback
from tests.sync.central.central_server import REPOSITORY, Central, enrollment_codes, put_keys, running_central
from tests.sync.central.test_releases import publish
from tests.sync.faultproxy import FaultProxy, lossy


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    (tmp_path / "central").mkdir()
    with running_central(tmp_path / "central") as server:
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(DataPaths(tmp_path / "kiosk"))
    yield store
    store.close()


def agent(store: Store, data: Path, session: requests.Session, url: str, clock: object) -> SyncAgent:
    settings = AgentSettings(central_url=url, files_url=url, timeouts=Timeouts(connect_s=5, read_s=10))
    return SyncAgent(store, data, session, settings=settings, clock=clock, rng=random.Random(3))  # type: ignore[arg-type]


def test_an_enrolled_kiosk_takes_the_published_release_and_reports_in(
        central: Central, store: Store, tmp_path: Path) -> None:
    put_keys(central)
    tree = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", tree)
    published = publish(central, tree)
    assert published.status_code == 201, published.text
    data = tmp_path / "kiosk"
    with requests.Session() as session:
        enrollment = enroll(session, central.url, enrollment_codes(central)[0], AgentPaths(data))
        kiosk_clock = lambda: central.clock() + timedelta(minutes=1)  # noqa: E731 - a clock is a function
        report = agent(store, data, session, central.url, kiosk_clock).sync_once()
    assert report.ok, report.error
    assert report.applied and installed_release(store) == published.json()["release"]
    articles = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles > 10
    fleet = central.call("GET", "/v1/admin/fleet", central.owner_token).json()
    assert enrollment.kiosk_id in str(fleet)


def test_a_thousand_items_through_a_lossy_network_reach_the_real_centre_once_each(
        central: Central, store: Store, tmp_path: Path) -> None:
    put_keys(central)
    data = tmp_path / "kiosk"
    ids = feedback(store, 1000)
    clock = MovableClock()
    with requests.Session() as session:
        enroll(session, central.url, enrollment_codes(central)[0], AgentPaths(data))
        session.headers["Connection"] = "close"  # one connection per request: each meets its own fate
        with FaultProxy(int(central.url.rsplit(":", 1)[1]),
                        lossy(seed=23, cut=0.1, drop_reply=0.1, reset=0.05)) as proxy:
            sender = agent(store, data, session, proxy.url, clock)
            rounds = 0
            while outbox.depth(store) and rounds < 2000:
                sender.send_outbox_once()
                clock.advance(timedelta(hours=1))  # past any backoff
                rounds += 1
    assert outbox.depth(store) == 0, f"{outbox.depth(store)} items still waiting after {rounds} rounds"
    viewer = central.admin(Role.FLEET_VIEWER)
    held = central.call("GET", "/v1/admin/outbox?limit=1000", viewer).json()["items"]
    assert sorted(item["id"] for item in held) == sorted(ids)  # none lost, none twice
    assert central.call("GET", "/v1/admin/conflicts", viewer).json()["conflicts"] == []
    assert all(outbox.delivered_answer(store, item) is not None for item in ids)
    assert proxy.stats.faults.get("drop_reply", 0) > 50
    print(f"\n1000 items to the real centre: {rounds} rounds, faults {proxy.stats.faults}")


def test_enrolling_before_the_centre_has_keys_says_so_and_the_code_still_works_after(
        central: Central, store: Store, tmp_path: Path) -> None:
    (code,) = enrollment_codes(central)
    paths = AgentPaths(tmp_path / "kiosk")
    with requests.Session() as session:
        with pytest.raises(EnrollmentRefused, match="the centre has no keys yet") as refused:
            enroll(session, central.url, code, paths)
        assert "kiosk-admin keys init" in str(refused.value)
        put_keys(central)
        assert enroll(session, central.url, code, paths).device_token
