"""The sync agent: one object that keeps a kiosk's release current and its outbox empty.

``sync_once`` is one round: a newer release if there is one (checked, fetched,
applied), then the outbox, then the allowance (grants settled and taken,
``sync.agent.live``), then staff mode's accounts and day lists
(``sync.agent.staff``), then a heartbeat. ``send_outbox_once`` sends the
outbox alone; ``run_forever`` calls both on their own timers, each wait jittered
so a fleet that came back online together does not call the centre together.

The agent never runs on a GUI thread: it blocks on the network. The touch screen
starts ``run_forever`` on a worker thread with a store of its own (a second
connection to the cache; writes wait their turn). Nothing here raises out of a
round: every failure becomes the round's ``error`` and ``status().last_error``,
a refusal is also recorded as a store event for staff, and the installed
release keeps serving.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

import requests

from kiosk import outbox
from kiosk.clock import BootMoment, boot_clock
from kiosk.release import installed_release
from kiosk.store import Store, StoreUnavailable
from sync.agent.download import FileFetcher
from sync.agent.enrollment import Enrollment, load_enrollment
from sync.agent.errors import CentreUnreachable, NotEnrolled, ReleaseRefused, SyncError
from sync.agent.files import AgentPaths
from sync.agent.heartbeat import HeartbeatFacts, heartbeat_body, send_heartbeat
from sync.agent.http import Timeouts
from sync.agent.live import AllowanceRound, exchange_allowances
from sync.agent.release import ReleaseUpdater
from sync.agent.sending import OutboxRound, send_due
from sync.agent.staff import StaffRound, fetch_staff
from sync.agent.state import AgentState, load_state, save_state
from sync.protocol.times import format_time

log = logging.getLogger(__name__)

#: The store event a refused release, file or answer leaves for staff.
EVENT_SYNC_REFUSED = "sync_refused"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class AgentSettings:
    interval_s: float = 300.0
    jitter: float = 0.2
    outbox_interval_s: float = 60.0
    central_url: str = ""  # "" : the enrolled one
    files_url: str = ""  # "" : the enrolled one (the central service unless enrollment said otherwise)
    outbox_batch: int = 100
    timeouts: Timeouts = field(default_factory=Timeouts)


@dataclass(frozen=True)
class SyncReport:
    release_before: int | None
    release_after: int | None
    applied: bool = False
    release_summary: str = ""
    outbox: OutboxRound = field(default_factory=OutboxRound)
    allowance: AllowanceRound = field(default_factory=AllowanceRound)
    staff: StaffRound = field(default_factory=StaffRound)
    heartbeat_sent: bool = False
    clock_skew_s: int | None = None
    error: str = ""  # "" : every step went well; else "<reason>: <sentence>" of the first failure

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    kiosk_id: str
    central_url: str
    release: int | None
    last_attempt_at: str
    last_success_at: str
    last_error: str
    outbox_waiting: int
    outbox_parked: int
    online: bool
    clock_skew_s: int

    def lines(self) -> list[str]:
        """For `kiosk sync --status` and the staff menu's log."""
        if not self.enrolled:
            return ["not enrolled: run `kiosk enroll URL CODE` (the kiosk works offline on what it has)",
                    f"outbox: {self.outbox_waiting} waiting, {self.outbox_parked} parked"]
        return [
            f"kiosk {self.kiosk_id} at {self.central_url}: {'online' if self.online else 'offline'}",
            f"release: {self.release if self.release is not None else 'none yet (bundled data)'}",
            f"last success: {self.last_success_at or 'never'}; last try: {self.last_attempt_at or 'never'}",
            f"last error: {self.last_error or 'none'}",
            f"outbox: {self.outbox_waiting} waiting, {self.outbox_parked} parked",
            f"clock: {self.clock_skew_s:+d} s against the centre",
        ]


class SyncAgent:
    def __init__(self, store: Store, data_dir: Path, session: requests.Session, *,
                 settings: AgentSettings | None = None, clock: Callable[[], datetime] = _utc_now,
                 rng: random.Random | None = None, printer_status: Callable[[], str] = lambda: "unknown",
                 boot: Callable[[], BootMoment] = boot_clock, today: Callable[[], date] | None = None) -> None:
        self.store = store
        self.paths = AgentPaths(data_dir)
        self.session = session
        self.settings = settings or AgentSettings()
        self.clock = clock
        self.rng = rng or random.Random()
        self.printer_status = printer_status
        self.boot = boot  # allowance leases run on it
        # The kiosk's own date (its wall clock is the machine's zone): which staff day lists to hold.
        self.today = today or (lambda: self.clock().astimezone().date())
        self.fetcher: FileFetcher | None = None  # made per round from the enrollment; kept for its counter

    # --- one round ---------------------------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Release, outbox, heartbeat. Never raises for a failure of the network, the centre or the disk."""
        before = installed_release(self.store)
        state = load_state(self.paths).but(last_attempt_at=self._stamp())
        try:
            enrollment = self._enrollment()
        except NotEnrolled as error:
            return SyncReport(before, before, error=f"{error.reason}: {error}")
        errors: list[SyncError] = []
        reached = False

        outcome = None
        try:
            outcome = self._updater(enrollment).update(state)
            reached = True
            state = state.but(etag=outcome.etag, keys_document=outcome.keys_document)
            if outcome.applied:
                log.info("sync: applied %s", outcome.summary)
        except SyncError as error:
            reached = isinstance(error, ReleaseRefused)  # a signed answer came, just not a good one
            errors.append(error)

        sent = OutboxRound()
        try:
            sent = self._send(enrollment)
            reached = reached or sent.reached_centre
        except SyncError as error:
            errors.append(error)

        granted = AllowanceRound()
        if not sent.stopped_by:  # after the outbox: a grant settles only once its bookings are at the centre
            try:
                granted = exchange_allowances(self.store, self.session, self._routed(enrollment), clock=self.clock,
                                              boot=self.boot, timeouts=self.settings.timeouts)
            except StoreUnavailable as error:
                errors.append(SyncError(f"the allowance cannot be updated now: {error}"))
            except SyncError as error:
                errors.append(error)

        staffed = StaffRound()
        try:  # after the outbox: a day list is deleted only once its staff actions are at the centre
            staffed = fetch_staff(self.store, self.session, self._routed(enrollment), today=self.today(),
                                  clock=self.clock, timeouts=self.settings.timeouts)
        except StoreUnavailable as error:
            errors.append(SyncError(f"the staff accounts and day lists cannot be updated now: {error}"))
        except SyncError as error:
            errors.append(error)

        skew: int | None = None
        heartbeat_sent = False
        last_error = _describe(errors[0]) if errors else ""
        try:
            skew = self._heartbeat(enrollment, state, last_error)
            heartbeat_sent = reached = True
        except SyncError as error:
            errors.append(error)

        last_error = _describe(errors[0]) if errors else ""
        state = self._finish(state, errors, online=reached, skew=skew)
        save_state(self.paths, state)
        return SyncReport(
            release_before=before, release_after=installed_release(self.store),
            applied=bool(outcome and outcome.applied), release_summary=outcome.summary if outcome else "",
            outbox=sent, allowance=granted, staff=staffed, heartbeat_sent=heartbeat_sent, clock_skew_s=skew,
            error=last_error,
        )

    def send_outbox_once(self) -> OutboxRound:
        """Send the due outbox items (on the outbox's own timer). Never raises for a failure outside the kiosk."""
        try:
            sent = self._send(self._enrollment())
        except NotEnrolled:
            return OutboxRound(stopped_by="not enrolled")
        except SyncError as error:
            state = load_state(self.paths)
            save_state(self.paths, self._finish(state, [error], online=state.online, skew=None, success=False))
            return OutboxRound(stopped_by=_describe(error))
        return sent

    def status(self) -> SyncStatus:
        state = load_state(self.paths)
        try:
            enrollment: Enrollment | None = load_enrollment(self.paths)
        except NotEnrolled:
            enrollment = None
        return SyncStatus(
            enrolled=enrollment is not None,
            kiosk_id=enrollment.kiosk_id if enrollment else "",
            central_url=self._central_url(enrollment) if enrollment else "",
            release=installed_release(self.store),
            last_attempt_at=state.last_attempt_at,
            last_success_at=state.last_success_at,
            last_error=state.last_error,
            outbox_waiting=outbox.depth(self.store),
            outbox_parked=outbox.parked_count(self.store),
            online=state.online,
            clock_skew_s=state.clock_skew_s,
        )

    # --- the loop ------------------------------------------------------------------------------------

    def run_forever(self, stop_event: threading.Event) -> None:
        """Sync every ``interval_s`` and send the outbox every ``outbox_interval_s``, both jittered, until stopped.

        Call it on a worker thread, never the GUI's. A bug in one round is logged
        with its traceback and the loop goes on: a kiosk must not stop syncing
        until someone restarts it.
        """
        next_sync = time.monotonic()  # the first round at once
        next_outbox = next_sync + self._wait(self.settings.outbox_interval_s)
        while not stop_event.is_set():
            now = time.monotonic()
            if now >= next_sync:
                self._guarded(self.sync_once)
                next_sync = time.monotonic() + self._wait(self.settings.interval_s)
                next_outbox = time.monotonic() + self._wait(self.settings.outbox_interval_s)
            elif now >= next_outbox:
                self._guarded(self.send_outbox_once)
                next_outbox = time.monotonic() + self._wait(self.settings.outbox_interval_s)
            stop_event.wait(max(0.0, min(next_sync, next_outbox) - time.monotonic()))

    def _wait(self, interval: float) -> float:
        spread = self.settings.jitter
        return max(1.0, interval * (1 + self.rng.uniform(-spread, spread)))

    @staticmethod
    def _guarded(step: Callable[[], object]) -> None:
        try:
            step()
        except Exception:
            log.exception("sync: a round failed unexpectedly; the next one runs as planned")

    # --- inside ------------------------------------------------------------------------------------

    def _enrollment(self) -> Enrollment:
        return load_enrollment(self.paths)

    def _central_url(self, enrollment: Enrollment) -> str:
        return (self.settings.central_url or enrollment.central_url).rstrip("/")

    def _updater(self, enrollment: Enrollment) -> ReleaseUpdater:
        files_url = self.settings.files_url or enrollment.files_url or self._central_url(enrollment)
        if self.fetcher is None or self.fetcher.files_url != files_url.rstrip("/"):
            self.fetcher = FileFetcher(self.session, files_url, self.paths.ensure().downloads,
                                       timeouts=self.settings.timeouts)
        return ReleaseUpdater(self.store, self.session, self._routed(enrollment), self.fetcher, clock=self.clock,
                              timeouts=self.settings.timeouts)

    def _routed(self, enrollment: Enrollment) -> Enrollment:
        """The enrollment with the configured central URL, if one is configured."""
        url = self._central_url(enrollment)
        if url == enrollment.central_url:
            return enrollment
        return replace(enrollment, central_url=url)

    def _send(self, enrollment: Enrollment) -> OutboxRound:
        try:
            return send_due(self.store, self.session, self._routed(enrollment), clock=self.clock, rng=self.rng,
                            timeouts=self.settings.timeouts, limit=self.settings.outbox_batch)
        except StoreUnavailable as error:
            raise SyncError(f"the outbox cannot be updated now: {error}") from error

    def _heartbeat(self, enrollment: Enrollment, state: AgentState, last_error: str) -> int | None:
        facts = HeartbeatFacts(release=installed_release(self.store), last_sync_at=state.last_success_at,
                               last_error=last_error, printer=self.printer_status(),
                               interval_s=int(self.settings.interval_s))
        body = heartbeat_body(self.store, facts, self.paths.data_dir, self.clock())
        return send_heartbeat(self.session, self._routed(enrollment), body, clock=self.clock,
                              timeouts=self.settings.timeouts)

    def _finish(self, state: AgentState, errors: list[SyncError], *, online: bool, skew: int | None,
                success: bool = True) -> AgentState:
        """The state after a round: errors noted (refusals once each, as events), success stamped."""
        if not errors:
            return state.but(online=online, last_error="", last_error_at="",
                             last_success_at=self._stamp() if success else state.last_success_at,
                             clock_skew_s=state.clock_skew_s if skew is None else skew)
        first = _describe(errors[0])
        for error in errors:
            log.warning("sync: %s", _describe(error))
        refusals = [error for error in errors if not isinstance(error, CentreUnreachable)]
        if refusals and first != state.last_error:
            # Once per new problem: a portal in the way all day is one event, not 288.
            recorded: set[str] = set()
            for error in refusals:
                if error.reason not in recorded:  # each reason once a round
                    recorded.add(error.reason)
                    self.store.record_event(EVENT_SYNC_REFUSED, _describe(error))
        return state.but(online=online, last_error=first, last_error_at=self._stamp(),
                         clock_skew_s=state.clock_skew_s if skew is None else skew)

    def _stamp(self) -> str:
        return format_time(self.clock())


def _describe(error: SyncError) -> str:
    return f"{error.reason}: {error}"
