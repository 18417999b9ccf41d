"""A kiosk with an agent, enrolled at a stand-in centre, on a clock the test moves."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from kiosk.paths import DataPaths
from kiosk.store import Store, open_store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import enroll
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from tests.sync.agent.releases import Publisher
from tests.sync.agent.standin import StandInCentre


class MovableClock:
    """Starts at the real moment (items are stamped with it when made), then moves only when told."""

    def __init__(self) -> None:
        self.moment = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=1)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


@dataclass
class Kiosk:
    data: Path
    store: Store
    centre: StandInCentre
    publisher: Publisher
    clock: MovableClock
    session: requests.Session

    def agent(self, url: str | None = None, **settings: object) -> SyncAgent:
        chosen = AgentSettings(central_url=url or "", files_url=url or "",
                               timeouts=Timeouts(connect_s=5, read_s=5), **settings)  # type: ignore[arg-type]
        return SyncAgent(self.store, self.data, self.session, settings=chosen, clock=self.clock,
                         rng=random.Random(5))

    def events(self, kind: str = "sync_refused") -> list[str]:
        return [event.detail for event in self.store.events(200) if event.kind == kind]


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    clock = MovableClock()
    publisher = Publisher(now=clock() - timedelta(hours=1))
    data = tmp_path / "data"
    store = open_store(DataPaths(data))
    with StandInCentre() as centre, requests.Session() as session:
        centre.root_public_key = publisher.root_public_text
        enroll(session, centre.url, "ENROLL-ME", AgentPaths(data), now=clock())
        try:
            yield Kiosk(data, store, centre, publisher, clock, session)
        finally:
            store.close()
