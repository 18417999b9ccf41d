"""Heartbeats and the fleet view: each kiosk judged against its own interval, problems in words."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sync.central.fleet import problems
from sync.protocol.times import format_time
from tests.sync.central.central_server import Central, Kiosk, enroll_kiosk, put_keys


def beat(central: Central, kiosk: Kiosk, interval_s: int = 300, skew: timedelta = timedelta(), **facts: Any) -> Any:
    body = {"release": 3, "outbox_depth": 0, "outbox_parked": 0, "outbox_oldest_age_s": None,
            "last_sync_at": None, "last_error": None, "printer": "ok", "free_disk_bytes": 20 * 1024 ** 3,
            "clock": format_time(central.clock() + skew), "interval_s": interval_s, "app_version": "0.1.0", **facts}
    return central.call("POST", "/v1/heartbeat", kiosk.token, json=body)


def states(central: Central) -> dict[str, str]:
    kiosks = central.call("GET", "/v1/admin/fleet", central.owner_token).json()["kiosks"]
    return {kiosk["kiosk_id"]: kiosk["state"] for kiosk in kiosks}


def test_each_kiosk_is_judged_against_its_own_interval(central: Central) -> None:
    put_keys(central)
    quick, slow, silent = enroll_kiosk(central), enroll_kiosk(central), enroll_kiosk(central)
    answer = beat(central, quick, interval_s=60)
    assert answer.json() == {"server_time": "2026-12-04T09:00:00Z"}
    beat(central, slow, interval_s=3600)
    assert states(central) == {quick.kiosk_id: "fresh", slow.kiosk_id: "fresh", silent.kiosk_id: "never_seen"}
    central.clock.advance(timedelta(minutes=3))
    assert states(central)[quick.kiosk_id] == "late"
    assert states(central)[slow.kiosk_id] == "fresh"
    central.clock.advance(timedelta(minutes=4))
    assert states(central)[quick.kiosk_id] == "stale"
    central.clock.advance(timedelta(hours=3))
    assert states(central)[slow.kiosk_id] == "late"
    central.clock.advance(timedelta(hours=4))
    assert states(central)[slow.kiosk_id] == "stale"


def test_problems_are_said_in_words(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    beat(central, kiosk, skew=timedelta(minutes=-20), printer="out of paper", free_disk_bytes=100 * 1024 * 1024,
         outbox_parked=2, last_error="the centre's certificate has expired")
    view = central.call("GET", "/v1/admin/fleet", central.owner_token).json()["kiosks"][0]
    assert view["clock_skew_s"] == -1200
    assert view["problems"] == [
        "printer: out of paper",
        "disk nearly full: 100 MB free",
        "2 outbox items parked: staff must look at them",
        "clock is 20 min slow",
        "last sync failed: the centre's certificate has expired",
    ]


def test_a_healthy_kiosk_has_no_problems() -> None:
    assert problems({"printer": "ok", "free_disk_bytes": 10 ** 10, "outbox_parked": 0}, skew_s=120) == []


def test_a_heartbeat_with_a_bad_clock_is_refused(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    answer = central.call("POST", "/v1/heartbeat", kiosk.token, json={"clock": "yesterday", "interval_s": 300})
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "invalid_request"
