"""Three kiosks, each its own process (and network namespace), cut off and reconnected at random.

They book, cancel and move bookings against one central service throughout.
The test checks the centre every half second, not only at the end: no slot
ever holds more than its seats, and live bookings + seats sold from allowances
+ allowance outstanding never exceed a slot's capacity. Afterwards every
booking each kiosk holds is at the centre, once, in the state the kiosk holds it.

``KIOSK_CHAOS_SECONDS`` (default 45) sets how long the kiosks work; the soak
runs it for minutes.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy

from tests.sync.central_process import REPOSITORY, CentralProcess, owner_token, start_central
from tests.sync.fleet_steps import admin_ok, enrollment_codes, set_up_keys
from tests.sync.netns import Links, kiosk_links

pytest_plugins = ["tests.sync.postgres_fixtures"]

SECONDS = float(os.environ.get("KIOSK_CHAOS_SECONDS", "45"))
KIOSKS = 3
#: Short leases, so grants are settled and granted again many times in one run.
ALLOWANCE = ["--allowance-lease", "12", "--allowance-margin", "3", "--allowance-days", "7", "--allowance-share", "0.67",
             "--allowance-per-slot", "1"]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("fresh_postgres_url"))
    return f"sqlite:///{tmp_path / 'central.db'}"


@pytest.fixture
def links() -> Iterator[Links]:
    with kiosk_links(KIOSKS) as made:
        yield made


def test_three_kiosks_on_and_off_line_never_oversell_and_every_booking_arrives_once(
        database: str, links: Links, tmp_path: Path) -> None:
    token = owner_token(database)
    central = start_central(database, tmp_path / "files", tmp_path / "central.log", ALLOWANCE, host=links.host)
    try:
        content = tmp_path / "content"
        shutil.copytree(REPOSITORY / "content", content)
        set_up_keys(central.url, token, tmp_path)
        admin_ok(central.url, token, "publish", str(content))
        codes = enrollment_codes(central.url, token, KIOSKS)
        port = int(central.url.rsplit(":", 1)[1])
        start = datetime.now(UTC).isoformat()
        kiosks = [subprocess.Popen(
            links.command(number, [sys.executable, "-m", "tests.sync.booking_kiosk", str(tmp_path / f"kiosk{number}"),
                                   links.url(number, port), codes[number], str(number + 1), str(SECONDS), start]),
            cwd=REPOSITORY, stdout=(tmp_path / f"kiosk{number}.log").open("w"), stderr=subprocess.STDOUT)
            for number in range(KIOSKS)]
        checks = _chaos(central, token, links, kiosks)
        for number, kiosk in enumerate(kiosks):
            assert kiosk.wait(timeout=300) == 0, (tmp_path / f"kiosk{number}.log").read_text()[-3000:]
        assert checks > 20
        _every_booking_arrived_once(database, [tmp_path / f"kiosk{number}" for number in range(KIOSKS)])
        assert _seat_check(central, token) == {"overbooked": [], "invariant_breaches": []}
        assert central.server_errors() == []
        logs = "".join((tmp_path / f"kiosk{number}.log").read_text() for number in range(KIOSKS))
        assert "offline=True" in logs and "offline=False" in logs  # both ways of selling were exercised
    finally:
        central.stop()


def _chaos(central: CentralProcess, token: str, links: Links, kiosks: list[subprocess.Popen[bytes]]) -> int:
    """Cut and restore links at random until the kiosks' working time is over; check the centre all along."""
    rng = random.Random(11)
    down: set[int] = set()
    checks = 0
    ends = time.monotonic() + SECONDS
    next_flip = time.monotonic()
    while time.monotonic() < ends:
        if time.monotonic() >= next_flip:
            kiosk = rng.randrange(KIOSKS)
            if kiosk in down:
                links.restore(kiosk)
                down.discard(kiosk)
            else:
                links.cut(kiosk)
                down.add(kiosk)
            next_flip = time.monotonic() + rng.uniform(1.0, 4.0)
        found = _seat_check(central, token)
        assert found == {"overbooked": [], "invariant_breaches": []}, (
            f"after {checks} checks: {found}; findings: {_findings(central, token)}")
        checks += 1
        assert all(kiosk.poll() in (None, 0) for kiosk in kiosks)
        time.sleep(0.5)
    for kiosk in down:
        links.restore(kiosk)
    return checks


def _seat_check(central: CentralProcess, token: str) -> dict[str, list[str]]:
    answer = central.call("GET", "/v1/admin/seat-check", token)
    assert answer.status_code == 200, answer.text
    return {"overbooked": answer.json()["overbooked"], "invariant_breaches": answer.json()["invariant_breaches"]}


def _findings(central: CentralProcess, token: str) -> str:
    """What the centre told staff about bookings that broke a rule: the first thing to read when a check fails."""
    return central.call("GET", "/v1/admin/booking-findings", token).text


def _every_booking_arrived_once(database: str, kiosk_dirs: list[Path]) -> None:
    engine = sqlalchemy.create_engine(database)
    try:
        with engine.connect() as connection:
            at_centre = {row.reference: (row.status, row.kiosk_id, row.slot_id) for row in connection.execute(
                sqlalchemy.text("SELECT reference, status, kiosk_id, slot_id FROM bookings"))}
    finally:
        engine.dispose()
    total = 0
    for data in kiosk_dirs:
        with sqlite3.connect(data / "kiosk.db") as kiosk:
            assert kiosk.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0, f"{data}: outbox not drained"
            held = {reference: (status, kiosk_id, slot_id) for reference, status, kiosk_id, slot_id in kiosk.execute(
                "SELECT reference, status, kiosk_id, slot_id FROM bookings")}
        total += len(held)
        assert held, f"{data} booked nothing"
        missing = sorted(set(held) - set(at_centre))
        assert not missing, f"{data}: bookings that never reached the centre: {missing}"
        differ = {reference: (mine, at_centre[reference]) for reference, mine in held.items()
                  if mine != at_centre[reference]}
        assert not differ, f"{data}: the kiosk and the centre disagree: {differ}"
        kiosk_id = next(iter(held.values()))[1]
        live_here = {reference for reference, (status, _, _) in held.items() if status == "booked"}
        live_there = {reference for reference, (status, owner, _) in at_centre.items()
                      if status == "booked" and owner == kiosk_id}
        assert live_there == live_here, f"{data}: live bookings differ: {live_there ^ live_here}"
    assert total > 30
