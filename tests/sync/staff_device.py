"""The processes of the staff-day tests (tests/sync/test_staff_day.py): a staff device, and the centre.

    python -m tests.sync.staff_device device DATA
    python -m tests.sync.staff_device centre DATABASE FILES PORT START

``device`` is one staff laptop: its own data directory and process, running the kiosk's own code
(``kiosk.staff``, the agent, ``RemoteAuthority``) and nothing else. It reads one JSON command a line on
stdin and answers each with one JSON line on stdout (anything else it prints goes to stderr):

- ``{"do": "enroll", "url": URL, "code": CODE}``: ``kiosk enroll`` → ``{"kiosk_id": ...}``;
- ``{"do": "sync"}``: one sync round (release, outbox, allowance, staff accounts and day lists);
- ``{"do": "work", "location": ID, "day": DATE, "steps": [...]}``: staff at the desk, one step at a time
  (sign_in, check_in, served, no_show, undo, walk_in, reprint, sign_out), each at its own ``at``; every step
  answers what the screen would show, or ``{"refused": "<error class>"}``;
- ``{"do": "outbox"}``: the items waiting to be sent, as they are stored;
- ``{"do": "audit"}``: the staff audit log's entries as stored (``kiosk.staff.audit.bodies``);
- ``{"do": "drain"}``: send the outbox until it is empty (or 60 rounds), then one sync round.

Its clock is local wall-clock time that stands still until a command moves it (``"at"``, naive); the test
starts it with ``TZ`` set to UTC+5, so it is a device in Tashkent whatever the machine's zone. The outbox
stamps its items with the machine's clock (``kiosk.outbox``), so draining sends by that clock, as
tests/sync/test_live_bookings.py does.

``centre`` is the real central service (``sync.central.app.create_app`` under uvicorn, as ``kiosk-central
serve`` runs it) with its clock standing at START (UTC) instead of the machine's, and allowances of one seat
per kiosk and slot up to the whole slot, so every kiosk gets a seat to sell offline.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

import requests

from kiosk import config, outbox
from kiosk.booking.errors import BookingError
from kiosk.booking.model import BookingRequest
from kiosk.booking.remote import RemoteAuthority
from kiosk.bootstrap import open_local_cache
from kiosk.paths import DataPaths
from kiosk.receipts.device_key import DeviceKey, load_or_create_device_key
from kiosk.receipts.keyring import known_keys
from kiosk.staff import audit, visits
from kiosk.staff import session as staff_session
from kiosk.staff.accounts import LockPolicy, SignInOutcome, sign_in_with_pin
from kiosk.staff.checkin import check_in
from kiosk.staff.errors import StaffError
from kiosk.staff.session import Desk, StaffSession
from kiosk.staff.walkin import reprint, walk_in
from kiosk.store import Store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import enroll, load_enrollment
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.agent.live import HttpSeatCentre

TIMEOUTS = Timeouts(connect_s=2, read_s=10)
LIVE_TIMEOUTS = Timeouts(connect_s=1, read_s=3)
POLICY = LockPolicy(max_attempts=5, lockout_seconds=300)
IDLE_SECONDS = 900
UNDO_SECONDS = 120
#: TZ for a device in Tashkent (UTC+5, no summer time), spelled so no zone database is needed.
TASHKENT_TZ = "<+05>-5"


class DeviceClock:
    """``kiosk.clock.Clock``: local wall-clock time, standing still until a command moves it."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 12, 6, 14, 0)

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def utc(self) -> datetime:
        return self.moment.astimezone(UTC)  # naive: the process's zone, which the test sets


class StaffDevice:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.clock = DeviceClock()
        self.session = requests.Session()
        self.session.headers["Connection"] = "close"  # a cut link fails the next request, not a pooled socket's
        # Opened as the kiosk opens it (seeded from the bundle, then releases on top), so `kiosk` commands
        # read the same file as they would on a real device.
        self.store: Store = open_local_cache(config.load(data_dir=data, environ={}))
        self.key: DeviceKey = load_or_create_device_key(DataPaths(data).device_key)
        self.staff: StaffSession | None = None
        self.authority: RemoteAuthority | None = None

    def agent(self, clock: Callable[[], datetime] | None = None) -> SyncAgent:
        settings = AgentSettings(timeouts=TIMEOUTS, outbox_batch=1000)
        return SyncAgent(self.store, self.data, self.session, settings=settings, clock=clock or self.clock.utc,
                         rng=random.Random(1), today=self.clock.today)

    def run(self, command: dict[str, Any]) -> Any:
        if command.get("at"):
            self.clock.moment = datetime.fromisoformat(command["at"])
        do = command["do"]
        if do == "enroll":
            made = enroll(self.session, command["url"], command["code"], AgentPaths(self.data), now=self.clock.utc(),
                          timeouts=TIMEOUTS)
            return {"kiosk_id": made.kiosk_id}
        if do == "sync":
            report = self.agent().sync_once()
            return {"ok": report.ok, "error": report.error, "release": report.release_after,
                    "accounts": report.staff.accounts, "days": report.staff.days,
                    "granted": report.allowance.granted, "delivered": report.outbox.delivered}
        if do == "work":
            return self.work(command["location"], date.fromisoformat(command["day"]), command["steps"])
        if do == "outbox":
            return [{"id": item.id, "kind": item.kind, "body": item.body, "created_at": item.created_at}
                    for item in outbox.items(self.store)]
        if do == "audit":
            return audit.bodies(self.store.db)
        if do == "drain":
            return self.drain()
        raise ValueError(f"no command {do!r}")

    def drain(self) -> dict[str, Any]:
        sender = self.agent(clock=lambda: datetime.now(UTC))  # the outbox's own clock: the machine's
        rounds = 0
        while outbox.depth(self.store) - outbox.parked_count(self.store) > 0 and rounds < 60:
            rounds += 1
            if sender.send_outbox_once().stopped_by:
                time.sleep(0.2)
        report = self.agent().sync_once()
        return {"rounds": rounds, "left": outbox.depth(self.store), "parked": outbox.parked_count(self.store),
                "sync_ok": report.ok, "error": report.error}

    # --- the desk --------------------------------------------------------------------------------------

    def work(self, location_id: str, day: date, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
        enrollment = load_enrollment(AgentPaths(self.data))
        desk = Desk(self.store, enrollment.kiosk_id, location_id, day, self.clock)
        if self.authority is None:
            self.authority = RemoteAuthority(
                self.store, now=self.clock.now, window_days=30, kiosk_id=enrollment.kiosk_id,
                centre=HttpSeatCentre(self.session, enrollment, timeouts=LIVE_TIMEOUTS), retry_waits=(),
                offline_for_s=30.0)
        done = []
        for step in steps:
            self.clock.moment = datetime.fromisoformat(step["at"])
            try:
                done.append(self.step(desk, step))
            except (StaffError, BookingError) as refused:
                done.append({"refused": type(refused).__name__, "detail": str(refused)})
        return done

    def step(self, desk: Desk, step: dict[str, Any]) -> dict[str, Any]:
        do = step["do"]
        if do == "sign_in":
            result = sign_in_with_pin(self.store, step["staff"], step["pin"], device_pin_hash="", policy=POLICY,
                                      clock=self.clock)
            if result.outcome is SignInOutcome.ACCEPTED:
                self.staff = staff_session.begin(desk, result, idle_seconds=IDLE_SECONDS, method="pin")
            return {"outcome": result.outcome.value}
        staff = self.staff
        if staff is None:
            raise AssertionError(f"step {step} with nobody signed in")
        if do == "check_in":
            checked = check_in(desk, staff, step["scan"], known_keys(self.store, self.key))
            return {"outcome": checked.outcome.value, "reference": checked.reference, "verified": checked.verified,
                    "not_on_list": checked.not_on_list}
        if do in ("served", "no_show"):
            mark = visits.mark_served if do == "served" else visits.mark_no_show
            return {"seq": mark(desk, staff, step["reference"]).seq}
        if do == "undo":
            return {"seq": visits.undo(desk, staff, step["reference"], undo_seconds=UNDO_SECONDS).seq}
        if do == "walk_in":
            assert self.authority is not None
            made = walk_in(desk, staff, self.authority, BookingRequest(step["slot"], step["name"], phone=step["phone"],
                                                                      language="ru"))
            return {"reference": made.reference, "slot": made.slot_id, "offline": self.authority.selling_offline}
        if do == "reprint":
            content = reprint(desk, staff, step["reference"], self.key)
            return {"reference": content.reference, "token": content.token}
        if do == "sign_out":
            staff_session.end(desk, staff)
            self.staff = None
            return {"signed_out": True}
        raise ValueError(f"no step {do!r}")


def serve_device(data: Path, commands: TextIO, answers: TextIO) -> int:
    device = StaffDevice(data)
    try:
        for line in commands:
            try:
                answer: Any = {"answer": device.run(json.loads(line))}
            except Exception:  # the test reads the traceback; the device stays up for the next command
                answer = {"crash": traceback.format_exc()}
            answers.write(json.dumps(answer, ensure_ascii=False) + "\n")
            answers.flush()
    finally:
        device.store.close()
    return 0


def serve_centre(database: str, files: Path, port: int, start: datetime) -> int:
    import uvicorn

    from sync.central.app import create_app
    from sync.central.database import make_engine, migrate
    from sync.central.settings import Settings

    settings = Settings(database=database, files_dir=files, clock=lambda: start, upkeep_interval_s=0,
                        allowance_share=1.0, allowance_per_slot=1)
    migrate(make_engine(database))
    uvicorn.run(create_app(settings), host="127.0.0.1", port=port, log_level="info")
    return 0


def main(argv: list[str]) -> int:
    if argv[0] == "device":
        answers = sys.stdout
        sys.stdout = sys.stderr  # only answers on the real stdout
        return serve_device(Path(argv[1]), sys.stdin, answers)
    if argv[0] == "centre":
        return serve_centre(argv[1], Path(argv[2]), int(argv[3]), datetime.fromisoformat(argv[4]))
    raise SystemExit(f"usage: python -m tests.sync.staff_device device DATA | centre DATABASE FILES PORT START; "
                     f"not {argv}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


__all__ = ["TASHKENT_TZ", "StaffDevice", "main"]
